#!/usr/bin/env python3
"""Build the organisation lexicons (lexicons/org-*.lex, class-org*.lex) from the
hand-written source lists in lexicons/import/orgs-src/*.txt.

Source format (one group per line, UTF-8):

    ## text          header comment line, copied to the output file (as "# text")
    @out FILE.lex    output file for the groups that follow (relative to lexicons/)
    @type TYPE       entity type or word class for the groups that follow
    # text           comment, ignored
    Full Name | Alias | Alias ...
                     "Full Name" is written without a canonical; every alias is
                     written with "Full Name" as its canonical.
    =Canonical | Alias | Alias
                     only the aliases are written (canonical is not an entry of
                     its own here, e.g. because it lives in another file).
    ... @ORG.other   type override for all items of this line (at the end of the line).

Output: header, then entries sorted by name (code point order), NFC, no
duplicate names within one file.  Conflicting duplicates are reported.
Usage: python3 lexicons/import/orgs_build.py [--check]
Python 3 standard library only.
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEXDIR = os.path.dirname(HERE)
SRCDIR = os.path.join(HERE, "orgs-src")
TYPE_RE = re.compile(r"^(?:(?:PER|LOC|ORG|MISC)(?:\.[a-z][a-z0-9_]*)?|[a-z][a-z0-9_]*)$")


def nfc(s):
    return unicodedata.normalize("NFC", s)


def main():
    check_only = "--check" in sys.argv
    files = {}     # out -> {"header": [], "entries": {name: (type, canon, where)}}
    problems = 0
    for fn in sorted(os.listdir(SRCDIR)):
        if not fn.endswith(".txt"):
            continue
        out = None
        typ = None
        with open(os.path.join(SRCDIR, fn), encoding="utf-8") as f:
            for lineno, raw in enumerate(f, 1):
                line = nfc(raw.rstrip("\n").rstrip())
                where = "%s:%d" % (fn, lineno)
                if not line.strip():
                    continue
                if line.startswith("##"):
                    files[out]["header"].append(line[2:].strip())
                    continue
                if line.startswith("#"):
                    continue
                if line.startswith("@out "):
                    out = line[5:].strip()
                    files.setdefault(out, {"header": [], "entries": {}})
                    continue
                if line.startswith("@type "):
                    typ = line[6:].strip()
                    if not TYPE_RE.match(typ):
                        print("%s: bad type %r" % (where, typ)); problems += 1
                    continue
                if out is None or typ is None:
                    print("%s: entry before @out/@type" % where); problems += 1
                    continue
                linetype = typ
                m = re.match(r"^(.*?)\s+@(\S+)$", line)
                if m:
                    line, linetype = m.group(1), m.group(2)
                    if not TYPE_RE.match(linetype):
                        print("%s: bad type %r" % (where, linetype)); problems += 1
                skip_first = line.startswith("=")
                if skip_first:
                    line = line[1:]
                items = [x.strip() for x in line.split("|")]
                parsed = []
                for it in items:
                    t = linetype
                    it = re.sub(r"\s+", " ", it)
                    if not it or "\t" in it or it.startswith("="):
                        print("%s: empty/bad item in %r" % (where, line)); problems += 1
                        continue
                    parsed.append((it, t))
                if not parsed:
                    continue
                canon = parsed[0][0]
                ents = files[out]["entries"]
                for i, (name, t) in enumerate(parsed):
                    if i == 0 and skip_first:
                        continue
                    c = "" if i == 0 else canon
                    if c == name:
                        c = ""
                    if name in ents:
                        old = ents[name]
                        if (old[0], old[1]) != (t, c):
                            print("%s: duplicate %r (%s %s) conflicts with %s (%s %s); kept first"
                                  % (where, name, t, c, old[2], old[0], old[1]))
                            problems += 1
                        continue
                    ents[name] = (t, c, where)
    # cross-file duplicates (informational)
    seen = {}
    for out, d in files.items():
        for name in d["entries"]:
            seen.setdefault(name, []).append(out)
    for name, outs in sorted(seen.items()):
        if len(outs) > 1:
            print("note: %r in several files: %s" % (name, ", ".join(outs)))
    # Arabic article prefixes are written small in running text ("die Miliz al-Schabab", "für
    # al-Hilal"): a name "Al-X"/"El-X" also gets "al-X"/"el-X" (a lower-case entry matches in
    # any case), canonical the capitalised name
    for out, d in files.items():
        ents = d["entries"]
        for name in list(ents):
            m = re.match(r"^(Al|El)-(\w.*)$", name)
            if m:
                small = m.group(1).lower() + "-" + m.group(2)
                if small not in ents:
                    t, c, where = ents[name]
                    ents[small] = (t, c or name, where)
    for out, d in sorted(files.items()):
        lines = ["# " + h if h else "#" for h in d["header"]]
        lines.append("")
        for name in sorted(d["entries"]):
            t, c, _ = d["entries"][name]
            lines.append(name + "\t" + t + ("\t" + c if c else ""))
        text = "\n".join(lines) + "\n"
        path = os.path.join(LEXDIR, out)
        if check_only:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    print("out of date: %s" % out); problems += 1
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        print("%-24s %6d entries" % (out, len(d["entries"])))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
