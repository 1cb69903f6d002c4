"""Parse the many ways a publication date is written."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as _dateutil

__all__ = ["parse_date", "find_date_line", "url_date"]

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
           "july|august|september|october|november|december")
_WORDY = re.compile(rf"\b(?:{_MONTHS})\.?\b", re.I)
_DATE_LINE = re.compile(
    rf"^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})$", re.I)
_MIN, _MAX = dt.date(1800, 1, 1), dt.date(2100, 12, 31)


def parse_date(value, dayfirst: bool = False) -> dt.date | None:
    """Parse a date written in any common form; return None when it cannot be a real date.

    Parameters
    ----------
    value : str, date, datetime or None
    dayfirst : bool
        Read ``03/04/2019`` as 3 April rather than 4 March.

    Examples
    --------
    >>> parse_date("Wednesday, June 18, 2025")
    datetime.date(2025, 6, 18)
    >>> parse_date("2019-02-30") is None
    True
    >>> parse_date("18 June 2025"), parse_date("20250618")
    (datetime.date(2025, 6, 18), datetime.date(2025, 6, 18))
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value if _MIN <= value <= _MAX else None
    text = str(value).strip()
    if not text or len(text) > 80 or text.lower() in {"nan", "nat", "none", "null"}:
        return None
    match = _ISO.match(text) or _COMPACT.match(text)
    try:
        if match:
            date = dt.date(*map(int, match.groups()))
        elif re.search(r"\d", text) and (_WORDY.search(text) or re.search(r"\d[/.]\d", text)):
            date = _dateutil.parse(text, dayfirst=dayfirst, fuzzy=False).date()
        else:
            return None
    except (ValueError, OverflowError):
        return None
    return date if _MIN <= date <= _MAX else None


def find_date_line(line: str) -> dt.date | None:
    """Return the date when a whole line is just a date ("Wednesday, June 18, 2025").

    Examples
    --------
    >>> find_date_line("Wednesday, June 18, 2025")
    datetime.date(2025, 6, 18)
    >>> find_date_line("The summit opened on June 18, 2025 in Astana") is None
    True
    """
    line = line.strip()
    return parse_date(line) if _DATE_LINE.match(line) else None


_URL_DATE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)(?P<sep>[-/_]?)(?P<month>0[1-9]|1[0-2])(?P=sep)"
                       r"(?P<day>0[1-9]|[12]\d|3[01])(?!\d)")


def url_date(url: str | None) -> dt.date | None:
    """The date a web address spells out (``/2019/04/13/``, ``2019-04-13``, ``t20190413_``), else None.

    Examples
    --------
    >>> url_date("https://example.org/world/2019/04/13/talks.html")
    datetime.date(2019, 4, 13)
    >>> url_date("https://www.fmprc.gov.cn/web/t20190413_1234.shtml")
    datetime.date(2019, 4, 13)
    >>> url_date("https://example.org/news/1647883.shtml") is None
    True
    """
    for found in _URL_DATE.finditer(url or ""):
        try:
            return dt.date(int(found["year"]), int(found["month"]), int(found["day"]))
        except ValueError:
            continue
    return None
