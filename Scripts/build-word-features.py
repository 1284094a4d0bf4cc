#!/usr/bin/env python3
"""Builds the word representations the entity tagger reads for words it never saw in training.

Usage:
    pip download --no-deps spacy-lookups-data==1.0.5 -d /tmp/wf
    Scripts/build-word-features.py /tmp/wf/spacy_lookups_data-1.0.5-py2.py3-none-any.whl
    Scripts/build-word-features.py WHEEL --check     # rebuild in memory, compare with the file on disk

Reads two English tables of spacy-lookups-data 1.0.5 (MIT, ExplosionAI GmbH): `en_lexeme_cluster`,
Brown clusters (1,000 clusters of a newswire vocabulary, each a path in the cluster tree written as
an integer), and `en_lexeme_prob`, log probabilities of one million case-sensitive word forms. Writes
Sources/EntityRecognition/Resources/Gazetteers/word-features.bin:

    "TEIAWF01", UInt32 count, count UInt64 keys (ascending), count UInt32 values  (little-endian)

A key is FNV-1a (64 bits) over the form's UTF-8 bytes, as the tagger hashes tokens. A value packs
bits 0-17 the Brown cluster path (0: none), bits 18-21 the case bucket, bits 22-26 the frequency
bucket. The case bucket of a form that starts with a capital says how much more often it is
written so than in lower case: log p(Form) - log p(form), rounded and clamped to -6…6, stored + 7
(1…13); 14 when the lower-case form is never seen; 0 for other forms. The frequency bucket is
-log p(form) rounded down, clamped to 3…19. Kept: every form with a cluster, and every form that
starts with a capital and is more frequent than the table's floor (log p > -18.5).
The output is deterministic; the wheel's SHA-256 is checked.
"""
import argparse
import gzip
import hashlib
import json
import math
import pathlib
import struct
import sys
import zipfile

WHEEL_SHA256 = "466f21f087e4144bc93800679437ec5a17be7d0888734b1ba880b3ecb0978bc6"
ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "Sources/EntityRecognition/Resources/Gazetteers/word-features.bin"
FLOOR = -18.5


def fnv1a(text: str) -> int:
    value = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return value


def case_bucket(form: str, probabilities: dict) -> int:
    if not form[:1].isupper():
        return 0
    lower = form.lower()
    if lower == form:
        return 0
    if lower not in probabilities:
        return 14
    ratio = probabilities[form] - probabilities[lower]
    return max(-6, min(6, round(ratio))) + 7


def build(wheel: pathlib.Path) -> bytes:
    with zipfile.ZipFile(wheel) as archive:
        clusters = json.loads(gzip.decompress(archive.read("spacy_lookups_data/data/en_lexeme_cluster.json.gz")))
        probabilities = json.loads(gzip.decompress(archive.read("spacy_lookups_data/data/en_lexeme_prob.json.gz")))
    entries: dict[int, int] = {}
    for form in sorted(set(clusters) | set(probabilities)):
        cluster = clusters.get(form, 0)
        probability = probabilities.get(form)
        capitalized = form[:1].isupper() and probability is not None and probability > FLOOR
        if not cluster and not capitalized:
            continue
        if cluster >= 1 << 18:
            sys.exit(f"cluster path {cluster} of {form!r} does not fit in 18 bits")
        case = case_bucket(form, probabilities) if probability is not None else 0
        frequency = max(3, min(19, math.floor(-probability))) if probability is not None else 19
        key = fnv1a(form)
        if key in entries:
            sys.exit(f"two forms share the key of {form!r}")
        entries[key] = cluster | case << 18 | frequency << 22
    keys = sorted(entries)
    return (b"TEIAWF01" + struct.pack("<I", len(keys)) + struct.pack(f"<{len(keys)}Q", *keys)
            + struct.pack(f"<{len(keys)}I", *(entries[k] for k in keys)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("wheel", type=pathlib.Path)
    parser.add_argument("--check", action="store_true", help="compare with the committed file")
    arguments = parser.parse_args()
    digest = hashlib.sha256(arguments.wheel.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        sys.exit(f"{arguments.wheel}: sha256 {digest}, not that of spacy-lookups-data 1.0.5")
    data = build(arguments.wheel)
    if arguments.check:
        if OUTPUT.read_bytes() != data:
            sys.exit(f"{OUTPUT} differs from a rebuild")
        print(f"{OUTPUT}: up to date", file=sys.stderr)
        return
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(data)
    print(f"{OUTPUT}: {(len(data) - 12) // 12} forms, {len(data)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
