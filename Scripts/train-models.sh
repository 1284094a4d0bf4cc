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

# Entities: the documents whose text may be redistributed (CC BY and CC BY-SA); their parts of speech
# come from models trained without them (jackknifing over the treebank).
"$tool" train entities --data "$data/gum-other-train.jsonl" \
    --licence "CC BY 2.5" --licence "CC BY 4.0" --licence "CC BY-SA 3.0" \
    --pos-treebank "$data/gum-ud-train.conllu" --epochs 12 \
    --out Sources/EntityRecognition/Resources/Models/entities.model
