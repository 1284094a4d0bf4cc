#!/usr/bin/env python3
"""Times annotate, validate and corpus on inputs of 1k to 10M words (real article text from
../shared/data as .txt files, Scripts/generate-corpus.py) and plots time against input size on log-log axes, so the
slope shows whether a command stays linear. Whole-process wall-clock time and peak memory (GNU time),
one run per size; writes a CSV and a PNG.

    Scripts/scaling-plot.py --out docs/scaling.png [--max-words 10000000] [--tool .build/release/tei-annotator]
"""
import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
WORDS_PER_MEGABYTE = 166_000  # the shared texts: about 6 bytes a word


def timed(command):
    """Runs command under GNU time; returns (seconds, peak MB)."""
    with tempfile.NamedTemporaryFile("r") as report:
        subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", report.name] + command, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seconds, kilobytes = report.read().split()
    return float(seconds), int(kilobytes) / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="the PNG to write (the CSV goes beside it)")
    parser.add_argument("--max-words", type=int, default=10_000_000)
    parser.add_argument("--tool", default=os.path.join(HERE, "..", ".build", "release", "tei-annotator"))
    arguments = parser.parse_args()
    if not os.path.isdir(os.path.join(HERE, "..", "..", "shared", "data")):
        print("skipped: ../shared/data is not here")
        return
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plot

    rows = []
    work = tempfile.mkdtemp()
    try:
        words = 1_000
        while words <= arguments.max_words:
            source = os.path.join(work, f"in-{words}.jsonl")
            texts = os.path.join(work, f"texts-{words}")
            subprocess.run([sys.executable, os.path.join(HERE, "generate-corpus.py"), "--megabytes",
                            str(words / WORDS_PER_MEGABYTE), "--out", source, "--texts", texts], check=True,
                           stdout=subprocess.DEVNULL)
            with open(source, encoding="utf-8") as lines:
                actual = sum(len(json.loads(line)["text"].split()) for line in lines)
            inputs = sorted(os.path.join(texts, name) for name in os.listdir(texts))
            out = os.path.join(work, f"tei-{words}")
            os.makedirs(out)
            annotate = timed([arguments.tool, "annotate"] + inputs + ["-o", out + "/"])
            files = sorted(os.path.join(out, name) for name in os.listdir(out))
            validate = timed([arguments.tool, "validate"] + files)
            corpus = timed([arguments.tool, "corpus", texts, "--out", os.path.join(work, f"corpus-{words}"),
                            "--jobs", "2", "--quiet"])
            rows.append({"words": actual, "annotate_s": annotate[0], "annotate_mb": round(annotate[1]),
                         "validate_s": validate[0], "validate_mb": round(validate[1]),
                         "corpus_jobs2_s": corpus[0], "corpus_mb": round(corpus[1])})
            print(rows[-1], flush=True)
            shutil.rmtree(out)
            shutil.rmtree(texts)
            shutil.rmtree(os.path.join(work, f"corpus-{words}"))
            words *= 10
    finally:
        shutil.rmtree(work)

    with open(os.path.splitext(arguments.out)[0] + ".csv", "w", newline="") as table:
        writer = csv.DictWriter(table, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    figure, axes = plot.subplots(figsize=(7, 4.5), dpi=120)
    sizes = [row["words"] for row in rows]
    for key, label in [("annotate_s", "annotate (1 thread)"), ("validate_s", "validate (project schema)"),
                       ("corpus_jobs2_s", "corpus --jobs 2")]:
        axes.plot(sizes, [row[key] for row in rows], marker="o", label=label)
    axes.plot(sizes, [sizes[-1] and row["words"] / sizes[-1] * rows[-1]["annotate_s"] for row in rows],
              linestyle=":", color="grey", label="linear (slope 1) through annotate's last point")
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel("input size, words (real article text, one .txt file per article)")
    axes.set_ylabel("wall-clock seconds, whole process")
    axes.set_title("tei-annotator: time against input size (2 cores, AMD EPYC)")
    axes.grid(True, which="both", linewidth=0.3)
    axes.legend()
    figure.tight_layout()
    figure.savefig(arguments.out)


if __name__ == "__main__":
    main()
