"""Reported speech in Chinese and Russian: cue verbs, "according to", quotation marks.

The English extractor (:mod:`discourse.corpus._quotes`) reads English syntax; Chinese and Russian
report speech by other forms, read here sentence by sentence:

- Chinese: a cue verb after its speaker and before the content, with or without a comma
  (``X表示，……``, ``X称……``, ``X敦促……``, ``X提出三点思路：……``), several in one sentence
  (``伊朗石油部长称中国表示……``), ``据X报道，……`` / ``有报道称，……`` (kept without a speaker only
  when no named speaker follows), ``正如X所指出的，……`` / ``如你所说，……``, and ``X说：“……”``;
  a third party's report runs on through the next sentences of its paragraph while they carry no
  cue, question or voice of the reporter;
- Russian: ``X заявил, что ……``, ``X сказал Президенту, что ……``, ``говорили о том, что ……``,
  ``X предложил начать ……``, ``По словам X, ……``, ``как я уже говорил, ……``,
  ``«……», – сказал X`` and ``X говорит: «……»``.

The speaker is the last actor named in the words before the cue (a person before a state or an
organisation, from the actor registry's Chinese and Russian names), else those words themselves
(``巴雷拉总统``), else nobody (``有人``, ``Мне говорили``: kept, ``unresolved``). In a transcript
turn "我"/"я" is the turn's speaker, "我们"/"мы" their state, "你"/"вы" the other side of the
exchange. What a turn's speaker or their own state says now ("中方坚决反对", "мы считаем") stays
their own words: it is reported speech only when its form marks an earlier time (已, 多次, 曾, 一直,
说过, 说了; a Russian past-tense cue: "я сказал", "как я уже говорил").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ._mentions import Mention
from ._records import QuoteSpan

__all__ = ["reported_speech"]

_OPEN, _CLOSE = "“«„「『\"", "”»“」』\""
_END = "。！？；.!?;…"
_SPEAKER_KINDS = {"person": 0, "state": 1, "organisation": 1, "group": 1}

# -- Chinese --------------------------------------------------------------------------------
# Longer words first: 声称 before 称, 报道称 before 称.
_ZH_CUES = ("报道称", "报道说", "声明称", "声称", "宣称", "号称", "表示", "指出", "强调", "认为", "宣布", "介绍",
            "重申", "表明", "回应", "坦言", "透露", "承诺", "要求", "呼吁", "敦促", "提醒", "否认", "批评", "主张",
            "猜测", "提到", "提及", "警告", "建议", "提出", "谴责", "质疑", "证实", "确认", "说", "称")
# Cues that need a comma, colon or quotation mark after them (or 了/过): with a noun right after them
# they name an act ("介绍情况", "提出交涉"), not its content.
_ZH_MARKED_ONLY = {"介绍", "提出", "表明", "回应", "提到", "提及"}
_ZH_CUE = re.compile("(?P<cue>" + "|".join(_ZH_CUES) + ")(?:道)?(?P<aspect>过|了)?"
                     r"(?P<mark>[，,：:]|(?=[“「『])|)")
# "说"/"称" inside other words (可以说, 说明, 简称, 称为...); "X表示欢迎" names an act, not content.
_ZH_NOT_BEFORE = {"说": "所来话如以该再据小传学演是听上果", "称": "简名俗堪对所职", "否认": "是"}
_ZH_NOT_AFTER = {"说": "明法服三话起道到", "称": "为之号赞作呼谓职心霸"}
_ZH_OBJECTS = re.compile("(?:欢迎|感谢|祝贺|关切|关注|遗憾|支持|反对|赞赏|满意|不满|同情|哀悼|慰问|理解|敬意|谢意|歉意|"
                         "震惊|愤慨|抗议|强烈|高度|诚挚|衷心|热烈|坚决|愿意|同意|希望|赞同|肯定|感激|钦佩|怀疑|担忧|忧虑|沉痛|深切|深表)")
# A cue after these is asked about, hedged, negated, to come or a noun (是否认为, 会要求, 不认为,
# 需要强调的是, 予以谴责, 安全提醒, 报道和猜测, 包括宣布): no report.
_ZH_NOT_A_REPORT = re.compile("(?:(?:是否|是|否|会|能否|能|可能|将|要|应|应该|不|没有|未|需要|无法|请|来|予以|给予|进行|"
                              "作出|发出|发布|安全|有关|相关|所谓|和|及|与|或|的|等|包括|必然|一味)(?:强烈|严厉|高度|坚决)?)$")
_ZH_TOPIC = re.compile("^(?:问|答|追问)?[：:]?(?:关于|至于|对于|针对|就|在|当|随着|作为|为了|为|[0-9０-９]+[年月日]|"
                       "今天|昨天|今日|昨日|近日|日前|当天|此前|近来|目前|当前)")
# What cannot speak: a document (决议呼吁: its contents, not coded), evidence (事实表明), a place
# or time (……会议上), a clause (……的表态再次).
_ZH_NO_SPEAKER = re.compile("(?:决议|声明|公报|报告|文件|宣言|协定|条约|法案|事实|历史|现实|实践|经验|数据|研究|疫情|"
                            "这|此|表态|说法|表述|言论|讲话|报道|[上中时后前里])$|^[这此该]|[了是]")
# Words that end a speaker the registry does not know: titles, offices, media, groups.
_ZH_SPEAKER_NOUN = re.compile("(?:国务卿|书记|委员|局长|司长|顾问|总统|主席|总理|首相|部长|外长|大臣|发言人|大使|议员|官员|"
                              "人士|专家|学者|媒体|报|社|台|网|政府|当局|部|局|署|委员会|组织|机构|方面|方|先生|女士|博士|"
                              "教授|领导人|代表|总干事|秘书长|主任|董事长|负责人|处长|国家|各国|公司|集团|银行|法院|国会|"
                              "议会|军方|警方|人)")
_ZH_PRONOUNS = {"他", "她", "他们", "她们", "其", "对方"}
_ZH_STANCE = {"认为", "主张"}
_ZH_NOUN_END = re.compile("(?:立场|情况|看法|问题|政策|倡议|思路|主张|建议|要求|方案|意见|经验|做法|消息)$")
_ZH_NOT_A_SUBJECT = re.compile("^(?:应|按照|根据|按|依照|遵照|向|对|给|如果|若|假如|一旦|请|无论|不管|不论)|是")
_ZH_ACCORDING = re.compile("(?:^|(?<=[，,：:到也另还]))(?:(?P<lead>据|根据)(?P<who>[^，,。：:“”]{0,30}?)|"
                           "有(?!关)(?P<some>[^，,。：:“”]{0,6}?))的?(?P<verb>报道|消息|介绍|透露|称|说)(?:称|说)?[，,：:]?")
_ZH_AS_SAID = re.compile("(?:(?:正如|如同)(?P<who>[^，,。“”]{1,30}?)所?|如(?P<you>[^，,。“”]{1,30}?)所)"
                         "(?:说|讲|指出|强调|介绍|言|提到|表示|报道)(?:过)?的?[，,]")
_ZH_INDEFINITE = re.compile("^(?:有|另有|也有|还有)?(?:人|有人|人们|报道|媒体|外媒|消息|外界|舆论|分析|评论|网民|许多人|不少人)?$")
_ZH_FIRST = re.compile("(?:我和我的同事|我们|我(?![国方军驻])|本人)")
_ZH_YOU = re.compile("^(?:你|您)")
_ZH_EARLIER = re.compile("已|多次|曾|昨天|前天|此前|早前|早就|一再|反复|上周|日前|一直|刚才|刚刚|之前|以前|过去")
_ZH_LEADING = re.compile("^(?:问|答|追问)?[：:]?(?:另外|此外|同时|其次|首先|最后|这里|在此|第[一二三四五六]|那么|但是|但|而|并且|"
                         "并|也|还|又|则|正如|例如|比如|如)*[，,]?")
_ZH_TIMES = ("今天|昨天|前天|日前|近日|近期|此前|早前|当天|今年|去年|上周|本周|[0-9０-９]{1,2}日|[0-9]{1,2}月[0-9]{1,2}日|"
             "曾经|曾|也|还|都|均|已经|已|一直|多次|一再|再次|普遍|公开|随后|则|又|亦|就此|早就|刚才|刚刚|分别|先后|共同|"
             "联名|不断|同样|并|进一步")
_ZH_HEAD_TIME = re.compile(f"^(?:{_ZH_TIMES})+")
_ZH_TAIL = re.compile(f"(?:{_ZH_TIMES})$")
# Where the subject ends and the circumstances begin: 李克强总理|在新加坡出席……时表示
_ZH_CIRCUMSTANCE = re.compile("(?<=..)(?:在|于|接受|就|对|向|同|与|从|出席|访问|会见|发表)")
_ZH_OWN_VOICE = re.compile("^(?:我|我们|中方|对此|请问|你|您|外交部|这|但|希望|那么|另外|此外|同时|[？?]|是否|如何|能否|"
                           "问|答|因此|所以|总之)")
_ZH_QUESTION = re.compile("[？?]|请问|是否|能否|有何|如何看待|怎么看")

# -- Russian --------------------------------------------------------------------------------
_RU_PAST = ("заявил", "отметил", "подчеркнул", "сказал", "сообщил", "указал", "добавил", "пояснил", "напомнил",
            "заверил", "признал", "констатировал", "говорил", "объяснил", "ответил", "рассказал", "утверждал")
_RU_PRESENT = ("считает", "считают", "говорит", "говорят", "утверждает", "утверждают")
_RU_PROPOSE = ("предложил", "призвал", "попросил", "потребовал")
_RU_GENDER = r"(?:а|и|о)?"
_RU_CUE = re.compile(r"(?<![а-яё])(?P<cue>(?:" + "|".join(_RU_PAST) + ")" + _RU_GENDER + "|" + "|".join(_RU_PRESENT) +
                     r"|выразил" + _RU_GENDER + r" уверенность)(?![а-яё])"
                     r"(?P<rest>(?:\s+[^,.!?:;«»]{1,40}?)?(?:,\s*(?:что|чтобы)\s+|:\s*))", re.IGNORECASE)
_RU_PROPOSAL = re.compile(r"(?<![а-яё])(?P<cue>(?:" + "|".join(_RU_PROPOSE) + ")" + _RU_GENDER +
                          r")(?:\s+[а-яё]+(?:у|ю|ам|ям|е|и))?\s+(?=[а-яё]+(?:ть|ться|ти)\b)", re.IGNORECASE)
_RU_ACCORDING = re.compile(r"(?:^|(?<=[,:]\s))(?:По словам|Как (?:уже )?(?:отметил|заявил|подчеркнул|сказал|говорил)"
                           + _RU_GENDER + r")\s+(?P<who>[^,]{1,80}),\s*", re.IGNORECASE)
_RU_AS_I_SAID = re.compile(r"(?:^|(?<=[,:]\s))как (?P<who>я|мы|Вы|вы) (?:уже )?(?:говорил|сказал|отмечал|"
                           r"подчеркивал|подчёркивал)" + _RU_GENDER + r"(?: [^,]{1,30})?,\s*", re.IGNORECASE)
_RU_AFTER = re.compile(r"^[»“\"]?\s*,?\s*[–—-]\s*(?P<cue>(?:" + "|".join(_RU_PAST + _RU_PRESENT) + ")" + _RU_GENDER +
                       r")\s+(?P<who>[^.!?]{2,80})")
_RU_FIRST = re.compile(r"(?:^|\s)(?:я|мы)(?:\s+(?:уже|ранее|тогда|не раз|неоднократно|и))*$", re.IGNORECASE)
_RU_YOU = re.compile(r"(?:^|\s)(?:вы|Вы)(?:\s+(?:сами|уже|только что|совершенно верно|правильно))*$")
_RU_THEY = re.compile(r"(?:^|\s)(?:мне|нам)?\s*(?:говорили|сказали|считают|говорят|утверждают)$", re.IGNORECASE)
_RU_EARLIER = re.compile(r"\b(?:уже|ранее|неоднократно|вчера|прежде|не раз|тогда)\b", re.IGNORECASE)


def reported_speech(text: str, sentences, language: str, mentions: list[Mention],
                    turns=(), names=None) -> list[QuoteSpan]:
    """Find the quotes and reported speech of a Chinese or Russian document.

    Parameters
    ----------
    text : str
    sentences : list of (start, end)
    language : {"zh", "ru"}
    mentions : list of Mention
        The document's actor mentions (speakers are read from them).
    turns : sequence of QuoteSpan
        The document's transcript turns: "I"/"we" inside one are its speaker and their state.
    names : callable, optional
        actor_id -> canonical name.

    Returns
    -------
    list of QuoteSpan

    Examples
    --------
    >>> t = "王毅表示，中方愿同各方加强合作。"
    >>> m = [Mention(0, 2, "王毅", "WANG_YI", "person", "CHN", "Foreign Minister")]
    >>> [(t[q.start:q.end], q.speaker, q.cue) for q in reported_speech(t, [(0, len(t))], "zh", m,
    ...                                                                 names={"WANG_YI": "Wang Yi"}.get)]
    [('中方愿同各方加强合作', 'Wang Yi', '表示')]
    """
    read = _zh_sentence if language == "zh" else _ru_sentence if language == "ru" else None
    if read is None:
        return []
    owners = sorted((q.start, q.end, q) for q in turns if q.kind == "turn")
    starts = [o[0] for o in owners]
    context = _Context(text, sorted(mentions, key=lambda m: m.start), names or (lambda a: a), owners)
    found: list[QuoteSpan] = []
    for s_start, s_end in sentences:
        k = bisect_right(starts, s_end - 1) - 1  # the turn may start inside the sentence, after "答："
        context.turn = owners[k][2] if k >= 0 and owners[k][1] > s_start else None
        context.turn_index = k
        floor = max(s_start, context.turn.start) if context.turn is not None else s_start
        new = read(context, floor, s_end)
        if found and language == "zh" and not new and _continues(context, found[-1], floor, s_end):
            last = found[-1]
            found[-1] = QuoteSpan(last.start, _trim(text, floor, s_end)[1], "indirect" if last.kind == "indirect"
                                  else "mixed", last.speaker, last.speaker_role, last.speaker_country, last.cue,
                                  attribution=last.attribution)
            continue
        found += new
        context.last = found[-1] if found else None
    return found


class _Context:
    """What every sentence of one document is read with."""

    def __init__(self, text, mentions, names, owners):
        self.text, self.mentions, self.names, self.owners = text, mentions, names, owners
        self.starts = [m.start for m in mentions]
        self.turn, self.turn_index = None, -1
        self.last = None  # the document's last quote so far

    def inside(self, start: int, end: int) -> list[Mention]:
        i = bisect_right(self.starts, start - 1)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end <= end and m.kind in _SPEAKER_KINDS:
                out.append(m)
            i += 1
        return out

    def state(self, country):
        return self.names(country) if country else None

    def other_side(self):
        """The speaker of the nearest turn of another speaker (the one "you" addresses)."""
        if self.turn is None:
            return None
        for step in (1, -1):
            k = self.turn_index + step
            while 0 <= k < len(self.owners):
                other = self.owners[k][2]
                if other.speaker_role != self.turn.speaker_role or other.speaker != self.turn.speaker:
                    return other
                k += step
        return None


def _speaker(context: _Context, start: int, end: int, phrase: str | None = None):
    """(name, role, country, attribution) of the speaker named in text[start:end], or None."""
    inside = context.inside(start, end)
    if inside:
        return _as_speaker(context, min(inside, key=lambda m: (_SPEAKER_KINDS[m.kind], -m.start)))
    if phrase:
        return phrase, None, None, "adjacent_cue"
    return None


def _as_speaker(context: _Context, mention: Mention) -> tuple:
    """(name, role, country, attribution) of the actor a mention names (a role only for a person)."""
    role = mention.role if mention.kind == "person" else None
    return context.names(mention.actor_id), role, mention.country, "adjacent_cue"


def _person(context: _Context, who: str, first: bool, you: bool):
    """The speaker a first- or second-person subject stands for in the current turn."""
    turn = context.turn
    if first and turn is not None:
        if who in ("我们", "мы", "нам") and turn.speaker_country:
            return context.state(turn.speaker_country), None, turn.speaker_country, "turn_speaker"
        return turn.speaker, turn.speaker_role, turn.speaker_country, "turn_speaker"
    if you:
        other = context.other_side()
        if other is not None:
            name = other.speaker or other.speaker_role
            return name, other.speaker_role, other.speaker_country, "turn_speaker"
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "，,：:是"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _END):
        end -= 1
    return start, end


def _quote(context, start, end, shortest, who, cue) -> list[QuoteSpan]:
    """One quote from text[start:end]: direct when it opens with a quotation mark that closes
    inside, else indirect (mixed when it holds a quotation)."""
    text = context.text
    if text[start:start + 1] in _OPEN:
        close = next((i for i in range(start + 1, end) if text[i] in _CLOSE), None)
        if close is not None and not text[close + 1:end].strip(_END + " ，,"):
            start, end, kind = start + 1, close, "direct"
        else:
            (start, end), kind = _trim(text, start, end), "mixed"
    else:
        (start, end) = _trim(text, start, end)
        kind = "mixed" if any(c in _OPEN for c in text[start:end]) else "indirect"
    if end - start < shortest:
        return []
    name, role, country, how = who or (None, None, None, "unresolved")
    return [QuoteSpan(start, end, kind, name, role, country, cue, attribution=how)]


def _own_now(context, who, first: bool, earlier: bool) -> bool:
    """The writer or a turn's speaker ("I", "we") or the turn's own state (not a person of it)
    saying it now: their own words."""
    turn = context.turn
    if earlier:
        return False
    if first:
        return True
    return (turn is not None and who is not None and who[2] is not None and who[2] == turn.speaker_country
            and who[1] is None and who[3] != "turn_speaker")


# -- Chinese --------------------------------------------------------------------------------

def _zh_cues(sentence: str):
    """The cue verbs of a Chinese sentence that introduce content."""
    for m in _ZH_CUE.finditer(sentence):
        cue, at, after = m.group("cue"), m.start(), m.end()
        if at == 0:
            continue
        if sentence[at - 1] in _ZH_NOT_BEFORE.get(cue, "") or sentence[m.end("cue"):m.end("cue") + 1] in \
                _ZH_NOT_AFTER.get(cue, ""):
            continue
        marked = bool(m.group("mark")) or (sentence[after:after + 1] in _OPEN and cue not in _ZH_MARKED_ONLY)
        if not marked and _ZH_CUE.match(sentence, after):  # 强调指出: the second cue opens the content
            continue
        if not marked:
            colon = re.match(r"[^，,。：:“”]{1,12}[：:]", sentence[after:])
            if colon and cue in ("提出", "表示", "强调", "指出", "宣布", "介绍"):  # 提出三点思路：……
                yield m, after + colon.end()
                continue
            if cue in _ZH_MARKED_ONLY and (cue not in ("介绍", "回应") or not m.group("aspect") or
                                           _ZH_NOUN_END.search(re.split("[，,。；]", sentence[after:])[0])):
                continue
            if (cue == "表示" and _ZH_OBJECTS.match(sentence, after)) or len(sentence) - after < 4:
                continue
        yield m, after


def _zh_subject(head: str) -> tuple[str, int]:
    """The subject phrase before a cue: the words after the last clause mark, without the
    conjunctions before it and the times, places and adverbs after it; and where it starts."""
    cut = max(head.rfind(c) for c in "，,：:；“”。")
    phrase = head[cut + 1:]
    skip = _ZH_LEADING.match(phrase).end()
    skip += _ZH_HEAD_TIME.match(phrase[skip:]).end() if _ZH_HEAD_TIME.match(phrase[skip:]) else 0
    phrase = phrase[skip:]
    if "的" in phrase[:-1]:  # 在上海参与救援工作的|伊朗议会……副主席: the noun the clause describes
        skip += phrase.rindex("的") + 1
        phrase = phrase[phrase.rindex("的") + 1:]
    circumstance = _ZH_CIRCUMSTANCE.search(phrase)
    if circumstance:
        phrase = phrase[:circumstance.start()]
    while len(phrase) > 1 and (tail := _ZH_TAIL.search(phrase)) and tail.start() > 0:
        phrase = phrase[:tail.start()]
    if _ZH_HEAD_TIME.fullmatch(phrase):  # 均认为: the subject is before the comma
        phrase = ""
    return phrase, cut + 1 + skip


def _zh_sentence(context: _Context, s_start: int, s_end: int) -> list[QuoteSpan]:
    text = context.text
    sentence = text[s_start:s_end]
    found, floor = [], 0
    as_said = _ZH_AS_SAID.search(sentence)
    if as_said:  # 正如王毅所指出的，…… / 如你所说，……
        who_text = as_said.group("who") or as_said.group("you")
        person = _person(context, who_text, _ZH_FIRST.match(who_text) is not None, _ZH_YOU.match(who_text) is not None)
        if person is None and _ZH_YOU.match(who_text):
            person = ("journalist", "journalist", None, "turn_speaker")
        who = person or _speaker(context, s_start + as_said.start(), s_start + as_said.end(), who_text)
        return _quote(context, s_start + as_said.end(), s_end, 4, who, "所说")
    according = _ZH_ACCORDING.search(sentence)
    cues = list(_zh_cues(sentence))
    if according:
        floor = according.end()
        later = [c for c in cues if c[0].start() >= floor]
        cues = later
        if not later:  # 据报道，…… with no named speaker after it
            who_text = according.group("who")
            who = None
            if who_text and not _ZH_INDEFINITE.match(who_text):
                who = _speaker(context, s_start + according.start("who"), s_start + according.end("who"), who_text)
            found += _quote(context, s_start + according.end(), s_end, 4, who, according.group(0).rstrip("，,：:"))
            return found
    for m, content in cues:
        if m.start() < floor:
            continue
        head = sentence[floor:m.start()]
        phrase, offset = _zh_subject(head)
        if sentence[content:content + 1] == "的" or _ZH_NOT_A_REPORT.search(head) or _ZH_NOT_A_SUBJECT.search(phrase) \
                or (m.group("cue") == "主张" and head.endswith("”")):  # 宣布的, 应朝方要求, 向遇难者表示, “台独”主张
            continue
        if m.group("aspect") == "了" and not m.group("mark") and \
                _ZH_NOUN_END.search(re.split("[，,。；]", sentence[content:])[0]):  # 重申了……的立场
            continue
        resolved = _zh_who(context, sentence, s_start, floor + offset, phrase, m.start(), found)
        if resolved is None:
            continue
        who, first = resolved
        earlier = bool(m.group("aspect")) or _ZH_EARLIER.search(head) is not None
        if m.group("cue") in _ZH_STANCE and m.group("aspect") != "过":
            earlier = False  # 中方一直认为: a stance, not an earlier statement
        if _own_now(context, who, first, earlier):
            floor = m.end()
            continue
        found += _quote(context, s_start + content, s_end, 4, who, m.group("cue"))
        floor = m.end()
    return found


def _zh_who(context: _Context, sentence: str, s_start: int, at: int, phrase: str, cue_at: int, found: list):
    """(speaker, first person?) of a cue at ``sentence[cue_at]`` whose subject phrase starts at
    ``sentence[at]``; None when what stands before the cue is no speaker."""
    first = _ZH_FIRST.search(phrase) if len(phrase) <= 6 else None
    if first is not None:
        return _person(context, first.group(0), True, False), True
    if _ZH_YOU.match(phrase):
        who = _person(context, phrase, False, True)
        return (who, False) if who is not None else None
    if phrase in _ZH_PRONOUNS:  # 他在……指出: the speaker of the report just before
        last = found[-1] if found else context.last
        if last is None or last.speaker is None:
            return None
        return (last.speaker, last.speaker_role, last.speaker_country, "pronoun"), False
    if phrase and _ZH_INDEFINITE.match(phrase):
        return None, False
    if phrase and not _ZH_NO_SPEAKER.search(phrase):
        who = _speaker(context, s_start + at, s_start + at + len(phrase))
        if who is not None:
            return who, False
        if _ZH_SPEAKER_NOUN.search(phrase) or len(phrase) <= 4:
            return (phrase, None, None, "adjacent_cue"), False
        return None
    # No subject before the cue (外交部发布了安全提醒，提醒……; ……会议上发表致辞时强调): the
    # sentence's subject; in a turn with none, the turn's speaker.
    clauses = re.split("([，,：:；])", sentence[:cue_at])
    start, subject = 0, ""
    for clause in clauses[::2]:
        if not _ZH_TOPIC.match(clause):
            subject = clause
            break
        start += len(clause) + 1
    inside = context.inside(s_start + start, s_start + start + len(subject))
    if inside:
        return _as_speaker(context, min(inside, key=lambda m: m.start)), False
    if context.turn is not None:
        return _person(context, "我", True, False), True
    return None


def _continues(context: _Context, last: QuoteSpan, start: int, end: int) -> bool:
    """Whether the sentence at text[start:end] goes on with a third party's report just before it:
    same paragraph and turn, no cue, question or voice of the reporter."""
    text = context.text
    if last.kind == "direct" or last.attribution == "turn_speaker" or last.speaker is None:
        return False
    gap = text[last.end:start]
    if "\n" in gap or len(gap.strip(_END + " ")) > 0:
        return False
    if context.turn is not None and not (context.turn.start <= last.start < context.turn.end):
        return False
    if context.turn is not None and last.speaker_country and last.speaker_country == context.turn.speaker_country:
        return False
    sentence = text[start:end].lstrip()
    return not (_ZH_OWN_VOICE.match(sentence) or _ZH_QUESTION.search(sentence) or any(True for _ in _zh_cues(sentence))
                or _ZH_ACCORDING.search(sentence))


# -- Russian --------------------------------------------------------------------------------

def _ru_sentence(context: _Context, s_start: int, s_end: int) -> list[QuoteSpan]:
    text = context.text
    sentence = text[s_start:s_end]
    as_said = _RU_AS_I_SAID.search(sentence)
    if as_said:  # как я уже говорил, ……
        who_text = as_said.group("who").lower()
        who = _person(context, who_text, who_text in ("я", "мы"), who_text == "вы")
        return _quote(context, s_start + as_said.end(), s_end, 8, who, "как я говорил" if who_text != "вы" else "как вы говорили")
    according = _RU_ACCORDING.search(sentence)
    if according:
        who = _speaker(context, s_start + according.start("who"), s_start + according.end("who"))
        if who is None:
            return []
        return _quote(context, s_start + according.end(), s_end, 8, who, according.group(0).split()[0].lower())
    if sentence[:1] in _OPEN:  # «……», – сказал Путин.
        close = next((i for i in range(1, len(sentence)) if sentence[i] in _CLOSE), None)
        after = _RU_AFTER.match(sentence[close:]) if close else None
        if after:
            who = _speaker(context, s_start + close + after.start("who"), s_start + close + after.end("who"))
            if who is not None:
                a, b = _trim(text, s_start + 1, s_start + close)
                return [QuoteSpan(a, b, "direct", who[0], who[1], who[2], after.group("cue").lower(),
                                  attribution=who[3])]
        return []
    found, floor = [], 0
    for m in sorted([*_RU_CUE.finditer(sentence), *_RU_PROPOSAL.finditer(sentence)], key=lambda m: m.start()):
        if m.start() < floor or m.start() == 0:
            continue
        head = sentence[floor:m.start()].rstrip()
        clause = re.split(r"[,;:—–]\s", head)[-1]
        cue = m.group("cue").lower()
        first, you = _RU_FIRST.search(clause) is not None, _RU_YOU.search(clause) is not None
        who = _person(context, _RU_FIRST.search(clause).group(0).split()[0].lower() if first else "", first, you)
        if who is None and not (first or you):
            who = _speaker(context, s_start + floor + len(head) - len(clause), s_start + m.start())
            if who is None and not _RU_THEY.search(clause + " " + cue):
                continue
        elif who is None:
            continue
        past = not cue.startswith(("счита", "говорят", "говорит", "утвержда"))
        if _own_now(context, who, first, past or _RU_EARLIER.search(clause) is not None):
            floor = m.end()
            continue
        found += _quote(context, s_start + m.end(), s_end, 8, who, cue)
        floor = m.end()
    return found
