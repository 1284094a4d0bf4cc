#!/usr/bin/env python3
"""Splits the shared gold data into what the entity model may learn from and what only checks it.

Usage: Scripts/check-data.py SHARED_DATA OUT_DIRECTORY

The split was fixed before any development on these sources and must not change: the check sets
are only measured on (their errors are not read while developing), the training sets are where
models are trained and rules are written.

Check sets (OUT/check-*.jsonl):
  news-dev        GUM news dev, all 12 documents (tuned on in earlier rounds: reported, not counted)
  unseen-genres   GUM genres whose text may not be redistributed (conversation, essay, fiction,
                  letter, podcast, speech, textbook, vlog, whow): never trained on
  wikigold        wikigold documents whose number is a multiple of 3 (wikigold-003, -006, …)
  uner            UNER English-EWT test half (en_ewt-ud-test)
  btc             Broad Twitter Corpus section h (non-UK, 2014)
Training sets (OUT/train-*.jsonl): the redistributable GUM genres (academic, bio, court, interview,
voyage), the other wikigold documents, the UNER dev half, BTC sections a, b, e, f and g.
"""
import json
import pathlib
import sys

REDISTRIBUTABLE_GUM_GENRES = {"academic", "bio", "court", "interview", "voyage"}


def records(path: pathlib.Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write(path: pathlib.Path, documents: list[dict]) -> None:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents), encoding="utf-8")


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    shared, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    gum = records(shared / "gum-other-train.jsonl")
    wikigold = records(shared / "wikigold.jsonl")
    uner = records(shared / "uner-ewt.jsonl")
    btc = records(shared / "btc.jsonl")

    def is_wikigold_check(d: dict) -> bool:
        return int(d["id"].rsplit("-", 1)[1]) % 3 == 0

    def is_btc_check(d: dict) -> bool:
        return d["id"].split("-")[1] == "h"

    splits = {
        "check-news-dev": records(shared / "gum-news-dev.jsonl"),
        "check-unseen-genres": [d for d in gum if d["genre"] not in REDISTRIBUTABLE_GUM_GENRES],
        "check-wikigold": [d for d in wikigold if is_wikigold_check(d)],
        "check-uner": [d for d in uner if "ud-test" in d["source"]],
        "check-btc": [d for d in btc if is_btc_check(d)],
        "train-gum": [d for d in gum if d["genre"] in REDISTRIBUTABLE_GUM_GENRES],
        "train-wikigold": [d for d in wikigold if not is_wikigold_check(d)],
        "train-uner": [d for d in uner if "ud-dev" in d["source"]],
        "train-btc": [d for d in btc if not is_btc_check(d)],
    }
    for name, documents in splits.items():
        write(out / f"{name}.jsonl", documents)
        names = sum(len(d["entities"]) for d in documents)
        print(f"{name}: {len(documents)} documents, {names} names", file=sys.stderr)


if __name__ == "__main__":
    main()
