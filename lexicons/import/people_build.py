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
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEXDIR = os.path.dirname(HERE)

HEADER = """per-people.lex - well-known people: German federal and state politicians, EU and world
leaders, business leaders, athletes, artists, writers, musicians, scientists, historical figures.
Types: PER, PER.politician, PER.athlete, PER.business, PER.artist, PER.scientist. Aliases
(German-press transliterations, other spellings, unambiguous bare surnames) carry the canonical
full name in the third column. Bare surnames are also derived from the full names (see
people_build.py: only surnames that are no common word, common surname, place or organisation).
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


def load_names(pattern):
    """First columns of the lexicons matching pattern (places, organisations), case-folded."""
    out = set()
    for path in glob.glob(os.path.join(LEXDIR, pattern)):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                out.add(line.split("\t", 1)[0].casefold())
    return out


def common_words():
    """Frequent German and English words (any part of speech), rank < COMMON_RANK, from the
    frequency lists of the npm packages that classes_build.py also uses; None when they are not
    at hand."""
    base = os.environ.get("DENER_NPM", "/tmp/dener-npm/node_modules")
    out = set()
    for lang in ("language-de", "language-en"):
        path = os.path.join(base, "@zxcvbn-ts", lang, "src", "commonWords.json")
        if not os.path.exists(path):
            return None
        with open(path, encoding="utf-8") as f:
            out |= set(json.load(f)[:COMMON_RANK])
    return out


# Bare surnames of the people in the lists become aliases of their own: German news and
# encyclopaedias name a known person by the surname alone ("Luther", "Jefferson"), also in the
# genitive ("Luthers Thesen"). A surname is taken only when it cannot be read otherwise: at least
# four letters; no word of the class lexicons (stopword, common noun, first name, common surname,
# demonym, role: common surnames such as "Schröder" are left to the rules, which look at context);
# no place or organisation of the lexicons ("Washington", "Porsche"); not among the most frequent
# words of German or English ("Frisch", "Lang"; "Young", "Cook"). A surname shared by several
# people of the lists is written without a canonical name (the type still holds). Names are taken
# from canonical names only; a last word that is an initial, a numeral or "Jr." is skipped.
COMMON_RANK = 5000
# East Asian names put the family name first ("Kim Jong Un"): their last word is no surname.
EAST_ASIAN = {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Moon",
              "Yun", "Ri", "Pak", "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao",
              "Wu", "Zhou", "Xu", "Sun", "Ma", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Mao", "Deng",
              "Jiang", "Wen", "Zhu", "Tang", "Song", "Han", "Feng", "Ding", "Hun", "Nguyen", "Tran",
              "Le", "Pham", "Ho", "Ngo", "Vo", "Dang", "Bui"}
# Surnames with a Romance or Dutch particle are named with it ("de Gaulle", "van Gogh"); a bare
# "Gaulle" or "Gogh" is no reference. German "von" is dropped in use ("Bismarck"), so it stays.
PARTICLES = {"de", "da", "di", "del", "della", "dos", "das", "du", "van", "le", "la", "ten", "ter",
             "den", "der", "y", "e", "al", "el", "bin", "ibn", "ben", "abu"}
SURNAME_SKIP = re.compile(r"^(?:[IVX]+\.?|Jr\.?|Sr\.?|\w\.)$")


def surname_aliases(people, aliases, stop, blockers):
    roles = {w.casefold() for w in load_class("class-role.lex")}
    names = load_names("loc-*.lex") | load_names("org-*.lex")
    common = common_words()
    if common is None:
        print("surname aliases: npm word list missing, set DENER_NPM; none written", file=sys.stderr)
        return set()
    blocked = {w.casefold() for w in load_class("class-surname.lex")}
    for s in blockers.values():
        blocked |= {w.casefold() for w in s}
    by_surname = {}
    for canon, typ in people.items():
        toks = canon.split()
        if len(toks) < 2:
            continue
        last = toks[-1]
        if toks[0] in EAST_ASIAN or toks[-2] in PARTICLES:
            continue
        if SURNAME_SKIP.match(last) or len(last) < 4 or not last[0].isupper() or not last.isalpha():
            continue
        by_surname.setdefault(last, []).append((canon, typ))
    rows = set()
    for sur, owners in by_surname.items():
        f = sur.casefold()
        if sur in aliases or sur in people or f in stop or f in blocked or f in roles \
                or f in names or sur.lower() in common:
            continue
        if len(owners) == 1:
            rows.add((sur, owners[0][1], owners[0][0]))
        else:
            types = {t for _, t in owners}
            rows.add((sur, types.pop() if len(types) == 1 else "PER"))
    print(f"surname aliases: {len(rows)}", file=sys.stderr)
    return rows


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
    rows |= surname_aliases(people, aliases, stop, blockers)
    rows = sorted(rows, key=lambda r: (r[0].casefold(), r))
    with open(os.path.join(LEXDIR, "per-people.lex"), "w", encoding="utf-8", newline="\n") as f:
        for h in HEADER.split("\n"):
            f.write("# " + h + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"per-people.lex: {len(rows)} entries ({len(people)} people)", file=sys.stderr)


if __name__ == "__main__":
    main()
