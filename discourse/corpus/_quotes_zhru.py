"""Reported speech in Chinese and Russian: cue verbs, "according to", quotation marks.

The English extractor (:mod:`discourse.corpus._quotes`) reads English syntax; Chinese and Russian
report speech by other forms, read here sentence by sentence:

- Chinese: ``X表示，……`` / ``X指出……`` / ``X强调……`` (a cue verb after its speaker, the content
  after it), ``据X报道，……``, and ``X说：“……”`` (quotation marks after the cue);
- Russian: ``X заявил, что ……``, ``По словам X, ……``, ``«……», – сказал X`` and ``X сказал: «……»``.

The speaker is the last actor named in the words before the cue (a person before a state or an
organisation, from the actor registry's Chinese and Russian names); "我"/"我们"/"я"/"мы" in a
transcript turn are the turn's speaker. What a turn's speaker or their own state says now ("中方
坚决反对", "мы считаем") stays their own words: it is reported speech only with a mark of an
earlier time (已, 多次, 曾, 昨天; уже, ранее, неоднократно).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ._mentions import Mention
from ._records import QuoteSpan

__all__ = ["reported_speech"]

_ZH_CUES = ("表示", "指出", "强调", "说", "称", "认为", "宣布", "介绍", "重申", "表明", "回应", "坦言", "透露")
_ZH_CUE = re.compile("(?:" + "|".join(_ZH_CUES) + ")(?:道)?(?P<mark>[，：:,]|(?=“))")
_ZH_ACCORDING = re.compile(r"^据(?P<who>[^，,。]{1,30}?)(?:报道|消息|称|说|介绍|透露)[，,]")
_ZH_FIRST = re.compile(r"^(?:我|我们|本人)")
_ZH_EARLIER = re.compile("已|多次|曾|昨天|前天|此前|早前|一再|反复|上周|日前")
_RU_CUES = ("заявил", "отметил", "подчеркнул", "сказал", "сообщил", "указал", "добавил", "пояснил", "напомнил",
            "считает", "считают", "заверил", "признал", "констатировал", "выразил уверенность")
# Russian reports by a clause ("заявил, что ...") or after a colon ("сказал: «...»"); a cue with
# neither ("сказал с коллегой") reports nothing here.
_RU_CUE = re.compile(r"\b(?:" + "|".join(_RU_CUES) + r")(?:а|и|о)?\b(?P<rest>,?\s*что\s+|:\s*)", re.IGNORECASE)
_RU_ACCORDING = re.compile(r"^(?:По словам|Как (?:отметил|заявил|подчеркнул|сказал)(?:а|и)?)\s+(?P<who>[^,]{2,80}),\s*")
_RU_AFTER = re.compile(r"^[»“\"]?\s*,?\s*[–—-]\s*(?:" + "|".join(_RU_CUES) + r")(?:а|и|о)?\s+(?P<who>[^.!?]{2,80})")
_RU_FIRST = re.compile(r"(?:^|\s)(?:я|мы)$", re.IGNORECASE)
_RU_EARLIER = re.compile(r"\b(?:уже|ранее|неоднократно|вчера|прежде|не раз)\b", re.IGNORECASE)
_OPEN, _CLOSE = "“«„「『\"", "”»“」』\""
_END = "。！？；.!?;…"
_SPEAKER_KINDS = {"person": 0, "state": 1, "organisation": 1, "group": 1}


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
        The document's transcript turns: "I"/"we" inside one are its speaker.
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
    by_start = sorted(mentions, key=lambda m: m.start)
    found = []
    for s_start, s_end in sentences:
        k = bisect_right(starts, s_start) - 1
        turn = owners[k][2] if k >= 0 and owners[k][1] > s_start else None
        floor = s_start
        if turn is not None:
            floor = max(floor, turn.start)
        found += read(text, floor, s_end, by_start, turn, names or (lambda a: a))
    return found


def _speaker(phrase_start: int, phrase_end: int, mentions: list[Mention], turn, names, first_person: bool):
    """The canonical name, role and country of the speaker named in text[phrase_start:phrase_end]."""
    if first_person and turn is not None:
        return turn.speaker, turn.speaker_role, turn.speaker_country, "turn_speaker"
    inside = [m for m in mentions if phrase_start <= m.start and m.end <= phrase_end and m.kind in _SPEAKER_KINDS]
    if not inside:
        return None
    best = min(inside, key=lambda m: (_SPEAKER_KINDS[m.kind], -m.start))
    role = best.role if best.kind == "person" else None
    return names(best.actor_id), role, best.country, "adjacent_cue"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "，,：:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _END):
        end -= 1
    return start, end


def _zh_sentence(text, s_start, s_end, mentions, turn, names) -> list[QuoteSpan]:
    sentence = text[s_start:s_end]
    according = _ZH_ACCORDING.match(sentence)
    if according:
        who = _speaker(s_start + according.start("who"), s_start + according.end("who"), mentions, turn, names, False)
        a, b = _trim(text, s_start + according.end(), s_end)
        if b - a < 4:
            return []
        name, role, country, how = who or (None, None, None, None)
        return [QuoteSpan(a, b, "indirect", name, role, country, "据", attribution=how or "unresolved")]
    cue = _ZH_CUE.search(sentence)
    if cue is None or cue.start() == 0:
        return []
    head = sentence[:cue.start()]
    first = _ZH_FIRST.search(head.split("，")[-1]) is not None
    word = sentence[cue.start():cue.end("mark") - len(cue.group("mark"))]
    return _after_cue(text, s_start, cue.start(), cue.end(), s_end, word, first, _ZH_EARLIER, 4, mentions, turn, names)


def _ru_sentence(text, s_start, s_end, mentions, turn, names) -> list[QuoteSpan]:
    sentence = text[s_start:s_end]
    according = _RU_ACCORDING.match(sentence)
    if according:
        who = _speaker(s_start + according.start("who"), s_start + according.end("who"), mentions, turn, names, False)
        a, b = _trim(text, s_start + according.end(), s_end)
        if who is None or b - a < 8:
            return []
        return [QuoteSpan(a, b, "indirect", who[0], who[1], who[2], according.group(0).split()[0].lower(),
                          attribution=who[3])]
    if sentence[:1] in _OPEN:  # «……», – сказал Путин.
        close = next((i for i in range(1, len(sentence)) if sentence[i] in _CLOSE), None)
        after = _RU_AFTER.match(sentence[close:]) if close else None
        if after:
            who = _speaker(s_start + close + after.start("who"), s_start + close + after.end("who"), mentions, turn,
                           names, False)
            if who is not None:
                a, b = _trim(text, s_start + 1, s_start + close)
                verb = re.search(r"[а-яё]+", after.group(0)).group(0)
                return [QuoteSpan(a, b, "direct", who[0], who[1], who[2], verb, attribution=who[3])]
        return []
    cue = _RU_CUE.search(sentence)
    if cue is None or cue.start() == 0:
        return []
    first = _RU_FIRST.search(sentence[:cue.start()].rstrip()) is not None
    word = cue.group(0).split(",")[0].split(":")[0].strip()
    return _after_cue(text, s_start, cue.start(), cue.end(), s_end, word, first, _RU_EARLIER, 8, mentions, turn, names)


def _after_cue(text, s_start, cue_start, cue_end, s_end, word, first, earlier, shortest, mentions, turn, names):
    """The quote a cue at ``s_start + cue_start`` opens: its speaker is named before it, its content
    follows (inside quotation marks, a direct quote); none when a turn's speaker or their own state
    says it now (no mark of an ``earlier`` time) or the content is under ``shortest`` characters."""
    who = _speaker(s_start, s_start + cue_start, mentions, turn, names, first)
    if who is None:
        return []
    if turn is not None and (first or who[2] == turn.speaker_country and who[1] is None) \
            and not earlier.search(text, s_start, s_start + cue_start):
        return []  # the turn's speaker or their state, saying it now: their own words
    start = s_start + cue_end
    if text[start:start + 1] in _OPEN:  # 说：“……”, сказал: «……»
        close = next((i for i in range(start + 1, s_end) if text[i] in _CLOSE), s_end)
        (a, b), kind = (start + 1, close), "direct"
    else:
        (a, b), kind = _trim(text, start, s_end), "indirect"
    if b - a < shortest:
        return []
    return [QuoteSpan(a, b, kind, who[0], who[1], who[2], word, attribution=who[3])]
