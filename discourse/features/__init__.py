"""Feature families measured on a corpus: sentiment (and, later, frames and stance)."""

from . import frames, sentiment

__all__ = ["frames", "sentiment"]
