#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer, and the parallel paths (a corpus build with two jobs, a
# sharded build, a parallel validation) under ThreadSanitizer. Each sanitizer has its own build
# directory (.build/asan, .build/tsan). Exits non-zero on a test failure or any sanitizer report.
#
#   Scripts/sanitize.sh [address|thread]      (default: both; the corpus needs ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}
status=0

# Swift's runtime and libxml2 keep process-wide caches that LeakSanitizer would report at exit.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=0}
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

if [ "$which" = both ] || [ "$which" = address ]; then
    swift build --build-tests --scratch-path .build/asan -Xswiftc -sanitize=address >&2
    swift test --skip-build --scratch-path .build/asan 2>&1 | tee .build/asan/test.log | tail -n 3
    if [ "${PIPESTATUS[0]}" -ne 0 ] || grep -q "ERROR: AddressSanitizer" .build/asan/test.log; then
        echo "AddressSanitizer: failures or reports in .build/asan/test.log"
        status=1
    else
        echo "AddressSanitizer: the test suite passes, no reports"
    fi
fi

if [ "$which" = both ] || [ "$which" = thread ]; then
    swift build -c release --product tei-annotator --scratch-path .build/tsan -Xswiftc -sanitize=thread -Xswiftc -g >&2
    tool=.build/tsan/release/tei-annotator
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    python3 Scripts/make-test-corpus.py 300 "$work/in" >/dev/null
    {
        "$tool" corpus "$work/in" --out "$work/corpus" --jobs 2 --quiet
        "$tool" corpus "$work/in" --out "$work/shard" --jobs 2 --shard 1/2 --quiet
        "$tool" validate --jobs 2 --quiet "$work/corpus/articles"
    } >"$work/log" 2>&1 || status=1
    reports=$(grep -c "WARNING: ThreadSanitizer" "$work/log" || true)
    echo "ThreadSanitizer: $reports reports over a 300-article corpus build, a shard and a parallel validation"
    [ "$reports" -eq 0 ] || { grep -A 30 "WARNING: ThreadSanitizer" "$work/log" | head -n 200; status=1; }
fi
exit $status
