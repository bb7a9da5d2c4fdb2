// places_icu.cpp - dump German place names from ICU's CLDR data (part of the dener places import).
//
// Build and run (done by places_import.py):
//   g++ -O1 -o /tmp/places_icu places_icu.cpp $(pkg-config --cflags --libs icu-uc icu-i18n)
//   /tmp/places_icu > places_icu.tsv
//
// Output: one record per line, TAB-separated: kind, code, name
//   region   <code>  <German display name>          (CLDR "Countries" table of locale de)
//   region%short / region%variant  <code> <name>    (CLDR alternative forms, e.g. "USA")
//   isocode  <code>  <German display name>          (uloc_getISOCountries + uloc_getDisplayCountry)
//   meta     icu|cldr <version>
//   tzcity   <tzid>  <German exemplar city>         (TimeZoneNames::getExemplarLocationName, de)
#include <unicode/uloc.h>
#include <unicode/ures.h>
#include <unicode/unistr.h>
#include <unicode/tznames.h>
#include <unicode/timezone.h>
#include <unicode/strenum.h>
#include <unicode/locid.h>
#include <unicode/ulocdata.h>
#include <unicode/uversion.h>
#include <cstdio>
#include <string>
#include <memory>

using icu::UnicodeString;

static std::string utf8(const UnicodeString &s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

static void dump_table(UResourceBundle *root, const char *table, const char *kind) {
    UErrorCode st = U_ZERO_ERROR;
    UResourceBundle *t = ures_getByKey(root, table, nullptr, &st);
    if (U_FAILURE(st)) { ures_close(t); return; }
    ures_resetIterator(t);
    while (ures_hasNext(t)) {
        st = U_ZERO_ERROR;
        UResourceBundle *item = ures_getNextResource(t, nullptr, &st);
        if (U_FAILURE(st)) break;
        const char *key = ures_getKey(item);
        int32_t len = 0;
        const UChar *s = ures_getString(item, &len, &st);
        if (U_SUCCESS(st) && key)
            printf("%s\t%s\t%s\n", kind, key, utf8(UnicodeString(s, len)).c_str());
        ures_close(item);
    }
    ures_close(t);
}

int main() {
    UErrorCode st = U_ZERO_ERROR;
    {   // versions, for the lexicon headers
        UVersionInfo v; char buf[U_MAX_VERSION_STRING_LENGTH];
        u_getVersion(v); u_versionToString(v, buf);
        printf("meta\ticu\t%s\n", buf);
        ulocdata_getCLDRVersion(v, &st); u_versionToString(v, buf);
        if (U_SUCCESS(st)) printf("meta\tcldr\t%s\n", buf);
        st = U_ZERO_ERROR;
    }
    // 1. The whole CLDR region table for German (ISO 3166 codes, UN M.49 numeric regions).
    UResourceBundle *rb = ures_openDirect(U_ICUDATA_NAME "-region", "de", &st);
    if (U_FAILURE(st)) { fprintf(stderr, "cannot open region data: %s\n", u_errorName(st)); return 1; }
    dump_table(rb, "Countries", "region");
    dump_table(rb, "Countries%short", "region%short");
    dump_table(rb, "Countries%variant", "region%variant");
    ures_close(rb);

    // 2. ISO 3166 codes via the public C API (cross-check of the table above).
    for (const char *const *c = uloc_getISOCountries(); *c; ++c) {
        std::string loc = std::string("und_") + *c;
        UChar buf[256];
        st = U_ZERO_ERROR;
        int32_t n = uloc_getDisplayCountry(loc.c_str(), "de", buf, 256, &st);
        if (U_SUCCESS(st) && n > 0)
            printf("isocode\t%s\t%s\n", *c, utf8(UnicodeString(buf, n)).c_str());
    }

    // 3. German exemplar cities of all canonical time zones.
    st = U_ZERO_ERROR;
    std::unique_ptr<icu::TimeZoneNames> tzn(icu::TimeZoneNames::createInstance(icu::Locale("de"), st));
    if (U_FAILURE(st)) { fprintf(stderr, "TimeZoneNames: %s\n", u_errorName(st)); return 1; }
    st = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> zones(
        icu::TimeZone::createTimeZoneIDEnumeration(UCAL_ZONE_TYPE_CANONICAL_LOCATION, nullptr, nullptr, st));
    if (U_FAILURE(st)) { fprintf(stderr, "zones: %s\n", u_errorName(st)); return 1; }
    const UnicodeString *id;
    while ((id = zones->snext(st)) != nullptr && U_SUCCESS(st)) {
        UnicodeString name;
        tzn->getExemplarLocationName(*id, name);
        if (!name.isBogus() && name.length() > 0)
            printf("tzcity\t%s\t%s\n", utf8(*id).c_str(), utf8(name).c_str());
    }
    return 0;
}
