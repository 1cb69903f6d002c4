"""Press conferences and briefings in web pages: speaker turns, the spokesperson, the title's date.

A page is a transcript when its paragraphs open with speaker labels: question and answer marks
(``Q:``, ``A:``, ``Follow-up:``, ``Journalist:``, ``问：``, ``答：``, ``追问：``, with or without a
space before the colon) or a short name that labels more than one paragraph (``Zhao Lijian:``,
``Reuters:``). The structure decides, not one site's strings: a page needs at least two labelled
paragraphs of question-and-answer kind, and a name counts as a label only when it repeats or is
the presiding spokesperson's. Turns run to the next label; paragraphs before the first label (the
opening announcements) belong to the spokesperson the title names (with none, they stay the
outlet's own words). A turn's span starts after its label.
"""

from __future__ import annotations

import datetime as dt
import re

from ._records import QuoteSpan

__all__ = ["Press", "press_conference", "title_date"]

_LABEL = re.compile(r"^\s*(?P<label>[^\s:：][^:：\n]{0,39}?)\s*[:：]\s*(?=\S)")
_QUESTION = {"q", "question", "follow-up", "follow up", "followup", "journalist", "journalist clarifies",
             "reporter", "问", "追问", "记者"}
_ANSWER = {"a", "answer", "答"}
_FOLLOW_UP = {"follow-up", "follow up", "followup", "追问"}
_NAME = re.compile(r"(?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,3}|[\u4e00-\u9fff·]{2,5}")
_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"), start=1)}
_EN_DATE = re.compile(r"\b(?P<month>" + "|".join(_MONTHS) + r")\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
                      r"(?:,?\s*(?P<year>\d{4}))?", re.IGNORECASE)
_ZH_DATE = re.compile(r"(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日")
_EN_SPOKESPERSON = re.compile(r"Spokes(?:person|man|woman) (?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+){1,2}?)"
                              r"(?:['’]s\b| (?:Answers|Remarks|Hosts|Holds|on)\b)")
_ZH_SPOKESPERSON = re.compile(r"发言人(?P<name>[\u4e00-\u9fff]{2,3}?)(?:主持|答|就|在|宣布|回答|发表|表示)")
_MIN_QA_LABELS = 2


class Press:
    """What a press-conference page says about itself: its spokesperson, its date and its turns."""

    def __init__(self, spokesperson: str | None, published: dt.date | None, date_note: str | None,
                 quotes: tuple[QuoteSpan, ...]):
        self.spokesperson, self.published, self.date_note, self.quotes = spokesperson, published, date_note, quotes


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


def _labels(paragraphs: list[str]) -> list[tuple[str, int] | None]:
    """Per paragraph, its label and where the words after it start, or None."""
    out = []
    for para in paragraphs:
        found = _LABEL.match(para)
        out.append((found["label"].strip(), found.end()) if found else None)
    return out


def _kind(label: str, named: set) -> str | None:
    key = label.casefold()
    if key in _QUESTION:
        return "question"
    if key in _ANSWER:
        return "answer"
    return "named" if label in named else None


def press_conference(paragraphs: list[str], title: str | None, country: str | None = "CHN") -> Press | None:
    """Read a page's paragraphs as a press conference, or return None when they are not one.

    Parameters
    ----------
    paragraphs : list of str
        The page's normalized paragraphs, in order.
    title : str or None
        The page title: the spokesperson and the date come from it.
    country : str, optional
        The country of the spokesperson's office (``CHN`` for the Chinese Foreign Ministry).

    Returns
    -------
    Press or None
        ``quotes``: one turn per contribution, kind ``turn``, offsets into the paragraphs joined
        by a blank line, each span after its label. Answers and the opening announcements are the
        spokesperson's (role ``spokesperson``); questions have no speaker (role ``journalist``);
        another named label ("Reuters", "Wang Yi") is kept as printed, its role unknown.

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
    """
    labels = _labels(paragraphs)
    qa = sum(1 for found in labels if found and found[0].casefold() in _QUESTION | _ANSWER)
    if qa < _MIN_QA_LABELS:
        return None
    speaker = spokesperson(title)
    counts: dict = {}
    for found in labels:
        if found and _NAME.fullmatch(found[0]):
            counts[found[0]] = counts.get(found[0], 0) + 1
    named = {label for label, n in counts.items() if n > 1 or (speaker and label.split()[-1] in speaker.split())}
    turns, offset, pos = [], [], 0
    for para in paragraphs:
        offset.append(pos)
        pos += len(para) + 2
    current = None
    for i, (para, found) in enumerate(zip(paragraphs, labels)):
        kind = _kind(found[0], named) if found else None
        if kind is None:
            if current is None and speaker is None:  # no presiding spokesperson: the opening is the outlet's
                continue
            if current is None:  # the opening announcements: the spokesperson's
                current = ["", None, i, 0]
                turns.append(current)
            current[3] = i
            continue
        current = [found[0], kind, i, i]
        turns.append(current)
    quotes = []
    for label, kind, first, last in turns:
        start = offset[first] + (labels[first][1] if label else 0)
        end = offset[last] + len(paragraphs[last])
        who, role = _who(label, kind, speaker)
        quotes.append(QuoteSpan(start, end, "turn", who, role, country if role == "spokesperson" else None,
                                None, label, flags="follow_up" if label.casefold() in _FOLLOW_UP else None))
    published, note = title_date(title)
    return Press(speaker, published, note, tuple(q for q in quotes if q.end > q.start))


def _who(label: str, kind: str | None, speaker: str | None) -> tuple[str | None, str | None]:
    if kind == "question":
        return None, "journalist"
    if kind == "named" and not (speaker and label.split()[-1] in speaker.split()):
        return label, None  # someone else who speaks: kept as printed, role unknown
    return speaker, "spokesperson"
