"""The turn model shared by every transcript reader: which question a turn answers."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._records import QuoteSpan

__all__ = ["QUESTION_ROLES", "reply_links"]

#: Roles whose turns ask (``journalist`` for ``Q:`` and named outlets, ``questioner`` for a hall);
#: a role naming one of them ("reporter at VGTRK") asks too.
QUESTION_ROLES = frozenset({"journalist", "questioner", "reporter", "correspondent"})
_ASKS = re.compile(r"\b(?:" + "|".join(QUESTION_ROLES) + r")s?\b")
_NO_REPLY_ROLES = frozenset({"moderator"})


def reply_links(quotes: Sequence[QuoteSpan]) -> list[int | None]:
    """For each quote, the position of the question its turn answers, else None.

    A turn by anyone but a questioner answers the latest question; a question answers
    nothing, except a follow-up (flag ``follow_up``), which points to the question it
    follows up. Turns before the first question (opening announcements), a moderator's
    turns and prose quotes answer nothing.

    Examples
    --------
    >>> turns = [QuoteSpan(0, 1, "turn", "Lu Kang", "spokesperson"), QuoteSpan(2, 3, "turn", None, "journalist"),
    ...          QuoteSpan(4, 5, "turn", "Lu Kang", "spokesperson"),
    ...          QuoteSpan(6, 7, "turn", None, "journalist", flags="follow_up"),
    ...          QuoteSpan(8, 9, "turn", "Lu Kang", "spokesperson")]
    >>> reply_links(turns)
    [None, None, 1, 1, 3]
    """
    out: list[int | None] = []
    question = root = None
    for i, q in enumerate(quotes):
        role = (q.speaker_role or "").casefold()
        if q.kind != "turn" or role in _NO_REPLY_ROLES:
            out.append(None)
        elif _ASKS.search(role):
            follow_up = root is not None and "follow_up" in (q.flags or "").split(",")
            out.append(root if follow_up else None)
            root = root if follow_up else i
            question = i
        else:
            out.append(question)
    return out
