#!/usr/bin/env python3
"""Score the HTML reader on the article-extraction benchmark (Zyte/Scrapinghub, 181 news pages).

    swift build -c release --product tei-annotator
    python3 Scripts/article-extraction-benchmark.py [--tool PATH] [--keep DIR] [--dev-errors TSV]
    python3 Scripts/article-extraction-benchmark.py --pasted w3m|lynx [...]

Reads the pages in ../shared/data/article-extraction/html/<id>.html.gz (beside the repository; the
script skips with a message when they are absent), annotates them all in one `tei-annotator annotate
PAGES -o DIR` call, takes each page's article body from its TEI (the text of the `<p>` elements of
`<text><body>`; the headline `<head>` is not body text in the benchmark's ground truth), writes it to
`<id>.txt`, one paragraph per blank-line-separated block, and scores the texts with
../shared/tools/score-article-body.py (4-word shingles; precision and recall are means over pages, F1
is of the means; accuracy is the share of pages whose words equal the truth's exactly).

The pages are split once, deterministically, into two halves:

    dev    the page id (64 hex digits) starts with an even hex digit (0 2 4 6 8 a c e): 92 pages
    check  it starts with an odd one: 89 pages

Rules of the extractor are developed on the dev half only (`--dev-errors` writes the per-page counts
of the dev pages, worst first); the check half's pages and per-page scores are not looked at, so its
figure says how the rules do on pages they were not written for. Every run prints dev, check and all.

`--pasted w3m` (or `lynx`) scores the plain-text reader instead, on the pages as a browser shows them
as text: each page is dumped at run time into the temporary directory (`w3m -dump -T text/html -cols
200 -O UTF-8`, or `lynx -dump -nolist -width 200 -assume_charset=utf-8 -display_charset=utf-8`), the
dumps are annotated as `<id>.txt` in one call and scored the same way. It also prints the "keep every
line" baseline (the dump itself as the prediction), so the cleaner's effect shows. The dumps are not
kept unless `--keep-dumps DIR` is given (they derive from the third-party pages; see SOURCE.md).
"""
import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

TEI = "{http://www.tei-c.org/ns/1.0}"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")


def is_dev(page_id):
    """The split rule: dev when the id's first hex digit is even."""
    return int(page_id[0], 16) % 2 == 0


def body_text(tei_path):
    """The text of the TEI body's paragraphs, one per blank-line-separated block."""
    tree = ET.parse(tei_path)
    body = tree.find(f"{TEI}text/{TEI}body")
    if body is None:
        return ""
    paragraphs = ("".join(p.itertext()).strip() for p in body.iter(f"{TEI}p"))
    return "\n\n".join(p for p in paragraphs if p)


DUMPERS = {
    "w3m": ["w3m", "-dump", "-T", "text/html", "-cols", "200", "-O", "UTF-8"],
    "lynx": ["lynx", "-dump", "-nolist", "-width", "200", "-assume_charset=utf-8",
             "-display_charset=utf-8", "-stdin"],
}


def dump_page(browser, html):
    """The page as the text-mode browser `browser` shows it (bytes in, UTF-8 text out)."""
    # Both read the page from standard input (lynx with -stdin, as text/html; w3m told so by -T).
    result = subprocess.run(DUMPERS[browser], input=html, capture_output=True, check=True)
    return result.stdout.decode("utf-8", errors="replace")


def score(scorer, truth, ids, predictions, work, name, per_doc=None):
    """Runs the scorer on the pages `ids`; returns its JSON result."""
    subset = os.path.join(work, f"truth-{name}.json")
    with open(subset, "w", encoding="utf-8") as out:
        json.dump({i: truth[i] for i in ids}, out)
    pred = os.path.join(work, f"pred-{name}.json")
    with open(pred, "w", encoding="utf-8") as out:
        json.dump({i: {"articleBody": predictions.get(i, "")} for i in ids}, out)
    command = [sys.executable, scorer, subset, pred, "--json"]
    if per_doc:
        command += ["--per-doc", per_doc]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tool", default=os.path.join(ROOT, ".build/release/tei-annotator"))
    parser.add_argument("--shared", default=SHARED, help="the shared data directory (default: ../shared)")
    parser.add_argument("--keep", metavar="DIR", help="also write the extracted <id>.txt files here")
    parser.add_argument("--dev-errors", metavar="TSV", help="per-page counts of the dev half, worst F1 first")
    parser.add_argument("--pasted", choices=sorted(DUMPERS),
                        help="score the plain-text reader on the pages dumped as text by this browser")
    parser.add_argument("--keep-dumps", metavar="DIR", help="with --pasted: also write the dumps here")
    args = parser.parse_args()

    data = os.path.join(args.shared, "data/article-extraction")
    scorer = os.path.join(args.shared, "tools/score-article-body.py")
    if not os.path.isdir(os.path.join(data, "html")) or not os.path.isfile(scorer):
        print(f"skipped: the benchmark is not at {data} (pages, ground truth) and {scorer}")
        return 0
    if args.pasted and shutil.which(args.pasted) is None:
        print(f"skipped: {args.pasted} is not installed (apt-get install -y {args.pasted})")
        return 0
    if not os.access(args.tool, os.X_OK):
        print(f"error: no tool at {args.tool}; build it: swift build -c release --product tei-annotator")
        return 2
    with open(os.path.join(data, "ground-truth.json"), encoding="utf-8") as f:
        truth = json.load(f)
    ids = sorted(truth)

    with tempfile.TemporaryDirectory() as work:
        pages, tei = os.path.join(work, "pages"), os.path.join(work, "tei")
        os.makedirs(pages)
        extension = ".txt" if args.pasted else ".html"
        dumps = {}
        for page_id in ids:
            with gzip.open(os.path.join(data, "html", page_id + ".html.gz")) as src:
                html = src.read()
            with open(os.path.join(pages, page_id + extension), "wb") as dst:
                if args.pasted:
                    dumps[page_id] = dump_page(args.pasted, html)
                    dst.write(dumps[page_id].encode("utf-8"))
                else:
                    dst.write(html)
        if args.keep_dumps and dumps:
            os.makedirs(args.keep_dumps, exist_ok=True)
            for page_id, text in dumps.items():
                with open(os.path.join(args.keep_dumps, page_id + ".txt"), "w", encoding="utf-8") as out:
                    out.write(text)
        run = subprocess.run(
            [args.tool, "annotate", *(os.path.join(pages, i + extension) for i in ids), "-o", tei],
            capture_output=True, text=True)
        predictions, failed = {}, []
        for page_id in ids:
            path = os.path.join(tei, page_id + ".xml")
            if os.path.exists(path):
                predictions[page_id] = body_text(path)
            else:
                failed.append(page_id)
        if args.keep:
            os.makedirs(args.keep, exist_ok=True)
            for page_id, text in predictions.items():
                with open(os.path.join(args.keep, page_id + ".txt"), "w", encoding="utf-8") as out:
                    out.write(text + "\n")

        halves = {"dev": [i for i in ids if is_dev(i)], "check": [i for i in ids if not is_dev(i)], "all": ids}
        print(f"{'pages':<6} {'n':>4} {'F1':>7} {'P':>7} {'R':>7} {'exact':>7}")
        for name, subset in halves.items():
            per_doc = os.path.join(work, "dev.tsv") if name == "dev" and args.dev_errors else None
            result = score(scorer, truth, subset, predictions, work, name, per_doc)
            print(f"{name:<6} {len(subset):>4} {result['f1']:>7.4f} {result['precision']:>7.4f} "
                  f"{result['recall']:>7.4f} {result['accuracy']:>7.4f}")
            if per_doc:
                write_dev_errors(per_doc, args.dev_errors)
        if dumps:
            print(f"keep every line of the {args.pasted} dump (baseline):")
            for name, subset in halves.items():
                result = score(scorer, truth, subset, dumps, work, "baseline-" + name)
                print(f"{name:<6} {len(subset):>4} {result['f1']:>7.4f} {result['precision']:>7.4f} "
                      f"{result['recall']:>7.4f} {result['accuracy']:>7.4f}")
        dev_failed = [i for i in failed if is_dev(i)]
        print(f"no TEI: {len(failed)} pages ({len(dev_failed)} dev, {len(failed) - len(dev_failed)} check)")
        for line in run.stderr.splitlines():
            if any(i in line for i in dev_failed):
                print("  dev: " + line)
    return 0


def write_dev_errors(per_doc, destination):
    """The dev half's per-page rows, with page F1, worst first."""
    with open(per_doc, encoding="utf-8") as f:
        header, *rows = [line.rstrip("\n").split("\t") for line in f]
    column = {name: index for index, name in enumerate(header)}

    def f1(row):
        p, r = float(row[column["precision"]] or 0), float(row[column["recall"]] or 0)
        return 2 * p * r / (p + r) if p + r else 0.0

    rows.sort(key=f1)
    with open(destination, "w", encoding="utf-8") as out:
        out.write("\t".join(header + ["f1"]) + "\n")
        for row in rows:
            out.write("\t".join(row + [f"{f1(row):.4f}"]) + "\n")


if __name__ == "__main__":
    sys.exit(main())
