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
# interview and voyage documents, wikigold, UNER English-EWT (dev half) and the Broad Twitter Corpus.
# The GUM treebank's documents get parts of speech from models trained without them (jackknifing).
split=$(mktemp -d)
trap 'rm -rf "$split"' EXIT
python3 Scripts/check-data.py "$data" "$split"
"$tool" train entities --data "$split/train-gum.jsonl" --data "$split/train-wikigold.jsonl" \
    --data "$split/train-uner.jsonl" --data "$split/train-btc.jsonl" \
    --licence "CC BY 2.5" --licence "CC BY 4.0" --licence "CC BY-SA 3.0" --licence "CC BY-SA 4.0" --licence "CC-BY 4.0" \
    --pos-treebank "$data/gum-ud-train.conllu" --epochs 12 \
    --out Sources/EntityRecognition/Resources/Models/entities.model
