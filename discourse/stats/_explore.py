"""An interactive explorer: one self-contained HTML page from a frame measure table.

The page holds its data as columns of JSON and the Vega, Vega-Lite and Vega-Embed scripts
(``discourse/data/explore/``, BSD-3-Clause) inline: it opens from a file or a USB stick with no
server and no network. Its counts are sums of :func:`aggregate`'s cells and its rates the rows
of :func:`rate`, both of the same call; Fightin' Words z-scores are computed in the page with
the formula of :func:`fightin_words` on the cells a reader's filters keep.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import os
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from .._errors import InputError, OutputError
from ._aggregate import aggregate, rate
from ._common import require_columns

__all__ = ["explore", "explorer_page"]

_SPEAKER = "speaker"
_MAX_SENTENCES = 10_000  # the sample of sentences in a page, whatever the number of groups
_NONE = "(none)"


def explore(corpus, frames, path="explorer.html", *, by="source", time="published", period="year",
            kwic=20, prior=None, title=None, overwrite=False, seed=0) -> Path:
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
                         title=title, seed=seed)
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
                  title=None, seed=0) -> str:
    """The HTML of :func:`explore`'s page (the same arguments, no file)."""
    require_columns(frames, ["doc_id", "start", "end", "frame"], "frames")
    frames = frames[frames["frame"].notna()]
    _check_by(corpus, frames, by)
    cells = _cells(frames, corpus, by, time, period)
    rates = rate(frames, by=by, time=time, period=period, corpus=corpus)
    payload = _payload(corpus, frames, cells, rates, by, time, period, kwic, prior, seed)
    payload["title"] = title or f"Frames by {by}"
    return _page(payload)


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


def _cells(frames, corpus, by, time, period) -> pd.DataFrame:
    """Frame counts per group, speaker and period (non-zero cells only), from :func:`aggregate`."""
    keys = [by] if by == _SPEAKER else [by, _SPEAKER]
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


def _payload(corpus, frames, cells, rates, by, time, period, kwic, prior, seed) -> dict:
    groups = sorted(set(_labels(rates[by])) | set(_labels(cells[by])))
    order = rates.drop_duplicates("period").sort_values("t")
    periods = list(dict.fromkeys(_labels(order["period"])))
    known = _lexicon_frames(frames)
    frame_names = sorted(set(known) | set(cells["frame"].astype(str)) | set(rates["frame"].astype(str)))
    speakers = sorted(set(_labels(cells[_SPEAKER])))
    hit_frames = set(cells["frame"].astype(str))
    payload = {
        "by": by, "time": time, "period": period, "prior": float(prior if prior is not None else len(frame_names)),
        "groups": groups, "periods": periods, "frames": frame_names, "speakers": speakers,
        "documents": int(corpus.documents["doc_id"].nunique()),
        "empty_frames": [f for f in frame_names if f not in hit_frames],
        "cells": {
            "group": _codes(_labels(cells[by]), groups),
            "speaker": _codes(_labels(cells[_SPEAKER]), speakers),
            "period": _codes(_labels(cells["period"]), periods),
            "frame": _codes(cells["frame"].astype(str), frame_names),
            "count": cells["count"].astype(int).tolist(),
        },
        "exposure": _exposure(rates, by, groups, periods),
        "garwood": _garwood(int(rates["count"].max()) if len(rates) else 0),
    }
    payload["kwic"] = _kwic(corpus, frames, by, time, period, groups, periods, speakers, frame_names, kwic, seed)
    payload["terms"] = _terms(corpus, by, groups)
    return payload


def _terms(corpus, by: str, groups: list[str], top: int = 15, min_count: int = 3) -> dict:
    """Each group's words against all the others' (Fightin' Words, English stop words left out,
    terms seen at least ``min_count`` times): the ``top`` most and least typical of each group."""
    from ._keyness import count_terms, fightin_words

    if by in corpus.documents.columns:
        texts = corpus.documents[[by, "text"]]
    else:  # a speaker column: each speaker's own words (transcript turns, else what they are quoted saying)
        quotes = corpus.quotes
        texts = quotes[quotes["kind"] == "turn"] if (quotes["kind"] == "turn").any() else quotes
        texts = texts[[by, "text"]]
    texts = texts.assign(**{by: _labels(texts[by])})
    counts = count_terms(texts, by=by, stop_words="english", min_count=min_count)
    out = {"group": [], "term": [], "z": [], "count": []}
    if counts["group"].nunique() < 2 or counts["term"].nunique() < 2:
        return out
    table = fightin_words(counts)
    for group, part in table.groupby("group", sort=True):
        if group not in groups:
            continue
        picked = pd.concat([part.head(top), part.tail(top)]).drop_duplicates("term")
        out["group"] += [groups.index(group)] * len(picked)
        out["term"] += picked["term"].tolist()
        out["z"] += _rounded(picked["statistic"])
        out["count"] += picked["count"].astype(int).tolist()
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


def _rounded(values: pd.Series) -> list:
    return [None if not np.isfinite(v) else round(float(v), 6) for v in values.to_numpy(float)]


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


def _kwic(corpus, frames, by, time, period, groups, periods, speakers, frame_names, kwic, seed) -> dict:
    """A sample of at most ``kwic`` hits per frame and group, with their sentences."""
    from ._aggregate import _periods

    docs = corpus.documents.drop_duplicates("doc_id").set_index("doc_id")
    hits = frames.drop_duplicates(["doc_id", "start", "end", "frame"]).copy()
    for column in {by, time} - set(hits.columns):
        if column in docs.columns:
            hits[column] = hits["doc_id"].map(docs[column])
    if _SPEAKER not in hits.columns:
        hits[_SPEAKER] = pd.NA
    hits = hits[hits[time].notna()] if time in hits.columns else hits
    hits["period"] = _periods(hits, time, period)
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
        "group": _codes(hits["group"], groups),
        "period": _codes(_labels(hits["period"]), periods),
        "frame": _codes(hits["frame"].astype(str), frame_names),
        "speaker": _codes(_labels(hits[_SPEAKER]), speakers) if len(hits) else [],
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
