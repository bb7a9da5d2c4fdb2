#!/usr/bin/env python3
"""Validate the organisation lexicons (org-*.lex, class-org*.lex) in lexicons/:
header comment first, every entry line name<TAB>type[<TAB>canonical], valid type,
no empty fields, no duplicate names, NFC, sorted by name.  Exit status 1 on problems.
Python 3 standard library only.  Usage: python3 lexicons/import/orgs_check.py [FILE...]
"""
import glob
import os
import re
import sys
import unicodedata

LEXDIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TYPE_RE = re.compile(r"^(?:(?:PER|LOC|ORG|MISC)(?:\.[a-z][a-z0-9_]*)?|[a-z][a-z0-9_]*)$")


def check(path):
    bad = 0
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")
    if unicodedata.normalize("NFC", text) != text:
        print("%s: not NFC" % path); bad += 1
    lines = text.split("\n")
    if not lines or not lines[0].startswith("#"):
        print("%s: missing header comment" % path); bad += 1
    names = []
    for i, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) not in (2, 3) or not all(x.strip() == x and x for x in f):
            print("%s:%d: bad fields %r" % (path, i, line)); bad += 1; continue
        if not TYPE_RE.match(f[1]):
            print("%s:%d: bad type %r" % (path, i, f[1])); bad += 1
        if "  " in f[0]:
            print("%s:%d: double space in %r" % (path, i, f[0])); bad += 1
        names.append(f[0])
    seen = set()
    for n in names:
        if n in seen:
            print("%s: duplicate %r" % (path, n)); bad += 1
        seen.add(n)
    if names != sorted(names):
        print("%s: not sorted" % path); bad += 1
    return bad, len(names)


def main():
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(LEXDIR, "org-*.lex")) +
                                   [os.path.join(LEXDIR, "class-org%s.lex" % k) for k in ("suffix", "head", "end")])
    total_bad = 0
    for p in files:
        bad, n = check(p)
        total_bad += bad
        print("%-28s %6d entries %s" % (os.path.basename(p), n, "OK" if not bad else "%d problems" % bad))
    return 1 if total_bad else 0


if __name__ == "__main__":
    sys.exit(main())
