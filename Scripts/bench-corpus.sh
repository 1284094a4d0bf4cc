#!/usr/bin/env bash
# Corpus build benchmark: throughput with 1 and 2 jobs on 2,000 articles, peak memory for 2,000 and
# 20,000 articles, and a build killed mid-run that resumes into the same bytes.
#
#   Scripts/bench-corpus.sh [RUNS]          (default 3 runs each; needs ../shared/data and GNU time)
#
# Prints one line per measurement; medians are computed over RUNS.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000

swift build -c release >/dev/null
tool=.build/release/tei-annotator
python3 Scripts/make-test-corpus.py 2000 "$work/in-2k"
python3 Scripts/make-test-corpus.py 20000 "$work/in-20k"

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# One build into a fresh directory: prints "seconds words peak-KB".
build() {
    local input=$1 jobs=$2 out="$work/out"
    rm -rf "$out"
    /usr/bin/time -f "%e %M" -o "$work/time" "$tool" corpus "$input" --out "$out" --jobs "$jobs" --quiet \
        2>"$work/summary"
    local words
    words=$(sed -n 's/^words: \([0-9]*\);.*/\1/p' "$work/summary")
    echo "$(cut -d' ' -f1 "$work/time") $words $(cut -d' ' -f2 "$work/time")"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(lscpu | sed -n 's/^Model name: *//p')"
for jobs in 1 2; do
    for _ in $(seq "$runs"); do build "$work/in-2k" "$jobs"; done >"$work/runs"
    seconds=$(cut -d' ' -f1 "$work/runs" | median)
    words=$(head -1 "$work/runs" | cut -d' ' -f2)
    peak=$(cut -d' ' -f3 "$work/runs" | median)
    echo "2,000 articles, --jobs $jobs: median $seconds s, $(awk -v w="$words" -v s="$seconds" 'BEGIN { printf "%.0f", w / s }') words/s, peak $((peak / 1024)) MB ($words words)"
done
for _ in $(seq "$runs"); do build "$work/in-20k" 2; done >"$work/runs"
seconds=$(cut -d' ' -f1 "$work/runs" | median)
words=$(head -1 "$work/runs" | cut -d' ' -f2)
peak=$(cut -d' ' -f3 "$work/runs" | median)
echo "20,000 articles, --jobs 2: median $seconds s, $(awk -v w="$words" -v s="$seconds" 'BEGIN { printf "%.0f", w / s }') words/s, peak $((peak / 1024)) MB ($words words)"

# Killed and resumed: the same bytes as an uninterrupted build.
"$tool" corpus "$work/in-2k" --out "$work/reference" --quiet 2>/dev/null
"$tool" corpus "$work/in-2k" --out "$work/killed" --quiet 2>/dev/null &
pid=$!
while [ "$(wc -l 2>/dev/null <"$work/killed/manifest.jsonl" || echo 0)" -lt 500 ]; do sleep 0.2; done
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
done_before=$(wc -l <"$work/killed/manifest.jsonl")
"$tool" corpus "$work/in-2k" --out "$work/killed" --quiet 2>/dev/null
if diff -r "$work/reference" "$work/killed" >/dev/null; then same="identical"; else same="DIFFERENT"; fi
echo "killed after $done_before of 2,000 articles, resumed: $same to an uninterrupted build"
if command -v xmllint >/dev/null; then
    xmllint --noout --xinclude --relaxng ../shared/reference/tei/tei_all.rng "$work/killed/corpus.xml" 2>&1 | tail -1
fi
