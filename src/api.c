/* api.c - the public entry points: version, status messages, docs and dener_extract, which runs
 * the stages in order: tokenize -> match -> rules -> dates -> resolve -> entities. */
#include "dener.h"
#include "dates.h"
#include "handles.h"
#include "json.h"
#include "match.h"
#include "model.h"
#include "resolve.h"
#include "rules.h"
#include "tokenize.h"

#include <string.h>


struct dener_doc {
    const dener_model *m;
    dn_tokens tk;
    dn_match_scratch ms;
    dn_rule_scratch rsc;
    dn_date_scratch ds;
    dn_resolve_scratch rs;
    dener_entity *ents;
    size_t nents, ents_cap;
    dn_buf strs;
    dn_buf json, quote;
    dn_json_cache jc; /* the JSON of recent sources */
    size_t *canon_off; /* per entity: 1 + offset of its canonical name in strs, 0 if none (run) */
    size_t canon_cap;
};

const char *dener_version(void) { return DENER_VERSION_STRING; }
int dener_version_number(void) { return DENER_VERSION_NUMBER; }

const char *dener_strerror(int code) {
    switch (code) {
    case DENER_OK: return "success";
    case DENER_ERR_NOMEM: return "out of memory";
    case DENER_ERR_IO: return "file or folder could not be read";
    case DENER_ERR_LEXICON: return "malformed lexicon line";
    case DENER_ERR_RULE: return "malformed rule";
    case DENER_ERR_UTF8: return "invalid UTF-8";
    case DENER_ERR_ARG: return "invalid argument";
    case DENER_ERR_ICU: return "ICU error";
    case DENER_ERR_TOO_LARGE: return "text too large";
    case DENER_ERR_LIMIT: return "matching limit reached";
    default: return "unknown error";
    }
}

static const char *const TYPE_NAMES[] = {"PER", "LOC", "ORG", "DATE"};

const char *dener_type_name(dener_type t) { return (unsigned)t < DENER_TYPE_COUNT ? TYPE_NAMES[t] : NULL; }

int dener_type_from_name(const char *name) {
    if (!name) return -1;
    for (int i = 0; i < DENER_TYPE_COUNT; i++) {
        const char *a = TYPE_NAMES[i], *b = name;
        while (*a && *b && (*a == *b || *a == *b - 32)) a++, b++;
        if (!*a && !*b) return i;
    }
    return -1;
}

dener_doc *dener_doc_new(const dener_model *m) {
    if (!m) return NULL;
    dener_doc *d = dn_calloc(&m->alloc, 1, sizeof *d);
    if (d) d->m = m;
    return d;
}

void dener_doc_free(dener_doc *d) {
    if (!d) return;
    const dn_alloc *a = &d->m->alloc;
    dn_tokens_free(a, &d->tk);
    dn_match_scratch_free(a, &d->ms);
    dn_rule_scratch_free(&d->rsc);
    dn_date_scratch_free(a, &d->ds);
    dn_resolve_scratch_free(a, &d->rs);
    dn_free(a, d->ents);
    dn_free(a, d->canon_off);
    dn_buf_free(a, &d->strs);
    dn_buf_free(a, &d->json);
    dn_buf_free(a, &d->jc.esc);
    dn_buf_free(a, &d->quote);
    dn_free(a, d);
}

size_t dener_doc_count(const dener_doc *d) { return d ? d->nents : 0; }

const dener_entity *dener_doc_entity(const dener_doc *d, size_t i) {
    return d && i < d->nents ? &d->ents[i] : NULL;
}

size_t dener_doc_invalid_utf8(const dener_doc *d, size_t *first) {
    if (!d) return 0;
    if (first) *first = d->tk.first_invalid;
    return d->tk.invalid;
}

int dener_doc_foreach(const dener_doc *d, dener_entity_fn fn, void *user) {
    if (!d || !fn) return 0;
    for (size_t i = 0; i < d->nents; i++) {
        int rc = fn(&d->ents[i], user);
        if (rc) return rc;
    }
    return 0;
}

typedef struct emit_ctx {
    dener_doc *d;
} emit_ctx;

static int on_rule(void *user, const dn_rule *r, size_t t0, size_t t1) {
    dener_doc *d = ((emit_ctx *)user)->d;
    const dn_token *a = &d->tk.t[t0], *b = &d->tk.t[t1 - 1];
    dn_cand c = {a->b0, b->b1, a->c0, b->c1, (int32_t)t0, (int32_t)t1, r->type, DN_ORIG_RULE, r->prio, r->name, 0,
                 -1, -1, -1};
    return dn_cand_push(&d->m->alloc, &d->rs, &c);
}

static int run(dener_doc *d, const char *text, size_t len, const dener_options *o, dener_error *err) {
    const dener_model *m = d->m;
    const dn_alloc *a = &m->alloc;
    int rc = dn_tokenize(m, &d->tk, text, len, err);
    if (rc) return rc;
    if ((o->flags & DENER_OPT_STRICT_UTF8) && d->tk.invalid)
        return dn_error(err, DENER_ERR_UTF8, 0, d->tk.first_invalid, "invalid UTF-8 at byte offset %zu", d->tk.first_invalid);
    if (dn_match(m, &d->tk, &d->ms)) return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    d->rs.n = 0;
    for (size_t i = 0; i < d->ms.n; i++) {
        const dn_gaz *g = &d->ms.g[i];
        if (g->flags & DN_GAZ_AMBIG) continue;
        const dn_token *x = &d->tk.t[g->t0], *y = &d->tk.t[g->t1 - 1];
        dn_cand c = {x->b0, y->b1, x->c0, y->c1, (int32_t)g->t0, (int32_t)g->t1, g->kind, DN_ORIG_GAZ, DN_GAZ_PRIO,
                     g->source, g->canonical, -1, -1, -1};
        if (dn_cand_push(a, &d->rs, &c)) return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    }
    if (dn_handles_find(m, &d->tk, text, &d->rs)) return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    emit_ctx ec = {d};
    dn_gaz_view gv = {(const uint32_t(*)[3])d->ms.end};
    rc = dn_rules_apply(m, &d->rsc, text, &d->tk, &gv, on_rule, &ec);
    if (rc) return dn_error(err, rc, 0, 0, "%s while applying rules", dener_strerror(rc));
    rc = dn_dates_find(m, &d->ds, text, len, &d->tk, o->date);
    if (rc) return dn_error(err, rc, 0, 0, "%s while finding dates", dener_strerror(rc));
    /* code point offsets of the dates in one forward pass (they are sorted and do not overlap; a
     * search from the enclosing token for each would be quadratic inside a huge token). In valid
     * UTF-8 the pass jumps to the last token boundary before each offset (the tokens know their
     * code points) and counts the lead bytes from there. */
    size_t cb = 0, cc = 0, ti = 0;
    const bool valid = d->tk.invalid == 0;
    /* and the tokens each date touches, for dn_resolve, while they are at hand */
    if (!DN_GROW(a, d->rs.drng, d->rs.drng_cap, d->ds.n + 1)) return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    d->rs.ndrng = d->ds.n;
    for (size_t i = 0; i < d->ds.n; i++) {
        const dn_date *dt = &d->ds.d[i];
        uint32_t cp[2];
        size_t ti0 = SIZE_MAX; /* the first token starting after b0, if searched */
        for (int k = 0; k < 2; k++) {
            size_t b = k ? dt->b1 : dt->b0;
            if (b < cb) { /* not expected: fall back to the token-anchored search */
                cp[k] = dn_cp_of_byte(&d->tk, text, len, (uint32_t)b);
                continue;
            }
            if (valid) {
                ti = dn_tok_gallop(&d->tk, ti, (uint32_t)b, false); /* the first token starting after b (from ti on) */
                if (!k) ti0 = ti;
                if (ti) {
                    const dn_token *t = &d->tk.t[ti - 1];
                    if (t->b1 <= b && t->b1 > cb) cb = t->b1, cc = t->c1;
                    else if (t->b1 > b && t->b0 > cb) cb = t->b0, cc = t->c0;
                }
                const unsigned char *u = (const unsigned char *)text;
                size_t e = b < len ? b : len;
                for (; cb < e; cb++) cc += (u[cb] & 0xC0) != 0x80;
                cp[k] = (uint32_t)cc;
                continue;
            }
            while (cb < b && cb < len) {
                dn_u8_next(text, &cb, len, NULL);
                cc++;
            }
            cp[k] = (uint32_t)cc;
        }
        d->rs.drng[i][0] = d->rs.drng[i][1] = UINT32_MAX; /* (not known: dn_resolve searches) */
        if (ti0 != SIZE_MAX) { /* tokens before ti0 - 1 end before b0 if the one before it does */
            size_t lo = ti0 ? ti0 - 1 : 0;
            if (lo == 0 || d->tk.t[lo - 1].b1 <= dt->b0) {
                size_t r0 = dn_tok_gallop(&d->tk, lo, dt->b0, true); /* the first token ending after b0 */
                d->rs.drng[i][0] = (uint32_t)r0;
                d->rs.drng[i][1] = (uint32_t)(dt->b1 ? dn_tok_gallop(&d->tk, r0, dt->b1 - 1, false) : r0); /* starting at b1 or after */
            }
        }
        dn_cand c = {dt->b0, dt->b1, cp[0], cp[1],
                     -1, -1, DENER_DATE, DN_ORIG_DATE, (int16_t)dt->prio, dt->source, 0, -1, -1, (int32_t)i};
        if (dn_cand_push(a, &d->rs, &c)) return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    }
    if (dn_resolve(m, &d->tk, text, &d->rs)) return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    /* entities */
    unsigned types = o->types ? o->types : DENER_ALL_TYPES;
    d->strs.len = 0;
    d->strs.oom = false;
    if (!DN_GROW(a, d->ents, d->ents_cap, d->rs.nout + 1)) return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    if (!DN_GROW(a, d->canon_off, d->canon_cap, d->rs.nout + 1)) return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    size_t *canon_off = d->canon_off; /* (each entry written below before it is read) */
    size_t n = 0;
    for (size_t i = 0; i < d->rs.nout; i++) {
        const dn_cand *c = &d->rs.out[i];
        if (c->type > DENER_DATE || !(types & DENER_TYPE_BIT(c->type))) continue;
        /* (every field written once: a memset before would be a string store on some compilers) */
        const dn_date *dt = c->date >= 0 ? &d->ds.d[c->date] : NULL;
        d->ents[n] = (dener_entity){.type = (dener_type)c->type,
                                    .start = c->c0,
                                    .end = c->c1,
                                    .start_byte = c->b0,
                                    .end_byte = c->b1,
                                    .text = text + c->b0,
                                    .source = m->pool + c->source,
                                    .value = dt ? dt->value : NULL,
                                    .value_end = dt && dt->value_end[0] ? dt->value_end : NULL,
                                    .mod = dt && dt->mod[0] ? dt->mod : NULL,
                                    .canonical = c->canonical ? m->pool + c->canonical : NULL};
        canon_off[n] = 0;
        if (!c->canonical && c->canon_tok0 >= 0) {
            const dn_token *x = &d->tk.t[c->canon_tok0], *y = &d->tk.t[c->canon_tok1 - 1];
            canon_off[n] = d->strs.len + 1;
            dn_buf_put(a, &d->strs, text + x->b0, y->b1 - x->b0);
            dn_buf_putc(a, &d->strs, 0);
        }
        n++;
    }
    if (d->strs.oom) return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    for (size_t i = 0; i < n; i++)
        if (canon_off[i]) d->ents[i].canonical = d->strs.p + canon_off[i] - 1;
    d->nents = n;
    return DENER_OK;
}

int dener_extract(dener_doc *d, const char *text, size_t len, const dener_options *opts, dener_error *err) {
    if (!d) return dn_error(err, DENER_ERR_ARG, 0, 0, "doc is NULL");
    d->nents = 0;
    if (!text && len) return dn_error(err, DENER_ERR_ARG, 0, 0, "text is NULL");
    if (!text) text = "";
    dener_options def = {0};
    const dener_options *o = opts ? opts : &def;
    size_t max = o->max_bytes ? o->max_bytes : DENER_DEFAULT_MAX_BYTES;
    if (len > max)
        return dn_error(err, DENER_ERR_TOO_LARGE, 0, max, "text of %zu bytes exceeds the maximum of %zu bytes", len, max);
    if (o->date && o->date[0]) {
        int y, mo, dd;
        if (!dn_parse_iso_date(o->date, &y, &mo, &dd))
            return dn_error(err, DENER_ERR_ARG, 0, 0, "invalid document date \"%.40s\" (expected ISO 8601, e.g. 2023-11-16)", o->date);
    }
    int rc = run(d, text, len, o, err);
    if (rc) d->nents = 0;
    return rc;
}

const char *dener_doc_json(dener_doc *d, const char *id_json, unsigned flags, size_t *len) {
    if (!d) return NULL;
    const dn_alloc *a = &d->m->alloc;
    d->json.len = 0;
    d->json.oom = false;
    dn_json_doc_cached(a, &d->json, &d->jc, id_json, d->ents, d->nents, flags);
    if (d->json.oom) return NULL;
    if (len) *len = d->json.len;
    return d->json.p;
}

const char *dener_json_quote(dener_doc *d, const char *s, size_t n, size_t *out_len) {
    if (!d || (!s && n)) return NULL;
    const dn_alloc *a = &d->m->alloc;
    d->quote.len = 0;
    d->quote.oom = false;
    dn_json_string(a, &d->quote, s ? s : "", n);
    if (d->quote.oom) return NULL;
    if (out_len) *out_len = d->quote.len;
    return d->quote.p;
}
