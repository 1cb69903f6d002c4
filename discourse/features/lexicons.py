"""Versioned phrase lexicons: the packaged ones, and your own files in five formats.

``dx.lexicon``, ``dx.read_lexicon``, ``dx.available_lexicons`` and ``dx.Lexicon`` are these.

>>> import discourse as dx
>>> dx.lexicon("china_diplomatic").id
'china_diplomatic@1.1'
"""

from ._lexicon import Entry, Lexicon, available_lexicons, check_pattern, lexicon, read_lexicon

__all__ = ["Entry", "Lexicon", "available_lexicons", "check_pattern", "lexicon", "read_lexicon"]
