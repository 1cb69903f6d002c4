"""What the recipe filter and formula parsers share: tokens and a bounded recursive descent."""

from __future__ import annotations

from contextlib import contextmanager
from typing import NamedTuple

__all__ = ["DescentParser", "Token"]


class Token(NamedTuple):
    kind: str  # "name", "word", "string", "number", "bool", "op", "end"
    text: str
    pos: int  # 0-based offset in the parsed text
    value: object = None


class DescentParser:
    """A cursor over tokens (the last is ``end``) whose nesting is bounded by ``max_depth``.

    Subclasses set ``subject`` (``"filter"``, ``"formula"``), ``max_depth``, ``depth_fix`` (what
    to do about too deep a nesting) and ``error_class``, an :class:`~discourse.InputError`
    taking ``(problem, fix, position, text)``.
    """

    subject = "text"
    max_depth = 50
    depth_fix = "write it with fewer parentheses"
    error_class: type

    def __init__(self, text: str, tokens: list[Token]):
        self.text, self.tokens, self.i, self.depth = text, tokens, 0, 0

    @property
    def peek(self) -> Token:
        return self.tokens[self.i]

    def next(self) -> Token:
        token = self.tokens[self.i]
        self.i += min(1, len(self.tokens) - 1 - self.i)
        return token

    def error(self, problem: str, token: Token, fix: str | None = None):
        args = (problem,) if fix is None else (problem, fix)
        return self.error_class(*args, position=token.pos + 1, text=self.text)

    def describe(self, token: Token) -> str:
        return f"the end of the {self.subject}" if token.kind == "end" else repr(token.text)

    @contextmanager
    def deeper(self, token: Token):
        self.depth += 1
        if self.depth > self.max_depth:
            raise self.error(f"the {self.subject} nests more than {self.max_depth} levels deep", token,
                             self.depth_fix)
        yield
        self.depth -= 1
