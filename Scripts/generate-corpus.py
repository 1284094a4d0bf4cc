#!/usr/bin/env python3
"""Writes a benchmark corpus of real article text: the texts of ../shared/data/*.jsonl, cycled in a
seeded random order until the corpus reaches the requested size, as one JSON Lines file (one
article per line, "id" and "text", what `tei-annotator bench` reads) and optionally as plain-text
files. Deterministic for a seed. The output is for measuring, not committed.

    Scripts/generate-corpus.py --megabytes 100 --out /tmp/corpus-100mb.jsonl [--texts DIR]
"""
import argparse
import glob
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=100)
    parser.add_argument("--out", required=True, help="the JSON Lines file to write")
    parser.add_argument("--texts", help="also write each article as DIR/<id>.txt")
    parser.add_argument("--data", default=os.path.join(HERE, "..", "..", "shared", "data"))
    parser.add_argument("--seed", type=int, default=9)
    arguments = parser.parse_args()

    sources = []
    for path in sorted(glob.glob(os.path.join(arguments.data, "*.jsonl"))):
        with open(path, encoding="utf-8") as lines:
            sources += [json.loads(line)["text"] for line in lines if line.strip()]
    if not sources:
        raise SystemExit(f"no texts in {arguments.data}/*.jsonl")
    if arguments.texts:
        os.makedirs(arguments.texts, exist_ok=True)
    target = int(arguments.megabytes * 1_000_000)
    generator = random.Random(arguments.seed)
    written = words = articles = 0
    with open(arguments.out, "w", encoding="utf-8") as out:
        while written < target:
            order = list(range(len(sources)))
            generator.shuffle(order)
            for index in order:
                if written >= target:
                    break
                text = sources[index]
                identifier = f"article-{articles:06d}"
                out.write(json.dumps({"id": identifier, "text": text}, ensure_ascii=False) + "\n")
                if arguments.texts:
                    with open(os.path.join(arguments.texts, identifier + ".txt"), "w", encoding="utf-8") as file:
                        file.write(text)
                written += len(text.encode("utf-8"))
                words += len(text.split())
                articles += 1
    print(f"{articles} articles, {words} words, {written / 1e6:.1f} MB of text -> {arguments.out}")


if __name__ == "__main__":
    main()
