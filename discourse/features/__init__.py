"""Feature families measured on a corpus: frames, sentiment and stance (and sentence embeddings).

Each family loads on first use (PEP 562): ``discourse measure frames`` does not import the
sentence encoder's scikit-learn and SciPy.
"""

from importlib import import_module

__all__ = ["embeddings", "frames", "lexicons", "sentiment", "stance"]


def __getattr__(name: str):
    if name not in __all__:
        raise AttributeError(f"module 'discourse.features' has no attribute {name!r}")
    value = import_module(f".{name}", __name__)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
