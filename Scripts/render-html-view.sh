#!/usr/bin/env bash
# Renders the seed article's HTML view as a browser shows it: Scripts/render-html-view.sh [OUT.png]
# Needs Debian's chromium (apt-get install chromium). Writes the page beside the PNG.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-/tmp/tei-annotator-seed.png}")
page="${out%.png}.html"
swift run -c release tei-annotator export --to html Corpus/seed/000_234219daa5ff928f.xml -o "$page"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$out" --window-size=1280,1600 \
    "file://$page" 2>/dev/null
echo "$out"
