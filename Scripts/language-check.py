#!/usr/bin/env python3
"""How often the annotator's language identification takes English for another language, and the reverse.

English: every document of the gold sets (news, other genres, Wikipedia, web text, tweets) is annotated
through `tei-annotator annotate` (JSON Lines in and out); any language other than `en` is an error (the
document would get no annotations).
Other languages: the example sentences spaCy ships for each language (`spacy/lang/XX/examples.py`, MIT;
unpack them from the spaCy wheel: `pip download spacy --no-deps` and `unzip 'spacy/lang/*/examples.py'`),
scored twice: each language's sentences joined as one short article, and each sentence alone. A sentence
alone is usually a headline: "no answer" (English assumed) is the expected outcome there.

  python3 Scripts/language-check.py [--spacy-lang DIR/spacy/lang] [--tool .build/release/tei-annotator]
"""
import argparse, ast, collections, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
ENGLISH_SETS = ["gum-news-dev.jsonl", "gum-other-train.jsonl", "wikigold.jsonl", "uner-ewt.jsonl", "btc.jsonl"]


def annotate(tool, records):
    """The language the tool writes for each record (id → xml:lang)."""
    lines = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in records)
    out = subprocess.run([tool, "annotate", "-"], input=lines.encode(), capture_output=True, check=True).stdout
    return {rec["id"]: rec["metadata"].get("language") for rec in map(json.loads, out.decode().splitlines())}


def english_documents():
    sets = collections.OrderedDict()
    for name in ENGLISH_SETS:
        path = os.path.join(SHARED, name)
        if os.path.exists(path):
            with open(path) as f:
                sets[name] = [{"id": d["id"], "text": d["text"]} for d in map(json.loads, f)]
    written = os.path.join(ROOT, "Corpus", "check", "written-news")
    if os.path.isdir(written):
        sets["written-news"] = [
            {"id": n[:-4].replace(".", "_"), "text": open(os.path.join(written, n)).read()}
            for n in sorted(os.listdir(written)) if n.endswith(".txt")]
    return sets


def spacy_examples(directory):
    examples = {}
    for language in sorted(os.listdir(directory)):
        path = os.path.join(directory, language, "examples.py")
        if language in ("xx", "en") or not os.path.exists(path):
            continue
        tree = ast.parse(open(path).read())
        for node in tree.body:
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "sentences":
                examples[language] = [s for s in ast.literal_eval(node.value) if isinstance(s, str)]
    return examples


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tool", default=os.path.join(ROOT, ".build", "release", "tei-annotator"))
    parser.add_argument("--spacy-lang", help="the spacy/lang directory of an unpacked spaCy wheel")
    args = parser.parse_args()

    print("English documents taken for another language:")
    for name, records in english_documents().items():
        languages = annotate(args.tool, records)
        wrong = {k: v for k, v in languages.items() if v != "en"}
        print(f"  {name}: {len(wrong)} of {len(records)}" + (f"  {sorted(wrong.items())[:5]}" if wrong else ""))

    if args.spacy_lang:
        examples = spacy_examples(args.spacy_lang)
        joined = annotate(args.tool, [{"id": f"x-{k}", "text": " ".join(v)} for k, v in examples.items()])
        alone = annotate(args.tool, [{"id": f"x-{k}-{i}", "text": s} for k, v in examples.items() for i, s in enumerate(v)])
        print("\nspaCy example sentences (language: joined → tag; sentences alone: right / not English but "
              "unnamed / no answer / another language):")
        totals = collections.Counter()
        for language, sentences in examples.items():
            tag = joined[f"x-{language}"]
            results = collections.Counter()
            for i in range(len(sentences)):
                got = alone[f"x-{language}-{i}"]
                results[
                    "right" if got.split("-")[0] == language else "none" if got == "en"
                    else "unnamed" if got.startswith("und") else "wrong"] += 1
            totals.update(results)
            verdict = "right" if tag.split("-")[0] == language else "not English" if tag != "en" else "English"
            totals["joined-" + verdict] += 1
            print(f"  {language}: {tag} ({verdict}); "
                  f"{results['right']}/{results['unnamed']}/{results['none']}/{results['wrong']}")
        print(f"\njoined: {totals['joined-right']} right, {totals['joined-not English']} not English but unnamed, "
              f"{totals['joined-English']} taken for English, of {len(examples)} languages")
        print(f"sentences alone: {totals['right']} right, {totals['unnamed']} not English but unnamed, "
              f"{totals['none']} no answer (taken for English), {totals['wrong']} another language")


if __name__ == "__main__":
    sys.exit(main())
