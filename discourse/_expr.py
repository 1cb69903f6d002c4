"""The filter language of a recipe's ``where``: data, not code.

A recipe is a file shared between researchers, so it is untrusted input. ``where`` used to go
to :meth:`pandas.DataFrame.query`, which evaluates Python: ``@`` reaches any object, and a
shared recipe could run a shell command. This module reads the same filters with its own
tokenizer and parser into a small tree of values (:class:`Expr`) and applies the tree with
plain pandas comparisons. Nothing in the text is ever executed.

Grammar (lowest precedence first)::

    filter     := or_expr
    or_expr    := and_expr (("or" | "|") and_expr)*
    and_expr   := not_expr (("and" | "&") not_expr)*
    not_expr   := ("not" | "~") not_expr | comparison
    comparison := operand (("==" | "!=" | "<" | "<=" | ">" | ">=") operand)*
                | operand ["not"] "in" list
                | operand "is" ["not"] "null"
                | operand                       # a true/false column, or ( filter )
    operand    := column | literal | list | "(" filter ")"
    list       := "[" [literal ("," literal)* [","]] "]" | "(" [literal "," [literal ("," literal)*]] ")"
    column     := name | `any name in backticks`
    literal    := 'text' | "text" | ["-"] number | True | False | true | false

As in pandas, ``&`` and ``|`` are spellings of ``and`` and ``or`` (with their precedence, so
``a == 1 & b == 2`` means what it says) and ``~`` is ``not``. A chain such as
``2010 <= year <= 2015`` means ``2010 <= year and year <= 2015``; ``x == [...]`` means
``x in [...]``. Strings know the escapes ``\\\\``, ``\\'`` and ``\\"`` only.

Missing values follow pandas: a missing value is never equal, less or greater than anything,
so ``==``, ``<``, ``in`` ... are false there and ``!=`` and ``not in`` are true. ``x is null``
and ``x is not null`` test for missing values directly (pandas has no such syntax; the pandas
idiom ``x != x`` also works).
"""

from __future__ import annotations

import difflib
import keyword
import operator
import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ._descent import DescentParser, Token
from ._errors import InputError

__all__ = [
    "MAX_DEPTH",
    "MAX_LENGTH",
    "And",
    "Column",
    "Compare",
    "Expr",
    "IsIn",
    "IsNull",
    "Literal",
    "Not",
    "Or",
    "WhereError",
    "evaluate",
    "parse_where",
]

MAX_LENGTH = 10_000
MAX_DEPTH = 50
MAX_NUMBER = 100  # characters of one number literal
WORDS = {"and", "or", "not", "in", "is", "null"}
BOOLEANS = {"True": True, "true": True, "False": False, "false": False}
ORDERING = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
COMPARISONS = {"==": operator.eq, "!=": operator.ne, **ORDERING}
FIX = ("write comparisons of columns with values, e.g. frame == 'win_win' and year >= 2010, or "
       "frame in ['sovereignty', 'win_win']; see docs/recipes/expressions.md")
_NUMBER = re.compile(r"-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
_PLAIN = re.compile(r"[^\W\d]\w*")
# Bidirectional overrides and isolates can make a shared recipe display other text than it holds.
BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class WhereError(InputError):
    """A ``where`` filter cannot be read, or cannot be applied to its table.

    ``position`` is the 1-based character of the filter text where the problem is, or ``None``
    when the problem is a column of the table rather than a place in the text.
    """

    def __init__(self, problem: str, fix: str = FIX, position: int | None = None, text: str = ""):
        self.position = position
        if position is not None:
            problem = f"at character {position} ({_excerpt(text, position - 1)}): {problem}"
        super().__init__(field="where", problem=problem, fix=fix)


def _excerpt(text: str, offset: int) -> str:
    piece = text[offset:offset + 24]
    return repr(piece + ("..." if len(text) > offset + 24 else "")) if piece else "the end"


class Expr:
    """A parsed filter: a tree of values that :func:`evaluate` applies to a table.

    ``str(expr)`` writes the filter back as text that :func:`parse_where` reads to an equal tree.
    """

    __slots__ = ()

    @property
    def columns(self) -> tuple[str, ...]:
        """The names of the columns the filter uses, in order of first use."""
        return tuple(dict.fromkeys(_columns(self)))


@dataclass(frozen=True, slots=True)
class Column(Expr):
    """A column of the table; alone, a column of true/false values."""

    name: str

    def __str__(self):
        plain = _PLAIN.fullmatch(self.name) and not keyword.iskeyword(self.name) and self.name not in WORDS \
            and not self.name.startswith("__")
        return self.name if plain else f"`{self.name}`"


@dataclass(frozen=True, slots=True)
class Literal(Expr):
    """A text, number or true/false value written in the filter."""

    value: str | int | float | bool

    def __str__(self):
        if isinstance(self.value, str):
            quote = "'" if "'" not in self.value or '"' in self.value else '"'
            body = self.value.replace("\\", "\\\\")
            return quote + (body.replace("'", "\\'") if quote == "'" else body) + quote
        return repr(self.value)


@dataclass(frozen=True, slots=True)
class Compare(Expr):
    """``left op right``: one of ``== != < <= > >=`` between a column and a value or two columns."""

    op: str
    left: Column | Literal
    right: Column | Literal

    def __str__(self):
        return f"{self.left} {self.op} {self.right}"


@dataclass(frozen=True, slots=True)
class IsIn(Expr):
    """``column in [values]``, or ``not in`` when ``negated``."""

    column: Column
    values: tuple[Literal, ...]
    negated: bool = False

    def __str__(self):
        return f"{self.column} {'not in' if self.negated else 'in'} [{', '.join(map(str, self.values))}]"


@dataclass(frozen=True, slots=True)
class IsNull(Expr):
    """``column is null`` (a missing value), or ``is not null`` when ``negated``."""

    column: Column
    negated: bool = False

    def __str__(self):
        return f"{self.column} is {'not ' if self.negated else ''}null"


@dataclass(frozen=True, slots=True)
class Not(Expr):
    """``not operand``."""

    operand: Expr

    def __str__(self):
        return f"not {_grouped(self.operand)}"


@dataclass(frozen=True, slots=True)
class And(Expr):
    """``a and b and ...``."""

    operands: tuple[Expr, ...]

    def __str__(self):
        return " and ".join(map(_grouped, self.operands))


@dataclass(frozen=True, slots=True)
class Or(Expr):
    """``a or b or ...``."""

    operands: tuple[Expr, ...]

    def __str__(self):
        return " or ".join(map(_grouped, self.operands))


def _grouped(expr: Expr) -> str:
    return f"({expr})" if isinstance(expr, (And, Or)) else str(expr)


def _columns(expr: Expr):
    if isinstance(expr, Column):
        yield expr.name
    for name in ("left", "right", "column", "operand"):
        child = getattr(expr, name, None)
        if child is not None:
            yield from _columns(child)
    for child in getattr(expr, "operands", ()):
        yield from _columns(child)


# --------------------------------------------------------------------------- reading


_TOKEN = re.compile(r"""
    (?P<space>[ \t\r\n]+)
  | (?P<number>(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)
  | (?P<name>[^\W\d]\w*)
  | (?P<backtick>`[^`\n]+`)
  | (?P<string>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<op>==|!=|<=|>=|[<>()\[\],&|~-])
""", re.VERBOSE)
_REFUSED = {
    "@": "'@' refers to a Python variable, and a recipe cannot reach Python objects; write the value itself",
    ".": "attribute access (a '.') is not part of the filter language; to name a column with a dot, "
         "put it in backticks: `a.b`",
    "=": "a single '=' assigns; compare with '=='",
    "!": "'!' alone is not an operator; write '!=' or 'not'",
    ":": "':' (slices, ':=' or lambdas) is not part of the filter language",
    ";": "a filter is one expression; ';' cannot separate statements",
    "#": "comments are not part of the filter language",
    "\\": "a backslash can only escape a quote or a backslash inside a string",
    "{": "sets and dicts are not part of the filter language; write a list: x in ['a', 'b']",
    "}": "sets and dicts are not part of the filter language; write a list: x in ['a', 'b']",
    "`": "a backtick opens a column name that is never closed; write `column name`",
    "'": "this string is never closed on its line; end it with the same quote",
    '"': "this string is never closed on its line; end it with the same quote",
}
_ARITHMETIC = "arithmetic is not part of the filter language; compare a column with a value"


def parse_where(text: str) -> Expr:
    """Read a ``where`` filter into an :class:`Expr`, executing nothing.

    Parameters
    ----------
    text : str
        The filter, e.g. ``"frame in ['win_win', 'mutual_benefit'] and year >= 2010"``: column
        names, values, ``== != < <= > >=``, ``in``/``not in`` a list, ``is null``/``is not null``,
        ``and``/``or``/``not`` (or ``&``/``|``/``~``) and parentheses; at most 10,000 characters
        and 50 levels of nesting. Names with spaces go in backticks: ```speaker country```.

    Returns
    -------
    Expr
        A tree of :class:`Column`, :class:`Literal`, :class:`Compare`, :class:`IsIn`,
        :class:`IsNull`, :class:`Not`, :class:`And` and :class:`Or` values.

    Raises
    ------
    WhereError
        For anything outside the language (``@``, attribute access, calls, subscripts,
        arithmetic, lambdas, f-strings, control characters, ...), naming the character where
        it starts and how to write the filter instead.

    See Also
    --------
    evaluate : Apply the filter to a table.

    Examples
    --------
    >>> expr = parse_where("frame == 'sovereignty' and country_code in ['CHN', 'RUS']")
    >>> print(expr)
    frame == 'sovereignty' and country_code in ['CHN', 'RUS']
    >>> expr.columns
    ('frame', 'country_code')
    >>> parse_where("__import__('os').system('touch x')")
    Traceback (most recent call last):
    ...
    discourse._expr.WhereError: field 'where': at character 1 ("__import__('os').system(..."): names starting with '__' are Python internals, not columns...
    """
    _check_text(text)
    return _Parser(text, _tokens(text)).parse()


def _check_text(text) -> None:
    if not isinstance(text, str):
        raise WhereError(f"a filter is text, not {type(text).__name__}",
                         "write the filter as a string, e.g. where = \"kind == 'state'\"")
    if len(text) > MAX_LENGTH:
        raise WhereError(f"the filter is {len(text):,} characters long, more than {MAX_LENGTH:,}",
                         "filter in steps, or group values into a list: x in ['a', 'b', ...]")
    if not text.strip():
        raise WhereError("the filter is empty", "write a filter such as kind == 'state', or remove where")
    for i, ch in enumerate(text):
        category = unicodedata.category(ch)
        if (category == "Cc" and ch not in "\t\r\n") or ch in BIDI or category in ("Cs", "Co", "Cn"):
            raise WhereError(f"the invisible character U+{ord(ch):04X} "
                             f"{unicodedata.name(ch, '(a control character)')} is not allowed",
                             "delete it; a filter is plain text", i + 1, text)


def _tokens(text: str) -> list[Token]:
    tokens, pos = [], 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            raise _unreadable(text, pos)
        kind, piece = match.lastgroup, match.group()
        if kind != "space":
            tokens.append(_token(kind, piece, pos, text))
        pos = match.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


def _unreadable(text: str, pos: int) -> WhereError:
    ch = text[pos]
    if ch in _REFUSED:
        return WhereError(_REFUSED[ch], FIX, pos + 1, text)
    if ch in "+*/%^":
        return WhereError(_ARITHMETIC, FIX, pos + 1, text)
    if unicodedata.category(ch) == "Cf":
        return WhereError(f"the invisible character U+{ord(ch):04X} {unicodedata.name(ch, '')} can only "
                          "appear inside a quoted string", "delete it", pos + 1, text)
    return WhereError(f"unexpected character {ch!r} (U+{ord(ch):04X} {unicodedata.name(ch, '')})",
                      FIX, pos + 1, text)


def _token(kind: str, piece: str, pos: int, text: str) -> Token:
    after = text[pos + len(piece):pos + len(piece) + 1]
    if kind == "number":
        return _number(piece, pos, text, after)
    if kind == "backtick":
        return Token("name", piece, pos, piece[1:-1])
    if kind == "string":
        return Token("string", piece, pos, _unescape(piece, pos, text))
    if kind == "name":
        return _name(piece, pos, text, after)
    return Token("op", piece, pos)


def _number(piece: str, pos: int, text: str, after: str) -> Token:
    if after and (after.isalnum() or after in "_."):
        raise WhereError(f"{piece + after!r}... is not a number", "write numbers such as 3, 2010 or 0.5",
                         pos + 1, text)
    if len(piece) > MAX_NUMBER:
        raise WhereError(f"a number of {len(piece)} characters is too long", "write a shorter number",
                         pos + 1, text)
    value = int(piece) if piece.isdigit() else float(piece)
    if value in (float("inf"), float("-inf")):
        raise WhereError(f"{piece} is too large to be a number", "write a smaller number", pos + 1, text)
    return Token("number", piece, pos, value)


def _unescape(piece: str, pos: int, text: str) -> str:
    def one(match):
        if match.group(1) not in "\\'\"":
            raise WhereError(f"the escape \\{match.group(1)} is not known",
                             "only \\\\, \\' and \\\" are escapes; write other characters as they are",
                             pos + match.start() + 2, text)
        return match.group(1)

    return re.sub(r"\\(.)", one, piece[1:-1])


def _name(piece: str, pos: int, text: str, after: str) -> Token:
    if after in ("'", '"') and piece.lower() in {"f", "r", "b", "u", "rb", "br", "fr", "rf"}:
        raise WhereError(f"{piece}-strings are not part of the filter language (an f-string would run "
                         "code)", "write a plain quoted value: 'text'", pos + 1, text)
    if piece in BOOLEANS:
        return Token("bool", piece, pos, BOOLEANS[piece])
    if piece in WORDS:
        return Token("word", piece, pos)
    if piece.startswith("__"):
        raise WhereError("names starting with '__' are Python internals, not columns",
                         "name a column of the table; if one really starts with '__', put it in "
                         "backticks: `__name`", pos + 1, text)
    if piece == "None":
        raise WhereError("None is not a value here; test for missing values with 'is null'",
                         "write e.g. speaker is null or speaker is not null", pos + 1, text)
    if keyword.iskeyword(piece):
        raise WhereError(f"'{piece}' is a Python keyword, and the filter language has no code "
                         "(no lambdas, comprehensions, conditionals or imports)",
                         f"{FIX}; a column called {piece} goes in backticks: `{piece}`", pos + 1, text)
    return Token("name", piece, pos, piece)


class _Parser(DescentParser):
    """Recursive descent over the tokens; nesting is bounded by MAX_DEPTH."""

    subject, max_depth, error_class = "filter", MAX_DEPTH, WhereError
    depth_fix = "write it flatter: a and b and c needs no parentheses"

    def accept(self, *texts: str) -> Token | None:
        token = self.peek
        if token.kind in ("op", "word") and token.text in texts:
            return self.next()
        return None

    def expect(self, text: str, what: str) -> Token:
        token = self.accept(text)
        if token is None:
            raise self.error(f"expected {what}, found {self.describe(self.peek)}", self.peek)
        return token

    def parse(self) -> Expr:
        start = self.peek
        try:
            expr = self.condition(self.or_expr(), start)
        except RecursionError:  # MAX_DEPTH keeps far below the limit; this is a second guard
            raise self.error("the filter nests too deeply", start, "write it flatter") from None
        if self.peek.kind != "end":
            raise self.error(f"expected 'and', 'or' or the end of the filter, found "
                             f"{self.describe(self.peek)}", self.peek)
        return expr

    def condition(self, expr, token: Token) -> Expr:
        """Check that what stands as a condition is one: not a bare value or list."""
        if isinstance(expr, (Literal, tuple)):
            raise self.error("a value alone is not a condition; compare a column with it", token)
        return expr

    def or_expr(self):
        return self.joined(("or", "|"), self.and_expr, Or)

    def and_expr(self):
        return self.joined(("and", "&"), self.not_expr, And)

    def joined(self, words: tuple[str, str], part, node):
        start, items = self.peek, [part()]
        while self.accept(*words):
            self.condition(items[-1], start)
            start = self.peek
            items.append(part())
        if len(items) == 1:
            return items[0]
        self.condition(items[-1], start)
        return node(tuple(items))

    def not_expr(self):
        token = self.accept("not", "~")
        if token is None:
            return self.comparison()
        with self.deeper(token):
            start = self.peek
            return Not(self.condition(self.not_expr(), start))

    def comparison(self) -> Expr:
        start = self.peek
        left = self.operand()
        token, after = self.peek, self.tokens[min(self.i + 1, len(self.tokens) - 1)]
        if token.kind == "op" and token.text in COMPARISONS:
            return self.chain(left, start)
        if token.kind == "word" and (token.text == "in" or (token.text == "not" and after.text == "in")):
            return self.membership(left, start)
        if token.kind == "word" and token.text == "is":
            return self.null_test(left, start)
        if token.kind == "op" and token.text == "-":
            raise self.error(_ARITHMETIC, token)
        return left

    def chain(self, left, start: Token) -> Expr:
        pairs = []
        while self.peek.kind == "op" and self.peek.text in COMPARISONS:
            op = self.next()
            right = self.operand()
            pairs.append(self.compare(op, left, right, start))
            left, start = right, op
        return pairs[0] if len(pairs) == 1 else And(tuple(pairs))

    def compare(self, op: Token, left, right, start: Token) -> Expr:
        if isinstance(right, tuple) and op.text in ("==", "!=") and isinstance(left, Column):
            return IsIn(left, right, negated=op.text == "!=")
        for side in (left, right):
            if isinstance(side, tuple):
                raise self.error(f"a list cannot be compared with {op.text!r}; write column in [...]", op)
            if not isinstance(side, (Column, Literal)):
                raise self.error(f"{op.text!r} compares a column with a value, not a whole condition; "
                                 "put parentheses around conditions joined by and/or", op)
        if isinstance(left, Literal) and isinstance(right, Literal):
            raise self.error("this compares two values; name a column on one side", start)
        return Compare(op.text, left, right)

    def membership(self, left, start: Token) -> Expr:
        negated = self.accept("not") is not None
        op = self.expect("in", "'in'")
        if not isinstance(left, Column):
            raise self.error("'in' needs a column on its left, e.g. frame in ['win_win']", start)
        values = self.operand()
        if not isinstance(values, tuple):
            raise self.error("'in' needs a list of values on its right", op,
                             "write the values in brackets: frame in ['win_win'] (or use ==)")
        return IsIn(left, values, negated)

    def null_test(self, left, start: Token) -> Expr:
        self.next()
        negated = self.accept("not") is not None
        if not (self.peek.kind == "word" and self.peek.text == "null"):
            raise self.error(f"'is' must be followed by null or not null, found {self.describe(self.peek)}",
                             self.peek, "write speaker is null or speaker is not null; compare values with ==")
        self.next()
        if not isinstance(left, Column):
            raise self.error("'is null' needs a column on its left", start)
        return IsNull(left, negated)

    def operand(self):
        token = self.next()
        if token.kind == "op" and token.text in ("(", "["):
            with self.deeper(token):
                result = self.group(token) if token.text == "(" else self.values(token, "]")
        elif token.kind == "name":
            result = Column(token.value)
        elif token.kind in ("string", "number", "bool") or token.text == "-":
            result = self.literal(token)
        elif token.text == "null":
            raise self.error("null is not a value; test for missing values with 'is null'", token,
                             "write e.g. speaker is null or speaker is not null")
        else:
            raise self.error(f"expected a column or a value, found {self.describe(token)}", token)
        return self.after_operand(result)

    def after_operand(self, result):
        token = self.peek
        if token.text == "(" and token.kind == "op":
            raise self.error("calls are not part of the filter language", token,
                             "compare columns with values; there are no functions or methods")
        if token.text == "[" and token.kind == "op":
            raise self.error("subscripts are not part of the filter language", token,
                             "name the column directly, or list values after in: x in ['a', 'b']")
        return result

    def group(self, opening: Token):
        if self.accept(")"):
            return ()
        first = self.or_expr()
        if self.peek.text == "," and isinstance(first, Literal):
            self.next()
            return (first, *self.values(opening, ")"))
        if isinstance(first, tuple):
            raise self.error("lists cannot be nested", opening)
        self.expect(")", "')' to close the '(' at character " + str(opening.pos + 1))
        return first

    def values(self, opening: Token, closing: str) -> tuple[Literal, ...]:
        items = []
        while not self.accept(closing):
            items.append(self.literal(self.next(), inside=True))
            if not self.accept(","):
                self.expect(closing, f"',' or '{closing}' to close the list at character {opening.pos + 1}")
                break
        return tuple(items)

    def literal(self, token: Token, inside: bool = False) -> Literal:
        if token.text == "-" and token.kind == "op":
            number = self.next()
            if number.kind != "number":
                raise self.error(_ARITHMETIC, token)
            return Literal(-number.value)
        if token.kind not in ("string", "number", "bool"):
            what = "lists hold values only (text, numbers, true/false)" if inside else "expected a value"
            raise self.error(f"{what}, found {self.describe(token)}", token)
        return Literal(token.value)


# --------------------------------------------------------------------------- applying


def evaluate(expr: Expr, table: pd.DataFrame) -> pd.Series:
    """Apply a parsed filter to a table and say which rows it keeps.

    Parameters
    ----------
    expr : Expr
        A filter from :func:`parse_where`.
    table : DataFrame
        The table to filter; the filter names its columns.

    Returns
    -------
    Series of bool
        One value per row of ``table``, on its index: ``table[evaluate(expr, table)]`` is the
        filtered table. Missing values are never equal (``!=`` and ``not in`` are true there).

    Raises
    ------
    WhereError
        When the filter names a column the table lacks (listing the columns it has), compares
        a column with a value of another kind (text with a number, a date with a number), orders
        a column of mixed values, or uses a column that is not true/false as a condition.

    See Also
    --------
    parse_where : Read the filter.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"frame": ["win_win", "sovereignty", None], "year": [2009, 2012, 2015]})
    >>> evaluate(parse_where("frame != 'win_win' and year >= 2010"), t).tolist()
    [False, True, True]
    >>> evaluate(parse_where("frame is null"), t).tolist()
    [False, False, True]
    >>> evaluate(parse_where("year == '2012'"), t)
    Traceback (most recent call last):
    ...
    discourse._expr.WhereError: field 'where': column 'year' holds numbers, but '2012' is text.
      Fix: write the number without quotes: year == 2012.
    """
    if not isinstance(expr, Expr):
        raise WhereError(f"expected a parsed filter, not {type(expr).__name__}",
                         "read the filter with parse_where(text) first")
    if not isinstance(table, pd.DataFrame):
        raise WhereError(f"a filter applies to a DataFrame, not {type(table).__name__}",
                         "pass the table to filter")
    return pd.Series(_mask(expr, table), index=table.index, dtype=bool)


def _mask(expr: Expr, table: pd.DataFrame) -> np.ndarray:
    if isinstance(expr, And):
        return np.logical_and.reduce([_mask(o, table) for o in expr.operands])
    if isinstance(expr, Or):
        return np.logical_or.reduce([_mask(o, table) for o in expr.operands])
    if isinstance(expr, Not):
        return ~_mask(expr.operand, table)
    if isinstance(expr, Column):
        return _truth(expr, table)
    if isinstance(expr, IsNull):
        return _series(expr.column, table).isna().to_numpy(bool) != expr.negated
    if isinstance(expr, IsIn):
        return _isin(expr, table)
    return _compare(expr, table)


def _series(column: Column, table: pd.DataFrame) -> pd.Series:
    names = [str(c) for c in table.columns]
    if column.name not in table.columns:
        close = difflib.get_close_matches(column.name, names, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise WhereError(f"the table has no column '{column.name}' (it has {', '.join(names)})",
                         f"{hint}name one of its columns; names with spaces go in backticks")
    values = table[column.name]
    if isinstance(values, pd.DataFrame):
        raise WhereError(f"the table has {values.shape[1]} columns named '{column.name}'",
                         "give its columns distinct names first")
    return values.reset_index(drop=True)


_KINDS = {"string": "text", "integer": "number", "floating": "number", "mixed-integer-float": "number",
          "decimal": "number", "integer-na": "number", "boolean": "boolean", "datetime64": "date",
          "datetime": "date", "date": "date", "empty": "empty"}
_NAMES = {"text": "text", "number": "numbers", "boolean": "true/false values", "date": "dates",
          "empty": "no values", "mixed": "values of mixed or other kinds"}


def _kind(values: pd.Series) -> str:
    """Say what a column holds: text, number, boolean, date, empty (all missing) or mixed."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        values = pd.Series(values.cat.categories)
    return _KINDS.get(pd.api.types.infer_dtype(values, skipna=True), "mixed")


def _literal_kind(value) -> str:
    return "boolean" if isinstance(value, bool) else "text" if isinstance(value, str) else "number"


def _truth(column: Column, table: pd.DataFrame) -> np.ndarray:
    values = _series(column, table)
    kind = _kind(values)
    if kind not in ("boolean", "empty"):
        example = {"number": f"{column} > 0", "date": f"{column} >= '2010-01-01'"}.get(kind, f"{column} == 'x'")
        raise WhereError(f"column '{column.name}' holds {_NAMES[kind]}, not true/false values, so it "
                         "cannot be a condition alone", f"compare it with a value, e.g. {example}")
    try:
        return _bools(values)
    except (TypeError, ValueError) as err:
        raise WhereError(f"column '{column.name}' cannot be read as true/false: {err}",
                         f"compare it with a value, e.g. {column} == True") from None


def _bools(values) -> np.ndarray:
    """Turn a boolean-like result (numpy, nullable or Arrow) into numpy bools, missing as False."""
    return np.asarray(pd.Series(values).astype("boolean").fillna(False), dtype=bool)


def _fit(value, values: pd.Series, column: Column, op: str):
    """Check that a literal can be compared with a column, and convert text to a date if needed."""
    kind, given = _kind(values), _literal_kind(value)
    if op in ORDERING and kind == "mixed":
        raise WhereError(f"column '{column.name}' holds values of mixed or other kinds, so it cannot be ordered "
                         f"with {op!r}", "compare it with == or in, or clean the column")
    if kind in ("empty", "mixed") or kind == given or {kind, given} == {"number", "boolean"}:
        return value
    if kind == "date" and given == "text":
        return _date(value, values, column)
    raise WhereError(f"column '{column.name}' holds {_NAMES[kind]}, but {Literal(value)} is {_A[given]}",
                     _kind_fix(column, value, kind))


_A = {"text": "text", "number": "a number", "boolean": "true or false"}


def _kind_fix(column: Column, value, kind: str) -> str:
    if kind == "number" and isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        return f"write the number without quotes: {column} == {value.strip()}"
    if kind == "number":
        return f"compare {column} with a number, e.g. {column} >= 1"
    if kind == "text":
        return f"quote the value: {column} == '{value}'"
    if kind == "date":
        return f"write the date as quoted text: {column} >= '2010-01-01'"
    return f"write {column} == True, or {column} alone as a condition"


def _date(text: str, values: pd.Series, column: Column) -> pd.Timestamp:
    try:
        stamp = pd.Timestamp(text) if text[:1].isdigit() else pd.NaT
    except (ValueError, TypeError, OverflowError):
        stamp = pd.NaT
    if stamp is pd.NaT:
        raise WhereError(f"column '{column.name}' holds dates, but {text!r} is not a date",
                         f"write a date such as {column} >= '2010-01-01'")
    tz = getattr(values.dtype, "tz", None)
    if tz is not None and stamp.tzinfo is None:
        return stamp.tz_localize(tz)
    return stamp.tz_convert(None) if tz is None and stamp.tzinfo is not None else stamp


def _isin(expr: IsIn, table: pd.DataFrame) -> np.ndarray:
    values = _dates(_series(expr.column, table))
    wanted = [_fit(v.value, values, expr.column, "in") for v in expr.values]
    try:
        found = _bools(values.isin(wanted))
    except (TypeError, ValueError, OverflowError) as err:
        raise WhereError(f"cannot look up the values of column '{expr.column.name}': {err}",
                         "compare it with values of its own kind") from None
    return ~found if expr.negated else found


def _dates(values: pd.Series) -> pd.Series:
    if _kind(values) == "date" and not pd.api.types.is_datetime64_any_dtype(values.dtype) \
            and not isinstance(values.dtype, pd.CategoricalDtype):
        return pd.to_datetime(values, errors="coerce")
    return values


def _compare(expr: Compare, table: pd.DataFrame) -> np.ndarray:
    left, right = (_side(s, table) for s in (expr.left, expr.right))
    left, right = _matched(expr, left, right)
    missing = np.zeros(len(table), dtype=bool)
    for side in (left, right):
        if isinstance(side, pd.Series):
            missing |= side.isna().to_numpy(bool)
    present = ~missing
    out = np.full(len(table), expr.op == "!=")
    pick = (lambda s: s[present] if isinstance(s, pd.Series) else s)
    try:
        out[present] = _bools(COMPARISONS[expr.op](pick(left), pick(right)))
    except (TypeError, ValueError, OverflowError) as err:
        raise WhereError(f"cannot compare {expr}: {err}".replace("\n", " "),
                         "compare columns with values of their own kind") from None
    return out


def _side(side, table):
    return _dates(_series(side, table)) if isinstance(side, Column) else side.value


def _matched(expr: Compare, left, right):
    """Check the two sides are of comparable kinds; turn text compared with dates into dates."""
    if isinstance(left, pd.Series) and isinstance(right, pd.Series):
        kinds = {_kind(left), _kind(right)}
        if len(kinds - {"empty"}) > 1 and kinds != {"number", "boolean"} and "mixed" not in kinds:
            raise WhereError(f"columns '{expr.left.name}' and '{expr.right.name}' hold "
                             f"{' and '.join(_NAMES[_kind(s)] for s in (left, right))}, which cannot be "
                             "compared", "compare columns of the same kind")
        if expr.op in ORDERING and "mixed" in kinds:
            raise WhereError(f"{expr} orders values of mixed kinds", "compare with == or clean the column")
        return left, right
    if isinstance(left, pd.Series):
        return left, _fit(right, left, expr.left, expr.op)
    return _fit(left, right, expr.right, expr.op), right
