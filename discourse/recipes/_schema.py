"""The recipe file: its keys, their types, and errors that name the key, line and fix."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from .._datafiles import MAX_DATA_FILE_BYTES, NotRegularFile, read_regular
from .._errors import InputError

__all__ = ["SCHEMA", "RecipeError", "read_recipe"]


class RecipeError(InputError):
    """A recipe file has an unknown key, a wrong type or a missing required key."""


# section -> (is a list of tables, {key: (type, required, help)})
SCHEMA: dict[str, tuple[bool, dict[str, tuple[type | tuple, bool, str]]]] = {
    "recipe": (False, {
        "name": (str, True, "a short name, e.g. name = \"seed\""),
        "title": (str, False, "the report's title"),
        "description": (str, False, "what the recipe does"),
        "seed": (int, False, "the random seed, e.g. seed = 20261127"),
    }),
    "corpus": (True, {
        "paths": (list, True, "files, folders or archives, relative to the recipe: paths = [\"data/\"]"),
        "format": (str, False, "force a reader: text, html, markdown, csv, jsonl, kremlin, pages, parquet, spreadsheet, ungdc"),
        "map": (dict, False, "table column -> field, e.g. map = { body = \"text\" }"),
        "source": (str, False, "the outlet of every document"),
        "speakers": (str, False, "the UNGDC speaker table"),
        "actors": (list, False, "your own actor files that extend the registry"),
        "about": (list, False, "keep documents that name one of these actors, e.g. about = [\"CENTRAL_ASIA\", \"KAZ\"]"),
        "group": (str, False, "a name for these documents, a column tables can be grouped by; "
                              "groups may overlap, e.g. group = \"about Russia\""),
    }),
    "lexicons": (False, {
        "use": (list, False, "packaged lexicons, e.g. use = [\"china_diplomatic@1.0\"]"),
        "files": (list, False, "your own lexicon files, relative to the recipe"),
    }),
    "measures": (False, {
        "frames": (bool, False, "frames = true"),
        "sentiment": (bool, False, "sentiment = true"),
        "stance": (bool, False, "stance = true"),
        "negated": (str, False, "negated = \"exclude\" or \"include\""),
    }),
    "table": (True, {
        "name": (str, True, "the file name of the table, e.g. name = \"frames_by_year\""),
        "of": (str, True, "frames, frame_counts, sentiment, sentiment_sentences, sentiment_actors, stance, quotes, mentions, "
                          "documents, summary"),
        "by": (list, False, "group by these columns, e.g. by = [\"source\", \"year\"]"),
        "where": (str, False, "a filter (see docs/recipes/expressions.md), e.g. where = \"frame == 'win_win'\""),
        "period": (str, False, "rates per period of the publication date: week, month, quarter or year, "
                               "e.g. period = \"quarter\""),
    }),
    "model": (True, {
        "name": (str, True, "the name of the model's tables"),
        "frame": (str, False, "the frame whose counts are modelled"),
        "formula": (str, True, "a model formula (see docs/recipes/expressions.md), "
                            "e.g. formula = \"count ~ C(country) + year\""),
        "family": (str, False, "poisson, negative_binomial or logit"),
        "by": (str, False, "the group column for contrasts, e.g. by = \"country\""),
        "correction": (str, False, "holm or fdr_bh"),
        "where": (str, False, "a filter on the model's rows, e.g. where = \"speaker_role == 'spokesperson'\""),
        "units": (str, False, "what one row counts: documents (the default; exposure their words) or speakers "
                              "(each speaker's words in each document: questions apart from answers)"),
    }),
    "compare": (True, {
        "name": (str, True, "the name of the comparison's table"),
        "kind": (str, True, "fightin_words or keyness"),
        "by": (str, True, "the column that defines the groups, e.g. by = \"country\""),
        "groups": (list, False, "the groups to compare, e.g. groups = [\"CHN\", \"USA\"]"),
        "statistic": (str, False, "keyness statistic: chi2, g2 or pmi"),
    }),
    "validate": (True, {
        "name": (str, True, "the name of the validation table"),
        "units": (str, True, "a CSV of coded units with columns unit and text, relative to the recipe"),
        "codes": (str, True, "a CSV of hand codes with columns unit, frame, present (0/1)"),
        "lexicon": (str, False, "the lexicon to check, e.g. lexicon = \"china_diplomatic@1.0\""),
    }),
    "explorer": (True, {
        "name": (str, True, "the file name of the explorer page, e.g. name = \"frames_by_state\""),
        "by": (str, False, "the column whose values are the groups, e.g. by = \"speaker_country\" (default source)"),
        "period": (str, False, "week, month, quarter or year (the default) of the publication date; "
                               "documents with a year only are grouped by year"),
        "kwic": (int, False, "sentences kept per frame and group, e.g. kwic = 20 (the counts are always exact)"),
    }),
    "figure": (True, {
        "name": (str, True, "the file name of the figure"),
        "kind": (str, True, "over_time, fightin_words or coefficients"),
        "of": (str, True, "the table, model or comparison it draws"),
    }),
}
_TYPE_NAMES = {str: "a string", int: "an integer", bool: "true or false", list: "a list", dict: "a table"}
#: Sections whose ``name`` becomes a file name in the output folder.
_NAMED = ("table", "model", "compare", "validate", "figure", "explorer")
#: A plain file name: no folders, no leading dot, nothing a file system or shell reads specially.
_FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}")


def _line_of(text: str, key: str, section: str | None = None) -> int | None:
    """The line where a key (or section header) is first written."""
    patterns = [rf"^\s*\[\[?\s*{re.escape(section)}\s*\]\]?"] if section and key == section else []
    patterns.append(rf"^\s*{re.escape(key)}\s*=")
    for pattern in patterns:
        match = re.search(pattern, text, re.M)
        if match:
            return text.count("\n", 0, match.start()) + 1
    return None


def read_recipe(path) -> dict:
    """Read and check a recipe file.

    Raises
    ------
    RecipeError
        Naming the file, the line, the key and the fix, for TOML syntax errors, unknown
        sections or keys, wrong types and missing required keys.
    """
    path = Path(path)
    try:
        data = read_regular(path, MAX_DATA_FILE_BYTES)
        text = data.decode("utf-8")
    except NotRegularFile as err:
        raise RecipeError(path, None, None, f"the recipe is {err}, not a file that can be read",
                          "name the recipe's .toml file") from None
    except OSError as err:
        raise RecipeError(path, None, None, f"cannot read the recipe: {err.strerror or err}", "check the path") from None
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        raise RecipeError(path, line, None, "not UTF-8 text", "save the recipe as UTF-8 (TOML requires it)") from None
    try:
        recipe = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError) as err:
        line = re.search(r"line (\d+)", str(err))
        raise RecipeError(path, int(line.group(1)) if line else None, None, f"not valid TOML: {err}",
                          "check the quotes, brackets and '=' signs on that line") from None
    for section, value in recipe.items():
        if section not in SCHEMA:
            raise RecipeError(path, _line_of(text, section, section), section, "unknown section",
                              f"use one of: {', '.join(SCHEMA)}")
        many, keys = SCHEMA[section]
        tables = value if isinstance(value, list) else [value]
        if many != isinstance(value, list):
            form = f"[[{section}]]" if many else f"[{section}]"
            raise RecipeError(path, _line_of(text, section, section), section, f"write this section as {form}",
                              f"start it with a line '{form}'")
        for table in tables:
            _check_table(path, text, section, table, keys)
    _check_names(path, text, recipe)
    _check_filters(path, text, recipe)
    if "recipe" not in recipe or "corpus" not in recipe:
        missing = "recipe" if "recipe" not in recipe else "corpus"
        raise RecipeError(path, None, missing, f"the [{missing}] section is missing",
                          "add [recipe] with a name, and at least one [[corpus]] with paths")
    return recipe


def _check_filters(path, text, recipe: dict) -> None:
    """Every ``where`` parses, before anything runs."""
    from .._expr import WhereError, parse_where

    for kind in ("table", "model"):
        for spec in (t for t in recipe.get(kind, []) if "where" in t):
            try:
                parse_where(spec["where"])
            except WhereError as err:
                line = _line_of_value(text, "where", spec["where"])
                raise RecipeError(path, line, f"{kind}.where", err.problem, err.fix) from None


def _line_of_value(text: str, key: str, value: str) -> int | None:
    """The line where ``key = "value"`` is written (the first such line), else where the key is."""
    match = re.search(rf"""^\s*{re.escape(key)}\s*=\s*["']{re.escape(value)}["']""", text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else _line_of(text, key)


def _check_names(path, text, recipe: dict) -> None:
    """Every output name is a plain file name, used once (a later one would replace an earlier one)."""
    seen: dict[tuple[str, str], str] = {}
    for section in _NAMED:
        for table in recipe.get(section, []):
            name = table.get("name")
            if name is None:
                continue
            line = _line_of_value(text, "name", name)
            if not _FILE_NAME.fullmatch(name):
                raise RecipeError(path, line, f"{section}.name",
                                  f"{name[:60]!r} is not a plain file name",
                                  "use letters, digits, '_' and '-' only (no folders, dots or spaces), "
                                  "e.g. name = \"frames_by_year\"")
            for made in _outputs(section, name):
                if made in seen:
                    raise RecipeError(path, line, f"{section}.name",
                                      f"the name {name!r} makes the output {made[1]!r}, which a "
                                      f"[[{seen[made]}]] makes too", "give every table and figure its own name")
                seen[made] = section


def _outputs(section: str, name: str) -> list[tuple[str, str]]:
    """The (kind, name) of the files a named section writes."""
    if section in ("figure", "explorer"):
        return [(section, name)]
    if section == "model":
        return [("table", f"{name}_coefficients"), ("table", f"{name}_contrasts"), ("figure", f"{name}_coefficients")]
    if section == "validate":
        return [("table", name), ("table", f"{name}_alpha")]
    return [("table", name)]


def _check_table(path, text, section, table, keys) -> None:
    for key, value in table.items():
        if key not in keys:
            raise RecipeError(path, _line_of(text, key), f"{section}.{key}", "unknown key",
                              f"use one of: {', '.join(keys)}")
        kind, _, help_text = keys[key]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise RecipeError(path, _line_of(text, key), f"{section}.{key}",
                              f"expected {_TYPE_NAMES[kind]}, got {type(value).__name__}", help_text)
        if kind is list and not all(isinstance(item, str) for item in value):
            bad = next(item for item in value if not isinstance(item, str))
            raise RecipeError(path, _line_of(text, key), f"{section}.{key}",
                              f"expected a list of strings, got {bad!r}", help_text)
    for key, (_, required, help_text) in keys.items():
        if required and key not in table:
            raise RecipeError(path, _line_of(text, section, section), f"{section}.{key}", "required key missing",
                              help_text)
