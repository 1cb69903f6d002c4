"""Draw the sample of lexicon hits that a coder judges, to measure each frame's precision.

Hits of the china_diplomatic and geopolitics lexicons in the bundled UN General Debate slice
and Kremlin items, at most 12 per frame, drawn with a fixed seed; each row gives the sentence,
so a coder can judge whether the hit expresses the frame as the lexicon describes it.
Writes tests/data/frame_codes/sample.csv (the coder adds the `expresses_frame` column in
codes.csv). Run from the repository root.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

import discourse as dx

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "frame_codes" / "sample.csv"


def main() -> int:
    corpus = dx.load([ROOT / "corpora" / "ungdc", ROOT / "corpora" / "kremlin"])
    sentences = corpus.sentences.set_index(["doc_id", "sent_id"])["text"]
    rows = []
    for name in ("china_diplomatic", "geopolitics"):
        lex = dx.lexicon(name)
        hits = dx.frames.measure(corpus, lex)
        description = {e.frame: e.description for e in lex.entries}
        for frame, group in hits.groupby("frame", sort=True):
            pick = group.sample(min(12, len(group)), random_state=20261127).sort_values(["doc_id", "start"])
            for hit in pick.itertuples():
                rows.append({"lexicon": hit.lexicon, "frame": frame, "description": description[frame],
                             "doc_id": hit.doc_id, "sent_id": hit.sent_id, "matched_text": hit.matched_text,
                             "negated": hit.negated, "sentence": sentences[(hit.doc_id, hit.sent_id)]})
    sample = pd.DataFrame(rows)
    sample.insert(0, "item", range(1, len(sample) + 1))
    sample.to_csv(OUT, index=False)
    print(f"{len(sample)} hits of {sample['frame'].nunique()} frames -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
