"""Pathological inputs by class: each one loads, conserves documents and can be measured.

Every class below once made a scan of a document's text superlinear (quote marks in one long
paragraph, a flood of cue verbs, thousands of turn labels, ...): a few hundred kB took minutes.
Each is written as one file of ``SIZE`` characters and the whole folder is loaded once; the
test of a class checks what its file became, never how long it took. The speed itself is a
benchmark, ``benchmarks/pathological.py``, which times every class at n and 4n (docs/scale.md,
"Pathological input").
"""

from __future__ import annotations

import json

import pytest

import discourse as dx

#: Characters per input: large enough that a quadratic scan took minutes before.
SIZE = 80_000

_FRONT = "---\ntitle: Press Briefing\ndate: '2024-03-04'\n---\n\n"
_PROSE = "The envoys spoke of cooperation and trust for a long time in the capital.\n\n"


def _fill(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _repeat(unit: str):
    return lambda n: _fill(unit, n)


def _letters(i: int) -> str:
    """A distinct three-letter name for every ``i`` below 17,576."""
    return chr(65 + i % 26) + chr(97 + i // 26 % 26) + chr(97 + i // 676 % 26)


def _turn_labels(n: int) -> str:
    return _FRONT + "".join(f"MR. {_letters(i).upper()}SON: We agree.\n\n" for i in range(n // 24))


def _kremlin(n: int) -> str:
    paras = [f"Minister {_letters(i)}ov: We agree on this with China." for i in range(n // 46)]
    return json.dumps({"id": 1, "url": "http://en.kremlin.ru/events/president/news/1", "date": "2019-06-14",
                       "title": "Talks", "place": "Moscow", "lead": "", "text": "\n".join(paras),
                       "speakers": [p.split(":")[0] for p in paras]}) + "\n"


def _nested(tag: str, inner: str):
    return lambda n: f"<html><body><article>{inner}{f'<{tag}>a ' * (n // (len(tag) + 4))}" \
                     f"{f'</{tag}>' * (n // (len(tag) + 4))}</article></body></html>"


# name -> (file suffix, text of about n characters, what the file becomes: a document, a reject
# or either, as the HTML parser's depth limit decides)
CLASSES = {
    "curly-quotes": (".txt", _repeat("“We agree on this,” he said. "), "document"),
    "curly-quoted-terms": (".txt", _repeat("the “new era” of “win-win” ties "), "document"),
    "straight-quotes": (".txt", _repeat('"We agree on this," Lin said. '), "document"),
    "openers-only": (".txt", _repeat("“We agree "), "document"),
    "closers-only": (".txt", _repeat("We agree” "), "document"),
    "alternating-marks": (".txt", _repeat("“ ” “ word "), "document"),
    "nested-guillemets": (".txt", _repeat("«a „b“ c» „d «e» f“ "), "document"),
    "marks-only": (".txt", _repeat("“”«»„\""), "reject"),
    "cue-verbs": (".txt", _repeat("said "), "document"),
    "cues-in-one-sentence": (".txt", _repeat("Lin said that talks would go on, Wang said "), "document"),
    "participle-cues": (".txt", _repeat("Lin said, saying said, saying "), "document"),
    "according-to": (".txt", _repeat("according to Lin, according to "), "document"),
    "pronoun-speakers": (".txt", _repeat("Israel said that talks would go on. He said that it was fine. "
                                         "They said so. "), "document"),
    "document-speakers": (".txt", _repeat("The Met Office issued a warning from the Royal Society. The warning said "
                                          "that gales would come. According to the filing, Ford did it. "), "document"),
    "organisation-speakers": (".txt", lambda n: "".join(
        f"The {_letters(i).upper()} Ministry said that talks went on. " for i in range(n // 52)), "document"),
    "name-runs": (".txt", _repeat("Mr. Abe Bol Cid Dan Eko Fay Gus "), "document"),
    "capitalised-words": (".txt", _repeat("Alpha Bravo Charlie Delta Echo Foxtrot "), "document"),
    "one-word": (".txt", lambda n: "x" * n, "reject"),
    "no-punctuation": (".txt", _repeat("the envoys spoke of cooperation and trust "), "document"),
    "one-long-sentence": (".txt", _repeat("the envoys spoke of cooperation, and trust, "), "document"),
    "sentence-dots": (".txt", lambda n: _PROSE + _fill(". ", n), "document"),
    "abbreviations": (".txt", _repeat("Mr. Dr. U.S. Gen. "), "document"),
    "short-paragraphs": (".txt", _repeat("Talks went on today in the capital city.\n\n"), "document"),
    "quote-per-paragraph": (".txt", _repeat("“We agree on this and that,” Lin said.\n\n"), "document"),
    "trailing-tag-lines": (".txt", lambda n: _PROSE + _fill("Tag\n", n), "document"),
    "colon-labels-in-text": (".txt", _repeat("MR. KIRBY: We agree on this.\n\n"), "document"),
    "acronyms": (".txt", _repeat("the United Nations (UN) and European Union (EU) "), "document"),
    "parentheses": (".txt", _repeat("(UN) (EU) ((a)) "), "document"),
    "digits-and-dates": (".txt", _repeat("12/05/2024 2024-05-12 June 18, 2025 $8 3.5% "), "document"),
    "actor-names": (".txt", _repeat("China Russia United States Kazakhstan Xi Jinping "), "document"),
    "quotes-and-actors": (".txt", _repeat("“China and Russia agree” said Lin and “the United States” "),
                          "document"),
    "negators-and-frames": (".txt", _repeat("not a new era no win-win never mutual trust "), "document"),
    "emoji": (".txt", _repeat("😀🇨🇳👍🏽 "), "document"),
    "right-to-left": (".txt", _repeat("مرحبا بالعالم "), "document"),
    "combining-marks": (".txt", _repeat("e\u0301\u0302\u0303\u0304 "), "document"),
    "punctuation-only": (".txt", _repeat(".,;:!?-()[]"), "reject"),
    "turn-labels": (".md", _turn_labels, "document"),
    "markdown-brackets": (".md", lambda n: _FRONT + _fill("[[[ [a](b ", n), "document"),
    "kremlin-labels": (".jsonl", _kremlin, "document"),
    "html-nested-divs": (".html", _nested("div", ""), "either"),
    "html-nested-spans-with-caption": (".html", _nested("span", "<img alt='x'><p>" + _PROSE + "</p>"), "document"),
    "html-many-paragraphs": (".html", lambda n: "<html><body><article>" + _fill(
        "<p>“We agree,” Lin said. Talks went on.</p>", n) + "</article></body></html>", "document"),
}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pathological")
    for name, (suffix, make, _) in CLASSES.items():
        (folder / f"{name}{suffix}").write_text(make(SIZE), "utf-8")
    corpus = dx.load(folder)
    measures = {"frames": dx.frames.measure(corpus, "china_diplomatic"),
                "sentiment": dx.sentiment.measure(corpus).mentions, "stance": dx.stance.measure(corpus)}
    return corpus, measures


@pytest.mark.parametrize("name", list(CLASSES))
def test_pathological_input_loads_and_is_measured(loaded, name):
    corpus, measures = loaded
    assert corpus.inputs == len(corpus.documents) + len(corpus.rejects)
    docs = corpus.documents[corpus.documents["raw_path"].str.contains(f"/{name}.", regex=False)]
    rejects = corpus.rejects[corpus.rejects["path"].str.contains(f"/{name}.", regex=False)]
    expected = {"document": [(1, 0)], "reject": [(0, 1)], "either": [(1, 0), (0, 1)]}[CLASSES[name][2]]
    assert (len(docs), len(rejects)) in expected, rejects["reason"].tolist()
    assert not rejects["reason"].str.contains("took longer|failed", regex=True).any()
    for doc_id, text in zip(docs["doc_id"], docs["text"]):
        hits = measures["frames"][measures["frames"]["doc_id"] == doc_id]
        assert (hits["end"] <= len(text)).all() and (hits["start"] < hits["end"]).all()
        quotes = corpus.quotes[corpus.quotes["doc_id"] == doc_id]
        assert ((0 <= quotes["start"]) & (quotes["start"] <= quotes["end"]) & (quotes["end"] <= len(text))).all()
    assert set(measures["stance"]["doc_id"]) <= set(corpus.documents["doc_id"])
    assert set(measures["sentiment"]["doc_id"]) <= set(corpus.documents["doc_id"])
