/* fuzz_extract.c - libFuzzer target: dener_extract on arbitrary bytes with the bundled model.
 *
 * Input layout: byte 0 selects options (bit 0 strict UTF-8, bit 1 a document date, bits 2-5 the
 * type mask, bit 6 pretty JSON, bit 7 a small max_bytes); with bit 1 the date is the bytes up to
 * the first '\n' (at most 64); the rest is the text. Besides the sanitizers, the target checks
 * the documented invariants: a status from the documented set, entities in text order with
 * offsets inside the text, on code point boundaries and consistent with the byte offsets, DATE
 * values present, and the JSON rendering well-formed with one element per entity. */
#include "dener.h"
#include "fuzz_common.h"
#include "util.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static dener_model *model;
static dener_doc *doc;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    fuzz_load_model("fuzz_extract", &model, &doc);
    return 0;
}

#define FAIL(...) FUZZ_FAIL("fuzz_extract", __VA_ARGS__)

/* Code point index of byte offset b, or SIZE_MAX if b is inside a (possibly ill-formed) sequence. */
static size_t cp_index(const char *s, size_t n, size_t b) {
    size_t i = 0, c = 0;
    while (i < b) {
        dn_u8_next(s, &i, n, NULL);
        c++;
    }
    return i == b ? c : SIZE_MAX;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0) return 0;
    unsigned sel = data[0];
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    char date[72];
    dener_options o = {0};
    if (sel & 2) {
        const char *nl = memchr(text, '\n', len < 64 ? len : 64);
        size_t dl = nl ? (size_t)(nl - text) : (len < 64 ? len : 64);
        memcpy(date, text, dl);
        date[dl] = 0;
        o.date = date;
        text += dl + (nl ? 1 : 0);
        len -= dl + (nl ? 1 : 0);
    }
    if (sel & 1) o.flags |= DENER_OPT_STRICT_UTF8;
    o.types = (sel >> 2) & 0xF;
    if (sel & 128) o.max_bytes = 64;
    /* an exact-size copy, so that any read past the end is caught */
    char *t = malloc(len ? len : 1);
    if (!t) return 0;
    memcpy(t, text, len);
    dener_error err = {0};
    int rc = dener_extract(doc, t, len, &o, &err);
    if (rc != DENER_OK) {
        if (rc != DENER_ERR_UTF8 && rc != DENER_ERR_ARG && rc != DENER_ERR_TOO_LARGE) FAIL("status %d (%s)", rc, err.msg);
        if (rc == DENER_ERR_TOO_LARGE && len <= 64) FAIL("TOO_LARGE for %zu bytes", len);
        if (rc == DENER_ERR_UTF8 && !(o.flags & DENER_OPT_STRICT_UTF8)) FAIL("UTF8 error in lenient mode");
        if (err.code != rc || !err.msg[0]) FAIL("error not filled: %d %d", rc, err.code);
        if (dener_doc_count(doc) != 0) FAIL("entities after an error");
        free(t);
        return 0;
    }
    size_t n = dener_doc_count(doc), prev_end = 0;
    unsigned mask = o.types ? o.types : DENER_ALL_TYPES;
    for (size_t i = 0; i < n; i++) {
        const dener_entity *e = dener_doc_entity(doc, i);
        if (!e) FAIL("entity %zu missing", i);
        if ((unsigned)e->type >= DENER_TYPE_COUNT || !(mask & DENER_TYPE_BIT(e->type))) FAIL("type %d", (int)e->type);
        if (e->start_byte >= e->end_byte || e->end_byte > len) FAIL("bytes [%zu,%zu) of %zu", e->start_byte, e->end_byte, len);
        if (e->start_byte < prev_end) FAIL("entity %zu overlaps or is out of order", i);
        prev_end = e->end_byte;
        if (e->text != t + e->start_byte) FAIL("text pointer");
        if (!e->source || !e->source[0]) FAIL("source");
        size_t c0 = cp_index(t, len, e->start_byte), c1 = cp_index(t, len, e->end_byte);
        if (c0 == SIZE_MAX || c1 == SIZE_MAX) FAIL("byte offset inside a character: [%zu,%zu)", e->start_byte, e->end_byte);
        if (c0 != e->start || c1 != e->end)
            FAIL("code points [%zu,%zu), expected [%zu,%zu) for bytes [%zu,%zu)", e->start, e->end, c0, c1, e->start_byte,
                 e->end_byte);
        if (e->type == DENER_DATE && (!e->value || !e->value[0])) FAIL("DATE without value");
        if (e->type != DENER_DATE && (e->value || e->value_end || e->mod)) FAIL("value on a non-DATE");
    }
    size_t jl = 0;
    const char *js = dener_doc_json(doc, "\"x\"", (sel & 64) ? DENER_JSON_PRETTY : 0, &jl);
    if (!js) FAIL("dener_doc_json returned NULL");
    if (strlen(js) != jl) FAIL("JSON length %zu vs %zu", strlen(js), jl);
    json_error_t je;
    json_t *j = json_loadb(js, jl, JSON_ALLOW_NUL, &je);
    if (!j) FAIL("JSON does not parse: %s at %d: %.200s", je.text, je.position, js);
    json_t *ents = json_object_get(j, "entities");
    if (!json_is_array(ents) || json_array_size(ents) != n) FAIL("JSON entities");
    json_decref(j);
    /* the same text again on the reused doc gives the same entities */
    size_t n1 = n;
    rc = dener_extract(doc, t, len, &o, &err);
    if (rc != DENER_OK || dener_doc_count(doc) != n1) FAIL("second run differs: %d, %zu vs %zu", rc, dener_doc_count(doc), n1);
    size_t ql = 0;
    const char *q = dener_json_quote(doc, t, len, &ql);
    if (!q || ql < 2) FAIL("json_quote");
    free(t);
    return 0;
}
