"""The transparent stance rules: CAMEO verb classes with Goldstein weights, stance cues, negation,
and VADER as a tie-breaker. Each rule is numbered as in the docstring of :func:`rule_scores`."""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd

from .._errors import DataFileError
from .._fold import fold
from ._lexicon import Entry, Lexicon, _finish, _read_csv
from ._lexicon import lexicon as _packaged
from ._matcher import Matcher
from ._scores import as_texts

__all__ = [
    "FEATURE_NAMES",
    "NEGATION_FACTOR",
    "RULES_VERSION",
    "RULE_COLUMNS",
    "THRESHOLD",
    "StanceData",
    "as_texts",
    "rule_features",
    "rule_scores",
    "stance_data",
]

#: Version of the rule set; the ``method`` column of rule rows is ``rules@RULES_VERSION``.
RULES_VERSION = "1.0"
#: A score at or beyond +-THRESHOLD is favour / against (VADER's own cut-off, Hutto & Gilbert 2014).
THRESHOLD = 0.05
#: A negated cue or verb counts with its weight times this factor (flipped and halved).
NEGATION_FACTOR = -0.5
#: Past this many characters a text is scored on its first VADER_LIMIT characters by VADER
#: (the compound score saturates long before; the lexicon rules still read the whole text).
VADER_LIMIT = 20_000

# Cross-validation scores the same texts many times; the features of a text never change.
_CACHE: dict[str, np.ndarray] = {}
_CACHE_SIZE = 200_000
_CAMEO_FRAMES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
#: Names of the columns of :func:`rule_features`, in order.
FEATURE_NAMES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict",
                 "negated_cooperation", "negated_conflict", "goldstein", "cue_favour", "cue_against",
                 "cue_cooperation", "negated_cues", "questions", "vader_neg", "vader_neu", "vader_pos",
                 "vader_compound")
#: Columns of :func:`rule_scores`.
RULE_COLUMNS = {"text_id": "int64", "cooperation": "int64", "conflict": "int64", "negated": "int64",
                "goldstein": "float64", "cue_favour": "float64", "cue_against": "float64",
                "compound": "float64", "lexicon_score": "float64", "score": "float64", "stance": "string",
                "evidence_from": "string"}


@dataclass(frozen=True)
class StanceData:
    """The versioned data files behind the rules (``discourse/data/stance/``)."""

    cameo: Lexicon
    cues: Lexicon
    excluded: frozenset
    targets: Lexicon
    target_country: dict
    cameo_weight: dict
    cue_weight: dict
    cameo_matcher: Matcher
    cue_matcher: Matcher
    target_matcher: Matcher


@lru_cache(maxsize=1)
def _manifest() -> dict[str, dict]:
    text = resources.files("discourse.data").joinpath("stance/MANIFEST.csv").read_text("utf-8")
    rows = csv.DictReader(io.StringIO("\n".join(ln for ln in text.splitlines() if not ln.startswith("#"))))
    return {r["file"]: r for r in rows}


def _read_data(name: str) -> tuple[bytes, str]:
    """Return a stance data file's bytes and its path, checked against MANIFEST.csv."""
    path = f"discourse/data/stance/{name}"
    data = resources.files("discourse.data").joinpath(f"stance/{name}").read_bytes()
    row = _manifest().get(name)
    if row is None or hashlib.sha256(data).hexdigest() != row["sha256"]:
        raise DataFileError(path, None, "sha256", "the file does not match its MANIFEST.csv checksum",
                            "reinstall discourse; a data version must never change once published")
    return data, path


def _table(name: str, columns: tuple[str, ...]) -> list[tuple[int, dict]]:
    data, path = _read_data(name)
    lines = [(n, ln) for n, ln in enumerate(data.decode("utf-8").splitlines(), 1)
             if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(ln for _, ln in lines)))
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise DataFileError(path, lines[0][0] if lines else None, missing[0], "column missing from the header",
                            f"start the file with the header {','.join(columns)}")
    return [(n, row) for (n, _), row in zip(lines[1:], reader)]


@lru_cache(maxsize=1)
def stance_data() -> StanceData:
    """Load (once) the CAMEO lexicon, the stance cues, the CAMEO exclusions and the policy targets."""
    cameo = _packaged("cooperation_conflict", "1.0")
    data, path = _read_data("cues-1.0.csv")
    cues = _finish("stance_cues", "1.0", _read_csv(data.decode("utf-8"), path), path, data)
    for e in cues.entries:
        if e.frame not in ("favour", "against", "cooperation") or e.weight is None:
            raise DataFileError(path, e.line, "frame/weight", f"cue {e.pattern!r} needs frame favour, against "
                                "or cooperation and a weight", "fix the row")
    known = {e.pattern for e in cameo.entries}
    excluded = set()
    for line, row in _table("cameo_exclude-1.0.csv", ("pattern", "reason")):
        if row["pattern"] not in known:
            raise DataFileError("discourse/data/stance/cameo_exclude-1.0.csv", line, "pattern",
                                f"{row['pattern']!r} is not a pattern of {cameo.id}", "delete the row")
        excluded.add(row["pattern"])
    targets, country = _policy_targets()
    return StanceData(cameo, cues, frozenset(excluded), targets, country,
                      {(e.frame, e.pattern): e.weight for e in cameo.entries},
                      {(e.frame, e.pattern): e.weight for e in cues.entries},
                      Matcher(cameo), Matcher(cues), Matcher(targets))


def _policy_targets() -> tuple[Lexicon, dict]:
    entries, country = [], {}
    rows = _table("targets-1.0.csv", ("lexicon", "frame", "target", "target_country"))
    for line, row in rows:
        source = _packaged(row["lexicon"])
        found = [e for e in source.entries if e.frame == row["frame"]]
        if not found:
            raise DataFileError("discourse/data/stance/targets-1.0.csv", line, "frame",
                                f"{row['frame']!r} is not a frame of {row['lexicon']}", "fix or delete the row")
        entries += [Entry(row["target"], e.pattern, e.description, e.citation) for e in found]
        country[row["target"]] = row["target_country"] or None
    data, _ = _read_data("targets-1.0.csv")
    return Lexicon("stance_targets", "1.0", tuple(entries), "discourse/data/stance/targets-1.0.csv",
                   hashlib.sha256(data).hexdigest()), country


def _lexicon_features(text: str, data: StanceData) -> list[float]:
    row = [0.0] * 12
    folded = fold(text)
    for hit in data.cameo_matcher.find(text, folded):
        if hit.pattern in data.excluded:
            continue  # rule 2
        j = _CAMEO_FRAMES.index(hit.frame)
        weight = data.cameo_weight[(hit.frame, hit.pattern)] / 10  # rule 1: Goldstein -10..+10 to -1..+1
        if hit.negated:  # rule 3
            row[4 + (j >= 2)] += 1
            row[6] += NEGATION_FACTOR * weight
        else:
            row[j] += 1
            row[6] += weight
    for hit in data.cue_matcher.find(text, folded):
        weight = data.cue_weight[(hit.frame, hit.pattern)]
        if hit.negated:  # rule 3
            row[10] += 1
            weight *= NEGATION_FACTOR
        if hit.frame == "cooperation" and not hit.negated:
            row[9] += 1
        if weight >= 0:  # rule 4
            row[7] += weight
        else:
            row[8] -= weight
    row[11] = text.count("?")
    return row


def rule_features(texts) -> np.ndarray:
    """Compute the rule features of each text: one row per text, columns :data:`FEATURE_NAMES`.

    ``verbal_cooperation`` ... ``material_conflict`` count CAMEO verb hits that are not negated;
    ``negated_cooperation`` and ``negated_conflict`` count negated ones; ``goldstein`` sums their
    Goldstein weights / 10 (a negated hit times :data:`NEGATION_FACTOR`); ``cue_favour`` and
    ``cue_against`` sum the weights of favour (and cooperation) and against cues after negation,
    ``cue_cooperation`` counts cooperation cues, ``negated_cues`` negated cues; ``questions``
    counts question marks; ``vader_*`` are VADER's scores of the text.

    Examples
    --------
    >>> X = rule_features(["We condemn the illegal annexation.", "We did not attack anyone."])
    >>> X.shape, float(X[0, FEATURE_NAMES.index("cue_against")]) > 1
    ((2, 16), True)
    >>> int(X[1, FEATURE_NAMES.index("material_conflict")]), int(X[1, FEATURE_NAMES.index("negated_conflict")])
    (0, 1)
    """
    from .sentiment import vader

    texts = as_texts(texts)
    if not texts:
        return np.zeros((0, len(FEATURE_NAMES)))
    todo = list(dict.fromkeys(t for t in texts if t not in _CACHE))
    found = {}
    if todo:
        data = stance_data()
        lex = np.array([_lexicon_features(t, data) for t in todo], dtype=np.float64).reshape(-1, 12)
        scores = vader([t[:VADER_LIMIT] for t in todo])[["neg", "neu", "pos", "compound"]].to_numpy(np.float64)
        found = dict(zip(todo, np.hstack([lex, scores.reshape(-1, 4)])))
        if len(_CACHE) + len(todo) > _CACHE_SIZE:
            _CACHE.clear()
        _CACHE.update((t, row) for t, row in found.items() if len(t) <= 10_000)
    return np.vstack([found[t] if t in found else _CACHE[t] for t in texts])


def rule_scores(texts, tie_break: bool = True) -> pd.DataFrame:
    """Score the stance each text expresses with the transparent rules.

    The rules, in order:

    1. Every CAMEO verb of ``cooperation_conflict@1.0`` found (verbal or material
       cooperation or conflict) adds its Goldstein weight divided by 10, from -1.0
       ("attack") to +1.0 ("provide aid").
    2. Verbs listed in ``data/stance/cameo_exclude-1.0.csv`` are skipped: common words
       whose CAMEO sense is rare in diplomatic prose ("united", "take", "call", "March").
    3. A negated verb or cue (a negator within three words before it in the same
       sentence: "did not attack", "do not support") counts with its weight times
       :data:`NEGATION_FACTOR` (-0.5): a negated conflict verb is not conflict, it leans
       weakly the other way.
    4. Every stance cue of ``data/stance/cues-1.0.csv`` adds its weight: favour and
       cooperation cues up to +1 ("welcome", "win-win"), against cues down to -1
       ("condemn", "illegal annexation", "so-called").
    5. The lexicon score is the sum of 1-4; ``score = tanh(lexicon score)``, in (-1, 1).
    6. Tie-break: when the lexicon score is exactly 0 (no cue, or cues that cancel out),
       ``score`` is the VADER compound score of the text (if ``tie_break``).
    7. ``stance`` is ``favour`` when ``score >= 0.05``, ``against`` when ``score <= -0.05``,
       else ``neutral`` (VADER's own cut-off).

    Empty text, text of punctuation or emoji and text in other languages score 0 and come
    out ``neutral``; a 1 MB text is read whole by the lexicon rules and by VADER up to its
    first 20,000 characters.

    Parameters
    ----------
    texts : str or iterable of str
        Sentences, or the quoted part of a sentence. Missing values count as empty text.
    tie_break : bool
        Use VADER when the lexicons find nothing (rule 6).

    Returns
    -------
    DataFrame
        One row per text, columns :data:`RULE_COLUMNS`: ``text_id`` (int64, position),
        ``cooperation``, ``conflict``, ``negated`` (int64: CAMEO cooperation and conflict verbs
        not negated, and negated verbs and cues), ``goldstein``, ``cue_favour``,
        ``cue_against`` (float64: the sums of rules 1-4), ``compound`` (VADER), ``lexicon_score``,
        ``score`` (float64), ``stance`` (string), ``evidence_from`` (``lexicon``, ``vader`` or
        ``none``: which rule decided).

    Examples
    --------
    >>> rule_scores(["We condemn the illegal annexation of Crimea.",
    ...              "Russia did not attack Ukraine.",
    ...              "The deal brings win-win cooperation.", ""])[["score", "stance", "evidence_from"]]
          score   stance evidence_from
    0 -0.996682  against       lexicon
    1  0.462117   favour       lexicon
    2  0.905148   favour       lexicon
    3  0.000000  neutral          none
    """
    texts = as_texts(texts)
    X = rule_features(texts)
    col = {name: i for i, name in enumerate(FEATURE_NAMES)}
    lexicon_score = X[:, col["goldstein"]] + X[:, col["cue_favour"]] - X[:, col["cue_against"]]
    compound = X[:, col["vader_compound"]]
    use_vader = (lexicon_score == 0) & tie_break & (compound != 0)
    score = np.where(lexicon_score != 0, np.tanh(lexicon_score), np.where(use_vader, compound, 0.0))
    stance = np.where(score >= THRESHOLD, "favour", np.where(score <= -THRESHOLD, "against", "neutral"))
    source = np.where(lexicon_score != 0, "lexicon", np.where(use_vader, "vader", "none"))
    table = pd.DataFrame({
        "text_id": np.arange(len(texts), dtype=np.int64),
        "cooperation": (X[:, col["verbal_cooperation"]] + X[:, col["material_cooperation"]]).astype(np.int64),
        "conflict": (X[:, col["verbal_conflict"]] + X[:, col["material_conflict"]]).astype(np.int64),
        "negated": (X[:, col["negated_cooperation"]] + X[:, col["negated_conflict"]]
                    + X[:, col["negated_cues"]]).astype(np.int64),
        "goldstein": X[:, col["goldstein"]], "cue_favour": X[:, col["cue_favour"]],
        "cue_against": X[:, col["cue_against"]], "compound": compound, "lexicon_score": lexicon_score,
        "score": score, "stance": stance, "evidence_from": source})
    return table.astype(RULE_COLUMNS)
