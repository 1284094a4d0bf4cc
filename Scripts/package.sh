#!/usr/bin/env bash
# Makes the release people install without Swift: a static build of the tei-annotator command, packed as
#   dist/tei-annotator-VERSION-linux-ARCH.tar.gz   (a directory to put on PATH)
#   dist/tei-annotator_VERSION_DEBARCH.deb         (installs to /usr/lib/tei-annotator, /usr/bin/tei-annotator)
# The binary links the Swift runtime statically; it needs only system libraries (libxml2, the C and C++
# runtimes). It finds its data in the tei-annotator_*.resources directories beside the executable, so both
# packages keep them together. Scripts/check-package.sh installs and tries what this makes.
#
# Usage: Scripts/package.sh          (Linux; needs swift, tar, gzip, dpkg-deb; dpkg-shlibdeps if present)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd -P)
umask 022
export LC_ALL=C

die() {
    echo "package.sh: $*" >&2
    exit 1
}

[ "$(uname -s)" = Linux ] || die "builds Linux packages only (this is $(uname -s))"
for tool in swift tar gzip dpkg dpkg-deb ldd readelf strip; do
    command -v "$tool" >/dev/null 2>&1 || die "needs $tool"
done

# The version is the one the annotator writes into every TEI header.
version=$(sed -n 's/^ *public static let version = "\([^"]*\)"$/\1/p' Sources/TEIAnnotator/Annotator.swift)
[ "$(printf '%s\n' "$version" | grep -c .)" = 1 ] ||
    die "cannot read Annotator.version from Sources/TEIAnnotator/Annotator.swift"
arch=$(uname -m)
debarch=$(dpkg --print-architecture)

# One timestamp for every file: the last commit's, unless the caller set one.
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
    SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null) || die "not a git checkout: set SOURCE_DATE_EPOCH"
fi
export SOURCE_DATE_EPOCH

# The build: the Swift runtime and Foundation linked in, no $ORIGIN search path. In a scratch directory of
# its own, because --static-swift-stdlib recompiles every module, and would again for `swift run -c release`.
scratch=.build/static
build_flags=(-c release --static-swift-stdlib --disable-local-rpath --scratch-path "$scratch")
start=$(date +%s)
swift build "${build_flags[@]}" --product tei-annotator
echo "package.sh: release build took $(($(date +%s) - start)) s" >&2
bin_dir=$(swift build "${build_flags[@]}" --show-bin-path)
binary="$bin_dir/tei-annotator"
[ -x "$binary" ] || die "no executable at $binary"
resources=("$bin_dir"/tei-annotator_*.resources)
[ -d "${resources[0]}" ] || die "no tei-annotator_*.resources beside $binary"

# Only system libraries, found in the system's library directories; no Swift library of any kind.
ldd "$binary" >&2
# (The patterns go through the environment: awk -v would take their backslashes as escapes.)
SWIFT_LIBS='libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime|libCoreFoundation|libXCTest' \
    SYSTEM_LIBS='^(libc|libm|libdl|libpthread|librt|libstdc\+\+|libgcc_s|libxml2|libz|liblzma|libicu[a-z]*)\.so[.0-9]*$'
export SWIFT_LIBS SYSTEM_LIBS
bad=$(ldd "$binary" | awk '
    BEGIN { swift_re = ENVIRON["SWIFT_LIBS"]; system_re = ENVIRON["SYSTEM_LIBS"] }
    /not found/ { print; next }
    $1 ~ swift_re { print; next }
    $1 ~ /^linux-vdso\.so/ { next }
    $1 ~ /^\/lib(64)?\/ld-linux/ { next }
    $1 !~ system_re { print; next }
    $3 !~ /^\/(usr\/)?lib(64|32)?\// { print }')
[ -z "$bad" ] || die "the binary needs libraries that are not system libraries:
$bad"
if readelf -d "$binary" | grep -qE '\((RPATH|RUNPATH)\)'; then
    die "the binary has a library search path: $(readelf -d "$binary" | grep -E 'RPATH|RUNPATH')"
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
name="tei-annotator-$version"

# The directory both packages are made of: the executable with its resources beside it, and the notices.
tree="$stage/tree/$name"
mkdir -p "$tree"
install -m 0755 "$binary" "$tree/tei-annotator"
strip "$tree/tei-annotator"
cp -R "${resources[@]}" "$tree/"
docs=(README.md NOTICE)
for extra in LICENSE LICENSE.* LICENCE LICENCE.* COPYING COPYING.*; do
    [ -f "$extra" ] && docs+=("$extra")
done
cp "${docs[@]}" "$tree/"

# The runtime libraries linked into the binary, and what may be copied under which terms.
# The toolchain's usr/ directory, from the runtime it links (lib/swift), not from where `swift` is on PATH.
toolchain=$(swift -print-target-info | sed -n 's|.*"runtimeResourcePath": "\(.*\)/lib/swift".*|\1|p')
mkdir -p "$tree/licences"
cp "$toolchain/share/swift/LICENSE.txt" "$tree/licences/swift-LICENSE.txt" ||
    die "no licence text in the Swift toolchain ($toolchain/share/swift/LICENSE.txt)"
cp "$scratch/checkouts/swift-argument-parser/LICENSE.txt" "$tree/licences/swift-argument-parser-LICENSE.txt" ||
    die "no licence text for swift-argument-parser in $scratch/checkouts"
cat >"$tree/copyright" <<EOF
tei-annotator $version

The project's own code: the repository states no licence for it.

Data, schema and models (the tei-annotator_*.resources directories beside the binary): see NOTICE
(GeoNames, CC BY 4.0; U.S. Census names, public domain; SCOWL and WordNet 3.0 word lists; spaCy lookups
data, MIT; models trained on GUM, wikigold, UNER English-EWT and the Broad Twitter Corpus, CC BY 4.0 and
CC BY-SA 4.0; TEI P5, CC BY 3.0 and BSD-2-Clause).

Linked statically into the tei-annotator binary:
 - the Swift standard library, Foundation and Dispatch (swift.org): Apache License 2.0 with Runtime
   Library Exception, licences/swift-LICENSE.txt
 - swift-argument-parser (Apple): Apache License 2.0 with Runtime Library Exception,
   licences/swift-argument-parser-LICENSE.txt
 - ICU, through swift-foundation-icu: Unicode License v3, https://www.unicode.org/license.txt
EOF

# The Debian package.
deb="$stage/deb"
lib="$deb/usr/lib/tei-annotator"
doc="$deb/usr/share/doc/tei-annotator"
mkdir -p "$deb/DEBIAN" "$lib" "$deb/usr/bin" "$doc"
cp -R "$tree/tei-annotator" "$tree"/tei-annotator_*.resources "$lib/"
# A symbolic link is enough: the binary finds itself through /proc/self/exe, which resolves links.
ln -s ../lib/tei-annotator/tei-annotator "$deb/usr/bin/tei-annotator"
cp -R "${docs[@]}" "$tree/copyright" "$tree/licences" "$doc/"

# Depends: what the binary links, as dpkg-shlibdeps sees it, else the packages that own those libraries.
if command -v dpkg-shlibdeps >/dev/null 2>&1; then
    mkdir -p "$stage/debian"
    printf 'Source: tei-annotator\n\nPackage: tei-annotator\nArchitecture: any\n' >"$stage/debian/control"
    depends=$(cd "$stage" && dpkg-shlibdeps -O -e"deb/usr/lib/tei-annotator/tei-annotator" |
        sed -n 's/^shlibs:Depends=//p')
else
    echo "package.sh: no dpkg-shlibdeps (package dpkg-dev); Depends from ldd and dpkg -S, without versions" >&2
    depends=$(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]$/\1/p' | while read -r needed; do
        owner=""
        path=$(ldd "$binary" | awk -v lib="$needed" '$1 == lib && $2 == "=>" { print $3 }')
        [ -n "$path" ] || path=$(ldd "$binary" | awk -v lib="$needed" 'index($1, lib) { print $1 }')
        for candidate in "$path" "$(readlink -f "$path")" "/usr$path" "${path#/usr}"; do
            owner=$(dpkg -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1) && [ -n "$owner" ] && break
        done
        [ -n "$owner" ] || die "no Debian package owns $needed ($path)"
        echo "$owner"
    done | sort -u | paste -sd, | sed 's/,/, /g')
fi
[ -n "$depends" ] || die "could not work out the package's dependencies"
case "$depends" in *libxml2*) ;; *) die "Depends ($depends) lacks libxml2, which the binary links" ;; esac

installed_size=$(du -sk --apparent-size --exclude=DEBIAN "$deb" | cut -f1)
cat >"$deb/DEBIAN/control" <<EOF
Package: tei-annotator
Version: $version
Architecture: $debarch
Maintainer: tei-annotator maintainers <maintainers@users.noreply.r-seed-58c88faf.example>
Installed-Size: $installed_size
Depends: $depends
Section: text
Priority: optional
Description: annotate news articles into TEI P5
 tei-annotator turns news articles (plain text, HTML pages, TEI) into TEI P5
 with persons, places, organizations and quotations (with their speakers)
 marked inline, and validates TEI against a schema. It also exports CoNLL-U,
 CoNLL-2003, brat, JSON, CSV and HTML, and builds corpora in parallel.
 .
 A static build: it needs no Swift installation, only libxml2 and the C and
 C++ runtimes.
EOF

# Same modes and times everywhere, so that the same commit packs the same bytes.
for dir in "$stage/tree" "$deb"; do
    find "$dir" -type d -exec chmod 0755 {} +
    find "$dir" -type f ! -name tei-annotator -exec chmod 0644 {} +
    find "$dir" -type f -name tei-annotator -exec chmod 0755 {} +
    find "$dir" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
done
chmod 0644 "$deb/DEBIAN/control"

mkdir -p dist
tarball="dist/$name-linux-$arch.tar.gz"
package="dist/tei-annotator_${version}_$debarch.deb"
rm -f "$tarball" "$package"
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner --format=gnu \
    -C "$stage/tree" -cf - "$name" | gzip -n >"$tarball"
dpkg-deb --build --root-owner-group "$deb" "$package" >/dev/null
(cd dist && sha256sum "$(basename "$tarball")" "$(basename "$package")" >"SHA256SUMS-$version")

echo "package.sh: made (version $version, Depends: $depends):" >&2
ls -l "$tarball" "$package" >&2
echo "$root/$tarball"
echo "$root/$package"
echo "$root/dist/SHA256SUMS-$version"
