#!/usr/bin/env python3
"""The locked accuracy report: every check set scored in one run, with the figure that counts.

Usage: Scripts/accuracy-report.py [--tool .build/release/tei-annotator] [--model ENTITY_MODEL]
                                  [--speaker-model SPEAKER_MODEL] [--data ../shared/data] [--json]

Scores the release build (or --tool) with `tei-annotator evaluate` on:
  seed            the sample article against its hand-made gold (Corpus/seed/)
  written-news    news articles written and annotated by hand for checking (Corpus/check/written-news/)
  news-dev        GUM news dev (tuned on in earlier rounds: shown, not counted)
  unseen-genres, wikigold, uner, btc   held-out parts of the shared data (Scripts/check-data.py)
and prints, per set, exact and overlapping entity F1 (micro, and exact per type), direct and reported
quotation F1 (overlap ≥ 50%) and speaker accuracy where the gold marks them, and the recall of direct
quotations beside that of the plain-marks baseline (every run of text between double quotation marks
is a quotation), which the tool must never fall below. "held-out mean" is the
mean exact F1 over the sets no model is trained on and no rule was written from: written-news,
unseen-genres, wikigold, uner (btc, tweets, is shown apart). Check sets are measured, never read for
errors while developing (see Scripts/check-data.py).
"""
import argparse
import json
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
COUNTED = ["written-news", "unseen-genres", "wikigold", "uner"]


def evaluate(tool: str, gold: pathlib.Path, model: str | None, speakers: str | None,
             pred: pathlib.Path | None = None) -> dict:
    command = [tool, "evaluate", "--gold", str(gold), "--json"]
    if pred:
        command += ["--pred", str(pred)]
    if model:
        command += ["--model", model]
    if speakers:
        command += ["--speaker-model", speakers]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)}: {result.stderr.strip()}")
    return json.loads(result.stdout)


MARKED_RUN = re.compile(r'“[^“”]*”|"[^"\n]*"')


def marks_baseline(gold: pathlib.Path, out: pathlib.Path) -> bool:
    """Writes, for each gold document, every run between double quotation marks as a direct quotation
    with no speaker; returns whether any gold document marks quotations."""
    any_quotes = False
    with gold.open() as records, out.open("w") as baseline:
        for line in records:
            record = json.loads(line)
            any_quotes = any_quotes or bool(record.get("quotes"))
            quotes = [{"start": m.start(), "end": m.end(), "direct": True} for m in MARKED_RUN.finditer(record["text"])]
            baseline.write(json.dumps({"id": record["id"], "text": record["text"], "entities": [],
                                       "quotes": quotes}, ensure_ascii=False) + "\n")
    return any_quotes


def f1(counts: dict | None) -> str:
    return "    -" if not counts or not counts.get("gold") else f"{counts['f1']:.3f}"


def direct_quotes(report: dict) -> dict | None:
    return report.get("directQuotesOverlap") or report.get("quotesOverlapInMarkedDocuments")


def recall(counts: dict | None) -> str:
    return "    -" if not counts or not counts.get("gold") else f"{counts['recall']:.3f}"


def row(name: str, report: dict, baseline: dict | None) -> list[str]:
    exact, overlap = report["entitiesExact"], report["entitiesOverlap"]
    types = exact["types"]
    speakers = report.get("speakers", {})
    speaker = (
        f"{speakers['accuracy']:.3f} ({speakers['correct']}/{speakers['foundQuotesWithSpeaker']})"
        if speakers.get("foundQuotesWithSpeaker") else "-")
    direct = direct_quotes(report)
    return [
        name, str(report["documents"]), str(exact["micro"]["gold"]),
        f"{exact['micro']['precision']:.3f}", f"{exact['micro']['recall']:.3f}", f"{exact['micro']['f1']:.3f}",
        f"{overlap['micro']['f1']:.3f}",
        *(f1(types.get(t)) for t in ("PER", "LOC", "ORG")),
        f1(direct), recall(direct), recall(direct_quotes(baseline) if baseline else None),
        f1(report.get("reportedQuotesOverlap")), speaker,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tool", default=str(ROOT / ".build/release/tei-annotator"))
    parser.add_argument("--model", help="an entity model file (default: the shipped one)")
    parser.add_argument("--speaker-model", help="a speaker model file (default: the shipped one)")
    parser.add_argument("--data", default=str(ROOT.parent / "shared/data"))
    parser.add_argument("--json", action="store_true", help="print every report in full as JSON")
    arguments = parser.parse_args()

    reports: dict[str, dict] = {}
    baselines: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as directory:
        scratch = pathlib.Path(directory)

        def score(name: str, gold: pathlib.Path) -> None:
            reports[name] = evaluate(arguments.tool, gold, arguments.model, arguments.speaker_model)
            baseline = scratch / f"marks-{name}.jsonl"
            if gold.suffix == ".jsonl" and marks_baseline(gold, baseline):
                baselines[name] = evaluate(arguments.tool, gold, None, None, pred=baseline)

        score("seed", ROOT / "Corpus/seed/000_234219daa5ff928f.gold.xml")
        written = scratch / "written-news.jsonl"
        with written.open("w") as out:
            subprocess.run(
                [sys.executable, str(ROOT / "Scripts/marked-gold.py"), str(ROOT / "Corpus/check/written-news")],
                stdout=out, check=True)
        score("written-news", written)
        data = pathlib.Path(arguments.data)
        if (data / "gum-news-dev.jsonl").exists():
            subprocess.run([sys.executable, str(ROOT / "Scripts/check-data.py"), str(data), str(scratch)],
                           check=True, capture_output=True)
            for name in ["news-dev", "unseen-genres", "wikigold", "uner", "btc"]:
                score(name, scratch / f"check-{name}.jsonl")
        else:
            print(f"{data}: no shared data; only the sets in the repository are scored", file=sys.stderr)

    if arguments.json:
        print(json.dumps({"reports": reports, "marksBaselines": baselines}, indent=2, sort_keys=True))
        return
    header = ["set", "docs", "names", "P", "R", "exact F1", "overlap", "PER", "LOC", "ORG", "direct q",
              "direct R", "marks R", "reported", "speakers"]
    rows = [header] + [row(name, report, baselines.get(name)) for name, report in reports.items()]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for r in rows:
        print("  ".join(cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(r)))
    counted = [reports[name]["entitiesExact"]["micro"]["f1"] for name in COUNTED if name in reports]
    print(f"\nheld-out mean exact F1 ({', '.join(n for n in COUNTED if n in reports)}): "
          f"{sum(counted) / len(counted):.3f}")


if __name__ == "__main__":
    main()
