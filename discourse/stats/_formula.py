"""Check a model formula before the formula engine sees it: the formula is data, not code.

statsmodels hands a formula to patsy (or formulaic), which evaluates the Python inside it:
``count ~ __import__('os').system('...')`` runs a shell command. A recipe is shared between
researchers and so is untrusted input; :func:`check_formula` reads its formula with its own
tokenizer and parser, accepts only the pieces below, and returns the formula written again from
what it read, so the engine never sees a character that was not checked.

Grammar (lowest precedence first, as patsy reads it)::

    formula   := outcome "~" terms
    outcome   := name                           # a plain column name, read by dx.stats.fit
    terms     := ["+" | "-"] product (("+" | "-") product)*
    product   := interact (("*" | "/") interact)*
    interact  := factor (":" factor)*
    factor    := "(" terms ")" | "0" | "1" | column
               | "C(" column ["," contrast] ")"
               | TRANSFORM "(" column ")"
               | "I(" arithmetic ")"
    column    := name | "Q(" 'column name' ")"
    contrast  := "Treatment(" ["reference" "="] value ")"
    value     := 'text' | ["-"] number
    TRANSFORM := np.log | np.log1p | np.sqrt | np.exp | center | standardize | scale
    arithmetic := the columns and numbers joined by + - * / ** with parentheses and signs

Every name must be a column of the table. Everything else is refused: other functions and
calls, attribute access other than the four ``np.`` transforms, strings outside ``C``,
``Treatment`` and ``Q``, subscripts, ``@``, ``;``, backslashes, lambdas, newlines.
"""

from __future__ import annotations

import difflib
import keyword
import re
import unicodedata

from .._descent import DescentParser, Token
from .._errors import InputError

__all__ = ["MAX_DEPTH", "MAX_LENGTH", "TRANSFORMS", "FormulaError", "check_formula"]

MAX_LENGTH = 2_000
MAX_DEPTH = 50
MAX_NUMBER = 50  # characters of one number
TRANSFORMS = ("np.log", "np.log1p", "np.sqrt", "np.exp", "center", "standardize", "scale")
ALLOWED = ("columns of the table; C(column) or C(column, Treatment('level')) for categories; "
           "Q('column name') for names with spaces; " + ", ".join(f"{t}(column)" for t in TRANSFORMS)
           + "; I(...) with columns, numbers, + - * / ** and parentheses; terms joined by + - * / : "
           "and parentheses; 0 or 1 for the intercept. See docs/recipes/expressions.md")


class FormulaError(InputError):
    """A model formula uses something outside the formula language, or a column the table lacks.

    ``position`` is the 1-based character of the formula where the problem is, or ``None``.
    """

    def __init__(self, problem: str, fix: str = "", position: int | None = None, text: str = ""):
        self.position = position
        if position is not None:
            piece = text[position - 1:position + 23]
            where = repr(piece + ("..." if len(text) > position + 23 else "")) if piece else "the end"
            problem = f"at character {position} ({where}): {problem}"
        super().__init__(field="formula", problem=problem, fix=fix or f"use only {ALLOWED}")


_TOKEN = re.compile(r"""
    (?P<space>[ \t]+)
  | (?P<number>(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<string>'(?:[^'\\\n]|\\['"\\])*'|"(?:[^"\\\n]|\\['"\\])*")
  | (?P<op>\*\*|[~+\-*/:(),=.])
""", re.VERBOSE)
_REFUSED = {
    "@": "'@' refers to a Python variable, which a formula cannot use",
    ";": "a formula is one expression; ';' cannot separate statements",
    "\\": "backslashes are not part of a formula",
    "\n": "a formula is one line",
    "\r": "a formula is one line",
    "[": "subscripts are not part of a formula",
    "]": "subscripts are not part of a formula",
    "'": "this string is never closed, or holds an escape other than \\\\, \\' or \\\"",
    '"': "this string is never closed, or holds an escape other than \\\\, \\' or \\\"",
    "#": "comments are not part of a formula",
}


def check_formula(formula: str, columns) -> str:
    """Check that a model formula uses only columns and the allowed terms, and write it again.

    Parameters
    ----------
    formula : str
        A formula such as ``"count ~ C(country_code) + year"``: an outcome column, ``~``, and
        terms made of columns, ``C(col)``, ``C(col, Treatment('REF'))`` (or
        ``Treatment(reference='REF')``, or a number as the reference), ``Q('col name')``,
        ``np.log``, ``np.log1p``, ``np.sqrt``, ``np.exp``, ``center``, ``standardize`` or
        ``scale`` of one column, ``I(...)`` of columns and numbers with ``+ - * / **``, joined by
        ``+ - * / :`` and parentheses, with ``0`` or ``1`` for the intercept. At most 2,000
        characters on one line.
    columns : iterable of str
        The columns of the table the model is fitted on (e.g. ``data.columns``).

    Returns
    -------
    str
        The formula written again from what was read (single spaces around ``~ + - * /``,
        strings quoted by Python's rules), ready for :func:`discourse.stats.fit`.

    Raises
    ------
    FormulaError
        A subclass of :class:`discourse.InputError` with ``field == "formula"``, naming the
        offending token and its character, and listing what is allowed; or naming an unknown
        column and the columns there are.

    See Also
    --------
    fit : Fit the model.

    Examples
    --------
    >>> check_formula("count~C(source,Treatment('CGTN'))*year", ["count", "source", "year"])
    "count ~ C(source, Treatment('CGTN')) * year"
    >>> check_formula("count ~ I(year - 2010) + np.log(Q('words per doc'))",
    ...               ["count", "year", "words per doc"])
    "count ~ I(year - 2010) + np.log(Q('words per doc'))"
    >>> check_formula("count ~ __import__('os').system('touch x')", ["count"])
    Traceback (most recent call last):
    ...
    discourse.stats._formula.FormulaError: field 'formula': at character 9 ("__import__('os').system(..."): names starting with '__' are Python internals, not columns...
    """
    _check_text(formula)
    names = _names(columns)
    return _Parser(formula, _tokens(formula), names).parse()


def _names(columns) -> frozenset[str]:
    if isinstance(columns, str) or columns is None:
        raise FormulaError(f"columns must be the table's column names, not {type(columns).__name__}",
                           "pass data.columns or a list of names")
    try:
        return frozenset(c for c in columns if isinstance(c, str))
    except TypeError:
        raise FormulaError(f"columns must be the table's column names, not {type(columns).__name__}",
                           "pass data.columns or a list of names") from None


def _check_text(formula) -> None:
    if not isinstance(formula, str):
        raise FormulaError(f"a formula is text, not {type(formula).__name__}",
                           "write it as a string, e.g. formula = \"count ~ C(source) + year\"")
    if len(formula) > MAX_LENGTH:
        raise FormulaError(f"the formula is {len(formula):,} characters long, more than {MAX_LENGTH:,}",
                           "write a shorter formula")
    for i, ch in enumerate(formula):
        if unicodedata.category(ch)[0] == "C" and ch not in "\t\n\r":
            raise FormulaError(f"the invisible character U+{ord(ch):04X} "
                               f"{unicodedata.name(ch, '(a control character)')} is not allowed",
                               "delete it; a formula is plain text", i + 1, formula)


def _tokens(text: str) -> list[Token]:
    tokens, pos = [], 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            ch = text[pos]
            problem = _REFUSED.get(ch, f"the character {ch!r} is not part of a formula")
            raise FormulaError(problem, "", pos + 1, text)
        kind, piece = match.lastgroup, match.group()
        if kind == "name" and text[match.end():match.end() + 1] in ("'", '"'):
            raise FormulaError(f"{piece}'...' strings (f-strings and other prefixed strings) are not part "
                               "of a formula", "", pos + 1, text)
        if kind == "number":
            _check_number(piece, pos, text)
        if kind != "space":
            value = re.sub(r"\\(.)", r"\1", piece[1:-1]) if kind == "string" else piece
            tokens.append(Token(kind, piece, pos, value))
        pos = match.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


def _check_number(piece: str, pos: int, text: str) -> None:
    after = text[pos + len(piece):pos + len(piece) + 1]
    if after and (after.isalnum() or after in "_."):
        raise FormulaError(f"{piece + after!r}... is not a number", "write numbers such as 1, 2010 or 0.5",
                           pos + 1, text)
    if len(piece) > MAX_NUMBER or float(piece) == float("inf"):
        raise FormulaError(f"the number {piece[:20]}... is too large", "write a smaller number", pos + 1, text)


def _number(text: str) -> str:
    """Write a number token again as Python writes it (``007`` → ``7``, ``1.`` → ``1.0``)."""
    return str(int(text)) if text.isdigit() else repr(float(text))


class _Parser(DescentParser):
    """Recursive descent that writes the formula again as it reads it."""

    subject, max_depth, error_class = "formula", MAX_DEPTH, FormulaError

    def __init__(self, text: str, tokens: list[Token], columns: frozenset[str]):
        super().__init__(text, tokens)
        self.columns = columns
        self.used, self.intercept = 0, False  # columns named and a kept intercept: a model needs one

    def accept(self, *texts: str) -> Token | None:
        return self.next() if self.peek.kind == "op" and self.peek.text in texts else None

    def expect(self, text: str, what: str = "") -> Token:
        token = self.accept(text)
        if token is None:
            raise self.unexpected(f"expected {what or repr(text)}")
        return token

    def unexpected(self, expected: str) -> FormulaError:
        if self.peek.text == ".":
            return self.error("attribute access ('.') is not part of a formula", self.peek)
        return self.error(f"{expected}, found {self.describe(self.peek)}", self.peek)

    def parse(self) -> str:
        outcome = self.next()
        if outcome.kind == "name" and outcome.text == "Q" and self.peek.text == "(":
            raise self.error("the outcome must be a plain column name, which dx.stats.fit reads by name",
                             outcome, "rename the column to letters, digits and '_', e.g. count")
        outcome = self.column(outcome)
        tilde = self.expect("~", "'~' after the outcome column")
        self.used = 0
        terms = self.terms()
        if self.peek.kind != "end":
            raise self.unexpected("expected + - * / : or the end of the formula")
        if not (self.used or self.intercept):
            raise self.error("the formula has no terms after '~', so there is nothing to fit", tilde,
                             f"add a term, e.g. {outcome} ~ 1 for the mean or {outcome} ~ C(source)")
        return f"{outcome} ~ {terms}"

    def terms(self) -> str:
        sign = self.accept("+", "-")
        if sign and sign.text == "-" and not (self.peek.kind == "number" and _number(self.peek.text) in ("0", "1")):
            raise self.error("a leading '-' can only remove the intercept (-1 or -0)", sign,
                             "write e.g. count ~ -1 + C(source), or remove a term with a - b")
        out = (f"{sign.text} " if sign and sign.text == "+" else "-" if sign else "") + self.kept(sign)
        while (op := self.accept("+", "-")) is not None:
            out += f" {op.text} {self.kept(op)}"
        return out

    def kept(self, sign: Token | None) -> str:
        """Read a product; note an intercept ``1`` that is added rather than removed."""
        product = self.product()
        self.intercept |= product == "1" and not (sign and sign.text == "-")
        return product

    def product(self) -> str:
        out = self.interact()
        while (op := self.accept("*", "/")) is not None:
            out += f" {op.text} {self.interact()}"
        return out

    def interact(self) -> str:
        out = self.factor()
        while self.accept(":"):
            out += f":{self.factor()}"
        return out

    def factor(self) -> str:
        token = self.next()
        if token.kind == "op" and token.text == "(":
            with self.deeper(token):
                inner = self.terms()
                self.expect(")", f"')' to close the '(' at character {token.pos + 1}")
            return f"({inner})"
        if token.kind == "number":
            if _number(token.text) not in ("0", "1"):
                raise self.error(f"the number {token.text} is not a term; only 0 and 1 (the intercept) are",
                                 token, "put arithmetic inside I(...), e.g. I(year - 2010)")
            return _number(token.text)
        if token.kind == "name" and self.peek.text in ("(", "."):
            return self.call(token)
        return self.column(token)

    def call(self, name: Token) -> str:
        self.not_internal(name)
        if name.text == "np":
            self.expect(".", "'.'")
            function = self.next()
            if f"np.{function.text}" not in TRANSFORMS:
                raise self.error(f"np.{function.text} is not an allowed transform", function)
            if self.peek.text != "(":
                raise self.error(f"np.{function.text} must be applied to one column: "
                                 f"np.{function.text}(column)", self.peek)
            return f"np.{function.text}({self.argument()})"
        if self.peek.text == ".":
            raise self.error(f"attribute access ({name.text}.) is not part of a formula", self.peek)
        if name.text in TRANSFORMS:
            return f"{name.text}({self.argument()})"
        if name.text == "C":
            return self.categorical()
        if name.text == "I":
            return self.identity()
        if name.text == "Q":
            return self.column(name)
        raise self.error(f"{name.text}(...) is not an allowed function", name)

    def not_internal(self, name: Token) -> None:
        if name.text.startswith("__"):
            raise self.error("names starting with '__' are Python internals, not columns", name)

    def argument(self) -> str:
        opening = self.expect("(")
        with self.deeper(opening):
            out = self.column(self.next())
            self.expect(")", f"')' after the one column of the transform at character {opening.pos + 1}")
        return out

    def categorical(self) -> str:
        opening = self.expect("(")
        with self.deeper(opening):
            out = self.column(self.next())
            if self.accept(","):
                out += f", {self.contrast()}"
            self.expect(")", f"')' to close C( at character {opening.pos + 1}")
        return f"C({out})"

    def contrast(self) -> str:
        name = self.next()
        if name.text != "Treatment" or self.peek.text != "(":
            raise self.error(f"expected Treatment('level') as the contrast, found {self.describe(name)}", name,
                             "write C(column, Treatment('reference level')), or C(column) for the first level")
        self.next()
        keyword_ = ""
        if self.peek.text == "reference":
            self.next()
            self.expect("=", "'=' after reference")
            keyword_ = "reference="
        value = self.value()
        self.expect(")", "')' after the reference level")
        return f"Treatment({keyword_}{value})"

    def value(self) -> str:
        token = self.next()
        if token.kind == "string":
            return repr(token.value)
        sign = "-" if token.text == "-" else ""
        if sign:
            token = self.next()
        if token.kind == "number":
            return sign + _number(token.text)
        raise self.error(f"expected a level in quotes or a number, found {self.describe(token)}", token,
                         "write Treatment('level') or Treatment(2010)")

    def identity(self) -> str:
        opening = self.expect("(")
        with self.deeper(opening):
            out = self.arithmetic()
            self.expect(")", f"')' to close I( at character {opening.pos + 1}, or + - * / **")
        return f"I({out})"

    def arithmetic(self) -> str:
        out = self.arith_term()
        while (op := self.accept("+", "-")) is not None:
            out += f" {op.text} {self.arith_term()}"
        return out

    def arith_term(self) -> str:
        out = self.arith_unary()
        while (op := self.accept("*", "/")) is not None:
            out += f" {op.text} {self.arith_unary()}"
        return out

    def arith_unary(self) -> str:
        sign = self.accept("+", "-")
        if sign is None:
            return self.arith_power()
        with self.deeper(sign):
            return sign.text + self.arith_unary()

    def arith_power(self) -> str:
        token = self.next()
        if token.kind == "op" and token.text == "(":
            with self.deeper(token):
                out = f"({self.arithmetic()})"
                self.expect(")", f"')' to close the '(' at character {token.pos + 1}")
        elif token.kind == "number":
            out = _number(token.text)
        else:
            out = self.column(token, inside="I(...)")
        if self.accept("**"):
            with self.deeper(token):
                out += f" ** {self.arith_unary()}"
        return out

    def column(self, token: Token, inside: str = "") -> str:
        if token.kind == "name" and token.text == "Q" and self.peek.text == "(":
            return self.quoted()
        if token.kind != "name":
            where = f" inside {inside}" if inside else ""
            raise self.error(f"expected a column{where}, found {self.describe(token)}", token)
        self.not_internal(token)
        if self.peek.text in ("(", "."):
            raise self.error(f"{token.text}{self.peek.text}... is not allowed here; a column is expected",
                             token)
        if keyword.iskeyword(token.text):
            raise self.error(f"'{token.text}' is a Python keyword, not a column", token,
                             f"a column called {token.text} is written Q('{token.text}')")
        self.known(token.text, token)
        self.used += 1
        return token.text

    def quoted(self) -> str:
        opening = self.expect("(")
        name = self.next()
        if name.kind != "string":
            raise self.error(f"Q(...) takes a column name in quotes, found {self.describe(name)}", name,
                             "write Q('column name')")
        self.expect(")", f"')' to close Q( at character {opening.pos + 1}")
        self.known(name.value, name)
        self.used += 1
        return f"Q({name.value!r})"

    def known(self, name: str, token: Token) -> None:
        if name not in self.columns:
            close = difflib.get_close_matches(name, sorted(self.columns), n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            raise self.error(f"the table has no column '{name}' (it has {', '.join(sorted(self.columns))})",
                             token, f"{hint}name one of its columns, or Q('name') for names with spaces; "
                                    f"the formula can use {ALLOWED}")
