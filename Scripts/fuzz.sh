#!/usr/bin/env bash
# Fuzzes the tool with libFuzzer and AddressSanitizer.
#
#   Scripts/fuzz.sh TARGET SECONDS [LIBFUZZER_OPTION...]   fuzz one target for SECONDS
#   Scripts/fuzz.sh --smoke                                 run every target once over its seeds
#
# TARGET: text-reader, tokenizer, quotations, html-reader, tei-reader, validator (Fuzz/EntryPoints).
# Seeds: Fuzz/Seeds/TARGET and the repository's own samples. What the fuzzer learns goes to
# .build/fuzz/corpus/TARGET (kept between runs), crashing and hanging inputs to .build/fuzz/findings/TARGET:
# copy each one to Tests/FuzzRegressionTests/Inputs/TARGET/ once it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(text-reader tokenizer quotations html-reader tei-reader validator)
usage() { echo "usage: $0 TARGET SECONDS [LIBFUZZER_OPTION...] | $0 --smoke (TARGET: ${targets[*]})" >&2; exit 2; }

seeds() {
    echo "Fuzz/Seeds/$1"
    case "$1" in
        text-reader | quotations) echo Corpus/seed ;;
        tokenizer) echo Corpus/html ;;
        html-reader) echo Corpus/html ;;
        tei-reader) echo Corpus/tei Tests/TEIValidationTests/Fixtures/Agreement ;;
        validator) echo Tests/TEIValidationTests/Fixtures/Agreement Tests/TEIWritingTests/Golden ;;
    esac
}

binary=.build/fuzz/release/tei-annotator-fuzz
# libFuzzer without its own main: SwiftPM gives every executable a `main`, which calls LLVMFuzzerRunDriver.
# The coverage instrumentation is that of -sanitize=fuzzer.
fuzzer_runtime=$(dirname "$(realpath "$(command -v swift)")")/../lib/clang
fuzzer_runtime=$(ls "$fuzzer_runtime"/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a | head -n 1)
build() {
    TEI_ANNOTATOR_FUZZ=1 swift build -c release --scratch-path .build/fuzz --product tei-annotator-fuzz \
        -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table \
        -Xswiftc -g -Xlinker "$fuzzer_runtime" -Xlinker -lstdc++ >&2
}

# Swift's runtime and libxml2 keep process-wide caches that LeakSanitizer would report at exit.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
# Swift's own crash backtracer reads memory ASan then reports; libFuzzer prints the stack itself.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

if [ "${1:-}" = "--smoke" ]; then
    build
    for target in "${targets[@]}"; do
        regressions=Tests/FuzzRegressionTests/Inputs/$target
        mkdir -p "$regressions"
        # shellcheck disable=SC2046
        TEI_ANNOTATOR_FUZZ_TARGET=$target "$binary" -runs=0 -timeout=30 $(seeds "$target") "$regressions" \
            2>&1 | tail -n 1 | sed "s/^/$target: /"
    done
    exit 0
fi

[ $# -ge 2 ] || usage
target=$1
seconds=$2
shift 2
[[ " ${targets[*]} " == *" $target "* ]] || usage
[[ "$seconds" =~ ^[0-9]+$ ]] || usage

build
corpus=.build/fuzz/corpus/$target
findings=.build/fuzz/findings/$target
mkdir -p "$corpus" "$findings"
# A single input that takes 10 s is a finding (a hang), as is one that needs 2 GB. The fuzzing runs in a
# child process (-fork=1) so that it goes on after a finding, to collect every one in the time given.
# shellcheck disable=SC2046
TEI_ANNOTATOR_FUZZ_TARGET=$target exec "$binary" "$corpus" $(seeds "$target") \
    -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
    -artifact_prefix="$findings/" "$@"
