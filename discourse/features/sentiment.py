"""Sentiment: VADER for sentences, your own dictionaries, and sentiment toward actors.

``vader`` gives exactly the scores of the reference ``vaderSentiment`` package, faster;
``sentence_scores`` and ``summarize`` score a corpus sentence by sentence (VADER's compound
score saturates on long texts); ``dictionary_scores`` counts the words of a dictionary you
supply, with negation scope; ``measure`` scores the sentence, clause or word window around
each actor mention and aggregates per document and actor, and per source, actor and period;
``write_sentiment`` writes the tables that ``discourse measure sentiment`` saves.

>>> from discourse.features import sentiment
>>> sentiment.vader(["What a wonderful agreement!"])["compound"].tolist()
[0.8016]
"""

from ._actors import SentimentTables, measure, write_sentiment
from ._actors import _sentiment_tables as _sentiment_tables  # what `discourse measure sentiment` writes
from ._dictionary import NEGATIONS, Dictionary, dictionary_scores
from ._scores import THRESHOLD, aggregate, sentence_scores, summarize, vader
from ._vader import VADER_VERSION

__all__ = ["NEGATIONS", "THRESHOLD", "VADER_VERSION", "Dictionary", "SentimentTables", "aggregate",
           "dictionary_scores", "measure", "sentence_scores", "summarize", "vader", "write_sentiment"]
