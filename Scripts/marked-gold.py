#!/usr/bin/env python3
"""Turns articles annotated by hand with inline marks into gold JSON Lines for `tei-annotator evaluate`.

Usage: Scripts/marked-gold.py DIRECTORY [--licence TEXT] > gold.jsonl

Every `*.txt` file of DIRECTORY (sorted by name) is one article; its id is the file's stem. The
first paragraph is the headline; paragraphs are separated by a blank line. Marks:

    [[PER:Carlos Moedas]]  [[LOC:Lisbon]]  [[ORG:Portuguese Institute for Sea and Atmosphere]]
    {{direct:Carlos Moedas|“We will rebuild the market,”}}   a direct quotation, marks included
    {{reported:Carlos Moedas|the market would reopen in May}} reported speech, without `that`
    {{direct:?|“…”}}                                          a quotation whose speaker the text never gives

A quotation may hold names; names and quotations do not otherwise nest. The speaker is the
fullest name the article gives the speaker, or the text's own description when it never names
them (`a ministry spokeswoman`). Each record gets `"reported_speech": true`: the gold marks reported
speech, so the evaluation scores it. Fails, naming the file and the place, on a malformed mark.
"""
import argparse
import json
import pathlib
import re
import sys

ENTITY_TYPES = {"PER", "LOC", "ORG"}
MARK = re.compile(r"\[\[|\]\]|\{\{|\}\}")


def convert(path: pathlib.Path) -> dict:
    source = path.read_text(encoding="utf-8").strip("\n")
    text: list[str] = []
    length = 0
    entities, quotes = [], []
    open_entity = None  # (type, start)
    open_quote = None  # (direct, speaker, start)
    position = 0

    def fail(message: str, at: int) -> None:
        line = source.count("\n", 0, at) + 1
        sys.exit(f"{path}:{line}: {message}")

    while position < len(source):
        match = MARK.search(source, position)
        chunk = source[position : match.start() if match else len(source)]
        text.append(chunk)
        length += len(chunk)
        if not match:
            break
        position = match.end()
        mark = match.group()
        if mark == "[[":
            if open_entity:
                fail("a name inside a name", match.start())
            colon = source.find(":", position)
            kind = source[position:colon]
            if kind not in ENTITY_TYPES:
                fail(f"unknown name type {kind!r}", match.start())
            open_entity = (kind, length)
            position = colon + 1
        elif mark == "]]":
            if not open_entity:
                fail("]] without [[", match.start())
            kind, start = open_entity
            entities.append({"start": start, "end": length, "type": kind})
            open_entity = None
        elif mark == "{{":
            if open_quote or open_entity:
                fail("a quotation inside a quotation or a name", match.start())
            bar = source.find("|", position)
            head = source[position:bar]
            kind, _, speaker = head.partition(":")
            if kind not in ("direct", "reported") or not speaker:
                fail(f"malformed quotation head {head!r}", match.start())
            open_quote = (kind == "direct", None if speaker == "?" else speaker, length)
            position = bar + 1
        else:
            if not open_quote or open_entity:
                fail("}} without {{ (or inside a name)", match.start())
            direct, speaker, start = open_quote
            quotes.append({"start": start, "end": length, "speaker": speaker, "direct": direct})
            open_quote = None
    if open_entity or open_quote:
        fail("a mark is not closed", len(source))
    full = "".join(text)
    for item in entities:
        item["text"] = full[item["start"] : item["end"]]
        if item["text"] != item["text"].strip() or not item["text"]:
            fail(f"name {item['text']!r} starts or ends with white space", 0)
    for quote in quotes:
        quote["text"] = full[quote["start"] : quote["end"]]
    return {"id": path.stem, "text": full, "entities": entities, "quotes": quotes}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", type=pathlib.Path)
    parser.add_argument("--licence", default="CC BY 4.0 (written for tei-annotator)")
    parser.add_argument("--genre", default="news")
    arguments = parser.parse_args()
    files = sorted(arguments.directory.glob("*.txt"))
    if not files:
        sys.exit(f"{arguments.directory}: no *.txt files")
    for path in files:
        record = convert(path)
        record.update(
            {"source": f"{arguments.directory.name}/{path.name}", "license": arguments.licence,
             "genre": arguments.genre, "reported_speech": True})
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
