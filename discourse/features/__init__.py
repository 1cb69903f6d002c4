"""Feature families measured on a corpus: frames, sentiment and stance (and sentence embeddings)."""

from . import embeddings, frames, lexicons, sentiment, stance

__all__ = ["embeddings", "frames", "lexicons", "sentiment", "stance"]
