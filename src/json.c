/* json.c - stage 5: JSON output. Hand-written because the schema is fixed and small: one object
 * per document, entities in text order, strings escaped per RFC 8259. */
#include "json.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Are the eight bytes of x all printable ASCII other than '"' and '\\' (copied as they are)? */
static inline bool plain8(uint64_t x) {
    const uint64_t one = 0x0101010101010101ull, hi = 0x8080808080808080ull;
    uint64_t q = x ^ (one * '"'), bs = x ^ (one * '\\');
    return !((x | ((x - one * 0x20) & ~x) | ((q - one) & ~q) | ((bs - one) & ~bs)) & hi);
}

/* Writers into reserved space (see reserve). raw_str writes s as a JSON string: escapes per RFC 8259,
 * invalid UTF-8 as \ufffd, U+2028/U+2029 escaped; at most 6 * n + 2 bytes. */
static char *raw_str(char *o, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    *o++ = '"';
    if (n >= 4 && n < 8) { /* a short one: its first four bytes and its last four (overlapping) */
        uint32_t x, y;
        memcpy(&x, s, 4), memcpy(&y, s + n - 4, 4);
        if (plain8((uint64_t)x | (uint64_t)y << 32)) {
            memcpy(o, &x, 4), memcpy(o + n - 4, &y, 4);
            o[n] = '"';
            return o + n + 1;
        }
    }
    if (n >= 8 && n <= 16) { /* one of eight to sixteen: its first eight bytes and its last eight */
        uint64_t x, y;
        memcpy(&x, s, 8), memcpy(&y, s + n - 8, 8);
        if (plain8(x) && plain8(y)) {
            memcpy(o, &x, 8), memcpy(o + n - 8, &y, 8);
            o[n] = '"';
            return o + n + 1;
        }
    }
    for (size_t i = 0; i < n;) {
        if (i + 8 <= n) { /* eight bytes of printable ASCII but '"' and '\\' at a time */
            uint64_t x;
            memcpy(&x, s + i, 8);
            if (plain8(x)) {
                memcpy(o, &x, 8);
                o += 8, i += 8;
                continue;
            }
        } else if (n >= 8) { /* the last bytes: the last eight, if they are all of that kind (those
                                before i among them were copied as they are) */
            uint64_t x;
            memcpy(&x, s + n - 8, 8);
            if (plain8(x)) {
                memcpy(o - (i - (n - 8)), &x, 8);
                o += n - i, i = n;
                continue;
            }
        }
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            *o++ = (char)c;
            i++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF && i + 1 < n && ((unsigned char)s[i + 1] & 0xC0) == 0x80) { /* two bytes, well-formed */
            o[0] = (char)c, o[1] = s[i + 1];
            o += 2, i += 2;
            continue;
        }
        if (c >= 0x80) {
            size_t j = i;
            bool bad = false;
            int32_t cp = dn_u8_next(s, &j, n, &bad);
            if (!bad && cp != 0x2028 && cp != 0x2029) {
                memcpy(o, s + i, j - i);
                o += j - i;
            } else {
                memcpy(o, bad ? "\\ufffd" : (cp == 0x2028 ? "\\u2028" : "\\u2029"), 6);
                o += 6;
            }
            i = j;
            continue;
        }
        *o++ = '\\';
        switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\n': *o++ = 'n'; break;
        case '\r': *o++ = 'r'; break;
        case '\t': *o++ = 't'; break;
        case '\b': *o++ = 'b'; break;
        case '\f': *o++ = 'f'; break;
        default: memcpy(o, "u00", 3), o[3] = hex[c >> 4], o[4] = hex[c & 15], o += 5;
        }
        i++;
    }
    *o++ = '"';
    return o;
}

/* (short copies by fixed-size, overlapping moves: most here are of 0 to 16 bytes) */
static inline char *raw_put(char *o, const char *s, size_t n) {
    if (n >= 8 && n <= 16) {
        uint64_t x, y;
        memcpy(&x, s, 8), memcpy(&y, s + n - 8, 8);
        memcpy(o, &x, 8), memcpy(o + n - 8, &y, 8);
    } else if (n >= 4 && n < 8) {
        uint32_t x, y;
        memcpy(&x, s, 4), memcpy(&y, s + n - 4, 4);
        memcpy(o, &x, 4), memcpy(o + n - 4, &y, 4);
    } else if (n > 0 && n < 4) {
        o[0] = s[0];
        if (n > 1) o[1] = s[1];
        if (n > 2) o[2] = s[2];
    } else if (n) {
        memcpy(o, s, n);
    }
    return o + n;
}

static char *raw_uint(char *o, size_t v) {
    static const char D2[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                             "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                             "8081828384858687888990919293949596979899";
    size_t nd; /* digits */
    if (v < 100) nd = v < 10 ? 1 : 2;
    else if (v < 10000) nd = v < 1000 ? 3 : 4;
    else {
        nd = 5;
        for (size_t p = 100000; nd < 20 && v >= p; p *= 10) nd++;
    }
    char *e = o + nd;
    while (v >= 100) { /* two digits at a time, from the end */
        size_t r = v % 100;
        v /= 100;
        e -= 2;
        e[0] = D2[2 * r], e[1] = D2[2 * r + 1];
    }
    if (v >= 10) {
        e -= 2;
        e[0] = D2[2 * v], e[1] = D2[2 * v + 1];
    } else {
        e[-1] = (char)('0' + v);
    }
    return o + nd;
}

static char *raw_field(char *o, const char *sep, size_t seplen, const char *sp, size_t splen, const char *name, size_t nlen,
                       const char *v, size_t vlen) {
    o = raw_put(o, sep, seplen);
    *o++ = '"';
    o = raw_put(o, name, nlen);
    *o++ = '"', *o++ = ':';
    o = raw_put(o, sp, splen);
    return raw_str(o, v, vlen);
}

/* The byte lengths of e's strings before escaping, and their sum: what both writers reserve six
 * times over and then write (src: also the source's). */
typedef struct ent_lens { size_t t, src, v, ve, m, c, sum; } ent_lens;

static ent_lens entity_lens(const dener_entity *e, bool src) {
    ent_lens L = {e->end_byte - e->start_byte, src ? strlen(e->source) : 0, e->value ? strlen(e->value) : 0,
                  e->value_end ? strlen(e->value_end) : 0, e->mod ? strlen(e->mod) : 0,
                  e->canonical ? strlen(e->canonical) : 0, 0};
    L.sum = L.t + L.src + L.v + L.ve + L.m + L.c;
    return L;
}

/* Makes room for n more bytes and a NUL; false (and b->oom) if there is none. */
static bool reserve(const dn_alloc *a, dn_buf *b, size_t n) {
    if (b->oom) return false;
    if (n > SIZE_MAX / 2 - b->len - 1) {
        b->oom = true;
        return false;
    }
    if (b->len + n + 1 > b->cap && !dn_grow(a, (void **)&b->p, &b->cap, b->len + n + 1, 1)) {
        b->oom = true;
        return false;
    }
    return true;
}

/* Room at the buffer's end for one entity: need bytes plus its strings of strs bytes escaped (at
 * most 6 bytes each); NULL when there is no memory (b->oom is then set). */
static char *entity_room(const dn_alloc *a, dn_buf *b, size_t need, size_t strs) {
    if (strs > (SIZE_MAX - need) / 6) {
        b->oom = true;
        return NULL;
    }
    if (!reserve(a, b, need + 6 * strs)) return NULL;
    return b->p + b->len;
}

void dn_json_string(const dn_alloc *a, dn_buf *b, const char *s, size_t n) {
    if (n > SIZE_MAX / 16 || !reserve(a, b, 6 * n + 2)) {
        b->oom = true;
        return;
    }
    b->len = (size_t)(raw_str(b->p + b->len, s, n) - b->p);
    b->p[b->len] = 0;
}

void dn_json_doc(const dn_alloc *a, dn_buf *b, const char *id_json, const dener_entity *ents, size_t n, unsigned flags) {
    dn_json_cache c;
    memset(&c, 0, sizeof c);
    dn_json_doc_cached(a, b, &c, id_json, ents, n, flags);
    dn_buf_free(a, &c.esc);
}

/* Keeps the JSON s[0..n-1] of source p in the cache (not when it grows too large: it starts anew). */
static void src_keep(const dn_alloc *a, dn_json_cache *c, size_t h, const char *p, const char *s, size_t n) {
    if (c->esc.len + n > ((size_t)1 << 16) || c->esc.oom) {
        memset(c->slot, 0, sizeof c->slot);
        c->esc.len = 0;
        c->esc.oom = false;
        if (n > ((size_t)1 << 16)) return;
    }
    size_t off = c->esc.len;
    dn_buf_put(a, &c->esc, s, n);
    if (c->esc.oom) return;
    c->slot[h].p = p, c->slot[h].off = (uint32_t)off, c->slot[h].len = (uint32_t)n;
}

void dn_json_doc_cached(const dn_alloc *a, dn_buf *b, dn_json_cache *c, const char *id_json, const dener_entity *ents,
                        size_t n, unsigned flags) {
    bool pretty = flags & DENER_JSON_PRETTY;
    const char *nl1 = pretty ? "\n  " : "", *nl2 = pretty ? "\n    " : "", *nl3 = pretty ? "\n      " : "";
    const char *sp = pretty ? " " : "";
    size_t l2 = strlen(nl2), l3 = strlen(nl3), lsp = strlen(sp);
    if (!pretty) { /* compact: the same bytes with fixed separators */
        size_t lid = id_json ? strlen(id_json) : 0;
        if (!reserve(a, b, lid + 32)) return;
        char *o = b->p + b->len;
        if (id_json) {
            o = raw_put(o, "{\"id\":", 6);
            memcpy(o, id_json, lid);
            o += lid;
            o = raw_put(o, ",\"entities\":[", 13);
        } else {
            o = raw_put(o, "{\"entities\":[", 13);
        }
        size_t tlen[DENER_TYPE_COUNT] = {0};
        /* the sources recur (a few rule and lexicon names per document): the JSON of each of the
         * last ones seen is copied from the cache */
        b->len = (size_t)(o - b->p);
        for (size_t i = 0; i < n; i++) {
            const dener_entity *e = &ents[i];
            const char *tn = dener_type_name(e->type);
            size_t ltn;
            if ((unsigned)e->type < DENER_TYPE_COUNT) {
                if (!tlen[e->type]) tlen[e->type] = strlen(tn);
                ltn = tlen[e->type];
            } else {
                ltn = strlen(tn);
            }
            size_t h = ((uintptr_t)e->source >> 3 ^ (uintptr_t)e->source >> 9) & (DN_JSON_SRC_SLOTS - 1);
            const struct dn_json_src *sc = &c->slot[h];
            bool known = sc->p == e->source;
            ent_lens L = entity_lens(e, !known);
            char *o = entity_room(a, b, 160 + ltn + (known ? sc->len : 0), L.sum);
            if (!o) return;
            if (i) *o++ = ',';
            o = raw_put(o, "{\"type\":\"", 9);
            o = raw_put(o, tn, ltn);
            o = raw_put(o, "\",\"start\":", 10);
            o = raw_uint(o, e->start);
            o = raw_put(o, ",\"end\":", 7);
            o = raw_uint(o, e->end);
            o = raw_put(o, ",\"text\":", 8);
            o = raw_str(o, e->text, L.t);
            o = raw_put(o, ",\"source\":", 10);
            if (known) {
                o = raw_put(o, c->esc.p + sc->off, sc->len);
            } else {
                char *s0 = o;
                o = raw_str(o, e->source, L.src);
                src_keep(a, c, h, e->source, s0, (size_t)(o - s0));
            }
            if (e->value) o = raw_put(o, ",\"value\":", 9), o = raw_str(o, e->value, L.v);
            if (e->value_end) o = raw_put(o, ",\"value_end\":", 13), o = raw_str(o, e->value_end, L.ve);
            if (e->mod) o = raw_put(o, ",\"mod\":", 7), o = raw_str(o, e->mod, L.m);
            if (e->canonical) o = raw_put(o, ",\"canonical\":", 13), o = raw_str(o, e->canonical, L.c);
            *o++ = '}';
            b->len = (size_t)(o - b->p);
            b->p[b->len] = 0;
        }
        if (!reserve(a, b, 2)) return;
        b->p[b->len++] = ']';
        b->p[b->len++] = '}';
        b->p[b->len] = 0;
        return;
    }
    dn_buf_putc(a, b, '{');
    if (id_json) {
        dn_buf_puts(a, b, nl1);
        dn_buf_printf(a, b, "\"id\":%s", sp);
        dn_buf_puts(a, b, id_json);
        dn_buf_putc(a, b, ',');
    }
    dn_buf_puts(a, b, nl1);
    dn_buf_printf(a, b, "\"entities\":%s[", sp);
    char sep[16];
    snprintf(sep, sizeof sep, ",%s", nl3);
    size_t lsep = strlen(sep);
    for (size_t i = 0; i < n; i++) {
        const dener_entity *e = &ents[i];
        const char *tn = dener_type_name(e->type);
        size_t ltn = strlen(tn);
        /* an upper bound: escaping makes at most 6 bytes of one */
        size_t need = 160 + 2 * l2 + 6 * l3 + 9 * lsp + ltn + 5 * lsep;
        ent_lens L = entity_lens(e, true);
        char *o = entity_room(a, b, need, L.sum);
        if (!o) return;
        if (i) *o++ = ',';
        o = raw_put(o, nl2, l2);
        *o++ = '{';
        o = raw_put(o, nl3, l3);
        o = raw_put(o, "\"type\":", 7), o = raw_put(o, sp, lsp), *o++ = '"', o = raw_put(o, tn, ltn), *o++ = '"', *o++ = ',';
        o = raw_put(o, nl3, l3), o = raw_put(o, "\"start\":", 8), o = raw_put(o, sp, lsp), o = raw_uint(o, e->start), *o++ = ',';
        o = raw_put(o, nl3, l3), o = raw_put(o, "\"end\":", 6), o = raw_put(o, sp, lsp), o = raw_uint(o, e->end), *o++ = ',';
        o = raw_put(o, nl3, l3), o = raw_put(o, "\"text\":", 7), o = raw_put(o, sp, lsp);
        o = raw_str(o, e->text, L.t);
        o = raw_field(o, sep, lsep, sp, lsp, "source", 6, e->source, L.src);
        if (e->value) o = raw_field(o, sep, lsep, sp, lsp, "value", 5, e->value, L.v);
        if (e->value_end) o = raw_field(o, sep, lsep, sp, lsp, "value_end", 9, e->value_end, L.ve);
        if (e->mod) o = raw_field(o, sep, lsep, sp, lsp, "mod", 3, e->mod, L.m);
        if (e->canonical) o = raw_field(o, sep, lsep, sp, lsp, "canonical", 9, e->canonical, L.c);
        o = raw_put(o, nl2, l2);
        *o++ = '}';
        b->len = (size_t)(o - b->p);
        b->p[b->len] = 0;
    }
    if (n) dn_buf_puts(a, b, nl1);
    dn_buf_putc(a, b, ']');
    dn_buf_puts(a, b, pretty ? "\n" : "");
    dn_buf_putc(a, b, '}');
}
