#!/usr/bin/env bash
# Rebuilds the shipped models from the GUM data in ../shared/data (see NOTICE and README).
# The same data and this script always give the same files.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${GUM_DATA:-../shared/data}

swift build -c release --product tei-annotator
tool=.build/release/tei-annotator

# Parts of speech, lemmas and features: the UD treebank of GUM's redistributable genres.
"$tool" train linguistic --data "$data/gum-ud-train.conllu" --epochs 8 --out Sources/PartOfSpeech/Resources/Models

# The resources beside the binary must hold the new part-of-speech model before the entity model is trained.
swift build -c release --product tei-annotator

# Entities: the training parts of the locked split (Scripts/check-data.py; the check parts are never
# trained on) of every collection whose licence allows redistribution: GUM's academic, bio, court,
# interview and voyage documents, wikigold, UNER English-EWT (dev half) and the Broad Twitter Corpus;
# and the news articles written for development (Corpus/dev/written-news). The GUM treebank's
# documents get parts of speech from models trained without them (jackknifing).
split=$(mktemp -d)
trap 'rm -rf "$split"' EXIT
python3 Scripts/check-data.py "$data" "$split"
python3 Scripts/marked-gold.py Corpus/dev/written-news > "$split/dev-news.jsonl"
licences=(--licence "CC BY 2.5" --licence "CC BY 4.0" --licence "CC BY-SA 3.0" --licence "CC BY-SA 4.0"
    --licence "CC-BY 4.0")
"$tool" train entities --data "$split/train-gum.jsonl" --data "$split/train-wikigold.jsonl" \
    --data "$split/train-uner.jsonl" --data "$split/train-btc.jsonl" --data "$split/dev-news.jsonl" \
    "${licences[@]}" --pos-treebank "$data/gum-ud-train.conllu" --epochs 12 \
    --out Sources/EntityRecognition/Resources/Models/entities.model

# Speakers: quotations with their speakers in the development news, GUM's redistributable documents
# and news dev; annotated with the entity model just trained.
swift build -c release --product tei-annotator
"$tool" train speakers --data "$split/dev-news.jsonl" --data "$split/train-gum.jsonl" \
    --data "$data/gum-news-dev.jsonl" "${licences[@]}" \
    --out Sources/QuotationDetection/Resources/Models/speakers.tsv
