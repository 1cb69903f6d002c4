"""Lexicons: versioned dictionaries of frame patterns, read from our CSV or from the
formats researchers already have (quanteda YAML, LIWC ``.dic``, Lexicoder ``.lc3``,
WordStat ``.cat``).

A pattern is one or more words separated by spaces. Matching folds case, quote marks,
dashes and hyphens ("win-win" = "win win" = "Win–win") and meets only on whole words.
A ``*`` at the end of a word matches any ending ("hegemon*"); a ``*`` standing alone
matches any one word ("interference in * internal affairs"). Any other ``*`` is an error.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .._errors import DataFileError, InputError
from .._fold import fold

__all__ = ["Entry", "Lexicon", "lexicon", "read_lexicon", "available_lexicons"]

_FORMATS = {".csv": "csv", ".yml": "yaml", ".yaml": "yaml", ".dic": "liwc", ".lc3": "lexicoder",
            ".lcd": "lexicoder", ".cat": "wordstat"}
_WORD_PATTERN = re.compile(r"^(?:\*|[^*]+\*?)$")


@dataclass(frozen=True, slots=True)
class Entry:
    """One pattern of a lexicon, with where it came from."""

    frame: str
    pattern: str
    description: str = ""
    citation: str = ""
    weight: float | None = None
    line: int | None = None


@dataclass(frozen=True)
class Lexicon:
    """A versioned dictionary of frames and their patterns.

    Attributes
    ----------
    name, version : str
    entries : tuple of Entry
    source : str
        The file it was read from.
    sha256 : str
        Of that file's bytes, so results can name exactly what produced them.

    Examples
    --------
    >>> lex = lexicon("china_diplomatic", version="1.0")
    >>> lex.id, len(lex.frames) > 20, lex.patterns["win_win"][:2]
    ('china_diplomatic@1.0', True, ('win-win', 'win-win cooperation'))
    """

    name: str
    version: str
    entries: tuple[Entry, ...]
    source: str = ""
    sha256: str = ""

    @property
    def id(self) -> str:
        """``name@version``, the value of the ``lexicon`` column of every result."""
        return f"{self.name}@{self.version}"

    @property
    def frames(self) -> tuple[str, ...]:
        """Frame names in the order they first appear."""
        return tuple(dict.fromkeys(e.frame for e in self.entries))

    @property
    def patterns(self) -> dict[str, tuple[str, ...]]:
        """Frame -> its patterns."""
        out: dict[str, list[str]] = {}
        for e in self.entries:
            out.setdefault(e.frame, []).append(e.pattern)
        return {k: tuple(v) for k, v in out.items()}

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"<Lexicon {self.id}: {len(self.frames)} frames, {len(self.entries)} patterns>"


def check_pattern(pattern: str, path, line, field="pattern") -> str:
    """Validate one pattern and return it stripped; raise :class:`DataFileError` if it is bad."""
    pattern = " ".join(str(pattern).split())
    if not pattern:
        raise DataFileError(path, line, field, "empty pattern", "write a word or phrase, or delete the row")
    words = pattern.split()
    if all(w == "*" for w in words) or any(not _WORD_PATTERN.match(w) for w in words):
        raise DataFileError(path, line, field, f"bad wildcard in {pattern!r}",
                            "put * only at the end of a word ('cooperat*') or alone for one word "
                            "('interference in * affairs')")
    if not fold(pattern.replace("*", "")).strip():
        raise DataFileError(path, line, field, f"{pattern!r} has no letters or digits to match",
                            "write a word or phrase")
    return pattern


def _finish(name, version, entries, path, data: bytes) -> Lexicon:
    seen: dict[tuple[str, str], int | None] = {}
    for e in entries:
        key = (e.frame, " ".join(fold(e.pattern).split()) + ("*" if e.pattern.endswith("*") else ""))
        if key in seen:
            raise DataFileError(path, e.line, "pattern", f"duplicate entry {e.pattern!r} for frame "
                                f"{e.frame!r} (first at line {seen[key]})", "delete one of the two rows")
        seen[key] = e.line
    if not entries:
        raise DataFileError(path, None, None, "the lexicon has no entries", "add rows of frame,pattern")
    return Lexicon(name, version, tuple(entries), str(path), hashlib.sha256(data).hexdigest())


def _read_csv(text: str, path) -> list[Entry]:
    lines = [(n, ln) for n, ln in enumerate(text.splitlines(), 1) if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        raise DataFileError(path, None, None, "the file is empty", "write a header line: frame,pattern")
    rows = csv.reader(io.StringIO("\n".join(ln for _, ln in lines)))
    header = [h.strip() for h in next(rows)]
    for col in ("frame", "pattern"):
        if col not in header:
            raise DataFileError(path, lines[0][0], col, f"column missing from header {header}",
                                "start with the header line: frame,pattern,description,citation")
    entries = []
    for (line, _), values in zip(lines[1:], rows):
        if len(values) != len(header):
            raise DataFileError(path, line, None, f"expected {len(header)} fields, saw {len(values)}",
                                "quote fields that contain commas")
        row = dict(zip(header, (v.strip() for v in values)))
        if not row["frame"]:
            raise DataFileError(path, line, "frame", "empty frame name", "name the frame this pattern belongs to")
        weight = row.get("weight") or None
        try:
            weight = float(weight) if weight is not None else None
        except ValueError:
            raise DataFileError(path, line, "weight", f"{weight!r} is not a number", "write a number or leave it empty") from None
        entries.append(Entry(row["frame"], check_pattern(row["pattern"], path, line), row.get("description", ""),
                             row.get("citation", ""), weight, line))
    return entries


def _read_yaml(text: str, path) -> list[Entry]:
    try:
        tree = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise DataFileError(path, mark.line + 1 if mark else None, None, f"not valid YAML: {getattr(err, 'problem', err)}",
                            "check the indentation and the colons") from None
    if not isinstance(tree, dict):
        raise DataFileError(path, 1, None, "a YAML dictionary must map frame names to lists of patterns",
                            "write 'frame:' then '  - pattern' lines (quanteda's format)")
    entries: list[Entry] = []

    def walk(node, prefix):
        for key, value in node.items():
            frame = f"{prefix}.{key}" if prefix else str(key)
            if isinstance(value, dict):
                walk(value, frame)
            elif isinstance(value, (list, str)):
                for pattern in [value] if isinstance(value, str) else value:
                    entries.append(Entry(frame, check_pattern(pattern, path, None, frame)))
            else:
                raise DataFileError(path, None, frame, f"expected a list of patterns, got {type(value).__name__}",
                                    "list the patterns under the frame with '- pattern' lines")
    walk(tree, "")
    return entries


def _read_liwc(text: str, path) -> list[Entry]:
    parts = text.split("%")
    if len(parts) < 3:
        raise DataFileError(path, 1, None, "a LIWC dictionary needs its category list between two % lines",
                            "start with %, then 'number<TAB>category' lines, then %")
    categories = {}
    offset = text[: text.index("%") + 1].count("\n") + 1
    for n, line in enumerate(parts[1].splitlines(), offset):
        if line.strip():
            key, _, name = line.strip().partition("\t") if "\t" in line else line.strip().partition(" ")
            categories[key.strip()] = name.strip()
    entries = []
    start = text.index("%", text.index("%") + 1)
    for n, line in enumerate(text[start + 1:].splitlines(), text[:start].count("\n") + 1):
        if not line.strip():
            continue
        word, *cats = re.split(r"\t+|\s{2,}", line.strip()) if "\t" in line else line.split()
        for cat in cats:
            if cat not in categories:
                raise DataFileError(path, n, "category", f"category {cat!r} is not in the % header",
                                    "add it to the category list or fix the number")
            entries.append(Entry(categories[cat], check_pattern(word, path, n), line=n))
    return entries


def _read_lexicoder(text: str, path) -> list[Entry]:
    entries, frame = [], None
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("+"):
            frame = line[1:].strip()
            continue
        if frame is None:
            raise DataFileError(path, n, "category", "pattern before any +CATEGORY line",
                                "start each category with a line '+NAME'")
        entries.append(Entry(frame, check_pattern(line, path, n), line=n))
    return entries


def _read_wordstat(text: str, path) -> list[Entry]:
    entries, stack = [], []
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip():
            continue
        depth = len(raw) - len(raw.lstrip())
        line = raw.strip()
        if re.search(r"\(\s*-?\d+(\.\d+)?\s*\)\s*$", line):  # an entry: PATTERN (weight)
            if not stack:
                raise DataFileError(path, n, "category", "entry before any category line",
                                    "put category names on their own, less indented lines")
            pattern = re.sub(r"\s*\(\s*-?\d+(\.\d+)?\s*\)\s*$", "", line).replace("_", " ")
            entries.append(Entry(".".join(name for _, name in stack), check_pattern(pattern.lower(), path, n), line=n))
        else:
            while stack and stack[-1][0] >= depth:
                stack.pop()
            stack.append((depth, line.lower()))
    return entries


_READERS = {"csv": _read_csv, "yaml": _read_yaml, "liwc": _read_liwc, "lexicoder": _read_lexicoder,
            "wordstat": _read_wordstat}


def read_lexicon(path, format: str | None = None, name: str | None = None,
                 version: str = "user") -> Lexicon:
    """Read a lexicon file: our CSV, quanteda YAML, LIWC ``.dic``, Lexicoder ``.lc3`` or WordStat ``.cat``.

    Parameters
    ----------
    path : path-like
    format : {"csv", "yaml", "liwc", "lexicoder", "wordstat"}, optional
        By default from the file's suffix.
    name, version : str, optional
        Name it (default: the file's stem) and version it for the ``lexicon`` column.

    Raises
    ------
    DataFileError
        Naming the file, line and field of an empty pattern, a duplicate entry or a bad wildcard.
    InputError
        For an unknown format.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "mine.yml"
    >>> _ = p.write_text("security:\\n  - militar*\\n  - arms race\\n")
    >>> read_lexicon(p).patterns
    {'security': ('militar*', 'arms race')}
    """
    path = Path(path)
    fmt = format or _FORMATS.get(path.suffix.lower())
    if fmt not in _READERS:
        raise InputError(path, None, "format", f"unknown lexicon format {format or path.suffix!r}",
                         f"use one of {sorted(_READERS)} (by suffix: {', '.join(sorted(_FORMATS))})")
    data = path.read_bytes()
    text = data.decode("utf-8-sig", errors="replace")
    return _finish(name or path.stem, version, _READERS[fmt](text, path), path, data)


@lru_cache(maxsize=1)
def _manifest() -> dict[tuple[str, str], dict]:
    text = resources.files("discourse.data").joinpath("lexicons/MANIFEST.csv").read_text("utf-8")
    rows = csv.DictReader(io.StringIO("\n".join(ln for ln in text.splitlines() if not ln.startswith("#"))))
    return {(r["name"], r["version"]): r for r in rows}


def available_lexicons():
    """Return the packaged lexicons as a DataFrame: name, version, frames, description, citation, sha256."""
    import pandas as pd

    return pd.DataFrame(list(_manifest().values()))


@lru_cache(maxsize=32)
def lexicon(name: str, version: str | None = None) -> Lexicon:
    """Load a packaged lexicon by name (and version; by default the newest).

    ``name`` may also be ``"name@version"``. The file's sha256 is checked against
    ``discourse/data/lexicons/MANIFEST.csv``.
    """
    if "@" in name and version is None:
        name, version = name.split("@", 1)
    known = _manifest()
    versions = sorted((v for n, v in known if n == name), key=lambda v: tuple(int(x) for x in v.split(".")))
    if not versions:
        names = sorted({n for n, _ in known})
        raise InputError(None, None, "lexicon", f"no packaged lexicon {name!r}", f"use one of {names}, "
                         "or read your own with dx.read_lexicon(path)")
    version = version or versions[-1]
    if (name, version) not in known:
        raise InputError(None, None, "version", f"lexicon {name!r} has no version {version!r}",
                         f"use one of {versions}")
    row = known[(name, version)]
    data = resources.files("discourse.data").joinpath(f"lexicons/{row['file']}").read_bytes()
    if hashlib.sha256(data).hexdigest() != row["sha256"]:
        raise DataFileError(f"discourse/data/lexicons/{row['file']}", None, "sha256",
                            "the file does not match its MANIFEST.csv checksum",
                            "reinstall discourse; a lexicon version must never change once published")
    entries = _read_csv(data.decode("utf-8"), f"discourse/data/lexicons/{row['file']}")
    return _finish(name, version, entries, f"discourse/data/lexicons/{row['file']}", data)
