"""discourse: foreign-policy discourse analysis.

Load news articles and official statements, measure framing, sentiment and stance,
and compare them across outlets over time.

>>> import discourse as dx
>>> corpus = dx.load("seeds/000_dc699da55f7d4812.txt")
>>> len(corpus), corpus.documents.loc[0, "title"]
(1, 'China–Central Asia Summit: Powerful Push for Economic Cooperation')
"""

from importlib import import_module

from ._errors import CorpusFormatError, DataFileError, DiscourseError, InputError, OutputError, ResourceError
from ._version import __version__

# Submodules and names load on first use (PEP 562), so that ``import discourse`` and the
# command line start fast and Ctrl-C during start-up is handled by the command itself.
_LAZY = {
    "corpus": (".corpus", None), "actors": (".corpus.actors", None), "stats": (".stats", None), "embeddings": (".features.embeddings", None),
    "frames": (".features.frames", None), "sentiment": (".features.sentiment", None),
    "stance": (".features.stance", None), "Corpus": (".corpus", "Corpus"), "load": (".corpus", "load"),
    "read_corpus": (".corpus", "read_corpus"), "explore": (".stats", "explore"), "where": (".corpus", "where"), "Lexicon": (".features.lexicons", "Lexicon"),
    "available_lexicons": (".features.lexicons", "available_lexicons"),
    "lexicon": (".features._lexicon", "lexicon"), "MEASURE_KEYS": ("._measures", "MEASURE_KEYS"), "read_lexicon": (".features._lexicon", "read_lexicon"),
}

__all__ = ["Corpus", "CorpusFormatError", "DataFileError", "DiscourseError", "InputError", "Lexicon", "MEASURE_KEYS", "OutputError", "ResourceError",
           "__version__", "actors", "available_lexicons", "corpus", "embeddings", "explore", "frames", "lexicon", "load", "read_corpus",
           "read_lexicon", "sentiment", "stance", "stats", "where"]


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'discourse' has no attribute {name!r}")
    module, attr = _LAZY[name]
    value = import_module(module, __name__)
    value = getattr(value, attr) if attr else value
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
