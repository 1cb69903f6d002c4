"""Press conferences and briefings in web pages: speaker turns, the spokesperson, the title's date.

A page is a transcript when its paragraphs open with speaker labels: question and answer marks
(``Q:``, ``A:``, ``Follow-up:``, ``Journalist:``, ``问：``, ``答：``, ``追问：``, with or without a
space before the colon), a lead-in that reports a question ("After the press conference, a
journalist asked:", ``会后有记者问及：``), an outlet's reporter (``彭博社记者：``) or a short name
(``Zhao Lijian:``, ``Reuters:``). The structure decides, not one site's strings: a page needs at
least two labelled paragraphs of question-and-answer kind, and a name counts as a label only when
it repeats, is the presiding spokesperson's, or is answered by the spokesperson's own label.

Turns run to the next label; paragraphs before the first label (the opening announcements) belong
to the spokesperson the title names (with none, they stay the outlet's own words). A turn's span
starts after its label. Who speaks:

- answers, the opening and the spokesperson's own label: the spokesperson, by the registry's
  English name (a Chinese title prints 华春莹; the speaker is "Hua Chunying"; the page's
  metadata keeps the name as printed);
- a named label answered by the spokesperson is a questioner: role ``journalist``, the speaker its
  outlet as printed ("Reuters"; ``彭博社记者`` gives 彭博社); a name that is not answered by the
  spokesperson (a guest minister) keeps its name and no role;
- a journalist's turn that runs on over unlabelled paragraphs before the next question, with no
  answer label in between, ends with its question (its first paragraph that ends with a question
  mark; a remark such as ``Journalist:`` or ``记者：`` is one paragraph): the rest is the
  spokesperson's unlabelled reply.

A page whose title names a spokesperson and a statement ("Spokesperson Hua Chunying's Remarks on
...", ``外交部发言人陆慷就……发表谈话``, ``……答记者问``) needs no label at all: without one, its
text is one turn of the spokesperson.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ._records import QuoteSpan
from ._registry import DEFAULT_VERSION, load_registry

__all__ = ["Press", "canonical_spokesperson", "press_conference", "spokesperson", "title_date"]

_LABEL = re.compile(r"^\s*(?P<label>[^\s:：][^:：\n]{0,39}?)\s*[:：]\s*(?=\S)")
_BARE_LABEL = re.compile(r"\s*(?P<label>[^\s:：][^:：\n]{0,39}?)\s*[:：]\s*")  # "Q:" alone, its words below
_LONG_LABEL = re.compile(r"^\s*(?P<label>[A-Z][^:\n]{40,119}?)\s*:\s*(?=\S)")
_QUESTION = {"q", "question", "问"}
_REMARK = {"journalist", "journalist clarifies", "reporter", "记者"}
_ANSWER = {"a", "answer", "答"}
_FOLLOW_UP = re.compile(r"follow[- ]?up(?: question)?|追问[一二三四五六七八九十\d]*", re.IGNORECASE)
_ZH_NARRATED = re.compile(r"[^（(]{0,15}?记者(?:问及?|问到|问道|提问)")  # 会后，有记者问及
_ZH_REMARK = re.compile(r"记者(?:解释|澄清|补充)")
_ZH_OUTLET = re.compile(r"(?P<outlet>[^（(\s，。；？！][^，。；？！]{0,19}?)记者")  # 彭博社记者
_EN_ASKED = re.compile(r"\b(?:questions?|asked)\b", re.IGNORECASE)
_EN_PRESS = re.compile(r"\b(?:press conference|briefing|journalists?|reporters?)\b", re.IGNORECASE)
_EN_PERSONAL = re.compile(r"\b(?:I|you|your|we|our|my)\b", re.IGNORECASE)
_NAME = re.compile(r"[A-Z][\w.'’&-]*(?: (?:(?:of|the|de|and) )?[A-Z][\w.'’&-]*){0,4}|[\u4e00-\u9fff·]{2,5}")
_QUESTION_MARK = re.compile(r"[?？][\s\"'”’」』)）]*$")
_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"), start=1)}
_EN_DATE = re.compile(r"\b(?P<month>" + "|".join(_MONTHS) + r")\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
                      r"(?:,?\s*(?P<year>\d{4}))?", re.IGNORECASE)
_ZH_DATE = re.compile(r"(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日")
_EN_SPOKESPERSON = re.compile(r"Spokes(?:person|man|woman) (?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+){1,2}?)"
                              r"(?:['’]s\b| (?:Answers|Remarks|Hosts|Holds|on)\b)")
_ZH_SPOKESPERSON = re.compile(r"发言人(?P<name>[\u4e00-\u9fff]{2,3}?)(?:主持|答|就|在|宣布|回答|发表|表示|\d)")
_STATEMENT = re.compile(r"\b(?:Remarks|Statement|Comments?|Answers|Response|Responds)\b|谈话|声明|答记者问|答问|"
                        r"表明立场|阐明立场|表态")
_REGISTRY = DEFAULT_VERSION  # from 1.1 the registry holds the spokespeople's Chinese names
_MIN_QA_LABELS = 2
_ASKING = {"question", "remark", "outlet", "questioner"}
_ANSWERING = {"answer", "spokesperson"}


class Press:
    """What a press-conference page says about itself: its spokesperson, its date and its turns.

    ``spokesperson`` is the name as the title prints it (华春莹), ``speaker`` the registry's
    English name the turns carry ("Hua Chunying").
    """

    def __init__(self, spokesperson: str | None, published: dt.date | None, date_note: str | None,
                 quotes: tuple[QuoteSpan, ...], speaker: str | None = None):
        self.spokesperson, self.published, self.date_note, self.quotes = spokesperson, published, date_note, quotes
        self.speaker = speaker if speaker is not None else spokesperson

    def dated(self, published: dt.date | None, source: str | None,
              note: str | None) -> tuple[dt.date | None, str | None, str | None]:
        """``(published, date_source, date_note)`` once the title is read, given the page's own date.

        The title's date wins; a title naming a day without a year leaves the date out (never a
        footer's or the text's guess); a title naming no date keeps the page's, noted if weak.
        """
        if self.published is not None:
            return self.published, "title", None
        if self.date_note is not None:
            return None, None, self.date_note
        return published, source, "the title names no date; " + note if note else None


def page_title(paragraphs: list[str]) -> str | None:
    """The first paragraph when it is a press conference's headline (a plain-text transcript), else None.

    Examples
    --------
    >>> page_title(["Spokesperson Lu Kang's Regular Press Conference on May 2, 2018", "Q: When?"])
    "Spokesperson Lu Kang's Regular Press Conference on May 2, 2018"
    >>> page_title(["The minister arrived on May 2, 2018.", "Q: When?"]) is None
    True
    """
    first = paragraphs[0] if paragraphs else ""
    if len(first) > 200 or re.search(r"[.!?。？！]\s*$", first):
        return None
    return first if spokesperson(first) or title_date(first) != (None, None) else None


def title_date(title: str | None) -> tuple[dt.date | None, str | None]:
    """The date a title names, and a note when it names one without a year.

    Examples
    --------
    >>> title_date("Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on June11, 2018")
    (datetime.date(2018, 6, 11), None)
    >>> title_date("Spokesperson Lu Kang's Regular Press Conference on September 28")
    (None, 'the title names September 28 without a year: the date is left out')
    >>> title_date("2017年6月16日外交部发言人陆慷主持例行记者会")
    (datetime.date(2017, 6, 16), None)
    """
    if not isinstance(title, str) or not title:
        return None, None
    found = _ZH_DATE.search(title)
    if found:
        return _date(found["year"], found["month"], found["day"]), None
    found = _EN_DATE.search(title)
    if not found:
        return None, None
    if not found["year"]:
        return None, f"the title names {found.group(0).strip()} without a year: the date is left out"
    return _date(found["year"], _MONTHS[found["month"].lower()], found["day"]), None


def _date(year, month, day) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def spokesperson(title: str | None) -> str | None:
    """The spokesperson a title names, as printed.

    Examples
    --------
    >>> spokesperson("Foreign Ministry Spokesperson Hua Chunying's Remarks on August 5, 2019")
    'Hua Chunying'
    >>> spokesperson("2018年1月23日外交部发言人华春莹主持例行记者会")
    '华春莹'
    """
    for pattern in (_EN_SPOKESPERSON, _ZH_SPOKESPERSON):
        found = pattern.search(title or "")
        if found:
            return found["name"]
    return None


def canonical_spokesperson(name: str | None) -> str | None:
    """The registry's English name of a spokesperson printed in Chinese, or the name as printed.

    A name in Latin letters is already the English name and is returned as it is, without
    loading the registry; a name the registry does not know, or gives to several persons,
    stays as printed.

    Examples
    --------
    >>> canonical_spokesperson("华春莹"), canonical_spokesperson("Lu Kang"), canonical_spokesperson("某某")
    ('Hua Chunying', 'Lu Kang', '某某')
    """
    if not name or name.isascii():
        return name
    return _registry_name(name)


@lru_cache(maxsize=256)
def _registry_name(name: str) -> str:
    names = {a.name for a in load_registry(_REGISTRY).lookup(name, kind="person")}
    return names.pop() if len(names) == 1 else name


def _labels(paragraphs: list[str]) -> list[tuple[str, int] | None]:
    """Per paragraph, its label and where the words after it start, or None."""
    out = []
    for para in paragraphs:
        found = _LABEL.match(para) or _LONG_LABEL.match(para)
        bare = None if found else _BARE_LABEL.fullmatch(para)
        if bare and _bare_label(bare["label"].strip()):
            found = bare
        out.append((found["label"].strip(), found.end()) if found else None)
    return out


def _bare_label(label: str) -> bool:
    """A question or answer mark alone on its paragraph ("Q:", "答："): the words follow below."""
    return label.casefold() in _QUESTION | _ANSWER | _REMARK or _FOLLOW_UP.fullmatch(label) is not None


def _narrated(label: str) -> bool:
    """A lead-in that reports a question in the third person: 会后有记者问及, "A journalist asked"."""
    if _ZH_NARRATED.fullmatch(label):
        return True
    return bool(_EN_ASKED.search(label) and _EN_PRESS.search(label) and not _EN_PERSONAL.search(label))


def _base_kind(label: str, printed: str | None) -> str | None:
    """What a label is by its form alone; ``name`` when only the page can tell."""
    key = label.casefold()
    if key in _ANSWER:
        return "answer"
    if key in _REMARK or _ZH_REMARK.fullmatch(label):
        return "remark"
    if key in _QUESTION or _FOLLOW_UP.fullmatch(label) or _narrated(label):
        return "question"
    if _ZH_OUTLET.fullmatch(label):
        return "outlet"
    if not _NAME.fullmatch(label):
        return None
    return "spokesperson" if printed and label.split()[-1] in printed.split() else "name"


def _kinds(labels: list, printed: str | None) -> list[str | None]:
    """Per paragraph, the kind of its label, or None when it has none.

    A name or an outlet's reporter is a label only when it repeats on the page or the next label
    answers it: a name answered by the spokesperson's own label, or a repeated name answered by
    an ``A:``, is a ``questioner``; a repeated name left unanswered is ``other``.
    """
    kinds = [_base_kind(found[0], printed) if found else None for found in labels]
    counts: dict = {}
    for found, kind in zip(labels, kinds):
        if kind in ("name", "outlet"):
            counts[found[0]] = counts.get(found[0], 0) + 1
    for i in reversed(range(len(kinds))):  # from the end: a later name is settled before the one it follows
        if kinds[i] not in ("name", "outlet"):
            continue
        after = next((k for k in kinds[i + 1:] if k is not None), None)
        repeated = counts[labels[i][0]] > 1
        if kinds[i] == "outlet":
            kinds[i] = "outlet" if after in _ANSWERING or repeated else None
        elif after == "spokesperson" or (after in _ANSWERING and repeated):
            kinds[i] = "questioner"
        else:
            kinds[i] = "other" if repeated else None
    return kinds


def press_conference(paragraphs: list[str], title: str | None, country: str | None = "CHN") -> Press | None:
    """Read a page's paragraphs as a press conference, or return None when they are not one.

    Parameters
    ----------
    paragraphs : list of str
        The page's normalized paragraphs, in order.
    title : str or None
        The page title: the spokesperson and the date come from it, and whether the page is a
        spokesperson's statement (which needs no labels).
    country : str, optional
        The country of the spokesperson's office (``CHN`` for the Chinese Foreign Ministry).

    Returns
    -------
    Press or None
        ``quotes``: one turn per contribution, kind ``turn``, offsets into the paragraphs joined
        by a blank line, each span after its label. Answers, the opening announcements and
        unlabelled replies are the spokesperson's (role ``spokesperson``, the registry's English
        name); questions are role ``journalist``, their speaker the outlet a label names
        ("Reuters", 彭博社) or None; another named label ("Wang Yi") is kept as printed, its role
        unknown.

    Examples
    --------
    >>> paras = ["The Prime Minister will visit China.", "Q: Will he meet the President?",
    ...          "A: Yes.", "Details will follow.", "Follow-up: When?", "A : Next week."]
    >>> press = press_conference(paras, "Spokesperson Lu Kang's Regular Press Conference on May 2, 2018")
    >>> text = "\\n\\n".join(paras)
    >>> [(q.label, q.speaker, q.speaker_role, text[q.start:q.end]) for q in press.quotes]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('', 'Lu Kang', 'spokesperson', 'The Prime Minister will visit China.'),
     ('Q', None, 'journalist', 'Will he meet the President?'),
     ('A', 'Lu Kang', 'spokesperson', 'Yes.\\n\\nDetails will follow.'),
     ('Follow-up', None, 'journalist', 'When?'),
     ('A', 'Lu Kang', 'spokesperson', 'Next week.')]
    >>> press.published
    datetime.date(2018, 5, 2)

    Named labels: the spokesperson answers the outlets; a statement page needs no label.

    >>> paras = ["Reuters: Is the visit confirmed?", "Zhao Lijian: It is.", "AFP: When?", "Zhao Lijian: Soon."]
    >>> press = press_conference(paras, "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference")
    >>> [(q.speaker, q.speaker_role) for q in press.quotes]  # doctest: +NORMALIZE_WHITESPACE
    [('Reuters', 'journalist'), ('Zhao Lijian', 'spokesperson'), ('AFP', 'journalist'),
     ('Zhao Lijian', 'spokesperson')]
    >>> [(q.speaker, q.label) for q in press_conference(["中方对此表示欢迎。"], "外交部发言人陆慷就会晤发表谈话").quotes]
    [('Lu Kang', '')]
    """
    labels, printed = _labels(paragraphs), spokesperson(title)
    kinds = _kinds(labels, printed)
    statement = printed is not None and _STATEMENT.search(title or "") is not None
    if sum(kind in _ASKING | _ANSWERING for kind in kinds) < (0 if statement else _MIN_QA_LABELS):
        return None
    speaker = canonical_spokesperson(printed)
    turns = _turns(labels, kinds, speaker is not None)
    if speaker is not None:  # only a presiding spokesperson replies without a label
        turns = _replies(turns, kinds, paragraphs)
    offset = [0]
    for para in paragraphs[:-1]:
        offset.append(offset[-1] + len(para) + 2)
    quotes = []
    for label, kind, first, last in turns:
        start = offset[first] + (labels[first][1] if label else 0)
        if label and labels[first][1] == len(paragraphs[first]) and last > first:  # a label alone: words below
            start = offset[first + 1]
        who, role = _who(label, kind, speaker)
        quotes.append(QuoteSpan(start, offset[last] + len(paragraphs[last]), "turn", who, role,
                                country if role == "spokesperson" else None, None, label, attribution="turn_label",
                                flags="follow_up" if _FOLLOW_UP.fullmatch(label) else None))
    published, note = title_date(title)
    return Press(printed, published, note, tuple(q for q in quotes if q.end > q.start), speaker)


def _turns(labels: list, kinds: list, presided: bool) -> list[list]:
    """Turns as [label, kind, first paragraph, last paragraph]: each label runs to the next one."""
    turns, current = [], None
    for i, (found, kind) in enumerate(zip(labels, kinds)):
        if kind is None:
            if current is None and not presided:  # no presiding spokesperson: the opening is the outlet's
                continue
            if current is None:  # the opening announcements: the spokesperson's
                current = ["", "opening", i, i]
                turns.append(current)
            current[3] = i
            continue
        current = [found[0], kind, i, i]
        turns.append(current)
    return turns


def _replies(turns: list[list], kinds: list, paragraphs: list[str]) -> list[list]:
    """Split the spokesperson's unlabelled reply off a journalist's turn that no answer label follows."""
    out = []
    for n, (label, kind, first, last) in enumerate(turns):
        answered = n + 1 < len(turns) and turns[n + 1][1] in _ANSWERING
        if kind not in _ASKING or answered or last == first:
            out.append([label, kind, first, last])
            continue
        asked = first if kind == "remark" else next(
            (i for i in range(first, last + 1) if _QUESTION_MARK.search(paragraphs[i])), first)
        out.append([label, kind, first, asked])
        if asked < last:
            out.append(["", "reply", asked + 1, last])
    return out


def _who(label: str, kind: str, speaker: str | None) -> tuple[str | None, str | None]:
    if kind in ("question", "remark"):
        return None, "journalist"
    if kind == "outlet":
        return _ZH_OUTLET.fullmatch(label)["outlet"], "journalist"
    if kind == "questioner":
        return label, "journalist"
    if kind == "other":
        return label, None  # someone else who speaks: kept as printed, role unknown
    return (speaker, "spokesperson") if speaker else (None, None)  # "A:" on a page no spokesperson presides
