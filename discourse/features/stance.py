"""Stance: who stands how toward whom.

``measure`` turns a corpus into a dyad table: for every sentence, its speaker (the quoted
speaker, or the outlet in its own voice), each target it names (an actor, a policy object
such as the Belt and Road Initiative, or the cooperation between two parties), and the
stance (favour, against or neutral) the speaker takes toward it. Three methods fill the
stance: the directed rules (the default: each target its own label, by where the sentence's
demands, accusations, judgements and praise land), the sentence rules (``rule_scores``: CAMEO
cooperation and conflict verbs with Goldstein weights, stance cues, negation, VADER as a
tie-breaker; every target of a sentence takes its label) and a trainable
scikit-learn ``classifier``, scored with ``cross_validate`` grouped by document, meeting or
topic, and ``evaluate`` with bootstrap intervals. ``write_stance`` saves what
``discourse measure stance`` writes.

>>> import discourse as dx
>>> from discourse.features import stance
>>> corpus = dx.load("seeds/000_dc699da55f7d4812.txt")
>>> dyads = stance.measure(corpus)
>>> print(dyads.loc[dyads["speaker"] == "Lin Jian", ["target", "stance"]].head(3).to_string(index=False))
                        target  stance
                         China neutral
                  Central Asia  favour
China–Central Asia cooperation  favour
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .._errors import InputError
from .._io import write_parquet_atomic
from .._measures import MEASURE_KEYS, keyed
from ._lexicon import Entry, Lexicon, check_pattern
from ._lexicon import lexicon as _packaged
from ._matcher import matcher
from ._scores import english_only
from ._stance_model import (
    DEFAULT_GRID,
    EMBEDDING_GRID,
    EVALUATION_COLUMNS,
    LABELS,
    PLACEHOLDER,
    PREDICTION_COLUMNS,
    StanceFeatures,
    StanceInput,
    classifier,
    cross_validate,
    evaluate,
    fit,
)
from ._stance_directed import BAND as DIRECTED_BAND
from ._stance_directed import DIRECTED_VERSION, directed
from ._stance_rules import (
    FEATURE_NAMES,
    NEGATION_FACTOR,
    RULE_COLUMNS,
    RULES_VERSION,
    THRESHOLD,
    rule_features,
    rule_scores,
    stance_data,
)
from ._stance_targets import cooperation_name, source_country, units

__all__ = [
    "DEFAULT_GRID",
    "DIRECTED_BAND",
    "DIRECTED_VERSION",
    "EMBEDDING_GRID",
    "EVALUATION_COLUMNS",
    "FEATURE_NAMES",
    "LABELS",
    "METHODS",
    "NEGATION_FACTOR",
    "PLACEHOLDER",
    "PREDICTION_COLUMNS",
    "RULES_VERSION",
    "RULE_COLUMNS",
    "STANCE_COLUMNS",
    "THRESHOLD",
    "StanceFeatures",
    "StanceInput",
    "classifier",
    "cooperation_name",
    "cross_validate",
    "directed",
    "evaluate",
    "fit",
    "measure",
    "policy_targets",
    "rule_features",
    "rule_scores",
    "source_country",
    "write_stance",
]

#: Columns of :func:`measure`, one row per sentence x speaker x target: the shared measure keys
#: (``start``/``end`` are the sentence's), then ``stance``, ``score`` and ``evidence``.
#: The stance methods of :func:`measure`.
METHODS = ("rules", "directed", "model")
STANCE_COLUMNS = {**MEASURE_KEYS, "stance": "string", "score": "float64", "evidence": "string"}


def policy_targets(targets=None) -> tuple[Lexicon, dict]:
    """Return the policy objects to look for, as a lexicon (frame = object name) and their countries.

    Parameters
    ----------
    targets : None, Lexicon, str, or dict
        ``None``: the packaged list (``data/stance/targets-1.0.csv``: the Belt and Road
        Initiative, the Global Development, Security and Civilization Initiatives and other
        frames of ``china_diplomatic``). A Lexicon or the name of a packaged one: each frame
        is an object. A dict: object name -> a pattern or a list of patterns (lexicon syntax,
        ``"Green Deal"``, ``"carbon border*"``). An empty dict: actors only.

    Returns
    -------
    (Lexicon, dict)
        The lexicon, and object name -> ISO country of its sponsor (or None).

    Examples
    --------
    >>> lex, country = policy_targets({"Eastern Partnership": "eastern partnership"})
    >>> lex.frames, country
    (('Eastern Partnership',), {'Eastern Partnership': None})
    >>> policy_targets()[1]["Belt and Road Initiative"]
    'CHN'
    """
    if targets is None:
        data = stance_data()
        return data.targets, data.target_country
    if isinstance(targets, (Lexicon, str)):
        lex = targets if isinstance(targets, Lexicon) else _packaged(targets)
        return lex, {frame: None for frame in lex.frames}
    if isinstance(targets, dict):
        entries = []
        for name, patterns in targets.items():
            if not str(name).strip():
                raise InputError(None, None, f"targets[{name!r}]", "a policy object needs a name",
                                 "name it, e.g. targets={'Belt and Road Initiative': ['belt and road', 'bri']}")
            for pattern in [patterns] if isinstance(patterns, str) else list(patterns):
                entries.append(Entry(str(name), check_pattern(pattern, None, None, f"targets[{name!r}]")))
        return Lexicon("targets", "user", tuple(entries)), {str(name): None for name in targets}
    raise InputError(None, None, "targets", f"expected None, a Lexicon, a lexicon name or a dict, "
                     f"got {type(targets).__name__}",
                     "pass targets={'Belt and Road Initiative': ['belt and road', 'bri']}")


def _cooperative(text: str) -> bool:
    """Whether a text has a cooperation cue of ``cues-1.0.csv`` that is not negated.

    CAMEO cooperation verbs are not enough: "link", "increase" or "trade" say what is done,
    not that two parties' relations are the subject.
    """
    return any(hit.frame == "cooperation" and not hit.negated for hit in stance_data().cue_matcher.find(text))


def _check_model(model):
    if model is None:
        raise InputError(None, None, "model", "method='model' needs a fitted classifier",
                         "fit one, e.g. model = stance.classifier().fit(texts, labels), and pass model=model")
    classes = getattr(model, "classes_", None)
    if classes is None or not hasattr(model, "predict_proba"):
        raise InputError(None, None, "model", f"{type(model).__name__} is not a fitted classifier with "
                         "predict_proba", "fit it first: model.fit(texts, labels)")
    unknown = sorted(set(map(str, classes)) - set(LABELS))
    if unknown:
        raise InputError(None, None, "model", f"the model predicts {unknown}, not stance labels",
                         f"train it on the labels {list(LABELS)}")


def measure(corpus, targets=None, method: str = "directed", *, model=None, tie_break: bool = True) -> pd.DataFrame:
    """Measure who stands how toward whom: one row per sentence, speaker and target.

    **Speakers.** The words of a sentence inside a quote are in the voice of that quote's
    speaker (``voice`` ``quoted``; ``speaker``, ``speaker_role``, ``speaker_country`` from
    ``corpus.quotes``, the speaker missing when unknown), and only the quoted words are read.
    The other words are in the outlet's own voice (``voice`` ``authorial``): the speaker is
    the outlet (``documents.source``), and ``speaker_country`` its country when the name
    names an actor ("The White House"). ``source`` is always the document's outlet.

    **Targets** of a sentence, in this order:

    - every actor mentioned in the words read (``corpus.mentions`` of kind state, person,
      organisation or group; a capital only when it stands for the state, as in "the Kyiv
      authorities"), once per sentence, by canonical name, except the speaker itself;
    - every policy object of ``targets`` found there (by default the Belt and Road
      Initiative and the other initiatives of ``data/stance/targets-1.0.csv``);
    - the cooperation between two parties ("China–Central Asia cooperation") when the words
      name exactly two parties (a person counts as their state, the members of a group named
      in the sentence as the group) and a cooperation cue that is not negated ("relations",
      "ties", "partnership", "deepen", "win-win": frame ``cooperation`` of ``cues-1.0.csv``).

    A sentence with no target gives no row. The rules and cues are English: a document in
    Chinese, Russian, Japanese, Korean or Arabic (``documents.language``) gives no row, with a
    warning (``method="model"`` reads whatever its model was fitted on).

    **Stance.** ``method="directed"`` (the default): each target takes the stance the words
    read take toward it (:func:`directed` lists the five rules): a demand on it ("we urge
    the US to stop ...") or a judgement of it is ``against`` it and not the states merely
    named beside it; praise of a relation is ``favour`` toward its parties; the speaker's
    own state is ``favour`` only when defended or itself praised, never ``against``; a sentence that
    evaluates nothing is ``neutral`` toward all it names. ``score`` is in (-1, 1). Chosen
    over the sentence rules by leave-one-source-out figures
    (``docs/validation/stance_targets.md``). ``method="rules"``: every target of a sentence
    takes the stance of the words read, scored by :func:`rule_scores` (its docstring lists
    the seven rules); ``score`` is in (-1, 1). ``method="model"``: a fitted classifier (see
    :func:`classifier`) reads the words with each target masked in turn, so targets of one
    sentence can differ;
    ``score`` is P(favour) - P(against).

    Parameters
    ----------
    corpus : Corpus
    targets : None, Lexicon, str or dict
        Policy objects to look for (see :func:`policy_targets`); ``{}`` for actors only.
    method : {"directed", "rules", "model"}
    model : fitted classifier, optional
        Needed for ``method="model"``; its classes must be stance labels.
    tie_break : bool
        For ``method="rules"``: use VADER when the lexicons find nothing.

    Returns
    -------
    DataFrame
        Columns :data:`STANCE_COLUMNS`: the shared measure keys ``doc_id, sent_id, start, end``
        (the sentence's offsets), ``source`` (the outlet), ``published, year, voice, speaker,
        speaker_role, speaker_country`` (ISO 3166-1 alpha-3), ``target``, ``target_country``
        (ISO code; for a cooperation object the codes of the states, ``|``-joined), ``measure``
        (``"stance"``), ``label`` (the stance), ``value`` (the score), ``method``
        (``directed@1.7``, ``rules@1.0``, or ``model@`` and a hash of the fitted model); then ``stance``
        (``favour``, ``against``, ``neutral``), ``score`` (float64) and ``evidence`` (the
        sentence). Strings are pandas ``string``; missing values are ``<NA>``.

    Raises
    ------
    InputError
        For an unknown method, or ``method="model"`` without a fitted stance classifier.

    See Also
    --------
    rule_scores : the rules, sentence by sentence.
    classifier, cross_validate, evaluate : the trainable method and its validation.

    Examples
    --------
    >>> import discourse as dx
    >>> corpus = dx.load("seeds/000_dc699da55f7d4812.txt")
    >>> dyads = measure(corpus)
    >>> lin = dyads[(dyads["speaker"] == "Lin Jian") & (dyads["target"] == "China–Central Asia cooperation")]
    >>> lin[["source", "speaker_country", "target_country", "stance", "method"]].iloc[0].tolist()
    ['TDI', 'CHN', 'CHN', 'favour', 'directed@1.7']
    >>> sorted(set(dyads.loc[dyads["speaker"] == "TDI", "target"]) & {"Belt and Road Initiative"})
    ['Belt and Road Initiative']
    """
    if method not in METHODS:
        raise InputError(None, None, "method", f"{method!r} is not a stance method",
                         "pass method='rules', method='directed' or method='model' (with model=a fitted "
                         "classifier)")
    if method == "model":
        _check_model(model)
    lex, country = policy_targets(targets)
    found = units(corpus, matcher(lex) if lex.entries else None, country, _cooperative)
    if found and method != "model":  # the rules and cues are English: no scores of Chinese text
        keep = english_only(corpus, [u.doc_id for u in found], f"The {method} stance method",
                            starts=[u.start for u in found])
        found = [u for u, ok in zip(found, keep) if ok]
    if not found:
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in STANCE_COLUMNS.items()})
    if method == "rules":
        return _rule_rows(found, tie_break, corpus)
    if method == "directed":
        return _directed_rows(found, corpus)
    return _model_rows(found, model, corpus)


def _rows(found, stances, scores, label: str, corpus) -> pd.DataFrame:
    records = []
    k = 0
    for unit in found:
        for target in unit.targets:
            records.append((unit.doc_id, unit.sent_id, unit.start, unit.end, unit.voice, unit.speaker,
                            unit.speaker_role, unit.speaker_country, target.name, target.country, stances[k],
                            scores[k], unit.evidence))
            k += 1
    table = pd.DataFrame(records, columns=["doc_id", "sent_id", "start", "end", "voice", "speaker", "speaker_role",
                                           "speaker_country", "target", "target_country", "stance", "score",
                                           "evidence"])
    return keyed(table, corpus, measure="stance", label="stance", value="score", method=label).astype(STANCE_COLUMNS)


def _rule_rows(found, tie_break: bool, corpus) -> pd.DataFrame:
    scored = rule_scores([u.text for u in found], tie_break=tie_break)
    repeat = [len(u.targets) for u in found]
    stances = np.repeat(scored["stance"].to_numpy(object), repeat)
    scores = np.repeat(scored["score"].to_numpy(np.float64), repeat)
    return _rows(found, stances, scores, f"rules@{RULES_VERSION}", corpus)


def _directed_rows(found, corpus) -> pd.DataFrame:
    stances, scores = [], []
    for unit in found:
        own = [t.kind in ("state", "person") and t.country is not None and t.country == unit.speaker_country
               for t in unit.targets]
        for d in directed(unit.text, [t.spans for t in unit.targets], own):
            stances.append(d.stance)
            scores.append(d.score)
    return _rows(found, stances, np.asarray(scores, dtype=np.float64), f"directed@{DIRECTED_VERSION}", corpus)


def _model_rows(found, model, corpus) -> pd.DataFrame:
    rows = [(u.text, t.start, t.end) for u in found for t in u.targets]
    X = pd.DataFrame(rows, columns=["text", "target_start", "target_end"]).astype(
        {"target_start": "float64", "target_end": "float64"})
    proba = model.predict_proba(X)
    classes = np.asarray(model.classes_).astype(str)
    stances = classes[proba.argmax(axis=1)]
    fav = proba[:, list(classes).index("favour")] if "favour" in classes else 0.0
    ag = proba[:, list(classes).index("against")] if "against" in classes else 0.0
    return _rows(found, stances, np.asarray(fav - ag, dtype=np.float64) + np.zeros(len(rows)), _model_label(model),
                 corpus)


def _model_label(model) -> str:
    """``model@`` and a short hash of the fitted model's parameters and classes."""
    import hashlib
    import pickle

    try:
        digest = hashlib.sha256(pickle.dumps(model, protocol=4)).hexdigest()[:12]
    except Exception:  # noqa: BLE001 -- an unpicklable model is still a model
        digest = type(model).__name__
    return f"model@{digest}"


def write_stance(corpus, out_dir, targets=None, method: str = "directed", *, model=None) -> Path:
    """Measure stance and write ``OUT/stance.parquet`` atomically.

    The table is written to a temporary file in ``out_dir`` and moved into place with
    ``os.replace`` (``discourse._io.write_parquet_atomic``), so a reader never sees half a file.

    Parameters
    ----------
    corpus : Corpus
    out_dir : path-like
        Created if missing.
    targets, method, model
        As for :func:`measure`.

    Returns
    -------
    Path
        ``out_dir / "stance.parquet"``.

    Examples
    --------
    >>> import tempfile, discourse as dx
    >>> path = write_stance(dx.load("seeds/000_dc699da55f7d4812.txt"), tempfile.mkdtemp())
    >>> path.name, pd.read_parquet(path).columns.tolist()[-3:]
    ('stance.parquet', ['stance', 'score', 'evidence'])
    """
    dyads = measure(corpus, targets=targets, method=method, model=model)
    return write_parquet_atomic(dyads, Path(out_dir) / "stance.parquet")
