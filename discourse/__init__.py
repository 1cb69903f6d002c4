"""discourse: foreign-policy discourse analysis.

Load news articles and official statements, measure framing, sentiment and stance,
and compare them across outlets over time.

>>> import discourse as dx
>>> corpus = dx.load("seeds/000_dc699da55f7d4812.txt")
>>> len(corpus), corpus.documents.loc[0, "title"]
(1, 'China–Central Asia Summit: Powerful Push for Economic Cooperation')
"""

from . import corpus, stats
from ._errors import CorpusFormatError, DataFileError, DiscourseError, InputError, OutputError
from ._version import __version__
from .corpus import Corpus, load, read_corpus
from .features import embeddings, frames, sentiment, stance
from .features._lexicon import Lexicon, available_lexicons, lexicon, read_lexicon

__all__ = ["Corpus", "CorpusFormatError", "DataFileError", "DiscourseError", "InputError", "Lexicon", "OutputError",
           "__version__", "available_lexicons", "corpus", "embeddings", "frames", "lexicon", "load", "read_corpus",
           "read_lexicon", "sentiment", "stance", "stats"]
