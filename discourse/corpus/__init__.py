"""Load, normalize and store corpora of news articles and official statements."""

from . import actors, readers
from ._corpus import Corpus, read_corpus, read_manifest
from ._load import FORMATS, detect_format, iter_records, iter_unified, load
from ._partitioned import auto_workers, load_partitioned, map_partitions, partition_size_for, partitions, workers_for
from ._schema import SCHEMA_VERSION, TABLES
from ._verbs import concat, subset, where

__all__ = ["Corpus", "actors", "readers", "FORMATS", "SCHEMA_VERSION", "TABLES", "detect_format", "iter_records", "iter_unified",
           "concat", "auto_workers", "load", "load_partitioned", "map_partitions", "partition_size_for", "partitions", "read_corpus", "read_manifest", "subset", "where",
           "workers_for"]
