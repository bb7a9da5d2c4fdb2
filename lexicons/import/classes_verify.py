#!/usr/bin/env python3
"""Check the people and word-class lexicons: header comment, name<TAB>type[<TAB>canonical],
no duplicates, NFC, no digits or stray punctuation. Usage: python3 lexicons/import/classes_verify.py"""
import glob, os, re, sys, unicodedata
LEXDIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OK_CHARS = re.compile(r"^[^\W\d_]+(?:[ \-'.]+[^\W\d_]*)*\.?$")
bad = 0
for path in sorted(glob.glob(os.path.join(LEXDIR, "per-*.lex")) + glob.glob(os.path.join(LEXDIR, "class-*.lex"))):
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")
    lines = text.split("\n")
    if not lines[0].startswith("#"):
        print(path, "no header"); bad += 1
    seen = set(); n = 0
    for i, l in enumerate(lines, 1):
        if not l or l.startswith("#"):
            continue
        n += 1
        f = l.split("\t")
        if unicodedata.normalize("NFC", l) != l: print(path, i, "not NFC"); bad += 1
        if len(f) not in (2, 3) or not f[1] or not f[0]: print(path, i, "bad fields", repr(l)); bad += 1; continue
        if f[0] != f[0].strip() or "  " in f[0]: print(path, i, "space", repr(l)); bad += 1
        if not OK_CHARS.match(f[0]): print(path, i, "odd chars", repr(f[0])); bad += 1
        key = tuple(f[:2])
        if key in seen: print(path, i, "duplicate", repr(l)); bad += 1
        seen.add(key)
    print(f"{os.path.basename(path)}: {n} entries")
sys.exit(1 if bad else 0)
