#!/usr/bin/env bash
# Annotates every text of ../shared/data/*.jsonl and the seed with two tei-annotator binaries and
# compares the outputs byte for byte (TEI, and TEI with the linguistic layer). For checking that an
# optimisation leaves the output unchanged.
#   Scripts/compare-annotations.sh OLD_BINARY NEW_BINARY [WORK_DIRECTORY]
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1
new=$2
work=${3:-$(mktemp -d)}
mkdir -p "$work/texts"
python3 - "$work/texts" <<'PY'
import glob, json, sys
for path in sorted(glob.glob("../shared/data/*.jsonl")):
    for line in open(path, encoding="utf-8"):
        document = json.loads(line)
        with open(f"{sys.argv[1]}/{document['id']}.txt", "w", encoding="utf-8") as out:
            out.write(document["text"])
PY
cp Corpus/seed/000_234219daa5ff928f.txt "$work/texts/"
status=0
for side in old new; do
    binary=${!side}
    rm -rf "$work/$side" "$work/$side-ling"
    "$binary" annotate "$work"/texts/*.txt -o "$work/$side"
    "$binary" annotate --layer linguistic "$work"/texts/*.txt -o "$work/$side-ling"
done
diff -rq "$work/old" "$work/new" && diff -rq "$work/old-ling" "$work/new-ling" || status=1
cmp "$work/new/000_234219daa5ff928f.xml" Corpus/seed/000_234219daa5ff928f.xml || status=1
count=$(ls "$work/new" | wc -l)
if [ $status -eq 0 ]; then echo "identical: $count files, with and without the linguistic layer; seed matches"; fi
exit $status
