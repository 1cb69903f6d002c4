"""Run a recipe: corpora in; tables, figures, a report and provenance out."""

from __future__ import annotations

import hashlib
import io
import json
import os
import platform
import shutil
import tempfile
from collections.abc import Callable, Mapping
from contextlib import contextmanager
from functools import partial
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import numpy as np
import pandas as pd
from tqdm import tqdm

from .._datafiles import read_user_file
from .._errors import DiscourseError, InputError, output_error
from .._io import check_output, write_folder_atomic
from .._version import __version__
from .._measures import SPEAKER_COLUMNS, document_meta
from ..corpus import Corpus, concat, load, subset
from ..corpus import auto_workers, load_partitioned, map_partitions, partition_size_for, read_corpus, workers_for
from ..features import frames as _frames
from ..features.lexicons import Lexicon, lexicon, read_lexicon
from ..stats import FormulaError, check_formula
from .._expr import WhereError, evaluate, parse_where
from ._schema import RecipeError, read_recipe

__all__ = ["run", "Result"]

_PACKAGES = ("pandas", "numpy", "pyarrow", "statsmodels", "scikit-learn", "scipy", "nltk", "matplotlib",
             "pyahocorasick", "trafilatura")


@dataclass
class Result:
    """What a recipe run produced: its tables, figures, the corpus measured and where it wrote them."""

    out: Path
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    figures: dict[str, object] = field(default_factory=dict)
    explorers: dict[str, str] = field(default_factory=dict)  # name -> the page's HTML
    notes: list[str] = field(default_factory=list)
    provenance: dict = field(default_factory=dict)
    corpus: Corpus | None = None  # the documents the recipe measured, once each


#: Recipe tables that are measure tables (rows with the shared keys): rates with the corpus's exposure.
_MEASURED = ("frames", "sentiment", "sentiment_sentences", "stance")
_ACTOR_SENTIMENT = {"sentiment", "sentiment_actors", "sentiment_periods"}  # tables of sentiment toward actors
_RATE_COLUMNS = ["documents", "documents_present", "count"]


def _with_meta(table: pd.DataFrame, meta: pd.DataFrame) -> pd.DataFrame:
    """Join each document's metadata fields (``document_meta``: UNGDC country_code, Kremlin place, ...)."""
    keep = [c for c in meta.columns if c not in table.columns]
    if not keep or "doc_id" not in table.columns:
        return table
    return table.merge(meta[keep], left_on="doc_id", right_index=True, how="left")


def _rates(table: pd.DataFrame, by: list[str], of: str, units, period: str | None = None) -> pd.DataFrame:
    """Counts and rates per 1,000 words by ``by`` (and ``period``), each document's (or speaker's) words
    counted once."""
    from .. import stats

    time = dict(time="published", period=period) if period else dict(time=None)
    if of == "frame_counts":
        out = stats.rate(table, by=by, label=None, exposure="tokens", **time)
    else:
        out = stats.rate(table, by=by, label=None, units=units, **time)
    out = out.rename(columns={"estimate": "rate_per_1000"}).drop(columns=["t", "measure", "per"])
    out = out if period else out.drop(columns=["period"])
    if of in ("sentiment", "sentiment_sentences", "stance"):
        spans = [c for c in ("doc_id", "sent_id", "start", "end", "target") if c in table.columns]
        means = table.drop_duplicates(spans + [c for c in by if c not in spans]).groupby(
            by, dropna=False, sort=True)["value"].mean().rename("mean_value")
        out = out.merge(means.reset_index(), on=by, how="left")
    return out


def _counted(table: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """Rows per group (and distinct documents, when the table has them): tables that are not measures."""
    grouped = table.groupby(by, dropna=False, sort=True)
    out = grouped.size().rename("n").reset_index()
    if "doc_id" in table.columns:
        out.insert(len(by), "documents", grouped["doc_id"].nunique().to_numpy())
    return out


def _partition_measures(corpus: Corpus, lexicons, sentiment: bool | str, stance: bool) -> dict[str, pd.DataFrame]:
    """The per-document measure tables of one partition of a streamed recipe corpus (at module
    level, so that worker processes can run it); ``sentiment="sentences"``: sentence sentiment
    only, for a recipe that names no table of sentiment toward actors."""
    tables = _frames._frame_tables(corpus, lexicons)
    if sentiment == "sentences":
        from ..features._actors import _sentence_table, sentence_scores

        tables["sentiment_sentences"] = _sentence_table(sentence_scores(corpus), corpus)
    elif sentiment:
        from ..features.sentiment import _sentiment_tables  # what `discourse measure sentiment` writes

        tables |= _sentiment_tables(corpus)
    if stance:
        from ..features import stance as _stance

        tables["stance"] = _stance.measure(corpus)
    return tables


class _Sources(Mapping):
    """A recipe's named tables, each built once, when first asked for (see :meth:`_Run.measures`).

    ``add(name, build, meta=True)`` registers a table (joined to the documents' metadata with
    ``join`` unless ``meta=False``) and returns a function that builds it; a table that is not
    ``listed`` is a shared step of others, not a name a recipe may use.
    """

    def __init__(self, join: Callable[[pd.DataFrame], pd.DataFrame]):
        self._join, self._build, self._built = join, {}, {}
        self._listed: list[str] = []

    def add(self, name: str, build: Callable, meta: bool = True, listed: bool = True) -> Callable:
        self._build[name] = (lambda: self._join(build())) if meta else build
        if listed:
            self._listed.append(name)
        return lambda: self._get(name)

    def _get(self, name: str):
        if name not in self._built:
            self._built[name] = self._build[name]()
        return self._built[name]

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._listed:
            raise KeyError(name)
        return self._get(name)

    def __iter__(self):
        return iter(self._listed)

    def __len__(self) -> int:
        return len(self._listed)


class _Run:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.base = self.path.parent
        self.recipe = read_recipe(self.path)
        self.seed = int(self.recipe["recipe"].get("seed", 0))
        self.result = Result(Path())
        self.groups: list[pd.DataFrame] = []  # which [[corpus]] group each document came from (they may overlap)
        self._cache: dict[str, pd.DataFrame] = {}  # metadata and units of exposure of the run's corpus
        self.streamed: dict[str, pd.DataFrame] | None = None  # measures of a corpus built in partitions
        self.staging: Path | None = None  # where that corpus is built, removed when the run ends

    def error(self, key: str, problem: str, fix: str):
        from ._schema import _line_of

        return RecipeError(self.path, _line_of(self.path.read_text("utf-8"), key.split(".")[-1]), key, problem, fix)

    def inputs(self) -> list[Path]:
        """Every file and folder the recipe reads: the output folder may hold none of them."""
        found = [self.path]
        for spec in self.recipe["corpus"]:
            found += [self.base / p for p in spec["paths"] + spec.get("actors", [])]
            found += [self.base / spec["speakers"]] if "speakers" in spec else []
        found += [self.base / f for f in self.recipe.get("lexicons", {}).get("files", [])]
        found += [self.base / spec[k] for spec in self.recipe.get("validate", []) for k in ("units", "codes")]
        return found

    @contextmanager
    def section(self, name: str):
        """The boundary of one step: an unexpected error becomes a RecipeError naming the section."""
        from ._schema import _line_of

        try:
            yield
        except DiscourseError:
            raise
        except MemoryError:  # the machine, not the recipe: the command says so
            raise
        except Exception as err:  # noqa: BLE001 -- the step's boundary: a message, not a traceback
            line = _line_of(self.path.read_text("utf-8"), name, name)
            raise RecipeError(self.path, line, name, f"the {name} step failed: {type(err).__name__}: "
                              f"{str(err)[:200]}", "check this section against docs/recipes/index.md; "
                              "with --debug the command shows where it failed") from err

    def corpus(self, lexicons: list[Lexicon], out: Path) -> Corpus:
        """The recipe's documents. One large corpus is built in partitions in a hidden folder beside
        ``out`` (``self.staging``), and measured there partition by partition (``self.streamed``), so
        memory stays bounded; see docs/scale.md."""
        corpora = []
        for spec in self.recipe["corpus"]:
            paths = [self.base / p for p in spec["paths"]]
            for p in paths:
                if not p.exists():
                    raise self.error("corpus.paths", f"{p} does not exist", "paths are relative to the recipe file")
            actors = [self.base / a for a in spec.get("actors", [])] or None
            speakers = self.base / spec["speakers"] if "speakers" in spec else None
            options = dict(format=spec.get("format"), mapping=spec.get("map"), source=spec.get("source"),
                           speakers=speakers, actors=actors)
            size = partition_size_for(paths) if len(self.recipe["corpus"]) == 1 else None
            if size:
                corpus = self.stream(paths, options, size, lexicons, out)
            else:  # worker processes above a few MB of text (the same tables)
                workers = workers_for(paths)
                corpus = load(paths, **options, **({"engine": "process", "workers": workers} if workers else {}))
            if spec.get("about"):
                corpus = subset(corpus, about=spec["about"])
                self.result.notes.append(f"Corpus {', '.join(spec['paths'])}: the {len(corpus)} documents that "
                                         f"name {', '.join(spec['about'])}.")
            group = spec.get("group", f"corpus {len(corpora) + 1}")
            self.groups.append(pd.DataFrame({"doc_id": corpus.documents["doc_id"], "group": group}))
            corpora.append(corpus)
        self.groups = [pd.concat(self.groups, ignore_index=True).astype("string")]
        return concat(corpora)

    def stream(self, paths, options: dict, size: int, lexicons: list[Lexicon], out: Path) -> Corpus:
        """Build a large corpus in partitions, measure each partition in worker processes, then read the
        corpus back: what ``discourse load`` and ``discourse measure`` do, with the same tables."""
        workers = auto_workers()
        where = Path(os.path.abspath(out))  # as the output's writer takes it: ".." lexically
        try:
            where.parent.mkdir(parents=True, exist_ok=True)
            self.staging = Path(tempfile.mkdtemp(prefix=f".{where.name}.corpus.", dir=where.parent))
        except OSError as err:
            raise output_error(out, err) from None
        folder = load_partitioned(paths, self.staging / "corpus", partition_size=size, engine="process",
                                  workers=workers, **options)
        spec = self.recipe.get("measures", {"frames": True})
        named = {t["of"] for t in self.recipe.get("table", [])}
        sentiment = bool(spec.get("sentiment")) and (True if named & _ACTOR_SENTIMENT else "sentences")
        func = partial(_partition_measures, lexicons=lexicons, sentiment=sentiment,
                       stance=bool(spec.get("stance")))
        self.streamed = map_partitions(folder, func, engine="process", workers=workers)
        return read_corpus(folder)

    def lexicons(self) -> list[Lexicon]:
        spec = self.recipe.get("lexicons", {})
        names = spec.get("use", [] if spec.get("files") else ["china_diplomatic"])
        return [lexicon(n) for n in names] + [read_lexicon(self.base / f) for f in spec.get("files", [])]

    def measures(self, corpus: Corpus, lexicons: list[Lexicon]) -> Mapping[str, pd.DataFrame]:
        """The tables a recipe may name, each built (and joined to the documents' metadata) only when
        a ``[[table]]``, model or explorer first asks for it: on a large corpus an unused table of
        sentence sentiment is a copy of a million rows held for nothing."""
        spec = self.recipe.get("measures", {"frames": True})
        streamed, self.streamed = self.streamed, None  # measured per partition: held once, here
        if streamed is not None:  # the rows of the documents kept ("about")
            kept = corpus.documents["doc_id"]
            streamed = {name: table if keep.all() else table[keep].reset_index(drop=True)
                        for name, table in streamed.items() for keep in [table["doc_id"].isin(kept).to_numpy()]}
        sources = _Sources(lambda table: _with_meta(table, self.meta(corpus)))
        sources.add("documents", lambda: corpus.documents.drop(columns=["text"]), meta=False)
        sources.add("quotes", lambda: corpus.quotes, meta=False)
        sources.add("mentions", lambda: corpus.mentions, meta=False)
        sources.add("summary", corpus.summary, meta=False)
        if spec.get("frames", True):
            hits = sources.add("(frames)", lambda: (streamed or _frames._frame_tables(corpus, lexicons))["frames"],
                               meta=False, listed=False)
            sources.add("frames", hits)
            negated = spec.get("negated", "exclude")
            sources.add("frame_counts", lambda: pd.concat(
                [_frames.counts(hits()[hits()["lexicon"] == lex.id], corpus, lex, negated=negated)
                 for lex in lexicons], ignore_index=True))
        if spec.get("sentiment"):
            def sentiment():
                from ..features import sentiment
                from ..features._actors import _joined_tables

                return sentiment.measure(corpus) if streamed is None else \
                    _joined_tables(corpus, streamed["sentiment_mentions"], streamed["sentiment_sentences"])

            tables = sources.add("(sentiment)", sentiment, meta=False, listed=False)
            sources.add("sentiment", lambda: tables().mentions)
            # measured per partition without actors when no table names them (see stream)
            only = streamed is not None and "sentiment_mentions" not in streamed
            sources.add("sentiment_sentences", lambda: streamed["sentiment_sentences"] if only else tables().sentences)
            sources.add("sentiment_actors", lambda: tables().actors)
            sources.add("sentiment_periods", lambda: tables().periods, meta=False)
        if spec.get("stance"):
            def stance():
                from ..features import stance

                return stance.measure(corpus) if streamed is None else streamed["stance"]

            sources.add("stance", stance)
        return sources

    def tables(self, sources, corpus):
        for spec in self.recipe.get("table", []):
            if spec["of"] not in sources:
                raise self.error("table.of", f"no table {spec['of']!r} in this run",
                                 f"use one of {sorted(sources)} (turn the measure on under [measures])")
            table = sources[spec["of"]]
            where = None
            if "where" in spec:
                try:
                    where = parse_where(spec["where"])
                    table = table[evaluate(where, table).to_numpy()]
                except WhereError as err:
                    raise self.error("table.where", err.problem, err.fix) from None
            if spec.get("by") or spec.get("period"):
                table = self.grouped(table, spec.get("by", []), spec["of"], corpus, where, spec.get("period"))
            self.result.tables[spec["name"]] = table.reset_index(drop=True)

    def meta(self, corpus: Corpus) -> pd.DataFrame:
        """The documents' metadata as typed columns, parsed once per run."""
        if "meta" not in self._cache:
            self._cache["meta"] = document_meta(corpus.documents)
        return self._cache["meta"]

    def units(self, corpus: Corpus, by: list[str]) -> pd.DataFrame:
        """The units of exposure for ``by``: documents, or speakers; each kind computed once per run."""
        from .. import stats

        kind = "speakers" if set(by) & set(SPEAKER_COLUMNS) else "documents"
        if kind not in self._cache:
            self._cache[kind] = stats.exposure(corpus, by)
        return self._cache[kind]

    def grouped(self, table: pd.DataFrame, by: list[str], of: str, corpus: Corpus, where=None,
                period: str | None = None) -> pd.DataFrame:
        """A ``[[table]]`` with ``by``: rates for measures, row counts for the other tables.

        A ``where`` on columns of the units of exposure (``speaker_role == 'spokesperson'``, a
        year, a source) restricts the exposure too: a rate's words are those of the rows kept.
        """
        units = self.units(corpus, by) if of in _MEASURED else None
        if units is not None and where is not None and set(where.columns) <= set(units.columns):
            units = units[evaluate(where, units).to_numpy()]
        if "group" in by and "group" not in table.columns:  # a document may be in several groups
            table = table.merge(self.groups[0], on="doc_id", how="inner") if "doc_id" in table.columns else table
            units = units.merge(self.groups[0], on="doc_id", how="inner") if units is not None else None
        known = set(table.columns) | (set(units.columns) if units is not None else set())
        missing = [c for c in by if c not in known]
        if missing:
            raise self.error("table.by", f"columns {missing} are not in {of!r}",
                             f"group by some of {sorted(known - {'text'})}")
        if of in _MEASURED or of == "frame_counts":
            try:
                return _rates(table, by, of, units, period)
            except DiscourseError as err:
                raise self.error("table.period" if period and "period" in err.problem else "table.by",
                                 err.problem, err.fix or "") from None
        if period:
            raise self.error("table.period", f"{of!r} is not a measure: it has no rates per period",
                             "use period with frames, frame_counts, sentiment or stance")
        return _counted(table, by)

    def models(self, sources, corpus):
        from .. import stats

        for spec in self.recipe.get("model", []):
            data = sources.get("frame_counts")
            if data is None:
                raise self.error("model.frame", "models need frame counts", "set frames = true under [measures]")
            if "frame" in spec:
                data = data[data["frame"] == spec["frame"]]
                if data.empty:
                    raise self.error("model.frame", f"no frame {spec['frame']!r} in the lexicons",
                                     "name a frame of the lexicons in [lexicons]")
            units = spec.get("units", "documents")
            if units not in ("documents", "speakers"):
                raise self.error("model.units", f"unknown units {units!r}", "use documents or speakers")
            if units == "speakers":
                hits = sources["frames"]
                data = self.speaker_counts(hits[hits["frame"] == spec["frame"]] if "frame" in spec else hits, corpus)
            if "where" in spec:
                try:
                    data = data[evaluate(parse_where(spec["where"]), data).to_numpy()]
                except WhereError as err:
                    raise self.error("model.where", err.problem, err.fix) from None
            family = spec.get("family", "poisson")
            try:
                formula = check_formula(spec["formula"], data.columns)
            except FormulaError as err:
                raise self.error("model.formula", err.problem, err.fix) from None
            results = stats.fit(data.reset_index(drop=True), formula, family=family,
                                exposure=None if family in ("logit", "binomial") else "tokens")
            if units == "speakers":
                self.result.notes.append(f"Model `{spec['name']}` counts each speaker's hits in each document, "
                                         f"with that speaker's words as exposure ({len(data):,} speaker units "
                                         "after the filter).")
            name, correction = spec["name"], spec.get("correction", "holm")
            names = _display_names(data, [c for c in data.columns if c in formula])
            self.result.tables[f"{name}_coefficients"] = stats.tidy(results, names=names)
            self.result.figures[f"{name}_coefficients"] = stats.plot_coefficients(results, names=names)
            contrasts = None
            if "by" in spec:
                contrasts = stats.compare(results, between=spec["by"], adjust=correction)
                self.result.tables[f"{name}_contrasts"] = contrasts
            ratios = _ratios(stats.tidy(results, exponentiate=True, names=names), correction)
            self.result.tables[f"{name}_ratios"] = ratios
            self.result.notes.append(_model_sentence(name, spec, family, results, ratios, contrasts, correction,
                                                     names, units))

    def speaker_counts(self, hits: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
        """Hits per speaker unit (a speaker's words in one document), with its words as ``tokens``,
        the document's metadata and ``count`` / ``present``: the rows of a speaker-level model."""
        from .. import stats

        units = self.units(corpus, list(SPEAKER_COLUMNS))
        units = units[units["words"] > 0]
        keys = ["doc_id", *SPEAKER_COLUMNS]
        counted = stats.rate(hits, units=units, by=keys, time=None, label=None)[[*keys, "count"]]
        data = units.merge(counted, on=keys, how="left").rename(columns={"words": "tokens"})
        data["count"] = data["count"].fillna(0).astype("int64")
        return data.assign(present=(data["count"] > 0).astype("int64"))

    def comparisons(self, corpus):
        from .. import stats

        docs = _with_meta(corpus.documents, self.meta(corpus))
        for spec in self.recipe.get("compare", []):
            if spec["by"] not in docs.columns:
                raise self.error("compare.by", f"no document column {spec['by']!r}",
                                 f"use one of {[c for c in docs.columns if c != 'text']}")
            subset = docs if "groups" not in spec else docs[docs[spec["by"]].isin(spec["groups"])]
            terms = stats.count_terms(subset.dropna(subset=[spec["by"]]), by=spec["by"], stop_words="english")
            if spec["kind"] == "fightin_words":
                table = stats.fightin_words(terms)
            elif spec["kind"] == "keyness":
                table = stats.keyness(terms, measure=spec.get("statistic", "g2"))
            else:
                raise self.error("compare.kind", f"unknown comparison {spec['kind']!r}", "use fightin_words or keyness")
            self.result.tables[spec["name"]] = table

    def validations(self):
        from .. import stats

        for spec in self.recipe.get("validate", []):
            units, codes = (self.codes(spec[key]) for key in ("units", "codes"))
            for name, table, cols in (("units", units, {"unit", "text"}), ("codes", codes, {"unit", "frame", "present"})):
                if not cols <= set(table.columns):
                    raise self.error(f"validate.{name}", f"{spec[name]} lacks columns {sorted(cols - set(table.columns))}",
                                     f"give it the columns {sorted(cols)}")
            lex = lexicon(spec.get("lexicon", "china_diplomatic"))
            match = _frames.matcher(lex)
            predicted = pd.DataFrame([(u, h.frame) for u, t in zip(units["unit"], units["text"])
                                      for h in match.find(str(t)) if not h.negated],
                                     columns=["unit", "frame"])
            codes = codes.assign(present=codes["present"].astype(bool))
            table = _frames.validate(predicted, codes, on=("unit",))
            merged = codes.merge(predicted.drop_duplicates().assign(lexicon=True), on=["unit", "frame"], how="left")
            lexicon_says = merged["lexicon"].astype("boolean").fillna(False).astype(int)
            ratings = pd.concat([
                pd.DataFrame({"unit": merged.index, "coder": "coder", "value": merged["present"].astype(int)}),
                pd.DataFrame({"unit": merged.index, "coder": "lexicon", "value": lexicon_says})])
            alpha = stats.krippendorff_alpha(ratings, level="nominal", seed=self.seed)
            self.result.tables[spec["name"]] = table
            self.result.tables[f"{spec['name']}_alpha"] = alpha
            self.result.notes.append(f"Validation `{spec['name']}`: {len(codes)} coded units of {lex.id}; "
                                     f"Krippendorff's alpha (nominal) between lexicon and coder: "
                                     f"{alpha['estimate'].iloc[0]:.3f} [{alpha['conf_low'].iloc[0]:.3f}, "
                                     f"{alpha['conf_high'].iloc[0]:.3f}].")

    def codes(self, name: str) -> pd.DataFrame:
        """Read a CSV of coded units or hand codes named by the recipe."""
        path = self.base / name
        try:
            return pd.read_csv(io.BytesIO(read_user_file(path, "CSV of codes")))
        except (ValueError, pd.errors.ParserError) as err:  # EmptyDataError is a ValueError
            raise RecipeError(path, None, None, f"not a readable CSV: {str(err)[:120]}",
                              "save it as a UTF-8 CSV with a header line") from None

    def figures(self):
        from .. import stats

        for spec in self.recipe.get("figure", []):
            table = self.result.tables.get(spec["of"])
            if table is None:
                raise self.error("figure.of", f"no table {spec['of']!r} to draw",
                                 f"name one of {sorted(self.result.tables)}")
            if spec["kind"] == "fightin_words":
                self.result.figures[spec["name"]] = stats.plot_fightin_words(table)
            elif spec["kind"] == "over_time":
                figure = _plot_table_over_time(table)
                if figure is None:
                    raise self.error("figure.of", f"table {spec['of']!r} has no time column (year, period, "
                                     "published) or nothing to draw (rate_per_1000, count, n)",
                                     "draw a table grouped by a time column, e.g. by = [\"source\", \"year\"]")
                self.result.figures[spec["name"]] = figure
            else:
                raise self.error("figure.kind", f"unknown figure {spec['kind']!r}", "use over_time or fightin_words")


    def explorers(self, sources, corpus):
        from ..stats._explore import explorer_page

        for spec in self.recipe.get("explorer", []):
            if "frames" not in sources:
                raise self.error("explorer.name", "an explorer shows frames, and this recipe measures none",
                                 "turn frames on under [measures]: frames = true")
            dated = corpus.documents["published"].notna().any()
            period = spec.get("period", "year")
            if period not in _PERIODS:
                raise self.error("explorer.period", f"unknown period {period!r}", f"use one of {', '.join(_PERIODS)}")
            try:
                self.result.explorers[spec["name"]] = explorer_page(
                    corpus, sources["frames"], by=spec.get("by", "source"), time="published" if dated else "year",
                    period=period if dated else None, kwic=spec.get("kwic", 20), seed=self.seed,
                    stance=sources.get("stance"),
                    title=f"{self.recipe['recipe'].get('title') or self.recipe['recipe']['name']}: frames by "
                          f"{spec.get('by', 'source')}")
            except InputError as err:
                raise self.error(f"explorer.{err.field or 'by'}", err.problem, err.fix or "") from None


_PERIODS = ("week", "month", "quarter", "year")


def _plot_table_over_time(table: pd.DataFrame):
    """A recipe table over time, with bands: a line per group (the first text column besides time), or a
    panel per group when there are more than two (and a panel per value of a second text column)."""
    from .. import stats

    time = next((c for c in ("year", "period", "published") if c in table.columns), None)
    value = next((c for c in ("rate_per_1000", "mean_value", "count", "n") if c in table.columns), None)
    if time is None or value is None:
        return None
    groups = [c for c in table.columns if c not in (time, value) and (table[c].dtype.kind in "OUT"
                                                                       or str(table[c].dtype) == "string")]
    label = {"rate_per_1000": "rate per 1,000 words", "mean_value": "mean score", "count": "count",
             "n": "rows"}[value]
    by, panel = (groups + [None, None])[:2]
    if by is not None and panel is None and table[by].nunique() > 2:  # one panel per group: lines apart
        by, panel = None, by
    return stats.plot_over_time(table.dropna(subset=[time]), time=time, by=by, panel=panel, estimate=value,
                                ylabel=label, names=_display_names(table, groups))


def _display_names(table: pd.DataFrame, columns: list[str]) -> dict:
    """Country names for the values of columns that hold country codes (``CHN`` → China)."""
    from ..corpus import actors

    codes = {v for c in columns if "country" in c for v in table[c].dropna().unique()}
    return {code: actors.name(code) or code for code in codes}


def _ratios(tidy: pd.DataFrame, correction: str) -> pd.DataFrame:
    """A model's terms as ratios on the response scale, with intervals and corrected p-values."""
    from statsmodels.stats.multitest import multipletests

    terms = tidy[tidy["term"] != "Intercept"].reset_index(drop=True)
    adjusted = multipletests(terms["p_value"], method=correction)[1] if len(terms) else []
    return pd.DataFrame({"term": terms["term"], "label": terms["label"], "ratio": terms["estimate"],
                         "conf_low": terms["conf_low"], "conf_high": terms["conf_high"],
                         "p_value": terms["p_value"], "p_adjusted": adjusted, "adjust": correction})


def _model_sentence(name, spec, family, results, ratios, contrasts, correction, names, units="documents") -> str:
    """The model's result in one paragraph: what was fitted, which terms differ, the extremes."""
    kind = "odds ratio" if family in ("logit", "binomial") else "rate ratio"
    what = f"`{spec['frame']}` counts" if "frame" in spec else "counts"
    offset = "" if family in ("logit", "binomial") else " with a log(words) offset"
    text = (f"Model `{name}`: {family.replace('_', ' ')} regression of {what}, `{spec['formula']}`{offset}, "
            f"{int(results.nobs)} {'speaker units' if units == 'speakers' else 'documents'}. {int((ratios['p_adjusted'] < 0.05).sum())} of {len(ratios)} terms "
            f"have a {kind} different from 1 ({correction}-corrected p < 0.05)")
    levels = ratios[ratios["label"].str.contains(" vs ", regex=False)]  # the levels of factors, one scale
    levels = levels if len(levels) else ratios
    if len(levels):
        top, low = levels.loc[levels["ratio"].idxmax()], levels.loc[levels["ratio"].idxmin()]
        text += f"; highest {_ratio_text(top)}, lowest {_ratio_text(low)}"
    text += "."
    if contrasts is not None and len(contrasts):
        big = contrasts.loc[contrasts["ratio"].sub(1).abs().idxmax()]
        text += (f" Of {len(contrasts)} pairwise contrasts of `{spec['by']}`, "
                 f"{int((contrasts['p_adjusted'] < 0.05).sum())} differ ({correction}-corrected p < 0.05); the "
                 f"largest: {names.get(big['group1'], big['group1'])} vs {names.get(big['group2'], big['group2'])}, {kind} {big['ratio']:.2f} "
                 f"[{big['ratio_low']:.2f}, {big['ratio_high']:.2f}], corrected p = {big['p_adjusted']:.2g}.")
    return text + f" Table `{name}_ratios`; figure `{name}_coefficients`."


def _ratio_text(row) -> str:
    return (f"{row['label']} {row['ratio']:.2f} [{row['conf_low']:.2f}, {row['conf_high']:.2f}], "
            f"corrected p = {row['p_adjusted']:.2g}")



def _versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for name in _PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return out


def _provenance(run: _Run, corpus: Corpus, lexicons: list[Lexicon]) -> dict:
    return {
        "library": "discourse", "library_version": __version__,
        "recipe": run.path.name, "recipe_sha256": hashlib.sha256(run.path.read_bytes()).hexdigest(),
        "lexicons": [{"name": lex.name, "version": lex.version, "sha256": lex.sha256} for lex in lexicons],
        "corpus": {"content_sha256": corpus.content_hash(), **corpus.manifest()["conservation"]},
        "packages": _versions(), "seeds": {"recipe": run.seed},
    }


def _report(run: _Run, result: Result, corpus: Corpus) -> str:
    head = run.recipe["recipe"]
    lines = [f"# {head.get('title', head['name'])}", ""]
    if head.get("description"):
        lines += [head["description"].strip(), ""]
    con = corpus.manifest()["conservation"]
    lines += ["## Corpus", "", f"{con['inputs']} inputs: {con['documents']} documents, {con['rejects']} rejects.", ""]
    lines += _markdown(_summary(corpus)) + [""]
    if result.notes:
        lines += ["## Models and validation", ""] + [f"- {n}" for n in result.notes] + [""]
    lines += ["## Tables", ""]
    for name, table in result.tables.items():
        lines += [f"### {name}", "", f"{len(table)} rows; `tables/{name}.parquet`, `tables/{name}.csv`.", ""]
        lines += _markdown(table.head(10)) + [""]
    if result.figures:
        lines += ["## Figures", ""] + [f"![{n}](figures/{n}.png)" for n in result.figures] + [""]
    if result.explorers:
        lines += ["## Explorers", "", "Open in a browser (offline, one file each): "
                  + ", ".join(f"[{n}](explorers/{n}.html)" for n in result.explorers), ""]
    lines += ["## Provenance", "", "See `provenance.json`: library and package versions, the recipe's sha256, "
              "each lexicon's name, version and sha256, the corpus content hash and the seed.", ""]
    return "\n".join(lines)


def _summary(corpus: Corpus) -> pd.DataFrame:
    """The corpus summary for a reader: first and last dates, or years when only years are known."""
    table = corpus.summary()
    for end in ("first", "last"):
        dates = table[end].dt.strftime("%Y-%m-%d").astype(object)
        table[end] = dates.where(table[end].notna(), table[f"{end}_year"].astype("string").astype(object))
    return table.drop(columns=["first_year", "last_year"])


def _markdown(table: pd.DataFrame) -> list[str]:
    def cell(v):
        if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and np.isnan(v)):
            return ""
        if isinstance(v, float):
            return f"{v:.4g}"
        if isinstance(v, pd.Timestamp) and v == v.normalize():  # a date or a period's start: no midnight
            return v.strftime("%Y-%m-%d")
        return str(v).replace("|", "\\|").replace("\n", " ")[:80]
    out = ["| " + " | ".join(map(str, table.columns)) + " |", "|" + "---|" * len(table.columns)]
    out += ["| " + " | ".join(cell(v) for v in row) + " |" for row in table.itertuples(index=False)]
    return out


def _write(result: Result, report: str, out: Path) -> None:
    from ..stats import save_figure

    def write(folder: Path) -> None:
        (folder / "tables").mkdir()
        for name, table in result.tables.items():
            table.to_parquet(folder / "tables" / f"{name}.parquet", index=False)
            table.to_csv(folder / "tables" / f"{name}.csv", index=False, lineterminator="\n")
        if result.figures:
            (folder / "figures").mkdir()
            for name, fig in result.figures.items():
                save_figure(fig, folder / "figures" / f"{name}.png")
                save_figure(fig, folder / "figures" / f"{name}.svg")
        if result.explorers:
            (folder / "explorers").mkdir()
            for name, page in result.explorers.items():
                (folder / "explorers" / f"{name}.html").write_text(page, "utf-8")
        (folder / "report.md").write_text(report, "utf-8")
        (folder / "report.html").write_text(_html(report), "utf-8")
        (folder / "provenance.json").write_text(json.dumps(result.provenance, indent=2, sort_keys=True) + "\n",
                                                "utf-8")

    write_folder_atomic(out, write)


def _html(markdown_text: str) -> str:
    import markdown

    body = markdown.markdown(markdown_text, extensions=["tables"])
    return ("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>discourse report</title>"
            "<style>body{font-family:sans-serif;max-width:60em;margin:auto}table{border-collapse:collapse;"
            "font-size:80%}td,th{border:1px solid #ccc;padding:2px 6px}</style></head><body>\n"
            f"{body}\n</body></html>\n")


def run(recipe, out, *, progress: bool = False) -> Result:
    """Run a recipe file and write its tables, figures, report and provenance.

    Parameters
    ----------
    recipe : path-like
        A TOML recipe (see ``docs/recipes/index.md`` for its sections and keys).
    out : path-like
        The output folder, replaced atomically: ``tables/`` (Parquet and CSV), ``figures/``
        (PNG and SVG), ``explorers/`` (one HTML page per ``[[explorer]]``), ``report.md``,
        ``report.html`` and ``provenance.json``.
    progress : bool
        Show a progress bar over the recipe's steps (on stderr).

    Returns
    -------
    Result

    Raises
    ------
    RecipeError
        For an unknown key, a wrong type or a missing key, naming the key, the line and the fix.
    """
    runner = _Run(Path(recipe))
    out = Path(check_output(out, runner.inputs()))
    np.random.seed(runner.seed)
    try:
        return _steps(runner, out, progress)
    finally:
        if runner.staging is not None:
            shutil.rmtree(runner.staging, ignore_errors=True)


def _steps(runner: _Run, out: Path, progress: bool) -> Result:
    with tqdm(total=10, desc="recipe", unit="step", disable=not progress) as bar:

        @contextmanager
        def step(name):  # one section of the recipe, one step of the bar
            bar.set_postfix_str(name)
            with runner.section(name):
                yield
            bar.update()

        with step("lexicons"):
            lexicons = runner.lexicons()
        with step("corpus"):
            corpus = runner.corpus(lexicons, out)
            if len(corpus) == 0:
                raise runner.error("corpus.paths", "no document was loaded: every input was rejected",
                                   "check the paths and the format; dx.load on them lists each reject and its reason")
        with step("measures"):
            sources = runner.measures(corpus, lexicons)
        with step("table"):
            runner.tables(sources, corpus)
        with step("model"):
            runner.models(sources, corpus)
        with step("compare"):
            runner.comparisons(corpus)
        with step("validate"):
            runner.validations()
        with step("figure"):
            runner.figures()
        with step("explorer"):
            runner.explorers(sources, corpus)
        result = runner.result
        result.out, result.corpus = Path(out), corpus
        result.provenance = _provenance(runner, corpus, lexicons)
        _write(result, _report(runner, result, corpus), Path(out))
        bar.update()
    return result
