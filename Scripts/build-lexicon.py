#!/usr/bin/env python3
"""Build the English lexicon files of the part-of-speech stage.

Writes Sources/PartOfSpeech/Resources/Lexicon/:
  english-words.tsv  lower-case English words (SCOWL, via Debian's wamerican 2020.12.07-2)
  word-classes.tsv   word -> the WordNet 3.0 classes it can be (n noun, v verb, a adjective, r adverb),
                     for base forms (index.*) and irregular inflections (*.exc; e.g. "went" -> v)

Needs the Debian packages wamerican and wordnet-base (apt-get install wamerican wordnet-base).
Output is sorted, so a re-run gives identical bytes. --check compares with the files on disk.
"""
import argparse
import os
import sys

WORD_LIST = "/usr/share/dict/american-english"
WORDNET = "/usr/share/wordnet"
CLASSES = [("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")]


def english_words():
    if not os.path.exists(WORD_LIST):
        sys.exit(f"error: {WORD_LIST} missing: apt-get install wamerican")
    with open(WORD_LIST, encoding="utf-8") as f:
        words = {line.strip() for line in f}
    rows = sorted(w for w in words if w and w.isascii() and w.isalpha() and w.islower())
    return "# columns: word\n" + "".join(w + "\n" for w in rows)


def word_classes():
    if not os.path.isdir(WORDNET):
        sys.exit(f"error: {WORDNET} missing: apt-get install wordnet-base")
    classes = {}

    def add(word, letter):
        if "_" in word or " " in word or not word or not word.isascii():
            return
        classes.setdefault(word.lower(), set()).add(letter)

    for name, letter in CLASSES:
        with open(os.path.join(WORDNET, "index." + name), encoding="utf-8") as f:
            for line in f:
                if line.startswith("  "):  # licence header
                    continue
                add(line.split(" ", 1)[0], letter)
        with open(os.path.join(WORDNET, name + ".exc"), encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if parts:
                    add(parts[0], letter)
    rows = sorted((w, "".join(sorted(c, key="nvar".index))) for w, c in classes.items())
    return "# columns: word\tclasses (n noun, v verb, a adjective, r adverb; WordNet 3.0)\n" + "".join(
        f"{w}\t{c}\n" for w, c in rows)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=os.path.join(root, "Sources", "PartOfSpeech", "Resources", "Lexicon"))
    parser.add_argument("--check", action="store_true", help="exit 1 if the files on disk differ from a fresh build")
    args = parser.parse_args()
    differs = []
    for name, text in (("english-words.tsv", english_words()), ("word-classes.tsv", word_classes())):
        path = os.path.join(args.out, name)
        if args.check:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != text:
                        differs.append(name)
            except FileNotFoundError:
                differs.append(name)
        else:
            os.makedirs(args.out, exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        print(f"{name}: {text.count(chr(10)) - 1} rows, {len(text.encode())} bytes")
    if differs:
        sys.exit("differs from a fresh build: " + ", ".join(differs))


if __name__ == "__main__":
    main()
