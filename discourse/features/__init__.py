"""Feature families measured on a corpus: frames, sentiment and stance."""

from . import frames, sentiment, stance

__all__ = ["frames", "sentiment", "stance"]
