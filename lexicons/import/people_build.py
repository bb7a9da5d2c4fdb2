#!/usr/bin/env python3
"""Build lexicons/per-people.lex from the hand-written lists people-*.txt beside this script.

List format: "@TYPE" lines set the entity type for the lines after them (PER, PER.politician,
PER.athlete, ...); every other non-comment line is "Full Name | alias | alias ...". The first
name is the canonical name; aliases (other spellings, transliterations, unambiguous bare
surnames) are written with the canonical name in the third column.

Checks: an alias claimed by two different people is dropped (it is ambiguous); a one-word alias
that is a stopword, a common noun, a first name or a demonym in the class lexicons is dropped
and reported, so a bare word like "Kraft" or "Neuer" never becomes a person on its own.

Usage: python3 lexicons/import/people_build.py      (run classes_build.py first)
Python 3 standard library only; output sorted, de-duplicated, NFC.
"""
import glob
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEXDIR = os.path.dirname(HERE)

HEADER = """per-people.lex - well-known people: German federal and state politicians, EU and world
leaders, business leaders, athletes, artists, writers, musicians, scientists, historical figures.
Types: PER, PER.politician, PER.athlete, PER.business, PER.artist, PER.scientist. Aliases
(German-press transliterations, other spellings, unambiguous bare surnames) carry the canonical
full name in the third column.
Source: facts written by the dener authors from general knowledge (lexicons/import/people-*.txt);
licence: that of the dener project.
Regenerate: python3 lexicons/import/people_build.py (after lexicons/import/classes_build.py)."""


# One-word aliases whose person reading clearly dominates in news although the word is also in a
# class lexicon (Erdoğan is also a given name, Modi also a plural of Modus).
ALIAS_ALLOW = {"Erdoğan", "Lula", "Mao", "Xavi", "Xi", "Modi", "Götze", "Jesus", "Händel",
               "Brecht", "Dante", "Oppenheimer",
               # surnames that the second given-name batch also lists as (English, African, Latin ...)
               # given names; as a bare word in German news they name the person
               "Adeyemi", "Alaba", "Bowie", "Burhan", "Caesar", "Darwin", "Fabius", "Firmino", "Galileo",
               "Grimaldo", "Gülen", "Hayali", "Joop", "Kenyatta", "Lennon", "Lincoln", "Mahathir",
               "Napoleon", "Newton", "Pompeo", "Prabowo", "Presley", "Reagan", "Saka", "Sancho", "Sandu",
               "Senna", "Simeone", "Tito"}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def load_class(fname):
    out = set()
    path = os.path.join(LEXDIR, fname)
    if not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            out.add(line.split("\t", 1)[0])
    return out


def main():
    stop = {w.casefold() for w in load_class("class-stopword.lex")}
    blockers = {
        "commonnoun": load_class("class-commonnoun.lex"),
        "firstname": load_class("class-firstname.lex"),
        "demonym": load_class("class-demonym.lex"),
    }
    people = {}          # canonical -> type
    aliases = {}         # alias -> set of canonicals
    alias_type = {}
    for path in sorted(glob.glob(os.path.join(HERE, "people-*.txt"))):
        typ = "PER"
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, 1):
                line = nfc(line.strip())
                if not line or line.startswith("#"):
                    continue
                if line.startswith("@"):
                    typ = line[1:].strip()
                    continue
                names = [" ".join(n.split()) for n in line.split("|")]
                names = [n.replace("\u2019", "'") for n in names if n]
                canon = names[0]
                if any(ch.isdigit() or ch == "\t" for n in names for ch in n):
                    print(f"{path}:{lineno}: digit/tab in name, skipped", file=sys.stderr)
                    continue
                people.setdefault(canon, typ)
                for a in names[1:]:
                    if a != canon:
                        aliases.setdefault(a, set()).add(canon)
                        alias_type.setdefault((a, canon), people[canon])
    rows = {(c, t) for c, t in people.items()}
    dropped = []
    for a, canons in aliases.items():
        if len(canons) > 1 or a in people:
            dropped.append((a, "ambiguous: " + ", ".join(sorted(canons))))
            continue
        canon = next(iter(canons))
        if " " not in a and a not in ALIAS_ALLOW:
            why = [k for k, s in blockers.items() if a in s]
            if a.casefold() in stop:
                why.append("stopword")
            if why:
                dropped.append((a, "is " + "/".join(why)))
                continue
        rows.add((a, people[canon], canon))
    for a, why in sorted(dropped):
        print(f"alias dropped: {a} ({why})", file=sys.stderr)
    rows = sorted(rows, key=lambda r: (r[0].casefold(), r))
    with open(os.path.join(LEXDIR, "per-people.lex"), "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER.split("\n"):
            f.write("# " + h + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"per-people.lex: {len(rows)} entries ({len(people)} people)", file=sys.stderr)


if __name__ == "__main__":
    main()
