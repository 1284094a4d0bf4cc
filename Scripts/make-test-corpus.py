#!/usr/bin/env python3
"""Make a test corpus of N article inputs from the texts of ../shared/data (GUM).

Each article is a headline (its document's title) and a window of 12 to 20 consecutive
paragraphs of one document; windows start 2 to 3 paragraphs apart, so articles overlap
and N can exceed the number of documents. About 70% become .txt files (folders by
genre), 20% records of JSON Lines files (100 per file), 10% HTML pages with page
furniture (navigation, an advertisement, a footer). Deterministic: the same N gives
the same files.

    Scripts/make-test-corpus.py 2000 /tmp/corpus-2k
"""
import html
import json
import os
import sys

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data")
SOURCES = ["gum-news-dev.jsonl", "gum-other-train.jsonl"]


def documents():
    for name in SOURCES:
        with open(os.path.join(DATA, name), encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                paragraphs = [p.strip() for p in record["text"].split("\n\n") if p.strip()]
                if len(paragraphs) >= 4:
                    yield record["id"], record.get("genre", "news"), paragraphs


def articles(count):
    docs = list(documents())
    made = 0
    offsets = [1] * len(docs)
    while made < count:
        for doc_index, (doc_id, genre, paragraphs) in enumerate(docs):
            if made >= count:
                return
            length = 12 + made % 9
            start = offsets[doc_index]
            if start + length > len(paragraphs):
                start = 1 + made % 3
            offsets[doc_index] = start + 2 + made % 2
            body = paragraphs[start:start + length]
            yield made, doc_id, genre, paragraphs[0], body
            made += 1


def page(title, body):
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} - Test News</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="ad">ADVERTISEMENT</div>
<article><h1>{html.escape(title)}</h1>
{paragraphs}
</article>
<footer>© Test News. All rights reserved.</footer></body></html>
"""


def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    jsonl = None
    for index, doc_id, genre, title, body in articles(count):
        kind = index % 10
        if kind in (3, 7):
            file_index = index // 500
            path = os.path.join(out, "dumps", f"dump-{file_index:03d}.jsonl")
            if jsonl is None or jsonl.name != path:
                if jsonl:
                    jsonl.close()
                os.makedirs(os.path.dirname(path), exist_ok=True)
                jsonl = open(path, "a", encoding="utf-8")
            record = {"id": f"{doc_id}-{index:06d}", "title": title, "text": title + "\n\n" + "\n\n".join(body)}
            jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            folder = os.path.join(out, genre, f"{index // 1000:03d}")
            os.makedirs(folder, exist_ok=True)
            if kind == 5:
                with open(os.path.join(folder, f"{doc_id}-{index:06d}.html"), "w", encoding="utf-8") as handle:
                    handle.write(page(title, body))
            else:
                with open(os.path.join(folder, f"{doc_id}-{index:06d}.txt"), "w", encoding="utf-8") as handle:
                    handle.write(title + "\n\n" + "\n\n".join(body) + "\n")
    if jsonl:
        jsonl.close()


if __name__ == "__main__":
    main()
