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
import reprlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .._datafiles import read_user_file, wide_csv
from .._errors import DataFileError, InputError
from .._fold import fold, is_cjk

__all__ = ["Entry", "Lexicon", "lexicon", "read_lexicon", "available_lexicons"]

_FORMATS = {".csv": "csv", ".yml": "yaml", ".yaml": "yaml", ".dic": "liwc", ".lc3": "lexicoder",
            ".lcd": "lexicoder", ".cat": "wordstat"}
_WORD_PATTERN = re.compile(r"^(?:\*|[^*]+\*?)$")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
#: The longest pattern, in characters: a pattern is a word or a short phrase (the packaged ones
#: are under 50); a longer one is a file gone wrong, such as an unbalanced quote.
MAX_PATTERN = 500
#: The most patterns a YAML lexicon may expand to (aliases can repeat a list exponentially).
MAX_ENTRIES = 500_000


@dataclass(frozen=True, slots=True)
class Entry:
    """One pattern of a lexicon, with where it came from."""

    frame: str
    pattern: str
    description: str = ""
    citation: str = ""
    weight: float | None = None
    line: int | None = None
    language: str = ""

    @property
    def script_language(self) -> str:
        """The pattern's language: its ``language`` field, else ``zh`` for Han characters, ``ru``
        for Cyrillic, else ``""`` (the document's language counts)."""
        if self.language:
            return self.language
        return "zh" if is_cjk(self.pattern) else "ru" if _CYRILLIC.search(self.pattern) else ""


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

    def __post_init__(self):
        for field in ("name", "version"):
            check_text(getattr(self, field), self.source or None, None, field)
        for e in self.entries:
            check_text(e.frame, self.source or None, e.line, "frame")
            check_text(e.pattern, self.source or None, e.line, "pattern")

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


def check_text(value, path, line, field) -> None:
    """Raise :class:`DataFileError` unless a name or pattern is text that can be written out (UTF-8)."""
    if not isinstance(value, str):
        raise DataFileError(path, line, field, f"expected text, got {type(value).__name__}", "write it as text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as err:
        raise DataFileError(path, line, field, f"{reprlib.repr(value)} has a lone surrogate at position {err.start}, "
                            "which is not a character", "remove it: it is half of a character split in two") from None


def check_pattern(pattern: str, path, line, field="pattern") -> str:
    """Validate one pattern and return it stripped; raise :class:`DataFileError` if it is bad."""
    pattern = " ".join(str(pattern).split())
    check_text(pattern, path, line, field)
    if not pattern:
        raise DataFileError(path, line, field, "empty pattern", "write a word or phrase, or delete the row")
    if len(pattern) > MAX_PATTERN:
        raise DataFileError(path, line, field, f"a pattern of {len(pattern):,} characters ({pattern[:30]!r}...), "
                            f"longer than {MAX_PATTERN}", "write a word or short phrase; a pattern this long "
                            "usually comes from an unbalanced quote that swallowed the following rows")
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
        words = ("*" if w == "*" else " ".join(fold(w).split()) for w in e.pattern.split())
        key = (e.frame, " ".join(words) + ("*" if e.pattern.endswith("*") else ""))
        if key in seen:
            raise DataFileError(path, e.line, "pattern", f"duplicate entry {e.pattern!r} for frame "
                                f"{e.frame!r} (first at line {seen[key]})", "delete one of the two rows")
        seen[key] = e.line
    if not entries:
        raise DataFileError(path, None, None, "the lexicon has no entries", "add rows of frame,pattern")
    return Lexicon(name, version, tuple(entries), str(path), hashlib.sha256(data).hexdigest())


def _read_csv(text: str, path) -> list[Entry]:
    wide_csv()
    lines = [(n, ln) for n, ln in enumerate(text.splitlines(), 1) if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        raise DataFileError(path, None, None, "the file is empty", "write a header line: frame,pattern")
    rows = csv.reader(io.StringIO("\n".join(ln for _, ln in lines)))
    records, start = [], 0
    try:
        header = [h.strip() for h in next(rows)]
        start = rows.line_num
        for values in rows:  # a record may span lines (a quoted field): name the line it starts on
            records.append((lines[start][0], values))
            start = rows.line_num
    except csv.Error as err:
        raise DataFileError(path, lines[min(start, len(lines) - 1)][0], None, f"not valid CSV: {err}",
                            "check for an unbalanced quote (\") that runs over the following rows") from None
    for col in ("frame", "pattern"):
        if col not in header:
            raise DataFileError(path, lines[0][0], col, f"column missing from header {header}",
                                "start with the header line: frame,pattern,description,citation")
    entries = []
    for line, values in records:
        if len(values) != len(header):
            raise DataFileError(path, line, None, f"expected {len(header)} fields, saw {len(values)}",
                                "quote fields that contain commas")
        row = dict(zip(header, (v.strip() for v in values)))
        for col in ("frame", "pattern"):
            if "\n" in row[col]:
                raise DataFileError(path, line, col, f"the {col} runs over {row[col].count(chr(10)) + 1} lines",
                                    "close the quote (\") opened on this line, or remove it")
        if not row["frame"]:
            raise DataFileError(path, line, "frame", "empty frame name", "name the frame this pattern belongs to")
        weight = row.get("weight") or None
        try:
            weight = float(weight) if weight is not None else None
        except ValueError:
            raise DataFileError(path, line, "weight", f"{weight!r} is not a number", "write a number or leave it empty") from None
        language = row.get("language", "")
        if language and not _LANGUAGE.match(language):
            raise DataFileError(path, line, "language", f"{language!r} is not a language code",
                                "write an ISO 639-1 code in lower case (en, zh, ru) or leave it empty")
        entries.append(Entry(row["frame"], check_pattern(row["pattern"], path, line), row.get("description", ""),
                             row.get("citation", ""), weight, line, language))
    return entries


class _DuplicateKey(yaml.constructor.ConstructorError):
    pass


class _YamlLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing a key given twice in one mapping (it would keep the last)."""

    def construct_mapping(self, node, deep=False):
        seen = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":  # "<<: *base" may override keys on purpose
                continue
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, (str, int, float, bool)) and key in seen:
                raise _DuplicateKey(None, None, f"{key!r} is given twice (first on line {seen[key] + 1})",
                                    key_node.start_mark)
            if isinstance(key, (str, int, float, bool)):
                seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep=deep)


_YamlLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _YamlLoader.construct_mapping)


def _read_yaml(text: str, path) -> list[Entry]:
    try:
        tree = yaml.load(text, Loader=_YamlLoader)  # noqa: S506 -- a safe loader
    except _DuplicateKey as err:
        raise DataFileError(path, err.problem_mark.line + 1, None, f"not valid YAML: {err.problem}",
                            "merge the two lists under one key") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise DataFileError(path, mark.line + 1 if mark else None, None, f"not valid YAML: {getattr(err, 'problem', err)}",
                            "check the indentation and the colons") from None
    if not isinstance(tree, dict):
        raise DataFileError(path, 1, None, "a YAML dictionary must map frame names to lists of patterns",
                            "write 'frame:' then '  - pattern' lines (quanteda's format)")
    if _expanded_size(tree, {}) > MAX_ENTRIES:
        raise DataFileError(path, None, None, f"the aliases (*name) expand it to more than {MAX_ENTRIES:,} patterns",
                            "write the patterns out; each alias repeats a whole list or mapping")
    entries: list[Entry] = []

    def walk(node, prefix):
        for key, value in node.items():
            frame = f"{prefix}.{key}" if prefix else str(key)
            if isinstance(value, dict):
                walk(value, frame)
            elif isinstance(value, (list, str)):
                for pattern in [value] if isinstance(value, str) else value:
                    if not isinstance(pattern, str):  # a nested list, or YAML's number, null or bool
                        raise DataFileError(path, None, frame, f"expected a pattern (text), got "
                                            f"{type(pattern).__name__} {reprlib.repr(pattern)}",
                                            "write each pattern as text on a '- ' line; quote words YAML "
                                            "reads otherwise, as - 'no', - 'null' or - '2024'")
                    entries.append(Entry(frame, check_pattern(pattern, path, None, frame)))
            else:
                raise DataFileError(path, None, frame, f"expected a list of patterns, got {type(value).__name__}",
                                    "list the patterns under the frame with '- pattern' lines")
    walk(tree, "")
    return entries


def _expanded_size(node: dict, memo: dict) -> int:
    """How many patterns a YAML mapping holds once its aliases are expanded, counted once per node."""
    if id(node) not in memo:
        memo[id(node)] = sum(_expanded_size(v, memo) if isinstance(v, dict) else len(v) if isinstance(v, list) else 1
                             for v in node.values())
    return memo[id(node)]


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
    data = read_user_file(path, "lexicon file")
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
