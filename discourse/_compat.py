"""Old names that still work: renamed keywords and functions, with a DeprecationWarning.

One name per idea: ``stop_words``, ``min_count``, ``ngram_range``, ``conf_level``. A function
whose keyword was renamed is decorated with :func:`renamed_keywords`; a renamed function
keeps its old name as :func:`deprecated_alias`. Both warn once per call site (Python's
default for :class:`DeprecationWarning` raised from user code) and name the new spelling.
"""

from __future__ import annotations

import functools
import warnings

from ._errors import InputError

__all__ = ["deprecated_alias", "renamed_keywords", "warn_deprecated"]


def warn_deprecated(old: str, new: str, note: str = "", stacklevel: int = 3) -> None:
    """Warn that ``old`` is deprecated and name ``new``, its replacement (the one message format).

    ``stacklevel`` 3 points at the caller of the function that calls this.

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_deprecated("f(level=...)", "conf_level=...")
    >>> print(caught[0].message)
    f(level=...) is deprecated; use conf_level=... instead
    """
    warnings.warn(f"{old} is deprecated; use {new} instead" + (f" ({note})" if note else ""),
                  DeprecationWarning, stacklevel=stacklevel)


def renamed_keywords(**renames: str):
    """Decorate a function so that each old keyword (``old="new"``) still works, with a warning.

    The old keyword's value is passed on under the new name; giving both is an error.

    Examples
    --------
    >>> import warnings
    >>> @renamed_keywords(ngram="ngram_range")
    ... def count(text, ngram_range=(1, 1)):
    ...     return ngram_range
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     count("x", ngram=(1, 2))
    (1, 2)
    >>> print(caught[0].category.__name__, caught[0].message)
    DeprecationWarning count(ngram=...) is deprecated; use ngram_range=... instead
    """

    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for old, new in renames.items():
                if old in kwargs:
                    if new in kwargs:
                        raise InputError(field=old, problem=f"{func.__name__}() got both {old}= "
                                         f"(the old name) and {new}=", fix=f"pass only {new}=")
                    warn_deprecated(f"{func.__name__}({old}=...)", f"{new}=...")
                    kwargs[new] = kwargs.pop(old)
            return func(*args, **kwargs)

        wrapper.__renamed_keywords__ = dict(renames)
        return wrapper

    return decorate


def deprecated_alias(func, old_name: str):
    """Return ``func`` under its old name: the same call, with a DeprecationWarning naming ``func``.

    Examples
    --------
    >>> import warnings
    >>> def classifier(C=1.0):
    ...     return C
    >>> frame_classifier = deprecated_alias(classifier, "frame_classifier")
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     frame_classifier(C=2.0)
    2.0
    >>> print(caught[0].message)
    frame_classifier() is deprecated; use classifier() instead (same arguments)
    """

    @functools.wraps(func)
    def alias(*args, **kwargs):
        warn_deprecated(f"{old_name}()", f"{func.__name__}()", "same arguments")
        return func(*args, **kwargs)

    alias.__name__ = alias.__qualname__ = old_name
    alias.__doc__ = f"Deprecated alias of :func:`{func.__name__}` (same arguments and result)."
    return alias
