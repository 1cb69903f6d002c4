"""Load, normalize and store corpora of news articles and official statements."""

from ._corpus import Corpus, read_corpus
from ._load import FORMATS, detect_format, iter_records, load
from ._schema import SCHEMA_VERSION, TABLES

__all__ = ["Corpus", "FORMATS", "SCHEMA_VERSION", "TABLES", "detect_format", "iter_records", "load",
           "read_corpus"]
