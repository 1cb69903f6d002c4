"""Read UN General Debate speeches (one ``ISO_session_year.txt`` file each) with their speakers."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .._datafiles import read_user_file, wide_csv
from .._errors import InputError
from ._normalize import decode, normalize_text, unwrap_lines
from ._records import PARAGRAPH_SEP, QuoteSpan, Record, Reject

__all__ = ["UNGDC_NAME", "SpeakerIndex", "read_ungdc_speech", "find_speaker_table"]

#: Speech file names: country code (ISO3, or EU), session, year.
UNGDC_NAME = re.compile(r"^([A-Z]{2,3}|EU)_(\d+)_(\d{4})\.txt$")
SOURCE = "UN General Debate"
_TABLE_NAMES = ("Speakers_by_session.csv",)


@dataclass(frozen=True)
class Speaker:
    country: str
    name: str | None
    post: str | None


class SpeakerIndex:
    """The UNGDC speaker table, keyed by ``(year, country code)``."""

    def __init__(self, rows: dict[tuple[int, str], Speaker] | None = None, path: str | None = None):
        self.rows = rows or {}
        self.path = path

    @classmethod
    def read(cls, path) -> SpeakerIndex:
        """Read ``Speakers_by_session.csv`` (Year, Session, ISO Code, Country, Name of Person Speaking, Post)."""
        text = decode(read_user_file(path, "speaker table"), path)[0]
        wide_csv()
        reader = csv.DictReader(io.StringIO(text))
        need = {"Year", "ISO Code", "Country"}
        if not need <= set(reader.fieldnames or ()):
            raise InputError(path, 1, ", ".join(sorted(need - set(reader.fieldnames or ()))),
                             "speaker table lacks required columns",
                             "use the UNGDC Speakers_by_session sheet saved as CSV")
        rows = {}
        for row in reader:
            try:
                key = (int(row["Year"]), row["ISO Code"].strip())
            except (TypeError, ValueError):
                continue
            rows[key] = Speaker(_clean(row.get("Country")), _clean(row.get("Name of Person Speaking")),
                                _clean(row.get("Post")))
        return cls(rows, str(path))

    def get(self, year: int, code: str) -> Speaker | None:
        return self.rows.get((year, code))


def _clean(value) -> str | None:
    value = normalize_text(value or "").replace("\n", " ")
    return value or None


def find_speaker_table(path) -> Path | None:
    """Find the speaker table beside a speech file or archive, or up to three folders above it."""
    folder = Path(path).resolve().parent
    for parent in [folder, *folder.parents][:4]:
        for name in _TABLE_NAMES:
            if (parent / name).is_file():
                return parent / name
    return None


def read_ungdc_speech(path: str, data: bytes, *, speakers: SpeakerIndex | None = None,
                      record: str = "", source: str | None = None) -> Iterator[Record | Reject]:
    """Read one General Debate speech; yield one Record (or a Reject).

    Country, session and year come from the file name; the speaker and post from the
    speaker table. The whole speech is one ``turn`` quote of its speaker.

    Examples
    --------
    >>> rec = next(read_ungdc_speech("KAZ_79_2024.txt", b"Mr. President,\\nWe welcome the summit."))
    >>> rec.year, rec.meta["country_code"], rec.meta["session"], rec.text.split("\\n\\n")
    (2024, 'KAZ', 79, ['Mr. President,', 'We welcome the summit.'])
    """
    name = PurePosixPath(record.split("'")[1] if record.startswith("member '") else path).name
    match = UNGDC_NAME.match(name)
    if not match:
        yield Reject(path, record, "", f"file name {name!r} is not COUNTRY_SESSION_YEAR.txt",
                     "name speech files like USA_79_2024.txt, or choose another --format")
        return
    code, session, year = match[1], int(match[2]), int(match[3])
    try:
        text = normalize_text(decode(data, path)[0])
    except InputError as err:
        yield Reject(path, record, "", err.problem, err.fix or "")
        return
    body = PARAGRAPH_SEP.join(unwrap_lines(text))
    who = speakers.get(year, code) if speakers else None
    country = who.country if who else None
    quotes = (QuoteSpan(0, len(body), "turn", who.name if who else None, who.post if who else None,
                        code, None, who.name if who else None),) if body else ()
    yield Record(
        text=body, raw_path=path, record=record, source=source or SOURCE, year=year,
        title=f"General Debate, session {session} ({year}): {country or code}",
        author=who.name if who else None, quotes=quotes,
        meta={"country_code": code, "country": country, "session": session,
              "speaker_post": who.post if who else None})
