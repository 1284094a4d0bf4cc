#!/usr/bin/env python3
"""Validation benchmark (BENCHMARKS.md, section "Validation").

Generates 1,000 annotated articles with the tool itself (the texts of ../shared/data/*.jsonl, cycled
under distinct ids; nothing is committed), then times, as medians of --runs runs:
  - one `tei-annotator validate` call over all of them (release build), project schema and tei_all.rng;
  - a per-file `xmllint --noout --relaxng` loop (tei_all.rng: timed on a few files and scaled, since
    xmllint recompiles it for every file);
  - one `jing` run over the same files;
  - the project schema's compile time (xmllint --timing, and a one-file validate call).

Usage: Scripts/validation-benchmark.py [--runs 5] [--articles 1000] [--work DIR]
"""
import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
TEI_ALL = os.path.join(SHARED, "reference", "tei", "tei_all.rng")
PROJECT = os.path.join(ROOT, "Schemas", "tei-annotator.rng")
BINARY = os.path.join(ROOT, ".build", "release", "tei-annotator")


def run(command, check=True):
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if check and result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(command[:4])} …\n{result.stderr[-2000:]}")
    return result


def timed(command, runs):
    """Median wall-clock seconds of `runs` runs, and the exit status of the last."""
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        status = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds), status


def xmllint_loop(schema, files):
    return ["sh", "-c", 'for f in "$@"; do xmllint --noout --relaxng "$0" "$f" 2>/dev/null; done', schema] + files


def generate(work, count):
    texts = []
    for name in sorted(os.listdir(os.path.join(SHARED, "data"))):
        if name.endswith(".jsonl"):
            with open(os.path.join(SHARED, "data", name), encoding="utf-8") as handle:
                texts += [json.loads(line)["text"] for line in handle if line.strip()]
    source = os.path.join(work, "texts")
    output = os.path.join(work, "tei")
    os.makedirs(source, exist_ok=True)
    for index in range(count):
        with open(os.path.join(source, f"article-{index:04d}.txt"), "w", encoding="utf-8") as handle:
            handle.write(texts[index % len(texts)])
    inputs = sorted(os.path.join(source, name) for name in os.listdir(source))
    run([BINARY, "annotate", *inputs, "-o", output])
    return sorted(os.path.join(output, name) for name in os.listdir(output))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--work", default=None)
    arguments = parser.parse_args()

    run(["swift", "build", "-c", "release", "--product", "tei-annotator"])
    work = arguments.work or tempfile.mkdtemp(prefix="validation-benchmark-")
    files = generate(work, arguments.articles)
    directory = os.path.dirname(files[0])
    size = sum(os.path.getsize(f) for f in files)
    print(f"{len(files)} articles, {size / 1e6:.1f} MB, in {directory}")
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"{run(['xmllint', '--version'], check=False).stderr.splitlines()[0]}")
    runs = arguments.runs
    rows = []

    def measure(label, command, scale=1):
        seconds, status = timed(command, runs)
        rows.append((label, seconds * scale, status, scale))
        note = f" (scaled ×{scale} from {len(files) // scale} files)" if scale > 1 else ""
        print(f"{label}: {seconds * scale:.2f} s median of {runs}, exit {status}{note}", flush=True)

    measure("tei-annotator validate DIR (project schema, --jobs 2)", [BINARY, "validate", directory])
    measure("tei-annotator validate DIR (project schema, --jobs 1)", [BINARY, "validate", "--jobs", "1", directory])
    measure("xmllint --relaxng, one call per file (project schema)", xmllint_loop(PROJECT, files))
    measure("jing, one run (project schema)", ["jing", PROJECT, *files])
    if os.path.exists(TEI_ALL):
        measure("tei-annotator validate DIR (tei_all.rng, --jobs 2)", [BINARY, "validate", "--tei-all", directory])
        sample = files[: max(1, len(files) // 100)]
        measure("xmllint --relaxng, one call per file (tei_all.rng)", xmllint_loop(TEI_ALL, sample),
                scale=len(files) // len(sample))
        measure("jing, one run (tei_all.rng)", ["jing", TEI_ALL, *files])

    compile_times = []
    for _ in range(runs):
        timing = run(["xmllint", "--timing", "--noout", "--relaxng", PROJECT, files[0]], check=False).stderr
        line = next(l for l in timing.splitlines() if l.startswith("Compiling the schemas took"))
        compile_times.append(float(line.split()[-2]))
    print(f"project schema compile (xmllint --timing): {statistics.median(compile_times):.1f} ms median of {runs}")
    one_file, _ = timed([BINARY, "validate", files[0]], runs)
    print(f"tei-annotator validate of one article (start, compile, validate, exit): {one_file * 1000:.0f} ms median of {runs}")


if __name__ == "__main__":
    main()
