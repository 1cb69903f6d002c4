"""An interactive explorer: one self-contained HTML page from a frame measure table.

The page holds its data as columns of JSON and the Vega, Vega-Lite and Vega-Embed scripts
(``discourse/data/explore/``, BSD-3-Clause) inline: it opens from a file or a USB stick with no
server and no network. Its counts are sums of :func:`aggregate`'s cells; its rates and their
intervals are :func:`rate`'s, computed in the page from those counts, the words of each group and
period and a table of exact Poisson bounds; Fightin' Words z-scores are computed in the page with
the formula of :func:`fightin_words` on the cells a reader's filters keep.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import os
import re
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from .._errors import InputError, OutputError
from ._aggregate import _periods, aggregate, rate
from ._common import require_columns

__all__ = ["explore", "explorer_page"]

_SPEAKER, _SOURCE, _ABOUT = "speaker", "source", "target_country"
_MAX_SENTENCES = 10_000  # the sample of sentences in a page, whatever the number of groups
_NONE = "(none)"


def explore(corpus, frames, path="explorer.html", *, by="source", time="published", period="year",
            kwic=20, prior=None, title=None, overwrite=False, seed=0, stance=None) -> Path:
    """Write an interactive explorer of frames by group: one HTML file that works offline.

    The page compares the groups of ``by`` (outlets, speakers, states, periods...) with
    Fightin' Words (Monroe, Colaresi & Quinn 2008) on frames, one group against another or
    against the rest, with z-scores; a click on a frame shows its keyword-in-context
    sentences (speaker, role, group, date, ``doc_id`` and offsets) and its rate per 1,000
    words over time per group with exact Poisson intervals. Filters by period and speaker
    change the counts and z-scores in the page.

    Parameters
    ----------
    corpus : Corpus
        The corpus the frames were measured on (its words are the exposure of the rates).
    frames : DataFrame
        A frame measure table, as :func:`discourse.frames.measure` returns.
    path : str or Path, default "explorer.html"
        The file to write.
    by : str, default "source"
        The column whose values are the groups: a document column (``source``) or a speaker
        column (``speaker``, ``speaker_role``, ``speaker_country``).
    time, period
        As in :func:`rate`: the date column and the period it is floored to (``None`` keeps
        the values, e.g. ``time="year", period=None``).
    kwic : int, default 20
        Sentences kept per frame and group for the keyword-in-context view, drawn at random
        with ``seed`` (the counts shown are always exact); fewer when frames × groups would pass
        10,000 sentences in all.
    prior : float, optional
        Fightin' Words' ``α0`` (see :func:`fightin_words`): pseudo-counts spread over the frames
        by their pooled shares. The default is one per frame of the page (frames are counted in
        hundreds, not in the millions of words :func:`fightin_words`' default of 1,000 is for).
    title : str, optional
        The page's title.
    overwrite : bool, default False
        Replace ``path`` if it exists; otherwise an existing file is an error.
    seed : int, default 0
        Seed of the keyword-in-context sample.
    stance : DataFrame, optional
        A stance measure table (:func:`discourse.stance.measure`): the page then shows each
        group's stance toward a chosen target, favour, against and neutral sentences per period,
        under the same filters, with sample sentences.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    InputError
        When ``frames`` lacks a column the page needs, or ``by`` names no column.
    OutputError
        When ``path`` exists and ``overwrite`` is false, or is a folder.

    Examples
    --------
    >>> import tempfile, pandas as pd, discourse as dx
    >>> corpus = dx.load(pd.DataFrame({"text": ["We oppose the Cold War mentality.",
    ...                                         "China seeks mutual trust and win-win cooperation."],
    ...                                "source": ["A", "B"], "year": [2019, 2020]}), progress=False)
    >>> frames = dx.frames.measure(corpus, "china_diplomatic")
    >>> out = dx.explore(corpus, frames, tempfile.mkdtemp() + "/x.html", time="year", period=None)
    >>> out.read_text("utf-8").count("<script")
    5
    """
    path = _target(path, overwrite)
    page = explorer_page(corpus, frames, by=by, time=time, period=period, kwic=kwic, prior=prior,
                         title=title, seed=seed, stance=stance)
    partial = path.with_name(f".{path.name}.partial")
    try:  # written whole or not at all
        partial.write_text(page, "utf-8")
        os.replace(partial, path)
    except OSError as err:
        partial.unlink(missing_ok=True)
        raise OutputError(path=str(path), problem=f"could not be written ({err.strerror or err})",
                          fix="check the folder's permissions and free space") from None
    return path


def explorer_page(corpus, frames, *, by="source", time="published", period="year", kwic=20, prior=None,
                  title=None, seed=0, stance=None) -> str:
    """The HTML of :func:`explore`'s page (the same arguments, no file)."""
    needed = ["doc_id", "start", "end", "frame"]
    if isinstance(frames, pd.DataFrame) and frames.empty and set(needed) <= set(frames.columns):
        return _page(_nothing(corpus, frames, by, title))  # a corpus with no frame hits: a page that says so
    require_columns(frames, needed, "frames")
    frames = frames[frames["frame"].notna()]
    _check_by(corpus, frames, by)
    cells = _cells(frames, corpus, by, time, period)
    rates = rate(frames, by=by, time=time, period=period, corpus=corpus)
    payload = _payload(corpus, frames, cells, rates, by, time, period, prior)
    about = _cells(frames.fillna({_ABOUT: _NONE}) if _ABOUT in frames.columns else frames.assign(**{_ABOUT: _NONE}),
                   corpus, by, time, period, about=True)
    payload["abouts"] = sorted(set(_labels(about[_ABOUT])))
    payload["about_cells"] = _columns(about, payload, by)
    payload["about_cells"]["about"] = _codes(_labels(about[_ABOUT]), payload["abouts"])
    payload["kwic"] = _kwic(corpus, frames, by, time, period, payload, kwic, seed)
    payload["stance"] = _stance(stance, corpus, by, time, period, payload) if stance is not None else None
    payload["title"] = title or f"Frames by {by}"
    return _page(payload)


def _nothing(corpus, frames, by, title) -> dict:
    """The page's data for a frame table with no rows: its groups, no counts, every frame empty."""
    groups = sorted(set(_labels(corpus.documents[by]))) if by in corpus.documents.columns else []
    names = sorted(set(_lexicon_frames(frames)))
    none = {k: [] for k in ("group", "speaker", "source", "period", "frame", "count")}
    return {"by": by, "time": None, "period": None, "prior": float(len(names) or 1), "groups": groups, "periods": [],
            "frames": names, "speakers": [], "sources": [], "abouts": [], "documents": int(corpus.documents["doc_id"].nunique()),
            "empty_frames": names, "cells": none, "about_cells": {**none, "about": []},
            "exposure": {"group": [], "period": [], "words": []}, "garwood": _garwood(0),
            "kwic": {k: [] for k in ("group", "period", "frame", "speaker", "source", "about", "role", "date", "doc_id",
                                     "start", "end", "left", "match", "right")},
            "terms": {"terms": [], "n": [0] * len(groups), "group": [], "term": [], "count": [], "prior": 1000.0,
                      "samples": {k: [] for k in ("group", "term", "doc_id", "start", "end", "left", "match", "right")}},
            "stance": None, "title": title or f"Frames by {by}"}


_LABELS = ("favour", "against", "neutral")


def _stance(stance, corpus, by, time, period, payload, sample: int = 5) -> dict:
    """Stance rows counted per group, speaker, period, target and label, and a few sentences of each
    group, target and label; groups and speakers the frames lack are added at the end of the page's lists."""
    require_columns(stance, ["doc_id", "start", "end", "target", "stance"], "stance")
    rows = stance[stance["target"].notna() & stance["stance"].isin(_LABELS)].copy()
    docs = corpus.documents.drop_duplicates("doc_id").set_index("doc_id")
    rows = _dated(rows, docs, {by, _SPEAKER}, time, period)
    rows["period"] = _labels(rows["period"])
    rows["group"], rows["speaker_label"] = _labels(rows[by]), _labels(rows[_SPEAKER])
    for key, column in (("groups", "group"), ("speakers", "speaker_label")):
        payload[key] += sorted(set(rows[column]) - set(payload[key]))
    rows = rows[rows["period"].isin(payload["periods"])]  # the periods with words; codes already given keep
    targets = rows["target"].value_counts().sort_index(kind="stable").sort_values(ascending=False, kind="stable")
    names = targets.index.astype(str).tolist()
    cells = (rows.groupby(["group", "speaker_label", "period", "target", "stance"], sort=True, observed=True)
             .size().rename("count").reset_index())
    picked = rows.sort_values(["doc_id", "start", "target"], kind="stable").groupby(
        ["group", "target", "stance"], sort=True, observed=True).head(sample)
    texts = docs["text"]
    return {
        "targets": names, "n": targets.astype(int).tolist(),
        "cells": {"group": _codes(cells["group"], payload["groups"]),
                  "speaker": _codes(cells["speaker_label"], payload["speakers"]),
                  "period": _codes(cells["period"], payload["periods"]),
                  "target": _codes(cells["target"].astype(str), names),
                  "label": [_LABELS.index(v) for v in cells["stance"]],
                  "count": cells["count"].astype(int).tolist()},
        "sentences": {"group": _codes(picked["group"], payload["groups"]),
                      "target": _codes(picked["target"].astype(str), names),
                      "label": [_LABELS.index(v) for v in picked["stance"]],
                      "period": _codes(picked["period"], payload["periods"]),
                      "speaker": _codes(picked["speaker_label"], payload["speakers"]),
                      "doc_id": picked["doc_id"].astype(str).tolist(),
                      "start": picked["start"].astype(int).tolist(), "end": picked["end"].astype(int).tolist(),
                      "text": [texts[d][a:b] for d, a, b in zip(picked["doc_id"], picked["start"], picked["end"])]},
    }


def _target(path, overwrite: bool) -> Path:
    path = Path(path)
    if path.is_dir():
        raise OutputError(path=str(path), problem="is a folder", fix="give a file name ending in .html")
    if path.exists() and not overwrite:
        raise OutputError(path=str(path), problem="exists", fix="choose another file, or pass overwrite=True")
    if not path.parent.is_dir():
        raise OutputError(path=str(path), problem="its folder does not exist", fix="create the folder first")
    return path


def _check_by(corpus, frames, by: str) -> None:
    if by not in frames.columns and by not in corpus.documents.columns:
        raise InputError(field="by", problem=f"no column {by!r} in the frames or the documents",
                         fix="use a document column such as 'source', or 'speaker', 'speaker_country'")


def _cells(frames, corpus, by, time, period, about: bool = False) -> pd.DataFrame:
    """Frame counts per group, speaker, source and period (non-zero cells only), from
    :func:`aggregate`; with ``about``, per state the frame is about too (a hit about two states
    counts for each: these cells serve the "about" filter only)."""
    keys = list(dict.fromkeys([by, _SPEAKER, _SOURCE] + ([_ABOUT] if about else [])))
    cells = aggregate(frames, by=keys, time=time, period=period, corpus=corpus)
    return cells[cells["count"] > 0].reset_index(drop=True)


def _labels(values: pd.Series) -> pd.Series:
    """Values as the strings the page shows: dates as ISO dates, missing as "(none)"."""
    if pd.api.types.is_datetime64_any_dtype(values):
        return values.dt.strftime("%Y-%m-%d").fillna(_NONE)
    return values.astype("string").fillna(_NONE)


def _codes(values: pd.Series, levels: list[str]) -> list[int]:
    index = {v: i for i, v in enumerate(levels)}
    return [index[v] for v in values]


def _payload(corpus, frames, cells, rates, by, time, period, prior) -> dict:
    groups = sorted(set(_labels(rates[by])) | set(_labels(cells[by])))
    order = rates.drop_duplicates("period").sort_values("t")
    periods = list(dict.fromkeys(_labels(order["period"])))
    known = _lexicon_frames(frames)
    frame_names = sorted(set(known) | set(cells["frame"].astype(str)) | set(rates["frame"].astype(str)))
    speakers = sorted(set(_labels(cells[_SPEAKER])))
    sources = sorted(set(_labels(cells[_SOURCE])))
    hit_frames = set(cells["frame"].astype(str))
    payload = {
        "by": by, "time": time, "period": period, "prior": float(prior if prior is not None else len(frame_names)),
        "groups": groups, "periods": periods, "frames": frame_names, "speakers": speakers,
        "sources": sources,
        "documents": int(corpus.documents["doc_id"].nunique()),
        "empty_frames": [f for f in frame_names if f not in hit_frames],
        "exposure": _exposure(rates, by, groups, periods),
        "garwood": _garwood(int(rates["count"].max()) if len(rates) else 0),
    }
    payload["cells"] = _columns(cells, payload, by)
    payload["terms"] = _terms(corpus, by, groups)
    return payload


def _columns(cells, payload, by) -> dict:
    """Count cells as columns of codes into the page's lists."""
    return {"group": _codes(_labels(cells[by]), payload["groups"]),
            "speaker": _codes(_labels(cells[_SPEAKER]), payload["speakers"]),
            "source": _codes(_labels(cells[_SOURCE]), payload["sources"]),
            "period": _codes(_labels(cells["period"]), payload["periods"]),
            "frame": _codes(cells["frame"].astype(str), payload["frames"]),
            "count": cells["count"].astype(int).tolist()}


def _terms(corpus, by: str, groups: list[str], top: int = 15, min_count: int = 3, per_term: int = 2) -> dict:
    """Words for Fightin' Words between any two groups in the page: the candidates (the ``top`` most
    and least typical words of each group against the rest, English stop words left out, words seen
    at least ``min_count`` times), each group's counts of them and its count of all words (enough
    for the exact z-score of a candidate in any pair), and up to ``per_term`` sentences of each
    group that use each candidate."""
    from ._keyness import count_terms, fightin_words

    texts = _group_texts(corpus, by)
    counts = count_terms(texts, by=by, stop_words="english", min_count=min_count)
    counts = counts[counts["group"].isin(groups)]
    out = {"terms": [], "n": [0] * len(groups), "group": [], "term": [], "count": [], "prior": 1000.0}
    if counts["group"].nunique() < 2 or counts["term"].nunique() < 2:
        return out
    table = fightin_words(counts, prior=out["prior"])
    picked = pd.concat([pd.concat([part.head(top), part.tail(top)]) for _, part in table.groupby("group", sort=True)])
    out["terms"] = sorted(set(picked["term"]))
    for group, n in counts.groupby("group")["count"].sum().items():
        out["n"][groups.index(group)] = int(n)
    mine = counts[counts["term"].isin(set(out["terms"]))]
    out["group"] = _codes(mine["group"], groups)
    out["term"] = _codes(mine["term"], out["terms"])
    out["count"] = mine["count"].astype(int).tolist()
    out["samples"] = _term_samples(texts, by, groups, out["terms"], set(zip(mine["group"], mine["term"])), per_term)
    return out


def _group_texts(corpus, by: str) -> pd.DataFrame:
    """``by``, ``doc_id``, ``offset`` and ``text``: each group's documents, or for a speaker column each
    speaker's own words (transcript turns, else what they are quoted saying)."""
    if by in corpus.documents.columns:
        texts = corpus.documents[[by, "doc_id", "text"]].assign(offset=0)
    else:
        quotes = corpus.quotes
        texts = quotes[quotes["kind"] == "turn"] if (quotes["kind"] == "turn").any() else quotes
        texts = texts[[by, "doc_id", "start", "text"]].rename(columns={"start": "offset"})
    return texts.assign(**{by: _labels(texts[by])}).reset_index(drop=True)


def _term_samples(texts, by, groups, terms, wanted: set, per_term: int, reach: int = 120) -> dict:
    """Up to ``per_term`` places where each group uses each candidate word, found with the tokens of
    :func:`count_terms` (lower-cased, apostrophes folded), at most ``_MAX_SENTENCES`` in all: one
    pass over each group's texts, which stops when the group has all its samples."""
    from .._fold import APOSTROPHES, TOKEN_PATTERN

    out = {"group": [], "term": [], "doc_id": [], "start": [], "end": [], "left": [], "match": [], "right": []}
    token, fold = re.compile(TOKEN_PATTERN), str.maketrans({c: "'" for c in APOSTROPHES})
    index, found, left = {t: i for i, t in enumerate(terms)}, {}, {}
    for group, _ in wanted:
        left[group] = left.get(group, 0) + per_term
    for row in texts.itertuples(index=False):
        group = getattr(row, by)
        if not left.get(group) or len(out["term"]) >= _MAX_SENTENCES:
            continue
        for match in token.finditer(row.text.translate(fold)):
            term = match.group(0).lower()
            key = (group, term)
            if key not in wanted or found.get(key, 0) >= per_term:
                continue
            found[key] = found.get(key, 0) + 1
            left[group] -= 1
            a, b = match.span()
            for column, value in (("group", groups.index(group)), ("term", index[term]), ("doc_id", str(row.doc_id)),
                                  ("start", int(row.offset + a)), ("end", int(row.offset + b)),
                                  ("left", row.text[max(0, a - reach):a]), ("match", row.text[a:b]),
                                  ("right", row.text[b:b + reach])):
                out[column].append(value)
            if not left[group]:
                break
    return out


def _exposure(rates, by, groups, periods) -> dict:
    """The words of each group and period (the exposure of every rate), once per cell."""
    cells = rates.drop_duplicates([by, "period"])
    return {"group": _codes(_labels(cells[by]), groups), "period": _codes(_labels(cells["period"]), periods),
            "words": cells["words"].astype(int).tolist()}


def _garwood(most: int, conf_level: float = 0.95) -> dict:
    """The exact (Garwood) Poisson interval of every count 0..``most``, as :func:`rate` computes it:
    the page divides it by a cell's words, so that its rates and intervals are :func:`rate`'s."""
    from scipy import stats

    k, a = np.arange(most + 1, dtype=float), 1 - conf_level
    low = np.where(k > 0, stats.chi2.ppf(a / 2, np.maximum(2 * k, 1)) / 2, 0.0)
    return {"low": low.tolist(), "high": (stats.chi2.ppf(1 - a / 2, 2 * k + 2) / 2).tolist()}


def _lexicon_frames(frames) -> list[str]:
    """Every frame of the lexicons the table was measured with, hit or not."""
    from ..features._lexicon import lexicon  # features are read only when an explorer is written

    names = []
    for name in frames["lexicon"].dropna().unique() if "lexicon" in frames.columns else ():
        try:
            names += list(lexicon(str(name)).frames)
        except Exception:  # noqa: BLE001 - a user's lexicon that is not packaged: its hits name its frames
            continue
    return names


def _dated(rows, docs, columns: set, time, period) -> pd.DataFrame:
    """Measure rows with ``columns`` and ``time`` taken from their documents where the rows lack them
    (missing when the documents lack them too), those with a time only, and their ``period``."""
    rows = rows.copy()
    for column in (columns | ({time} if time else set())) - set(rows.columns):
        rows[column] = rows["doc_id"].map(docs[column]) if column in docs.columns else pd.NA
    rows = rows[rows[time].notna()] if time in rows.columns else rows
    return rows.assign(period=_periods(rows, time, period))


def _kwic(corpus, frames, by, time, period, payload, kwic, seed) -> dict:
    """A sample of at most ``kwic`` hits per frame and group, with their sentences."""
    docs = corpus.documents.drop_duplicates("doc_id").set_index("doc_id")
    about = (_labels(frames[_ABOUT]) if _ABOUT in frames.columns else pd.Series(_NONE, index=frames.index))
    abouts = about.groupby([frames["doc_id"], frames["start"], frames["end"], frames["frame"]], sort=False).agg(
        lambda v: sorted(set(v)))
    hits = _dated(frames.drop_duplicates(["doc_id", "start", "end", "frame"]), docs, {by, _SPEAKER, _SOURCE},
                  time, period)
    hits["group"] = _labels(hits[by])
    rng = np.random.default_rng(seed)
    keep = []
    cells = hits.groupby(["frame", "group"]).ngroups
    kwic = max(1, min(kwic, _MAX_SENTENCES // max(cells, 1)))  # many groups: fewer sentences each, counts exact
    for _, part in hits.sort_values(["doc_id", "start", "frame"], kind="stable").groupby(["frame", "group"], sort=True):
        keep.append(part if len(part) <= kwic else part.iloc[np.sort(rng.choice(len(part), kwic, replace=False))])
    hits = pd.concat(keep) if keep else hits.iloc[:0]
    sentences = _sentences(corpus, hits)
    dates = hits["doc_id"].map(docs["published"]) if "published" in docs.columns else pd.Series(pd.NaT, index=hits.index)
    return {
        "group": _codes(hits["group"], payload["groups"]),
        "period": _codes(_labels(hits["period"]), payload["periods"]),
        "frame": _codes(hits["frame"].astype(str), payload["frames"]),
        "speaker": _codes(_labels(hits[_SPEAKER]), payload["speakers"]) if len(hits) else [],
        "source": _codes(_labels(hits[_SOURCE]), payload["sources"]) if len(hits) else [],
        "about": [_codes(pd.Series(abouts[key]), payload["abouts"]) for key in
                  zip(hits["doc_id"], hits["start"], hits["end"], hits["frame"])],
        "role": _labels(hits["speaker_role"]).tolist() if "speaker_role" in hits.columns else [_NONE] * len(hits),
        "date": _labels(pd.to_datetime(dates, errors="coerce")).tolist(),
        "doc_id": hits["doc_id"].astype(str).tolist(),
        "start": hits["start"].astype(int).tolist(),
        "end": hits["end"].astype(int).tolist(),
        "left": [s[0] for s in sentences], "match": [s[1] for s in sentences], "right": [s[2] for s in sentences],
    }


def _sentences(corpus, hits, reach: int = 240) -> list[tuple[str, str, str]]:
    """Each hit's sentence split around its match (at most ``reach`` characters either side)."""
    texts = corpus.documents.drop_duplicates("doc_id").set_index("doc_id")["text"]
    spans = hits[["doc_id", "start", "end"]].assign(s0=hits["start"], s1=hits["end"])
    if "sent_id" in hits.columns:
        bounds = corpus.sentences[["doc_id", "sent_id", "start", "end"]].rename(columns={"start": "b0", "end": "b1"})
        found = hits[["doc_id", "sent_id"]].merge(bounds, on=["doc_id", "sent_id"], how="left")
        spans["s0"] = found["b0"].fillna(hits["start"].reset_index(drop=True)).to_numpy()
        spans["s1"] = found["b1"].fillna(hits["end"].reset_index(drop=True)).to_numpy()
    s0 = np.maximum(spans["s0"].to_numpy("int64"), spans["start"].to_numpy("int64") - reach)
    s1 = np.minimum(spans["s1"].to_numpy("int64"), spans["end"].to_numpy("int64") + reach)
    return [(texts[d][a:b0], texts[d][b0:b1], texts[d][b1:c])
            for d, a, b0, b1, c in zip(spans["doc_id"], s0, spans["start"], spans["end"], s1)]


def _asset(name: str) -> str:
    return resources.files("discourse").joinpath("data", "explore", name).read_text("utf-8")


def _scripts() -> list[str]:
    """The Vega scripts named by the manifest, each checked against its sha256."""
    rows = [r for r in csv.DictReader(io.StringIO("\n".join(
        line for line in _asset("MANIFEST.csv").splitlines() if not line.startswith("#"))))]
    out = []
    for row in rows:
        text = _asset(row["file"])
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != row["sha256"]:
            raise OutputError(path=row["file"], problem="does not match its sha256 in data/explore/MANIFEST.csv",
                              fix="reinstall discourse")
        out.append("\n".join(line for line in text.splitlines() if not line.startswith("//# sourceMappingURL")))
    return out


def _json_for_script(payload: dict) -> str:
    """JSON that cannot close its script element: ``<``, ``>`` and ``&`` as escapes."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _page(payload: dict) -> str:
    scripts = "".join(f"<script>{s}</script>\n" for s in _scripts())
    return (_asset("explorer.html")
            .replace("{{title}}", html.escape(payload["title"]))
            .replace("{{style}}", _asset("explorer.css"))
            .replace("{{data}}", _json_for_script(payload))
            .replace("{{scripts}}", scripts)
            .replace("{{app}}", _asset("explorer.js")))
