#!/usr/bin/env python3
"""The locked accuracy report: every check set scored in one run, with the figure that counts.

Usage: Scripts/accuracy-report.py [--tool .build/release/tei-annotator] [--model ENTITY_MODEL]
                                  [--data ../shared/data] [--json]

Scores the release build (or --tool) with `tei-annotator evaluate` on:
  seed            the sample article against its hand-made gold (Corpus/seed/)
  written-news    news articles written and annotated by hand for checking (Corpus/check/written-news/)
  news-dev        GUM news dev (tuned on in earlier rounds: shown, not counted)
  unseen-genres, wikigold, uner, btc   held-out parts of the shared data (Scripts/check-data.py)
and prints, per set, exact and overlapping entity F1 (micro, and exact per type), direct and reported
quotation F1 (overlap ≥ 50%) and speaker accuracy where the gold marks them. "held-out mean" is the
mean exact F1 over the sets no model is trained on and no rule was written from: written-news,
unseen-genres, wikigold, uner (btc, tweets, is shown apart). Check sets are measured, never read for
errors while developing (see Scripts/check-data.py).
"""
import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
COUNTED = ["written-news", "unseen-genres", "wikigold", "uner"]


def evaluate(tool: str, gold: pathlib.Path, model: str | None, pred: pathlib.Path | None = None) -> dict:
    command = [tool, "evaluate", "--gold", str(gold), "--json"]
    if pred:
        command += ["--pred", str(pred)]
    if model:
        command += ["--model", model]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)}: {result.stderr.strip()}")
    return json.loads(result.stdout)


def seed_report(tool: str, model: str | None, scratch: pathlib.Path) -> dict:
    seed = ROOT / "Corpus/seed/000_234219daa5ff928f"
    output = scratch / "seed.xml"
    command = [tool, "annotate", str(seed.with_suffix(".txt")), "-o", str(output)]
    if model:
        command += ["--model", model]
    subprocess.run(command, check=True, capture_output=True)
    return evaluate(tool, seed.with_suffix(".gold.xml"), None, output)


def f1(counts: dict | None) -> str:
    return "    -" if not counts or not counts.get("gold") else f"{counts['f1']:.3f}"


def row(name: str, report: dict) -> list[str]:
    exact, overlap = report["entitiesExact"], report["entitiesOverlap"]
    types = exact["types"]
    speakers = report.get("speakers", {})
    speaker = (
        f"{speakers['accuracy']:.3f} ({speakers['correct']}/{speakers['foundQuotesWithSpeaker']})"
        if speakers.get("foundQuotesWithSpeaker") else "-")
    direct = report.get("directQuotesOverlap") or report.get("quotesOverlapInMarkedDocuments")
    return [
        name, str(report["documents"]), str(exact["micro"]["gold"]),
        f"{exact['micro']['precision']:.3f}", f"{exact['micro']['recall']:.3f}", f"{exact['micro']['f1']:.3f}",
        f"{overlap['micro']['f1']:.3f}",
        *(f1(types.get(t)) for t in ("PER", "LOC", "ORG")),
        f1(direct), f1(report.get("reportedQuotesOverlap")), speaker,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tool", default=str(ROOT / ".build/release/tei-annotator"))
    parser.add_argument("--model", help="an entity model file (default: the shipped one)")
    parser.add_argument("--data", default=str(ROOT.parent / "shared/data"))
    parser.add_argument("--json", action="store_true", help="print every report in full as JSON")
    arguments = parser.parse_args()

    with tempfile.TemporaryDirectory() as directory:
        scratch = pathlib.Path(directory)
        reports = {"seed": seed_report(arguments.tool, arguments.model, scratch)}
        written = scratch / "written-news.jsonl"
        with written.open("w") as out:
            subprocess.run(
                [sys.executable, str(ROOT / "Scripts/marked-gold.py"), str(ROOT / "Corpus/check/written-news")],
                stdout=out, check=True)
        reports["written-news"] = evaluate(arguments.tool, written, arguments.model)
        data = pathlib.Path(arguments.data)
        if (data / "gum-news-dev.jsonl").exists():
            subprocess.run([sys.executable, str(ROOT / "Scripts/check-data.py"), str(data), str(scratch)],
                           check=True, capture_output=True)
            for name in ["news-dev", "unseen-genres", "wikigold", "uner", "btc"]:
                reports[name] = evaluate(arguments.tool, scratch / f"check-{name}.jsonl", arguments.model)
        else:
            print(f"{data}: no shared data; only the sets in the repository are scored", file=sys.stderr)

    if arguments.json:
        print(json.dumps(reports, indent=2, sort_keys=True))
        return
    header = ["set", "docs", "names", "P", "R", "exact F1", "overlap", "PER", "LOC", "ORG", "direct q",
              "reported", "speakers"]
    rows = [header] + [row(name, report) for name, report in reports.items()]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for r in rows:
        print("  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(r)))
    counted = [reports[name]["entitiesExact"]["micro"]["f1"] for name in COUNTED if name in reports]
    print(f"\nheld-out mean exact F1 ({', '.join(n for n in COUNTED if n in reports)}): "
          f"{sum(counted) / len(counted):.3f}")


if __name__ == "__main__":
    main()
