#!/usr/bin/env bash
# Checks the packages Scripts/package.sh made, as a user without Swift would run them:
#   1. the tarball, unpacked into a temporary directory put on PATH;
#   2. the .deb, installed with apt-get (as root, or through sudo), then removed again.
# Each time, from a temporary directory outside the source tree and with a bare environment
# (env -i, PATH of system directories only), it annotates the sample article and validates the result
# against the project schema and against tei_all, under strace. It fails when the tool touches any path of
# the source tree it was built from (where it would fall back to for a missing resource) or of the Swift
# toolchain.
#
# Usage: Scripts/check-package.sh     (Linux, Debian or Ubuntu; needs strace)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd -P)
export LC_ALL=C

die() {
    echo "check-package.sh: $*" >&2
    exit 1
}
say() { echo "check-package.sh: $*" >&2; }

command -v strace >/dev/null 2>&1 || die "needs strace (apt-get install strace)"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

version=$(sed -n 's/^ *public static let version = "\([^"]*\)"$/\1/p' Sources/TEIAnnotator/Annotator.swift)
[ "$(printf '%s\n' "$version" | grep -c .)" = 1 ] ||
    die "cannot read Annotator.version from Sources/TEIAnnotator/Annotator.swift"
tarball="$root/dist/tei-annotator-$version-linux-$(uname -m).tar.gz"
package="$root/dist/tei-annotator_${version}_$(dpkg --print-architecture).deb"
for made in "$tarball" "$package"; do
    [ -f "$made" ] || die "no $made: run Scripts/package.sh first"
done

# What the packaged tool must not touch: this checkout, the tree the binary was compiled in (it keeps the
# source paths of its resource fallbacks), and the Swift toolchain, when there is one.
forbidden=("$root")
[ "$(pwd -L)" != "$root" ] && forbidden+=("$(pwd -L)")
toolchain=$(swift -print-target-info 2>/dev/null | sed -n 's|.*"runtimeResourcePath": "\(.*\)/lib/swift".*|\1|p') ||
    true
[ -n "$toolchain" ] && forbidden+=("$toolchain")

work=$(mktemp -d)
case "$work/" in "$root"/*) die "the temporary directory $work is inside the source tree; set TMPDIR" ;; esac
installed=""
cleanup() {
    local status=$?
    if [ -n "$installed" ]; then
        say "removing the package"
        DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y tei-annotator >/dev/null || true
    fi
    if [ "$status" -eq 0 ]; then
        rm -rf "$work"
    else
        say "FAILED; outputs and strace logs kept in $work"
    fi
}
trap cleanup EXIT

# Runs the tool found on PATH $2 the way a user would; $1 names the run. The tool must be $3.
try_tool() {
    local name=$1 path=$2 expected=$3
    local dir="$work/$name"
    mkdir -p "$dir"
    cp Corpus/seed/000_234219daa5ff928f.txt "$dir/seed.txt"
    (
        cd "$dir"
        run() { env -i PATH="$path" HOME="$HOME" LANG=C.UTF-8 "$@"; }
        found=$(run sh -c 'command -v tei-annotator') || die "$name: no tei-annotator on PATH $path"
        [ "$(readlink -f "$found")" = "$expected" ] || die "$name: PATH finds $found, not $expected"
        if swift=$(run sh -c 'command -v swift'); then
            say "$name: note: PATH $path has a swift ($swift); the strace check below still applies"
        fi
        binary=$(readlink -f "$found")
        compiled_in=$(grep -a -o '/[[:print:]]*/Sources/EntityRecognition/Gazetteers\.swift' "$binary" | head -1)
        compiled_in=${compiled_in%/Sources/EntityRecognition/Gazetteers.swift}
        [ -n "$compiled_in" ] || die "$name: cannot find the build tree's path in $binary"
        local -a paths
        mapfile -t paths < <(printf '%s\n' "${forbidden[@]}" "$compiled_in" | sort -u)

        run strace -f -qq -e trace=%file -o annotate.strace tei-annotator annotate seed.txt -o out.xml ||
            die "$name: annotate failed"
        grep -q '<persName' out.xml && grep -q '<said' out.xml ||
            die "$name: out.xml has no persons or quotations: the models did not run"
        run strace -f -qq -e trace=%file -o validate.strace tei-annotator validate out.xml ||
            die "$name: validate failed"
        run strace -f -qq -e trace=%file -o tei-all.strace tei-annotator validate --tei-all out.xml ||
            die "$name: validate --tei-all failed"

        for log in annotate.strace validate.strace tei-all.strace; do
            grep -q 'tei-annotator_EntityRecognition.resources' "$log" ||
                [ "$log" != annotate.strace ] || die "$name: $log shows no read of the packaged resources"
            for forbidden_path in "${paths[@]}"; do
                if grep -F -e "\"$forbidden_path/" -e "\"$forbidden_path\"" "$log" >"$log.bad"; then
                    cat "$log.bad" >&2
                    die "$name: the tool touched $forbidden_path (see above; full log: $dir/$log)"
                fi
            done
        done
        say "$name: annotate and validate ran from $binary, touching nothing under ${paths[*]}"
    )
}

# 1. The tarball, unpacked.
mkdir -p "$work/unpacked"
tar -xzf "$tarball" -C "$work/unpacked"
unpacked="$work/unpacked/tei-annotator-$version"
try_tool tarball "$unpacked:/usr/bin:/bin" "$unpacked/tei-annotator"

# 2. The Debian package, installed.
if dpkg-query -W -f='${Status}' tei-annotator 2>/dev/null | grep -q 'ok installed'; then
    die "tei-annotator is installed already; remove it first (apt-get remove tei-annotator)"
fi
say "installing $package"
installed=yes
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "$package" >/dev/null
dpkg -L tei-annotator | grep -qx /usr/lib/tei-annotator/tei-annotator_TEISchemas.resources/tei-annotator.rng ||
    die "the installed package lacks the schema"
try_tool deb "/usr/bin:/bin" /usr/lib/tei-annotator/tei-annotator

say "both packages work without Swift and without the source tree"
