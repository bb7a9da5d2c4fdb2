/* tokenize.c - stage 1: tokenizer.
 *
 * ICU's word break iterator (German locale) over a UTF-8 UText gives the raw segments; white space
 * is dropped and every other non-word segment becomes one punctuation token per character. A
 * merge pass then makes German tokens out of them:
 *   - hyphenated compounds: "Ukraine-Krieg", "Kim Jong-un", "SPD-Chef" become one token whose
 *     parts are kept (dn_part), so rules and the matcher can still look at them;
 *   - a "." directly after an initial ("W."), an inner-dotted abbreviation ("U.S.A", "e.V"; not a
 *     domain name, "Capital.com"), a known abbreviation (word class "abbrev": "Dr.", "Nr.", "bzw.";
 *     not for a word in capitals, "ING.") or a word followed by a lower-case word ("usw. und") is
 *     part of the token (DN_T_ABBR);
 *   - a one- or two-digit number followed by "." and more text is an ordinal ("16. November").
 * Sentence starts are derived from the tokens: after . ! ? : ... (that were not merged), after a
 * line break, and at the start of the text; opening quotes and brackets pass the mark on.
 *
 * Speed: a text of simple characters (simple_char, chunk_char) is segmented chunk by chunk (the
 * text between white space); most chunks need no ICU at all (fast_segs), the rest are remembered across
 * documents (dn_ck_slot). A chunk of ASCII letters and digits (with perhaps one ASCII character
 * after them) is recognised while its end is looked for, eight bytes at a time, and needs neither.
 * New token bytes get their features (form_features) and folded keys (fold_key) eight ASCII bytes
 * at a time. Token features that depend on the bytes alone are computed once per
 * document (dn_form) and kept across documents in the word cache (dn_wc_slot), whose slots also
 * give the document's form ids without a look-up in its form index. Pass 1 makes raw tokens of 16
 * bytes (dn_rawtok); passes 2 and 3 follow it closely and write each token once, most of them from
 * the template of their form (the features of its first token in the document, kept in dn_form).
 */
#include "tokenize.h"
#include "lexicon.h"
#include "match.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

void dn_tokens_free(const dn_alloc *a, dn_tokens *tk) {
    dn_free(a, tk->t_mem);
    dn_free(a, tk->raw);
    dn_free(a, tk->parts);
    dn_buf_free(a, &tk->keys);
    dn_free(a, tk->forms);
    dn_free(a, tk->fidx);
    dn_free(a, tk->tc.slot);
    dn_free(a, tk->ck);
    dn_free(a, tk->wc_mem);
    dn_free(a, tk->chunks);
    if (tk->bi) ubrk_close(tk->bi);
    if (tk->ut) utext_close(tk->ut);
    memset(tk, 0, sizeof *tk);
}

uint32_t dn_trie_lookup(const dener_model *m, const dn_trie_cache *tc, uint32_t parent, const char *key, size_t len) {
    if (!m->nebuckets || len > m->max_keylen) return DN_NO_NODE; /* (as dn_trie_child) */
    uint32_t h = dn_trie_hash(parent, key, len); /* one hash for the cache, the filter and the trie */
    /* (a key under the root that the filter lacks is not there: no bucket of the edge table is read) */
    const bool none = parent == 0 && !dn_trie_root_maybe(m, h);
    if (!tc || !tc->slot || tc->m != m || len == 0 || len > DN_TC_KEY)
        return none ? DN_NO_NODE : dn_trie_child_hashed(m, parent, key, len, h);
    dn_tc_slot *s = &tc->slot[h >> (32 - DN_TC_BITS)];
    if (s->hash == h && s->len == len && s->parent == parent && dn_eq24(s->key, key, len)) return s->node;
    uint32_t nd = none ? DN_NO_NODE : dn_trie_child_hashed(m, parent, key, len, h);
    s->hash = h;
    s->parent = parent;
    s->node = nd;
    s->len = (uint8_t)len;
    _Static_assert(DN_TC_KEY >= 16 && DN_TC_KEY <= 24, "three moves of 8 bytes cover a key");
    if (len >= 8) { /* (by overlapping moves of fixed size) */
        uint64_t x, y, z;
        memcpy(&x, key, 8), memcpy(&y, key + (len > 16 ? 8 : len - 8), 8), memcpy(&z, key + len - 8, 8);
        memcpy(s->key, &x, 8), memcpy(s->key + (len > 16 ? 8 : len - 8), &y, 8), memcpy(s->key + len - 8, &z, 8);
    } else if (len >= 4) {
        uint32_t x, y;
        memcpy(&x, key, 4), memcpy(&y, key + len - 4, 4);
        memcpy(s->key, &x, 4), memcpy(s->key + len - 4, &y, 4);
    } else {
        for (size_t k = 0; k < len; k++) s->key[k] = key[k];
    }
    return nd;
}

uint64_t dn_genitive_classes(const dener_model *m, const dn_trie_cache *tc, const char *k, size_t n) {
    if (n <= 3 || k[n - 1] != 's') return 0;
    uint32_t nd = dn_trie_lookup(m, tc, 0, k, n - 1);
    /* ("-es": "Bundestages" is the genitive of the name "Bundestag", not of the plural "Bundestage";
     * the form without "es" counts where it is a name and the one without "s" is none) */
    if ((!nd || !(m->nodes[nd].ent_mask & 7u)) && n > 4 && k[n - 2] == 'e') {
        uint32_t nd2 = dn_trie_lookup(m, tc, 0, k, n - 2);
        if (nd2 && (!nd || (m->nodes[nd2].ent_mask & 7u))) nd = nd2;
    }
    return nd ? m->nodes[nd].class_mask : 0;
}

/* Writes the typographic apostrophe U+2019 of folded text k[0..n) as "'", so that names match in
 * either spelling ("Côte d'Azur", "Côte d’Azur"), and the Romanian letters with a comma below
 * (U+0219 "ș", U+021B "ț") as those with a cedilla (U+015F "ş", U+0163 "ţ"), the older spelling the
 * place lists mostly have ("Pitești", "Piteşti"); returns the new length. */
static size_t spelling_variants(char *k, size_t n) {
    if (!memchr(k, 0xE2, n) && !memchr(k, 0xC8, n)) return n;
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        const unsigned char c = (unsigned char)k[i];
        if (c == 0xE2 && i + 2 < n && (unsigned char)k[i + 1] == 0x80 && (unsigned char)k[i + 2] == 0x99) {
            k[o++] = '\'';
            i += 2;
        } else if (c == 0xC8 && i + 1 < n && ((unsigned char)k[i + 1] == 0x99 || (unsigned char)k[i + 1] == 0x9B)) {
            k[o++] = (char)0xC5;
            k[o++] = (char)((unsigned char)k[i + 1] == 0x99 ? 0x9F : 0xA3);
            i += 1;
        } else {
            k[o++] = k[i];
        }
    }
    return o;
}

void dn_fold_append(const dener_model *m, dn_buf *b, const char *s, size_t n) {
    const dn_alloc *a = &m->alloc;
    if (b->oom) return;
    if (b->len + n + 1 > b->cap && !dn_grow(a, (void **)&b->p, &b->cap, b->len + n + 1, 1)) {
        b->oom = true;
        return;
    }
    /* ASCII and the Latin-1 letters of German, copied and folded in one pass: A-Z and
     * U+00C0-U+00DE (but U+00D7) fold to +0x20, U+00DF (sharp s) folds to "ss" (full case folding,
     * as ICU does), U+00E0-U+00FF stay; the folded text has the same length in bytes. Given up at
     * the first other sequence (nothing written counts until the end): ICU folds that text. */
    {
        char *o = b->p + b->len;
        size_t i = 0;
        for (; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c < 0x80) {
                o[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
                continue;
            }
            if (c != 0xC3 || i + 1 >= n || ((unsigned char)s[i + 1] & 0xC0) != 0x80) break;
            unsigned char d = (unsigned char)s[i + 1];
            if (d == 0x9F) {
                o[i] = 's';
                o[i + 1] = 's';
            } else {
                o[i] = (char)c;
                o[i + 1] = (char)(d <= 0x9E && d != 0x97 ? d + 0x20 : d);
            }
            i++;
        }
        if (i == n) {
            b->len += n;
            b->p[b->len] = 0;
            return;
        }
    }
    char tmp[256];
    UErrorCode st = U_ZERO_ERROR;
    int32_t need = ucasemap_utf8FoldCase(m->casemap, tmp, (int32_t)sizeof tmp, s, (int32_t)n, &st);
    if (U_SUCCESS(st)) {
        dn_buf_put(a, b, tmp, spelling_variants((char *)tmp, (size_t)need));
        return;
    }
    if (st == U_BUFFER_OVERFLOW_ERROR && need > 0) {
        char *big = dn_malloc(a, (size_t)need + 1);
        if (!big) { b->oom = true; return; }
        st = U_ZERO_ERROR;
        ucasemap_utf8FoldCase(m->casemap, big, need + 1, s, (int32_t)n, &st);
        if (U_SUCCESS(st)) dn_buf_put(a, b, big, spelling_variants(big, (size_t)need));
        else dn_buf_put(a, b, s, n);
        dn_free(a, big);
        return;
    }
    dn_buf_put(a, b, s, n); /* ill-formed input: keep bytes as they are */
}

/* dn_fold_append(m, b, s, n) and a NUL. avail: s[n - 8 .. n) may be read. ASCII goes eight bytes at
 * a time (into room for eight more bytes), Latin-1 letters among it are then mended. */
static void fold_key(const dener_model *m, dn_buf *b, const char *s, size_t n, bool avail) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (!b->oom && n && (n >= 8 || avail) && n <= 64) {
        if (b->len + n + 9 > b->cap && !dn_grow(&m->alloc, (void **)&b->p, &b->cap, b->len + n + 9, 1)) {
            b->oom = true;
            return;
        }
        const uint64_t one = 0x0101010101010101ull, hi = 0x8080808080808080ull;
        char *o = b->p + b->len;
        uint64_t any = 0;
        for (size_t i = 0; i < n; i += 8) {
            uint64_t x = dn_load8_tail(s, n, i);
            any |= x;
            uint64_t u = (x + (0x80 - 'A') * one) & ~(x + (0x80 - 'Z' - 1) * one) & hi;
            x |= u >> 2; /* ('A'..'Z' + 0x20) */
            memcpy(o + i, &x, 8);
        }
        if (any & hi) { /* Latin-1 letters (C3 xx) among ASCII, as dn_fold_append folds them; any other byte
                          * from 0x80 on (in text that goes the way below, which writes it all anew) */
            size_t next = 0; /* the bytes before next are done */
            for (size_t i = 0; i < n; i += 8) {
                uint64_t x = dn_load8_tail(s, n, i);
                /* (above the ASCII bytes, which were folded right: the addition's carries out of a
                 * byte from 0xC1 on go into the byte after it, which is a continuation byte here, and
                 * out of that no further; no byte from 0x80 on is taken for A..Z) */
                for (uint64_t h8 = x & hi; h8; h8 &= h8 - 1) {
                    size_t p = i + ((size_t)__builtin_ctzll(h8) >> 3);
                    if (p < next) continue; /* (the continuation byte) */
                    unsigned char d = p + 1 < n ? (unsigned char)s[p + 1] : 0;
                    if ((unsigned char)s[p] != 0xC3 || (d & 0xC0) != 0x80) goto slow;
                    if (d == 0x9F) o[p] = 's', o[p + 1] = 's';
                    else o[p + 1] = (char)(d <= 0x9E && d != 0x97 ? d + 0x20 : d);
                    next = p + 2;
                }
            }
        }
        b->len += n;
        b->p[b->len++] = 0;
        return;
    }
slow:
#else
    (void)avail;
#endif
    dn_fold_append(m, b, s, n);
    dn_buf_putc(&m->alloc, b, 0);
}

static bool is_quote(int32_t c) {
    switch (c) {
    case '"': case '\'': case 0x201E: case 0x201C: case 0x201D: case 0x201A: case 0x2018: case 0x2019:
    case 0x00AB: case 0x00BB: case 0x2039: case 0x203A: return true;
    default: return false;
    }
}
static bool is_open(int32_t c) {
    return c == '(' || c == '[' || c == '{' || c == 0x201E || c == 0x201A || c == 0x00BB || c == 0x00AB ||
           c == 0x201C || c == '"';
}

/* Code point counter over the text, moving forward only. */
typedef struct cp_cursor {
    const char *s;
    size_t n, b, c;
    bool valid;
} cp_cursor;

static inline size_t cp_at(cp_cursor *cc, size_t b) {
    if (b < cc->b) { cc->b = 0; cc->c = 0; }
    if (cc->valid) {
        const unsigned char *u = (const unsigned char *)cc->s;
        size_t c = cc->c, i = cc->b;
        if (b == i + 1) c += (u[i] & 0xC0) != 0x80; /* (mostly one space between tokens) */
        else
            for (; i < b; i++) c += (u[i] & 0xC0) != 0x80;
        cc->c = c;
        cc->b = b;
        return c;
    }
    while (cc->b < b) {
        dn_u8_next(cc->s, &cc->b, cc->n, NULL);
        cc->c++;
    }
    return cc->c;
}

#define DN_NO_FORM UINT32_MAX

#if defined(__GNUC__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#define NOINLINE __attribute__((noinline))
#else
#define ALWAYS_INLINE inline
#define NOINLINE
#endif

/* The flags that pass 3 reads for a token without parts (classes_of, compound_scan). */
#define DN_WC_P3MASK (DN_T_PUNCT | DN_T_CAP | DN_T_UPPER | DN_T_COMPOUND)

static uint32_t form_hash(const char *s, size_t n) { return (uint32_t)dn_hash_words(s, n, 0); }

/* The word cache's set of two slots for hash h (form_hash). */
static inline dn_wc_slot *wc_set(const dn_tokens *tk, uint32_t h) {
    _Static_assert(DN_WC_BITS >= 1, "two slots a set");
    return &tk->wc[(h >> (32 - DN_WC_BITS)) & ~(uint32_t)1];
}

/* Of the word cache's two slots for the bytes s[0..n-1] (1 <= n <= DN_WC_BYTES) of hash h: the one
 * that holds them (*same true), else the one that new bytes take (*same false): the slot the older
 * document used (a free one has stamp 0; so it is of the current document only if both are). */
static ALWAYS_INLINE bool wc_eq(const char *bytes, const char *s, size_t n, bool r24) {
#if defined(DN_HAVE_READ24)
    _Static_assert(DN_WC_BYTES == 24, "the slot's bytes are the 24 that dn_eq24_read24 reads");
    if (r24) return dn_eq24_read24(bytes, s, n);
#else
    (void)r24;
#endif
    return dn_eq24(bytes, s, n);
}
/* (r24: s[0 .. 24) may be read) */
static ALWAYS_INLINE dn_wc_slot *wc_probe_r(const dn_tokens *tk, const char *s, size_t n, uint32_t h, bool *same, bool r24) {
    dn_wc_slot *x = wc_set(tk, h);
    if (x[0].hash == h && x[0].len == n && wc_eq(x[0].bytes, s, n, r24)) {
        *same = true;
        return &x[0];
    }
    if (x[1].hash == h && x[1].len == n && wc_eq(x[1].bytes, s, n, r24)) {
        *same = true;
        return &x[1];
    }
    *same = false;
    return x[1].stamp < x[0].stamp ? &x[1] : &x[0];
}
static ALWAYS_INLINE dn_wc_slot *wc_probe(const dn_tokens *tk, const char *s, size_t n, uint32_t h, bool *same) {
    return wc_probe_r(tk, s, n, h, same, false);
}

/* The slot of the word cache for the bytes s[0..n-1] of hash h (form_hash) if it holds them, else NULL. */
static inline dn_wc_slot *wc_find(const dn_tokens *tk, const char *s, size_t n, uint32_t h) {
    if (!tk->wc || !n || n > DN_WC_BYTES) return NULL;
    bool same;
    dn_wc_slot *w = wc_probe(tk, s, n, h, &same);
    return same ? w : NULL;
}

#define DN_NO_SLOT UINT32_MAX

/* The form id of text[b0 .. b0 + n) of hash h (form_hash), added if new; DN_NO_FORM if
 * memory runs out. A form of 1 to DN_WC_BYTES bytes takes a word cache slot of its set that no
 * other form of this document has taken (stamp, form): found there, it needs no look-up in the
 * document's index fidx, which holds only the other forms. (A form of this document either holds a
 * slot, which it keeps to the end of the document, or is in fidx because other forms of the
 * document held both slots of its set, which they keep: so bytes found in a slot of an earlier
 * document, or a slot of an earlier document in their set, mean a form new to this document.) */
static ALWAYS_INLINE uint32_t form_add(const dn_alloc *a, dn_tokens *tk, const char *text, size_t b0, size_t n, uint32_t h,
                                        dn_wc_slot *w, bool same, size_t i, bool want_wf);
static bool form_features(const char *s, size_t n, bool avail, bool want_wf, uint32_t *cps, uint8_t *digit,
                          uint16_t *wflags);
static uint32_t form_of(const dn_alloc *a, dn_tokens *tk, const char *text, size_t b0, size_t n, uint32_t h) {
    dn_wc_slot *w = NULL; /* the slot the new form takes */
    bool same = false;    /* which holds its bytes */
    if (tk->wc && n && n <= DN_WC_BYTES) {
        dn_wc_slot *x = wc_probe(tk, text + b0, n, h, &same);
        if (x->stamp == tk->stamp) {
            if (same) return x->form;
            same = false;
        } else {
            w = x;
        }
    }
    size_t i = DN_NO_SLOT;
    if (!w) {
        if (2 * (tk->nfidx + 1) > tk->fidx_cap) { /* (the forms in word cache slots are not in it) */
            size_t ncap = tk->fidx_cap ? 2 * tk->fidx_cap : 1024;
            uint32_t *ni = dn_calloc(a, ncap, sizeof *ni);
            if (!ni) return DN_NO_FORM;
            for (size_t f = 0; f < tk->nforms; f++) {
                if (tk->forms[f].slot == DN_NO_SLOT) continue;
                size_t j = tk->forms[f].hash & (ncap - 1);
                while (ni[j]) j = (j + 1) & (ncap - 1);
                ni[j] = (uint32_t)f + 1;
                tk->forms[f].slot = (uint32_t)j;
            }
            dn_free(a, tk->fidx);
            tk->fidx = ni;
            tk->fidx_cap = ncap;
        }
        i = h & (tk->fidx_cap - 1);
        for (; tk->fidx[i]; i = (i + 1) & (tk->fidx_cap - 1)) {
            const dn_form *f = &tk->forms[tk->fidx[i] - 1];
            if (f->hash == h && f->len == n &&
                (n <= 24 ? dn_eq24(text + f->b0, text + b0, n) : memcmp(text + f->b0, text + b0, n) == 0))
                return tk->fidx[i] - 1;
        }
    }
    return form_add(a, tk, text, b0, n, h, w, same, i, false);
}

/* Adds the form text[b0 .. b0 + n) of hash h: into the word cache slot w (which holds its bytes if
 * same), or else at place i of fidx; with its word_flags if want_wf. DN_NO_FORM if memory runs out. */
static ALWAYS_INLINE uint32_t form_add(const dn_alloc *a, dn_tokens *tk, const char *text, size_t b0, size_t n, uint32_t h,
                                        dn_wc_slot *w, bool same, size_t i, bool want_wf) {
    if (tk->nforms >= UINT32_MAX - 1 ||
        (tk->nforms == tk->forms_cap && !DN_GROW(a, tk->forms, tk->forms_cap, tk->nforms + 1)))
        return DN_NO_FORM;
    uint32_t id = (uint32_t)tk->nforms++;
    dn_form *f = &tk->forms[id];
    f->b0 = (uint32_t)b0;
    f->len = (uint32_t)n;
    f->hash = h;
    f->slot = (uint32_t)i;
    f->wslot = w ? (uint32_t)(w - tk->wc) : UINT32_MAX;
    f->tok = DN_NO_FORM;
    f->tshape = DN_NO_TSHAPE;
    f->wflags = 0;
    f->has_wf = 0;
    memset(f->rlits, 0, sizeof f->rlits); /* (from the slot in pass 3, which reads that line anyway) */
    if (same) {
        f->rrx[0] = w->rrx[0], f->rrx[1] = w->rrx[1];
        f->dstart = w->dstart;
        f->cps = w->cps;
        f->digit = w->digit;
        if (w->has_wf) {
            f->wflags = w->wflags;
            f->has_wf = 1;
        }
    } else {
        f->rrx[0] = f->rrx[1] = 0;
        f->dstart = 0;
        uint32_t cps;
        uint8_t dg;
        uint16_t wf = 0;
        bool has_wf = form_features(text + b0, n, b0 + n >= 8, want_wf, &cps, &dg, &wf);
        f->cps = cps;
        f->digit = dg;
        f->wflags = wf;
        f->has_wf = has_wf;
        if (w) { /* the bytes take the slot */
            w->hash = h;
            w->len = (uint8_t)n;
            memcpy(w->bytes, text + b0, n);
            w->cps = (uint8_t)cps;
            w->digit = dg;
            w->wflags = wf;
            w->has_wf = has_wf;
            w->keylen = DN_WC_NOKEY;
            w->abbr = 0;
            memset(w->rlits, 0, sizeof w->rlits);
            w->rrx[0] = w->rrx[1] = 0;
            w->dstart = 0;
        }
    }
    if (w) {
        w->stamp = tk->stamp;
        w->form = id;
    } else {
        tk->fidx[i] = id + 1;
        tk->nfidx++;
    }
    return id;
}

/* Room for need tokens in tk->t (keeping its first tk->n), which starts on a 64-byte boundary: a
 * token (64 bytes) then lies in one cache line, and a token read again later (by the rules; in pass 3
 * the first token of its form, if it has parts) costs one line, not two. */
static bool grow_tokens(const dn_alloc *a, dn_tokens *tk, size_t need) {
    if (need <= tk->cap) return true;
    size_t nc = tk->cap ? tk->cap : 64;
    while (nc < need) {
        if (nc > SIZE_MAX / 4 / sizeof(dn_token)) return false;
        nc *= 2;
    }
    void *mem = dn_malloc(a, nc * sizeof(dn_token) + 64);
    if (!mem) return false;
    dn_token *t = (dn_token *)((char *)mem + (64 - (uintptr_t)mem % 64) % 64);
    if (tk->n) memcpy(t, tk->t, tk->n * sizeof *t);
    dn_free(a, tk->t_mem);
    tk->t_mem = mem;
    tk->t = t;
    tk->cap = nc;
    return true;
}

/* Appends the raw token text[b0..b1) of form `form` (DN_NO_FORM: found in pass 3) with flags. */
static inline bool push_raw(const dn_alloc *a, dn_tokens *tk, size_t b0, size_t b1, uint32_t form, uint16_t flags) {
    if (tk->nraw == tk->raw_cap && !dn_grow(a, (void **)&tk->raw, &tk->raw_cap, tk->nraw + 1, sizeof *tk->raw))
        return false;
    tk->raw[tk->nraw++] = (dn_rawtok){(uint32_t)b0, (uint32_t)b1, form, flags};
    return true;
}

/* Features of a word token from its first code point and its letters. */
static uint16_t word_flags(const char *s, size_t n) {
    uint16_t f = 0;
    size_t i = 0;
    unsigned char b0 = n ? (unsigned char)s[0] : 0;
    if (b0 >= 'A' && b0 <= 'Z') f |= DN_T_CAP; /* ASCII and Latin-1 letters: ICU's answers, without the calls */
    else if (b0 >= 'a' && b0 <= 'z') f |= DN_T_LOWER;
    else if (b0 == 0xC3 && n >= 2 && (unsigned char)s[1] >= 0x80 && (unsigned char)s[1] <= 0xBF) {
        unsigned c1 = (unsigned char)s[1] + 0x40; /* U+00C0 .. U+00FF */
        if (c1 <= 0xDE && c1 != 0xD7) f |= DN_T_CAP;
        else if (c1 >= 0xDF && c1 != 0xF7) f |= DN_T_LOWER;
    } else if (b0 >= 0x80 || n == 0) {
        int32_t c = dn_u8_next(s, &i, n, NULL);
        if (u_isupper(c) || u_istitle(c)) f |= DN_T_CAP;
        else if (u_islower(c)) f |= DN_T_LOWER;
    }
    int32_t c;
    int letters = 0, upper = 0;
    bool digits_only = true;
    for (i = 0; i < n;) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80) { /* ASCII: the same answers as ICU's, without the calls */
            i++;
            if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
                letters++;
                if (b <= 'Z') upper++;
                digits_only = false;
            } else if (!(b >= '0' && b <= '9') && b != '.' && b != ',' && b != ':') {
                digits_only = false;
            }
            continue;
        }
        if (b == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0xBF) {
            unsigned c1 = (unsigned char)s[i + 1] + 0x40; /* U+00C0 .. U+00FF: letters but U+00D7, U+00F7 */
            i += 2;
            digits_only = false;
            if (c1 != 0xD7 && c1 != 0xF7) {
                letters++;
                if (c1 <= 0xDE) upper++;
            }
            continue;
        }
        c = dn_u8_next(s, &i, n, NULL);
        if (u_isalpha(c)) {
            letters++;
            if (u_isupper(c)) upper++;
            digits_only = false;
        } else if (!u_isdigit(c) && c != '.' && c != ',' && c != ':') {
            digits_only = false;
        }
    }
    if (letters) f |= DN_T_WORD;
    else if (digits_only) f |= DN_T_NUM;
    if (letters >= 2 && upper == letters) f |= DN_T_UPPER;
    return f;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* form_features of ASCII with Latin-1 letters (C3 xx) and no other bytes from 0x80 on (else false),
 * given s[n - 8 .. n) may be read: eight bytes at a time for the ASCII bytes (masks of A..Z, a..z
 * and digits from the low seven bits, so no carry crosses a byte), then the few bytes from 0x80 on,
 * as word_flags counts them (a C3 pair is a letter but U+00D7, U+00F7; never digits only). */
static bool latin1_features(const char *s, size_t n, uint32_t *cps, uint8_t *digit, uint16_t *wflags) {
    const uint64_t one = 0x0101010101010101ull, hi = 0x8080808080808080ull;
    unsigned letters = 0, upper = 0, pairs = 0;
    uint64_t dg = 0;
    size_t next = 0; /* the bytes before next are done */
    for (size_t i = 0; i < n; i += 8) {
        const uint64_t x = dn_load8_tail(s, n, i); /* (the bytes above the end are 0: no class) */
        const uint64_t x7 = x & ~hi, asc = ~x & hi, y = x7 | 0x2020202020202020ull;
        const uint64_t l = (y + (0x80 - 'a') * one) & ~(y + (0x80 - 'z' - 1) * one) & asc;
        const uint64_t u = (x7 + (0x80 - 'A') * one) & ~(x7 + (0x80 - 'Z' - 1) * one) & asc;
        dg |= (x7 + (0x80 - '0') * one) & ~(x7 + (0x80 - '9' - 1) * one) & asc;
        letters += (unsigned)__builtin_popcountll(l);
        upper += (unsigned)__builtin_popcountll(u);
        for (uint64_t h8 = x & hi; h8; h8 &= h8 - 1) {
            size_t p = i + ((size_t)__builtin_ctzll(h8) >> 3);
            if (p < next) continue; /* (the continuation byte) */
            unsigned char d = p + 1 < n ? (unsigned char)s[p + 1] : 0;
            if ((unsigned char)s[p] != 0xC3 || (d & 0xC0) != 0x80) return false;
            unsigned c1 = d + 0x40; /* U+00C0 .. U+00FF */
            if (c1 != 0xD7 && c1 != 0xF7) {
                letters++;
                if (c1 <= 0xDE) upper++;
            }
            pairs++;
            next = p + 2;
        }
    }
    uint16_t f = 0;
    unsigned char b0 = (unsigned char)s[0];
    if (b0 >= 'A' && b0 <= 'Z') f |= DN_T_CAP;
    else if (b0 >= 'a' && b0 <= 'z') f |= DN_T_LOWER;
    else if (b0 == 0xC3) { /* (a pair, as found above) */
        unsigned c1 = (unsigned char)s[1] + 0x40;
        if (c1 <= 0xDE && c1 != 0xD7) f |= DN_T_CAP;
        else if (c1 >= 0xDF && c1 != 0xF7) f |= DN_T_LOWER;
    }
    if (letters) f |= DN_T_WORD;
    if (letters >= 2 && upper == letters) f |= DN_T_UPPER;
    *cps = (uint32_t)(n - pairs);
    *digit = dg != 0;
    *wflags = f;
    return true;
}
#endif

/* The features of the bytes s[0..n-1] a form keeps: code points, whether they hold an ASCII digit,
 * and word_flags() (if want_wf, or found on the way: returns whether *wflags is set). avail:
 * s[n - 8 .. n) may be read (8 bytes of the text end at s + n). Words of ASCII (with a letter) and of
 * ASCII with Latin-1 letters go eight bytes at a time; the rest byte by byte. */
static bool form_features(const char *s, size_t n, bool avail, bool want_wf, uint32_t *cps, uint8_t *digit,
                          uint16_t *wflags) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (n && (n >= 8 || avail)) {
        const uint64_t one = 0x0101010101010101ull, hi = 0x8080808080808080ull;
        uint64_t any = 0, lt = 0, dg = 0; /* (high bits per byte) */
        bool multi = false, lower = false;        /* two or more letters; a lower-case one */
        size_t i = 0;
        for (;;) {
            const uint64_t x = dn_load8_tail(s, n, i); /* (the bytes above the end are 0: no class) */
            any |= x;
            uint64_t y = x | 0x2020202020202020ull;
            uint64_t l = (y + (0x80 - 'a') * one) & ~(y + (0x80 - 'z' - 1) * one) & hi;
            uint64_t u = (x + (0x80 - 'A') * one) & ~(x + (0x80 - 'Z' - 1) * one) & hi;
            uint64_t d = (x + (0x80 - '0') * one) & ~(x + (0x80 - '9' - 1) * one) & hi;
            multi |= (l & (l - 1)) != 0 || (l && lt);
            lower |= (l & ~u) != 0;
            lt |= l, dg |= d;
            i += 8;
            if (i >= n) break;
        }
        if (!(any & hi) && lt) { /* ASCII with a letter */
            unsigned char c0 = (unsigned char)s[0];
            uint16_t f = DN_T_WORD;
            if (c0 >= 'A' && c0 <= 'Z') f |= DN_T_CAP;
            else if (c0 >= 'a' && c0 <= 'z') f |= DN_T_LOWER;
            if (multi && !lower) f |= DN_T_UPPER;
            *cps = (uint32_t)n;
            *digit = dg != 0;
            *wflags = f;
            return true;
        }
        if ((any & hi) && latin1_features(s, n, cps, digit, wflags)) return true;
    }
#else
    (void)avail;
#endif
    const unsigned char *u = (const unsigned char *)s;
    uint32_t c = 0;
    unsigned dg = 0;
    for (size_t k = 0; k < n; k++) {
        c += (u[k] & 0xC0) != 0x80;
        dg |= (unsigned)(u[k] - '0') < 10u;
    }
    *cps = c;
    *digit = (uint8_t)dg;
    if (!want_wf) return false;
    *wflags = word_flags(s, n);
    return true;
}

/* The word classes of key (and its trie node in *node if node is not NULL). Not through the trie
 * cache: a key looked up here is one the word cache did not know, mostly a word new to the cache
 * altogether (on news text 84% of the look-ups under the root missed the trie cache, and their
 * slots pushed out others). */
static uint64_t classes_of(const dener_model *m, const char *key, size_t len, uint32_t *node,
                           uint16_t flags) {
    uint32_t nd = dn_trie_lookup(m, NULL, 0, key, len);
    if (node) *node = nd;
    if (!nd) return 0;
    uint64_t cl = m->nodes[nd].class_mask;
    if (!(flags & (DN_T_CAP | DN_T_UPPER))) cl &= ~m->nodes[nd].class_cap;
    return cl;
}

static void compound_scan(const dener_model *m, const char *k, size_t n, uint64_t *head, bool *modnoun);

/* For a genitive key k[0..n-1] ("-s", "-es") that has no lexicon node: the classes of its base
 * form as a whole into *cls, else those of the base's head into *head, both restricted to inst,
 * the nouns of institutions (dn_tokens.inst_classes) ("Sozialgerichts" as "Sozialgericht": @orghead;
 * "Kreiskrankenhauses": @orghead~). (Not common nouns: "Bordes" of "Ludovica des Bordes" is no
 * genitive of "Bord".) */
static void genitive_base(const dener_model *m, uint64_t inst, const char *k, size_t n, uint64_t *cls,
                          uint64_t *head) {
    if (n < 4 || k[n - 1] != 's' || !inst) return;
    uint64_t cl = dn_genitive_classes(m, NULL, k, n);
    if (cl) {
        *cls |= cl & inst;
        return;
    }
    uint64_t h = 0;
    bool modnoun;
    if (n - 1 >= 7) compound_scan(m, k, n - 1, &h, &modnoun);
    if (!h && k[n - 2] == 'e' && n - 2 >= 7) compound_scan(m, k, n - 2, &h, &modnoun);
    *head |= h & inst;
}

/* Longest suffix of a closed compound looked up as its head (in bytes of the folded key). */
#define DN_HEAD_MAX_BYTES 64

/* Scans the split points of a capitalised closed compound k[0..n-1] (folded) from the longest
 * suffix, each suffix looked up once, for two features:
 * - *head: the classes of its head, the longest suffix of at least 4 code points after at least 3
 *   that has a word class ("förderprogramm" -> classes of "programm"); 0 if none;
 * - *modnoun: whether it splits into a common noun (also with a linking -s, -es, -n, -en, -er or
 *   -e) and a known word of at least 3 code points ("weinberg", "stellenabbau", "wirtshaus");
 *   names of places and firms mostly do not ("kemmelberg", "schwielowsee").
 * Only the last DN_HEAD_MAX_BYTES bytes are tried (linear time on huge words). The look-ups bypass
 * the trie cache: the suffixes and modifiers of words the word cache did not know rarely recur, and
 * their slots would push out the look-ups of whole words. */
static void compound_scan(const dener_model *m, const char *k, size_t n, uint64_t *head,
                          bool *modnoun) {
    uint64_t noun = m->cls_commonnoun >= 0 ? 1ull << m->cls_commonnoun : 0;
    size_t at0 = 0, cps0 = 0;
    *head = 0;
    *modnoun = false;
    if (n > DN_HEAD_MAX_BYTES + 8) {
        at0 = n - DN_HEAD_MAX_BYTES;
        while (at0 < n && ((unsigned char)k[at0] & 0xC0) == 0x80) at0++;
        cps0 = 2;
    }
    /* the code points of k[at0..n): pos[j] is where the j-th starts, pos[np] == n */
    size_t pos[DN_HEAD_MAX_BYTES + 10], np = 0;
    for (size_t i = at0; i < n;) {
        pos[np++] = i;
        if ((unsigned char)k[i] < 0x80) i++;
        else dn_u8_next(k, &i, n, NULL);
    }
    pos[np] = n;
    if (!m->nebuckets) return;
    /* the suffixes' hashes first; most suffixes are no words, which the filter of the root's edges
     * mostly tells (look[j] 0: not there), and the buckets of the others are fetched at once, so
     * that their misses of the processor's caches overlap */
    const size_t j0 = cps0 >= 2 ? 1 : 3 - cps0; /* (j + cps0 >= 3, j >= 1) */
    uint32_t hs[DN_HEAD_MAX_BYTES + 10];
    uint8_t look[DN_HEAD_MAX_BYTES + 10];
    for (size_t j = j0; j + 3 <= np; j++) {
        size_t at = pos[j];
        look[j] = 0;
        if (n - at > m->max_keylen) continue;
        uint32_t h = dn_trie_hash(0, k + at, n - at);
        if (!dn_trie_root_maybe(m, h)) continue;
        hs[j] = h;
        look[j] = 1;
#if defined(__GNUC__)
        __builtin_prefetch(&m->ebuckets[h & (m->nebuckets - 1)]);
#endif
    }
    /* the suffix k[pos[j]..n) after j + cps0 code points, of np - j code points */
    for (size_t j = j0; j < np && !(*head && (*modnoun || !noun)); j++) {
        size_t rest = np - j;
        if (rest < 3) break;
        size_t at = pos[j];
        if (!look[j]) continue;
        uint32_t tail = dn_trie_child_hashed(m, 0, k + at, n - at, hs[j]); /* (as dn_trie_lookup) */
        if (!tail) continue;
        const dn_node *nd = &m->nodes[tail];
        if (!*head && rest >= 4 && nd->class_mask) *head = nd->class_mask;
        if (*modnoun || !noun || !(nd->class_mask | nd->ent_mask)) continue;
        /* the modifier k[0..at - ll) before a linking "", "s", "es", "n", "en", "er" or "e" */
        char c1 = k[at - 1], c2 = at >= 2 ? k[at - 2] : 0;
        size_t links[7], nl = 0;
        links[nl++] = 0;
        if (c1 == 's') {
            links[nl++] = 1;
            if (c2 == 'e') links[nl++] = 2;
        }
        if (c1 == 'n') {
            links[nl++] = 1;
            if (c2 == 'e') links[nl++] = 2;
        }
        if (c1 == 'r' && c2 == 'e') links[nl++] = 2;
        if (c1 == 'e') links[nl++] = 1;
        for (size_t l = 0; l < nl && !*modnoun; l++) {
            size_t ll = links[l];
            if (ll >= at) continue;
            uint32_t mod = dn_trie_lookup(m, NULL, 0, k, at - ll);
            *modnoun = mod && (m->nodes[mod].class_mask & noun);
        }
    }
}

/* A word that starts a web address: "http", "https", "www", "ftp". */
static bool url_word(const char *s, size_t n) {
    return (n == 4 && memcmp(s, "http", 4) == 0) || (n == 5 && memcmp(s, "https", 5) == 0) ||
           (n == 3 && (memcmp(s, "www", 3) == 0 || memcmp(s, "ftp", 3) == 0));
}

static bool letters_only_single(const char *s, size_t n) {
    size_t i = 0;
    int32_t c = dn_u8_next(s, &i, n, NULL);
    return i == n && u_isalpha(c);
}

/* ------------------------------------------------------------------ pass 1: raw tokens */

static bool is_ws(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

#define LQ 64 /* a power of two */
typedef struct p1_state {
    uint16_t pending; /* DN_T_NL / DN_T_SPACE / DN_T_PARA for the next token */
    int newlines;
    /* the words whose buckets lex_prefetch fetched, not yet passed to pass 3 (merge_span): raw
     * token lq_r and edge hash lq_h, entries lq_head .. lq_tail - 1 (mod LQ) */
    unsigned lq_head, lq_tail;
    uint32_t lq_r[LQ], lq_h[LQ];
    size_t len; /* the length of the text */
} p1_state;

/* For a word text[b0 .. b0 + n) whose features pass 3 will compute (a form new to the word cache):
 * fetches the bucket of the lexicon's edge table that its look-up (classes_of) will read, and the
 * word of the root's filter it tests first, into the processor's cache, while pass 1 goes on (the
 * table is large, and its buckets mostly miss); and queues the edge hash in ps for the second step
 * (merge_span fetches the node the bucket names). The key is folded past the end of the keys
 * (which pass 3 then writes over). (It does not test the filter itself: its word would not have
 * come yet, and the test would wait for it.) */
static NOINLINE void lex_prefetch(dn_tokens *tk, p1_state *ps, const char *text, size_t b0, size_t n) {
#if defined(__GNUC__)
    const dener_model *m = tk->wc_m;
    if (!m || !m->nebuckets || n > m->max_keylen || n > 64) return;
    size_t k0 = tk->keys.len;
    fold_key(m, &tk->keys, text + b0, n, b0 + n >= 8);
    if (tk->keys.oom) return;
    size_t kl = tk->keys.len - 1 - k0;
    tk->keys.len = k0;
    if (kl > m->max_keylen) return;
    uint32_t h = dn_trie_hash(0, tk->keys.p + k0, kl);
    __builtin_prefetch(&m->ebuckets[h & (m->nebuckets - 1)]);
    if (m->root_bloom) __builtin_prefetch(&m->root_bloom[h & m->root_bloom_mask]); /* (what pass 3 reads first) */
    dn_match_cont_prefetch(m, dn_match_cont_hash(tk->keys.p + k0, kl)); /* (and dn_match_word_bits first) */
    if (ps->lq_tail - ps->lq_head == LQ) ps->lq_head++; /* (the oldest goes) */
    ps->lq_r[ps->lq_tail % LQ] = (uint32_t)tk->nraw;
    ps->lq_h[ps->lq_tail % LQ] = h;
    ps->lq_tail++;
#else
    (void)tk, (void)ps, (void)text, (void)b0, (void)n;
#endif
}

/* A word segment text[b0..b1) (ICU's rule status "not none") of hash h (form_hash): one token. */
static ALWAYS_INLINE bool seg_word_h(const dn_alloc *a, dn_tokens *tk, const char *text, size_t b0, size_t b1, uint32_t h,
                                      p1_state *ps) {
    if (tk->nraw == tk->raw_cap && !dn_grow(a, (void **)&tk->raw, &tk->raw_cap, tk->nraw + 1, sizeof *tk->raw))
        return false;
    size_t n = b1 - b0;
    uint32_t form;
    /* (form_of, with one look at the set) */
    bool same = false;
    dn_wc_slot *x = tk->wc && n && n <= DN_WC_BYTES ? wc_probe_r(tk, text + b0, n, h, &same, b0 + 24 <= ps->len) : NULL;
    if (x && x->stamp != tk->stamp) form = form_add(a, tk, text, b0, n, h, x, same, DN_NO_SLOT, true);
    else if (same) form = x->form;
    else form = form_of(a, tk, text, b0, n, h);
    if (form == DN_NO_FORM) return false;
    dn_form *fm = &tk->forms[form];
#if defined(__GNUC__)
    /* what pass 3 (merge_span, MERGE_LAG tokens or more behind) reads for the first token of a form
     * (the others take the form's template): the pass-3 features in the slot's second line */
    if (fm->tok == DN_NO_FORM && x) __builtin_prefetch(&x->classes);
#endif
    if (fm->tok == DN_NO_FORM && !(same && x->keylen != DN_WC_NOKEY)) lex_prefetch(tk, ps, text, b0, n);
    if (!fm->has_wf) {
        fm->wflags = word_flags(text + b0, b1 - b0);
        fm->has_wf = 1;
        dn_wc_slot *w = wc_find(tk, text + b0, b1 - b0, fm->hash);
        if (w) {
            w->wflags = fm->wflags;
            w->has_wf = 1;
        }
    }
    uint16_t flags = (uint16_t)(fm->wflags | ps->pending);
    ps->pending = 0;
    ps->newlines = 0;
    if (!(flags & (DN_T_WORD | DN_T_NUM))) flags |= DN_T_WORD;
    tk->raw[tk->nraw++] = (dn_rawtok){(uint32_t)b0, (uint32_t)b1, form, flags};
    return true;
}

static bool seg_word(const dn_alloc *a, dn_tokens *tk, const char *text, size_t b0, size_t b1, p1_state *ps) {
#if defined(DN_HAVE_READ24)
    if (b1 - b0 <= 24 && b0 + 24 <= ps->len) /* (the same hash, without branches on the length) */
        return seg_word_h(a, tk, text, b0, b1, (uint32_t)dn_hash_words24(text + b0, b1 - b0, 0), ps);
#endif
    return seg_word_h(a, tk, text, b0, b1, form_hash(text + b0, b1 - b0), ps);
}

/* A non-word segment text[b0..b1): one token per non-space code point (white space and line
 * breaks go to ps->pending). */
static bool seg_other(const dn_alloc *a, dn_tokens *tk, const char *text, size_t b0, size_t b1, p1_state *ps) {
    for (size_t i = b0; i < b1;) {
        size_t at = i;
        unsigned char c0 = (unsigned char)text[i];
        if (c0 == ' ' || c0 == '\t') { /* (the usual white space, as below) */
            ps->pending |= DN_T_SPACE;
            i++;
            continue;
        }
        int32_t c;
        if (c0 < 0x80) c = c0, i++;
        else c = dn_u8_next(text, &i, b1, NULL);
        if (c == '\n' || c == 0x2028 || c == 0x2029 || c == 0x85 || c == '\r') {
            if (c == '\r' && i < b1 && text[i] == '\n') i++;
            ps->pending |= DN_T_NL | DN_T_SPACE;
            if (++ps->newlines >= 2) ps->pending |= DN_T_PARA;
            continue;
        }
        if (c < 0x80 ? c < 0x20 || c == 0x7F /* (the ASCII white space and controls) */
                     : u_isUWhiteSpace(c) || c == 0xFEFF || u_charType(c) == U_CONTROL_CHAR || u_charType(c) == U_FORMAT_CHAR) {
            ps->pending |= DN_T_SPACE;
            continue;
        }
        /* attach following combining marks (none is ASCII) */
        while (i < b1 && (unsigned char)text[i] >= 0x80) {
            size_t j = i;
            int32_t d = dn_u8_next(text, &j, b1, NULL);
            int8_t ct = u_charType(d);
            if (ct == U_NON_SPACING_MARK || ct == U_ENCLOSING_MARK || ct == U_COMBINING_SPACING_MARK) i = j;
            else break;
        }
        uint16_t flags = (uint16_t)(DN_T_PUNCT | ps->pending);
        if (is_quote(c)) flags |= DN_T_QUOTE;
        if (is_open(c)) flags |= DN_T_OPEN;
        if (c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ':' || c == ';') flags |= DN_T_SENTEND;
        ps->pending = 0;
        ps->newlines = 0;
        if (!push_raw(a, tk, at, i, DN_NO_FORM, flags)) return false;
    }
    return true;
}

/* seg_other over the one printable ASCII character c at text[b0] (not white space) */
static inline bool punct_ascii(const dn_alloc *a, dn_tokens *tk, size_t b0, unsigned char c, p1_state *ps) {
    uint16_t flags = (uint16_t)(DN_T_PUNCT | ps->pending);
    if (is_quote(c)) flags |= DN_T_QUOTE;
    if (is_open(c)) flags |= DN_T_OPEN;
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') flags |= DN_T_SENTEND;
    ps->pending = 0;
    ps->newlines = 0;
    return push_raw(a, tk, b0, b0 + 1, DN_NO_FORM, flags);
}

/* (the form hash: a chunk of one word segment is its token's form) */
uint32_t dn_chunk_hash(const char *s, size_t n) { return form_hash(s, n); }

/* Whether the character at u[0..n-1] (not ASCII) may be in a simple text: a text that holds only
 * white space (space, tab, line feed, carriage return), printable ASCII,
 * U+00A0..U+024F but the soft hyphen (Latin-1 and the Latin letters of Extended-A and -B), the dashes, quotation marks, ellipsis and euro sign of
 * U+2013..U+20AC listed below. None of them is Extend, Format, ZWJ, a regional indicator or a
 * character of a dictionary script in Unicode's word break rules (UAX #29), so that between white
 * space (where every rule breaks) ICU's word boundaries and their rule status depend on the text
 * between that white space alone: a chunk of such text can be segmented by itself, or remembered. */
static bool simple_char(const unsigned char *u, size_t n) {
    unsigned c = u[0];
    if (c >= 0xC3 && c <= 0xC9 && n > 1 && u[1] >= 0x80 && u[1] <= (c == 0xC9 ? 0x8F : 0xBF))
        return true; /* U+00C0 .. U+024F: Latin letters (and U+00D7, U+00F7) */
    if (c == 0xC2 && n > 1 && u[1] >= 0xA0 && u[1] <= 0xBF && u[1] != 0xAD) return true;
    if (c == 0xE2 && n > 2 && u[1] == 0x80) {
        unsigned d = u[2];
        return d == 0x93 || d == 0x94 || d == 0x98 || d == 0x99 || d == 0x9A || d == 0x9C || d == 0x9D || d == 0x9E ||
               d == 0xA6;
    }
    return c == 0xE2 && n > 2 && u[1] == 0x82 && u[2] == 0xAC;
}

/* Whether the well-formed character at s[*i] (not ASCII, not simple_char) may be in a simple text
 * as well (its length is added to *i): a character whose word break class (UAX #29) lets the rules
 * look no further than the white space around its chunk, and that no dictionary segments (ICU's
 * Han, Hiragana, Katakana, Hangul and complex-context scripts): letters and digits of other
 * scripts (ALetter, Hebrew_Letter, Numeric), what joins them (MidLetter, MidNum, MidNumLet,
 * ExtendNumLet, quotes), symbols and punctuation (Other), marks and format characters (Extend,
 * Format, ZWJ: "\u00AD", "\u0301"). The one rule that joins such a character to the white space
 * before it (WB4: Extend, Format and ZWJ after white space belong to it) changes no token: the
 * tokens of a non-word segment are its characters (seg_other). Not white space of another kind
 * (WSegSpace, which WB3d joins to a space), line breaks (Newline), regional indicators, Katakana.
 * A chunk with such a character goes to ICU by itself (fast_segs does not take it), not the whole
 * text (bench/test_chunks compares the two). */
static bool chunk_char(const char *s, size_t *i, size_t n) {
    bool bad = false;
    const int32_t c = dn_u8_next(s, i, n, &bad);
    if (bad) return false;
    switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_OTHER: case U_WB_ALETTER: case U_WB_HEBREW_LETTER: case U_WB_NUMERIC: case U_WB_MIDLETTER: case U_WB_MIDNUM:
    case U_WB_MIDNUMLET: case U_WB_EXTENDNUMLET: case U_WB_SINGLE_QUOTE: case U_WB_DOUBLE_QUOTE: case U_WB_EXTEND:
    case U_WB_FORMAT: case U_WB_ZWJ: break;
    default: return false;
    }
    switch (u_getIntPropertyValue(c, UCHAR_LINE_BREAK)) {
    case U_LB_COMPLEX_CONTEXT: case U_LB_IDEOGRAPHIC: case U_LB_H2: case U_LB_H3: case U_LB_JL: case U_LB_JV: case U_LB_JT:
    case U_LB_CONDITIONAL_JAPANESE_STARTER: return false;
    default: break;
    }
    if (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) return false;
    UErrorCode st = U_ZERO_ERROR;
    const UScriptCode sc = uscript_getScript(c, &st);
    return U_SUCCESS(st) && sc != USCRIPT_HAN && sc != USCRIPT_HIRAGANA && sc != USCRIPT_KATAKANA && sc != USCRIPT_HANGUL &&
           sc != USCRIPT_THAI && sc != USCRIPT_LAO && sc != USCRIPT_KHMER && sc != USCRIPT_MYANMAR;
}

/* Segments text[b0..b1) with ICU (b0 and b1 at word boundaries of the whole text, see simple_char,
 * or 0 and len) and makes the raw tokens. If ck is not NULL, the segments of the chunks
 * ck[0..nck-1] (which lie in [b0, b1) in order) are remembered in their cache slots. */
typedef struct chunk {
    uint32_t b0, b1, hash; /* (as dn_chunk) */
    dn_ck_slot *slot; /* its cache slot, NULL if it is not cached */
    bool hit;         /* its segments are known (fast_segs or the cache): */
    uint8_t nseg, words;
    uint8_t end[DN_CK_SEGS];
} chunk;

static int icu_span(const dn_alloc *a, dn_tokens *tk, const char *text, size_t b0, size_t b1, p1_state *ps, chunk *ck,
                    size_t nck, dener_error *err) {
    UErrorCode st = U_ZERO_ERROR;
    tk->ut = utext_openUTF8(tk->ut, text + b0, (int64_t)(b1 - b0), &st);
    if (U_FAILURE(st)) return dn_error(err, DENER_ERR_ICU, 0, 0, "ICU UText: %s", u_errorName(st));
    ubrk_setUText(tk->bi, tk->ut, &st);
    if (U_FAILURE(st)) return dn_error(err, DENER_ERR_ICU, 0, 0, "ICU setText: %s", u_errorName(st));
    size_t k = 0;        /* the chunk the segments are in */
    unsigned nseg = 0;   /* segments of chunk k so far */
    bool fits = true;
    int32_t prev = 0;
    for (int32_t cur = ubrk_next(tk->bi); cur != UBRK_DONE; prev = cur, cur = ubrk_next(tk->bi)) {
        int32_t status = ubrk_getRuleStatus(tk->bi);
        size_t s0 = b0 + (size_t)prev, s1 = b0 + (size_t)cur;
        bool word = status >= UBRK_WORD_NONE_LIMIT;
        if (!(word ? seg_word(a, tk, text, s0, s1, ps) : seg_other(a, tk, text, s0, s1, ps)))
            return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory while tokenizing");
        if (!ck) continue;
        while (k < nck && ck[k].b1 <= s0) k++, nseg = 0, fits = true;
        if (k >= nck || s0 < ck[k].b0 || !ck[k].slot) continue;
        dn_ck_slot *sl = ck[k].slot;
        if (s1 > ck[k].b1 || nseg >= DN_CK_SEGS) fits = false; /* (not expected: a segment past the chunk) */
        if (fits) {
            if (nseg == 0) sl->len = 0; /* (invalid until the chunk is complete) */
            sl->end[nseg] = (uint8_t)(s1 - ck[k].b0);
            if (word) sl->words |= (uint8_t)(1u << nseg);
            else sl->words &= (uint8_t)~(1u << nseg);
            nseg++;
        }
        if (s1 == ck[k].b1) { /* the chunk is complete */
            if (fits) {
                sl->nseg = (uint8_t)nseg;
                sl->hash = ck[k].hash;
                sl->len = (uint8_t)(ck[k].b1 - ck[k].b0);
                memcpy(sl->bytes, text + ck[k].b0, sl->len);
            }
            k++, nseg = 0, fits = true;
        }
    }
    return DENER_OK;
}

/* Word break classes of the characters of simple texts, for fast_segs. */
enum { FS_L, FS_D, FS_P, FS_M, FS_X };

/* The class of the character at u[0..n-1] (n >= 1) and its length *cl:
 *   FS_L: a letter (Word_Break ALetter: A-Z, a-z, U+00AA, U+00B5, U+00BA, U+00C0..U+024F but U+00D7
 *         and U+00F7); FS_D: an ASCII digit (Numeric);
 *   FS_M: a character that joins letters or digits on both sides (MidLetter, MidNum, MidNumLet,
 *         Single_Quote: . , ; : ' U+00B7 U+2018 U+2019);
 *   FS_P: any other character of the simple set (Word_Break Other, or Double_Quote: no rule joins it
 *         to anything in a text without Hebrew letters);
 *   FS_X: the rest ("_", "@", U+00A9, U+00AE, anything not in the simple set), left to ICU. */
static int fs_class_multi(const unsigned char *u, size_t n, size_t *cl);
/* (ASCII by a table: FS_* + 1, 0 for the bytes of multi-byte characters) */
static const uint8_t FS_ASCII[256] = {
#define FS_A(c) [c] = (uint8_t)(1 + (((c) | 0x20) >= 'a' && ((c) | 0x20) <= 'z' ? FS_L \
                                   : (c) >= '0' && (c) <= '9' ? FS_D \
                                   : (c) == '.' || (c) == ',' || (c) == ';' || (c) == ':' || (c) == '\'' ? FS_M \
                                   : (c) == '_' || (c) == '@' || (c) <= 0x20 || (c) == 0x7F ? FS_X : FS_P))
#define FS_A8(c) FS_A(c), FS_A(c + 1), FS_A(c + 2), FS_A(c + 3), FS_A(c + 4), FS_A(c + 5), FS_A(c + 6), FS_A(c + 7)
    FS_A8(0x00), FS_A8(0x08), FS_A8(0x10), FS_A8(0x18), FS_A8(0x20), FS_A8(0x28), FS_A8(0x30), FS_A8(0x38),
    FS_A8(0x40), FS_A8(0x48), FS_A8(0x50), FS_A8(0x58), FS_A8(0x60), FS_A8(0x68), FS_A8(0x70), FS_A8(0x78),
#undef FS_A8
#undef FS_A
};
static inline int fs_class(const unsigned char *u, size_t n, size_t *cl) {
    unsigned k = FS_ASCII[u[0]];
    if (k) {
        *cl = 1;
        return (int)k - 1;
    }
    return fs_class_multi(u, n, cl);
}
static int fs_class_multi(const unsigned char *u, size_t n, size_t *cl) {
    unsigned c = u[0];
    *cl = 1;
    if (n < 2 || (u[1] & 0xC0) != 0x80) return FS_X;
    unsigned d = u[1];
    if (c == 0xC2) {
        *cl = 2;
        if (d < 0xA0 || d == 0xA9 || d == 0xAD || d == 0xAE) return FS_X;
        if (d == 0xAA || d == 0xB5 || d == 0xBA) return FS_L;
        return d == 0xB7 ? FS_M : FS_P;
    }
    if (c == 0xC3) {
        *cl = 2;
        return d == 0x97 || d == 0xB7 ? FS_P : FS_L;
    }
    if (c >= 0xC4 && c <= 0xC8) {
        *cl = 2;
        return FS_L;
    }
    if (c == 0xC9 && d <= 0x8F) {
        *cl = 2;
        return FS_L;
    }
    if (c == 0xE2 && n >= 3 && d == 0x80) {
        *cl = 3;
        switch (u[2]) {
        case 0x93: case 0x94: case 0x9A: case 0x9C: case 0x9D: case 0x9E: case 0xA6: return FS_P;
        case 0x98: case 0x99: return FS_M;
        default: return FS_X;
        }
    }
    if (c == 0xE2 && n >= 3 && d == 0x82 && u[2] == 0xAC) {
        *cl = 3;
        return FS_P; /* euro sign */
    }
    return FS_X;
}

/* ICU's word segments of a chunk u[0..n-1] of a simple text, without ICU, where the word break
 * rules (UAX #29) reduce to: a run of letters and digits is one word segment (WB5, WB8-WB10), and
 * every other character is a segment of its own that is not a word (WB999), but for a FS_M
 * character between letters or digits (WB6, WB7, WB11, WB12), which makes it give up (as do FS_X
 * characters, more than DN_CK_SEGS segments or more than 255 bytes). Fills c's segments. */
static bool fast_segs(const unsigned char *u, size_t n, chunk *c) {
    if (n > 255) return false;
    unsigned nseg = 0, words = 0;
    int prev = FS_P; /* the class of the character before */
    for (size_t i = 0; i < n;) {
        size_t cl;
        int k = fs_class(u + i, n - i, &cl);
        if (k == FS_X) return false;
        if (k <= FS_D) { /* a run of letters and digits */
            size_t j = i + cl;
            while (j < n && FS_ASCII[u[j]] - 1u <= (unsigned)FS_D) j++;
            while (j < n) {
                int k2 = fs_class(u + j, n - j, &cl);
                if (k2 > FS_D) break;
                j += cl;
            }
            if (nseg == DN_CK_SEGS) return false;
            words |= 1u << nseg;
            c->end[nseg++] = (uint8_t)j;
            prev = FS_L; /* (a letter or a digit: the same for FS_M below) */
            i = j;
            continue;
        }
        if (k == FS_M && prev <= FS_D && i + cl < n) {
            size_t cl2;
            if (fs_class(u + i + cl, n - i - cl, &cl2) <= FS_D) return false;
        }
        if (nseg == DN_CK_SEGS) return false;
        c->end[nseg++] = (uint8_t)(i + cl);
        prev = k;
        i += cl;
    }
    c->nseg = (uint8_t)nseg;
    c->words = (uint8_t)words;
    return true;
}

/* Passes 2 and 3: merges (token nw of tk->t is made from raw tokens r.. of tk->raw); and pass 3 on
 * each token as soon as it is made: offsets, keys, classes, sentence starts. A token whose bytes
 * (form) an earlier token had, with the same flags and parts, takes that token's key and features
 * (from the form's template, if that token has no parts). tk->n is the number of tokens made.
 * They run behind pass 1 (merge_span), on the raw tokens that pass 1 made a moment ago and that
 * are still in the processor's cache; each token is written once. */
typedef struct p23_state {
    size_t r, nw; /* the next raw token; the tokens made */
    bool sent;    /* the next token starts a sentence */
    cp_cursor cc;
} p23_state;

/* Keeps the pass-3 features of token t (the first of form fm, without parts) as the form's template. */
static inline void set_template(dn_form *fm, const dn_token *t, uint16_t shape) {
    fm->tshape = t->flags & shape;
    fm->tkey = t->key;
    fm->tkeylen = t->keylen;
    fm->tnode = t->node;
    fm->tnode_ent = t->node_ent;
    fm->tnode_kids = t->node_kids;
    fm->tclasses = t->classes;
    fm->thead = t->head;
    fm->tpart1 = t->part1;
}

/* Is text[b0..b1) a dash: "-", "–" (U+2013) or "—" (U+2014)? */
static bool is_dash(const char *text, uint32_t b0, uint32_t b1) {
    if (b1 == b0 + 1) return text[b0] == '-';
    return b1 == b0 + 3 && (uint8_t)text[b0] == 0xE2 && (uint8_t)text[b0 + 1] == 0x80 &&
           ((uint8_t)text[b0 + 2] == 0x93 || (uint8_t)text[b0 + 2] == 0x94);
}

/* Is the raw token a capitalised function word (a stopword of at most 12 bytes), which opens a
 * sentence? 1 if so, 0 if not, -1 without memory. (The classes of the bytes: from their form's
 * template or word cache slot if pass 3 has made them, else looked up; stopwords are lower-case
 * entries, which match whatever the case flags.) */
static int cap_stopword(const dener_model *m, dn_tokens *tk, const char *text, const dn_rawtok *after) {
    if ((after->flags & (DN_T_WORD | DN_T_CAP)) != (DN_T_WORD | DN_T_CAP) || m->cls_stopword < 0 || after->b1 - after->b0 > 12)
        return 0;
    const dn_form *af = after->form < tk->nforms ? &tk->forms[after->form] : NULL;
    const dn_wc_slot *aw = af && af->slot == DN_NO_SLOT ? &tk->wc[af->wslot] : NULL;
    uint64_t cl;
    if (af && af->tshape != DN_NO_TSHAPE) {
        cl = af->tclasses;
    } else if (aw && aw->keylen != DN_WC_NOKEY) {
        cl = aw->classes;
    } else {
        size_t k0 = tk->keys.len;
        fold_key(m, &tk->keys, text + after->b0, after->b1 - after->b0, after->b1 >= 8);
        if (tk->keys.oom) return -1;
        cl = classes_of(m, tk->keys.p + k0, tk->keys.len - k0 - 1, NULL, after->flags);
        tk->keys.len = k0;
    }
    return (cl & (1ull << m->cls_stopword)) != 0;
}

/* Is t, token nw, the "." of a regnal number after a name, before a capitalised word on the same
 * line that is no function word ("Papst Leo XIV. Pilger", "Karl V. Truppen"), which opens no
 * sentence ("Ludwig XIV. Der Sonnenkönig" does)? 1 if so, 0 if not, -1 without memory. */
static int regnal_dot(const dener_model *m, dn_tokens *tk, const char *text, size_t nw, const dn_token *t,
                      const dn_rawtok *after) {
    if (t->b1 != t->b0 + 1 || text[t->b0] != '.' || nw < 2 || !after || (after->flags & DN_T_NL) ||
        (after->flags & (DN_T_WORD | DN_T_CAP)) != (DN_T_WORD | DN_T_CAP))
        return false;
    const dn_token *rn = &tk->t[nw - 1], *nm = &tk->t[nw - 2];
    if (rn->b1 != t->b0 || rn->b1 - rn->b0 > 6 || !(nm->flags & DN_T_CAP) || (nm->flags & DN_T_UPPER)) return false;
    for (uint32_t i = rn->b0; i < rn->b1; i++)
        if (!strchr("IVXLC", text[i]) || !text[i]) return false;
    const int sw = cap_stopword(m, tk, text, after);
    return sw < 0 ? -1 : !sw;
}

/* Passes 2 and 3 on the raw tokens st->r .. limit - 1 (and the groups they start). limit is tk->nraw
 * or a raw token after white space (so no merge reaches past it) with a raw token made, that it may
 * look at. False if memory runs out. */
static bool merge_span(const dener_model *m, dn_tokens *tk, const char *text, p23_state *st, size_t limit,
                       p1_state *ps) {
    const dn_alloc *a = &m->alloc;
#if defined(__GNUC__)
    /* the second step of lex_prefetch for the words of this span: their buckets have mostly come
     * (pass 1 fetched them while it made the later raw tokens); the nodes their hashes match in
     * them are fetched now, all at once, while the span's first tokens are made (classes_of
     * reads them) */
    while (ps->lq_head != ps->lq_tail && ps->lq_r[ps->lq_head % LQ] < limit) {
        uint32_t h = ps->lq_h[ps->lq_head % LQ];
        ps->lq_head++;
        if (!m->nebuckets || !dn_trie_root_maybe(m, h)) continue;
        const dn_ebucket *k = &m->ebuckets[h & (m->nebuckets - 1)];
        bool full;
        unsigned match = dn_bucket_match(k, h, &full);
        if (match) __builtin_prefetch(&m->nodes[k->child[__builtin_ctz(match)]]);
    }
#endif
    const uint16_t SHAPE = DN_T_WORD | DN_T_NUM | DN_T_PUNCT | DN_T_CAP | DN_T_UPPER | DN_T_LOWER | DN_T_COMPOUND |
                           DN_T_ABBR | DN_T_ORD;
    size_t r = st->r, nw = st->nw;
    bool sent = st->sent;
    cp_cursor cc = st->cc;
    tk->n = nw;
    if (!grow_tokens(a, tk, limit)) goto oom; /* (nw <= r < limit) */
    const dn_rawtok *const raw = tk->raw;
    const size_t nraw = tk->nraw;
    for (; r < limit; nw++) {
        dn_token *const t = &tk->t[nw];
        { /* most tokens stay as they are: all but words and numbers directly before a "-" or "." */
            const dn_rawtok *x = &raw[r];
            if (!(x->flags & (DN_T_WORD | DN_T_NUM)) || r + 1 >= nraw || raw[r + 1].b0 != x->b1 ||
                (text[x->b1] != '-' && text[x->b1] != '.')) {
                *t = (dn_token){.b0 = x->b0, .b1 = x->b1, .flags = x->flags, .form = x->form};
                r++;
                goto pass3;
            }
        }
        {
            dn_rawtok rt = raw[r++];
            uint32_t part0 = 0;
            uint16_t nparts = 0;
            if (rt.flags & (DN_T_WORD | DN_T_NUM)) {
                /* hyphenated compound: X-Y(-Z...) with no spaces */
                uint32_t pstart = (uint32_t)tk->nparts;
                int np = 0;
                while (r + 1 < nraw && raw[r].b0 == rt.b1 && raw[r].b1 == raw[r].b0 + 1 && text[raw[r].b0] == '-' &&
                       raw[r + 1].b0 == raw[r].b1 && (raw[r + 1].flags & (DN_T_WORD | DN_T_NUM))) {
                    if (np == 0) {
                        if (!DN_GROW(a, tk->parts, tk->parts_cap, tk->nparts + 1)) goto oom;
                        tk->parts[tk->nparts++] = (dn_part){rt.b0, rt.b1, 0, 0, 0, 0};
                        np = 1;
                    }
                    const dn_rawtok *y = &raw[r + 1];
                    if (!DN_GROW(a, tk->parts, tk->parts_cap, tk->nparts + 1)) goto oom;
                    tk->parts[tk->nparts++] = (dn_part){y->b0, y->b1, 0, 0, 0, 0};
                    np++;
                    rt.b1 = y->b1;
                    rt.flags = (uint16_t)((rt.flags & ~(DN_T_NUM | DN_T_UPPER)) | DN_T_COMPOUND | DN_T_WORD);
                    r += 2;
                }
                if (np) {
                    part0 = pstart;
                    nparts = (uint16_t)(np > 65535 ? 65535 : np);
                    uint16_t wf = word_flags(text + rt.b0, rt.b1 - rt.b0);
                    rt.flags = (uint16_t)((rt.flags & ~(DN_T_UPPER)) | (wf & DN_T_UPPER));
                    rt.form = DN_NO_FORM;
                }
                /* a following "." that belongs to the token */
                if (r < nraw && raw[r].b0 == rt.b1 && raw[r].b1 == rt.b1 + 1 && text[rt.b1] == '.') {
                    bool merge = false, ord = false;
                    const char *s = text + rt.b0;
                    size_t n = rt.b1 - rt.b0;
                    const dn_rawtok *after = r + 1 < nraw ? &raw[r + 1] : NULL;
                    if ((rt.flags & DN_T_WORD) && !np) {
                        if (letters_only_single(s, n)) merge = true;
                        else if (memchr(s, '.', n)) {
                            /* an inner-dotted abbreviation ("U.S.A.", "e.V.", "i.d.R."), not a domain
                             * name at the end of a sentence ("von Capital.com.") */
                            size_t ld = n;
                            while (s[ld - 1] != '.') ld--;
                            merge = n - ld <= 2;
                        }
                        else if (m->cls_abbrev >= 0 && !(rt.flags & DN_T_UPPER)) {
                            /* (no entry is in capitals: "ING." and "BHF." end a sentence, "Ing." and
                             * "Bhf." do not) */
                            /* (a function of the bytes, whose word_flags give the case flags: kept in
                             * the word cache slot the token's form holds, if it holds one) */
                            const dn_form *tf = rt.form < tk->nforms ? &tk->forms[rt.form] : NULL;
                            dn_wc_slot *ws = tf && tf->slot == DN_NO_SLOT ? &tk->wc[tf->wslot] : NULL;
                            if (ws && ws->abbr) {
                                merge = ws->abbr == 2;
                            } else {
                                size_t k0 = tk->keys.len;
                                fold_key(m, &tk->keys, s, n, rt.b1 >= 8); /* (and a NUL, which the "." replaces) */
                                if (tk->keys.oom) goto oom;
                                tk->keys.p[tk->keys.len - 1] = '.';
                                uint64_t cl = classes_of(m, tk->keys.p + k0, tk->keys.len - k0, NULL, rt.flags);
                                tk->keys.len = k0;
                                if (cl & (1ull << m->cls_abbrev)) merge = true;
                                if (ws) ws->abbr = merge ? 2 : 1;
                            }
                        }
                        if (!merge && after && !(after->flags & DN_T_NL) && (after->flags & DN_T_LOWER) &&
                            (after->flags & DN_T_WORD) && n <= 6 && !url_word(text + after->b0, after->b1 - after->b0))
                            merge = true; /* "usw. und", "ca. zehn" (not a sentence before a link: "sagt Meier. https://...") */
                    } else if ((rt.flags & DN_T_NUM) && !np && n <= 3 && after && !(after->flags & DN_T_NL) &&
                               memchr(s, '.', n) == NULL) {
                        merge = ord = true;
                        /* (not before a capitalised function word, which opens a sentence: "gilt Tempo
                         * 30. Das hat der Stadtrat beschlossen", "gewann mit 2:1. Die Gäste ...") */
                        const int sw = cap_stopword(m, tk, text, after);
                        if (sw < 0) goto oom;
                        if (sw) merge = ord = false;
                    }
                    if (merge) {
                        rt.b1++;
                        rt.form = DN_NO_FORM;
                        rt.flags |= ord ? DN_T_ORD : DN_T_ABBR;
                        r++;
                    }
                }
            }
            *t = (dn_token){.b0 = rt.b0, .b1 = rt.b1, .flags = rt.flags, .form = rt.form, .part0 = part0, .nparts = nparts};
        }
    pass3:;
        const size_t i = nw;
        if (t->form == DN_NO_FORM) {
            /* (a token of one ASCII byte, punctuation: its form by the byte, once found in the document) */
            unsigned char c1 = t->b1 == t->b0 + 1 ? (unsigned char)text[t->b0] : 0x80;
            if (c1 < 0x80 && tk->pform[c1] != DN_NO_FORM) {
                t->form = tk->pform[c1];
            } else {
                t->form = form_of(a, tk, text, t->b0, t->b1 - t->b0, form_hash(text + t->b0, t->b1 - t->b0));
                if (t->form == DN_NO_FORM) goto oom;
                if (c1 < 0x80) tk->pform[c1] = t->form;
            }
        }
        dn_form *fm = &tk->forms[t->form];
        t->c0 = (uint32_t)cp_at(&cc, t->b0);
        for (uint32_t p = t->part0; p < t->part0 + t->nparts; p++) {
            tk->parts[p].c0 = (uint32_t)cp_at(&cc, tk->parts[p].b0);
            tk->parts[p].c1 = (uint32_t)cp_at(&cc, tk->parts[p].b1);
        }
        if (cc.valid && cc.b == t->b0) { /* the form knows its code points */
            cc.b = t->b1;
            cc.c += fm->cps;
            t->c1 = (uint32_t)cc.c;
        } else {
            t->c1 = (uint32_t)cp_at(&cc, t->b1);
        }
        if (t->flags & DN_T_NL) sent = true;
        if (sent) t->flags |= DN_T_SENT;
        /* (a ":" between digits is a score or a time, no sentence end: "mit 31:28 gewonnen") */
        if ((t->flags & DN_T_SENTEND) && t->b1 == t->b0 + 1 && text[t->b0] == ':' && nw > 0 &&
            tk->t[nw - 1].b1 == t->b0 && (tk->t[nw - 1].flags & DN_T_NUM) && r < nraw && raw[r].b0 == t->b1 &&
            (raw[r].flags & DN_T_NUM))
            t->flags &= (uint16_t)~DN_T_SENTEND;
        const int rd = (t->flags & DN_T_SENTEND) ? regnal_dot(m, tk, text, nw, t, r < nraw ? &raw[r] : NULL) : 0;
        if (rd < 0) goto oom;
        if (t->flags & DN_T_SENTEND) sent = !rd;
        else if ((t->flags & DN_T_PUNCT) && is_dash(text, t->b0, t->b1) && nw > 0 && tk->t[nw - 1].b1 == tk->t[nw - 1].b0 + 1 &&
                 text[tk->t[nw - 1].b0] == ')')
            sent = true; /* (a dateline: "Berlin (dpa) - Knapp die Hälfte ...") */
        else if (!(t->flags & (DN_T_OPEN | DN_T_QUOTE))) sent = false;
        if (fm->tok != DN_NO_FORM) {
            if (fm->tshape == (t->flags & SHAPE) && !t->nparts) { /* the template (of a token without parts) */
                t->key = fm->tkey;
                t->keylen = fm->tkeylen;
                t->node = fm->tnode;
                t->node_ent = fm->tnode_ent;
                t->node_kids = fm->tnode_kids;
                t->classes = fm->tclasses;
                t->head = fm->thead;
                t->part1 = fm->tpart1;
                continue;
            }
            const dn_token *src = &tk->t[fm->tok];
            bool same = (src->flags & SHAPE) == (t->flags & SHAPE) && src->nparts == t->nparts;
            for (uint32_t p = 0; p < t->nparts && same; p++) {
                const dn_part *x = &tk->parts[src->part0 + p], *y = &tk->parts[t->part0 + p];
                same = x->b0 - src->b0 == y->b0 - t->b0 && x->b1 - src->b0 == y->b1 - t->b0;
            }
            if (same) {
                t->key = src->key;
                t->keylen = src->keylen;
                t->node = src->node;
                t->node_ent = src->node_ent;
                t->node_kids = src->node_kids;
                t->classes = src->classes;
                t->head = src->head;
                t->part1 = src->part1;
                for (uint32_t p = 0; p < t->nparts; p++) {
                    tk->parts[t->part0 + p].key = tk->parts[src->part0 + p].key;
                    tk->parts[t->part0 + p].keylen = tk->parts[src->part0 + p].keylen;
                }
                t->node_kids &= (uint8_t)~DN_T_KIDS_NEXTHEAD; /* (the bit of src's own next token) */
                if ((t->node_kids & DN_T_KIDS_HEAD) && i) tk->t[i - 1].node_kids |= DN_T_KIDS_NEXTHEAD;
                continue;
            }
        } else {
            fm->tok = (uint32_t)i;
        }
        /* the word cache slot of the bytes: the one the form holds (see form_of; other forms of the
         * document hold theirs, so it has no slot) */
        dn_wc_slot *w = !t->nparts && fm->slot == DN_NO_SLOT ? &tk->wc[fm->wslot] : NULL;
        const uint16_t p3flags = t->flags & DN_WC_P3MASK;
        if (w) memcpy(fm->rlits, w->rlits, sizeof fm->rlits); /* (see dn_form.rlits) */
        if (w && w->keylen != DN_WC_NOKEY && w->p3flags == p3flags) { /* features of the bytes, from an earlier document */
            dn_buf *kb = &tk->keys;
            size_t kl = w->keylen;
            if (kb->len + DN_WC_KEY + 1 > kb->cap && !dn_grow(a, (void **)&kb->p, &kb->cap, kb->len + DN_WC_KEY + 1, 1))
                goto oom;
            t->key = (uint32_t)kb->len;
            memcpy(kb->p + kb->len, w->key, DN_WC_KEY); /* (all of it: a copy of fixed size) */
            kb->len += kl;
            kb->p[kb->len++] = 0;
            t->keylen = (uint32_t)kl;
            t->node = w->node;
            t->node_ent = w->node_ent;
            t->node_kids = w->node_kids;
            t->classes = w->classes;
            t->head = w->head;
            t->part1 = w->part1;
            if (fm->tok == i) set_template(fm, t, SHAPE); /* (w: no parts) */
            continue;
        }
        t->key = (uint32_t)tk->keys.len;
        fold_key(m, &tk->keys, text + t->b0, t->b1 - t->b0, t->b1 >= 8);
        if (tk->keys.oom) goto oom;
        t->keylen = (uint32_t)(tk->keys.len - 1 - t->key);
        if (!(t->flags & DN_T_PUNCT)) {
            t->classes = classes_of(m, tk->keys.p + t->key, t->keylen, &t->node, t->flags);
            if (t->node) { /* (classes_of read the node) */
                t->node_ent = m->nodes[t->node].ent_mask;
                t->node_kids = m->nodes[t->node].nchildren != 0 ? DN_T_KIDS : 0;
            }
            /* (a word whose only node starts longer names, "Tierheim" of "Tierheim Berlin", is
             * split like an unknown word) */
            if ((t->flags & DN_T_CAP) && !(t->flags & DN_T_COMPOUND) && t->keylen >= 7 &&
                (!t->node || !((m->nodes[t->node].class_mask & ~tk->quiet_classes) | (m->nodes[t->node].ent_mask & 7u)))) {
                bool modnoun;
                compound_scan(m, tk->keys.p + t->key, t->keylen, &t->head, &modnoun);
                if (modnoun) t->part1 |= DN_PART1_MODNOUN;
            }
            /* a genitive the lexicon does not know takes the institution classes of its base form
             * ("Sozialgerichts": @orghead), or of the base's head ("Kreiskrankenhauses": @orghead~) */
            if ((t->flags & DN_T_CAP) && !(t->flags & DN_T_COMPOUND) && !t->head && t->keylen >= 6 &&
                (!t->node || ((m->nodes[t->node].class_mask & tk->quiet_classes) &&
                              !((m->nodes[t->node].class_mask & ~tk->quiet_classes) | m->nodes[t->node].ent_mask))))
                genitive_base(m, tk->inst_classes, tk->keys.p + t->key, t->keylen, &t->classes, &t->head);
        }
        t->node_kids |= dn_match_word_bits(m, t->flags, tk->keys.p + t->key, t->keylen);
        dn_buf *kb = &tk->keys; /* (the key is copied by a move of fixed size: the bytes after it go along unused) */
        if (w && t->keylen <= DN_WC_KEY &&
            (t->key + DN_WC_KEY <= kb->cap || dn_grow(a, (void **)&kb->p, &kb->cap, t->key + DN_WC_KEY, 1))) { /* kept for the next documents */
            w->keylen = (uint8_t)t->keylen;
            memcpy(w->key, kb->p + t->key, DN_WC_KEY);
            w->p3flags = p3flags;
            w->node = t->node;
            w->node_ent = t->node_ent;
            w->node_kids = t->node_kids;
            w->classes = t->classes;
            w->head = t->head;
            w->part1 = t->part1;
        }
        if (fm->tok == i && !t->nparts) set_template(fm, t, SHAPE);
        if (t->flags & DN_T_PUNCT) continue;
        if (t->flags & DN_T_COMPOUND) {
            for (uint32_t p = t->part0; p < t->part0 + t->nparts; p++) {
                dn_part *pp = &tk->parts[p];
                pp->key = (uint32_t)tk->keys.len;
                fold_key(m, &tk->keys, text + pp->b0, pp->b1 - pp->b0, pp->b1 >= 8);
                if (tk->keys.oom) goto oom;
                pp->keylen = (uint32_t)(tk->keys.len - 1 - pp->key);
            }
            {
                const dn_part *first = &tk->parts[t->part0];
                uint32_t nd = dn_trie_lookup(m, &tk->tc, 0, tk->keys.p + first->key, first->keylen);
                if (nd) t->part1 = m->nodes[nd].ent_mask & 7u;
                if (dn_match_key_continues(m, tk->keys.p + first->key, first->keylen)) t->node_kids |= DN_T_KIDS_HEAD;
                if ((t->node_kids & DN_T_KIDS_HEAD) && i) tk->t[i - 1].node_kids |= DN_T_KIDS_NEXTHEAD;
            }
            if (t->part1 & (1u << DENER_LOC)) { /* (DN_T_KIDS_TAIL) */
                const dn_part *last = &tk->parts[t->part0 + t->nparts - 1];
                char buf[8];
                uint32_t nd = dn_trie_lookup(m, &tk->tc, 0, tk->keys.p + last->key, last->keylen);
                if (nd && (m->nodes[nd].ent_mask & (1u << DENER_LOC))) t->node_kids |= DN_T_KIDS_TAIL;
                /* (an abbreviation, the first word of names such as "St. Pauli", "Hann. Münden") */
                if ((!nd || !m->nodes[nd].nchildren) && last->keylen <= 4) {
                    memcpy(buf, tk->keys.p + last->key, last->keylen);
                    buf[last->keylen] = '.';
                    nd = dn_trie_lookup(m, &tk->tc, 0, buf, last->keylen + 1u);
                }
                if (nd && m->nodes[nd].nchildren) t->node_kids |= DN_T_KIDS_TAIL;
            }
            if (!t->classes) {
                dn_part *last = &tk->parts[t->part0 + t->nparts - 1];
                uint32_t lnode = 0;
                t->classes = classes_of(m, tk->keys.p + last->key, last->keylen, &lnode, DN_T_CAP);
                /* (the last two parts as one word of the lexicon: "Raumfahrt-Start-up" as "Start-up") */
                if (!t->classes && !lnode && t->nparts >= 3 && last->keylen <= 3) {
                    const dn_part *pen = last - 1;
                    const size_t k0 = tk->keys.len;
                    fold_key(m, &tk->keys, text + pen->b0, last->b1 - pen->b0, last->b1 - pen->b0 >= 8);
                    if (tk->keys.oom) goto oom;
                    t->classes = classes_of(m, tk->keys.p + k0, tk->keys.len - 1 - k0, NULL, DN_T_CAP);
                    tk->keys.len = k0;
                }
                /* (a genitive last part: "Goethe-Gymnasiums" as "Gymnasium", "Ukraine-Kriegs" as
                 * "Krieg": a common noun, no district of a place) */
                if (!t->classes && last->keylen >= 5) {
                    uint64_t h = 0;
                    const uint64_t noun = m->cls_commonnoun >= 0 ? 1ull << m->cls_commonnoun : 0;
                    genitive_base(m, tk->inst_classes | noun, tk->keys.p + last->key, last->keylen, &t->classes, &h);
                }
                /* an unknown word as the last part gives the whole the classes of its head, as a
                 * closed compound ("NRW-Fluchtministerin": @role~, as "Fluchtministerin" alone) */
                if (!t->classes && !lnode && last->keylen >= 7) {
                    bool modnoun;
                    compound_scan(m, tk->keys.p + last->key, last->keylen, &t->head, &modnoun);
                }
            }
        }
    }
    st->r = r, st->nw = nw, st->sent = sent, st->cc = cc;
    tk->n = nw;
    return true;
oom:
    return false;
}

#define CK_KEEP 65536

/* the raw tokens passes 2 and 3 run behind pass 1 at least (a few kilobytes of tokens) */
#define MERGE_LAG 32

/* Emits the tokens of the segments of chunk c (given in c->nseg, words, end). */
static bool chunk_tokens(const dn_alloc *a, dn_tokens *tk, const char *text, const chunk *c, p1_state *ps) {
    if (c->nseg == 1 && (c->words & 1u) && c->b1 - c->b0 <= DN_CK_BYTES) /* one word: its hash is the chunk's */
        return seg_word_h(a, tk, text, c->b0, c->b1, c->hash, ps);
    size_t s0 = c->b0;
    for (unsigned q = 0; q < c->nseg; q++) {
        size_t s1 = c->b0 + c->end[q];
        bool ok = (c->words >> q) & 1u ? seg_word(a, tk, text, s0, s1, ps) : seg_other(a, tk, text, s0, s1, ps);
        if (!ok) return false;
        s0 = s1;
    }
    return true;
}

/* A chunk of the text found ahead of its tokens (chunks_pass). */
typedef struct ck_ahead {
    size_t i, e;   /* the chunk: text[i..e), i == len if there is none */
    uint32_t chash; /* dn_chunk_hash of its bytes if e - i <= DN_CK_BYTES, else 0 */
    size_t we;      /* if not 0: the chunk is the word segment text[i..we) of form hash h, and if
                       we < e, one ASCII character that fast_segs takes (as chunks_pass finds) */
    uint32_t h;
} ck_ahead;
#define CK_AHEAD 8

/* Finds the chunk at or after text[i] (after white space) into c, and fetches the cache slots its
 * tokens will read (the word cache slot of a chunk of ASCII letters and digits, the chunk cache
 * slot of another) into the processor's cache. Returns the end of the chunk (len if there is none). */
static ALWAYS_INLINE size_t chunk_scan(const dn_tokens *tk, const char *text, size_t len, size_t i, ck_ahead *c) {
    const unsigned char *u = (const unsigned char *)text;
    while (i < len && is_ws(u[i])) i++;
    c->i = i;
    if (i >= len) return len;
    /* its end e, and where its first byte but an ASCII letter or digit is (na) */
    size_t e = i, na = SIZE_MAX;
#if defined(__SSE2__)
    /* sixteen bytes at a time (the same e and na as the loops below): most chunks end within the
     * first sixteen, so the loop's exit is mostly taken at once, where eight at a time went either
     * way (the words' lengths) */
    {
        const __m128i c20 = _mm_set1_epi8(0x20), ca = _mm_set1_epi8('a'), cz = _mm_set1_epi8('z'),
                      c0 = _mm_set1_epi8('0'), c9 = _mm_set1_epi8('9');
        for (; e + 16 <= len; e += 16) {
            const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(u + e));
            /* white space: the bytes up to 0x20 (unsigned) */
            const unsigned ws = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(x, c20), x));
            if (na == SIZE_MAX) {
                const __m128i y = _mm_or_si128(x, c20); /* (ASCII letters to lower case) */
                const __m128i l = _mm_cmpeq_epi8(_mm_min_epu8(_mm_max_epu8(y, ca), cz), y);
                const __m128i d = _mm_cmpeq_epi8(_mm_min_epu8(_mm_max_epu8(x, c0), c9), x);
                const unsigned o = ~(unsigned)_mm_movemask_epi8(_mm_or_si128(l, d)) & 0xFFFFu & ((ws & -ws) - 1u);
                if (o) na = e + (size_t)__builtin_ctz(o);
            }
            if (ws) {
                e += (size_t)__builtin_ctz(ws);
                goto chunk_end;
            }
        }
    }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (const uint64_t one = 0x0101010101010101ull, hi = 0x8080808080808080ull; e + 8 <= len; e += 8) {
        uint64_t x;
        memcpy(&x, u + e, 8);
        /* white space (in a simple text the bytes below 0x21 are): the lowest flagged byte is */
        uint64_t ws = (x - 0x21 * one) & ~x & hi;
        if (na == SIZE_MAX) {
            uint64_t y = x | 0x2020202020202020ull;
            uint64_t l = (y + (0x80 - 'a') * one) & ~(y + (0x80 - 'z' - 1) * one) & ~x;
            uint64_t d = (x + (0x80 - '0') * one) & ~(x + (0x80 - '9' - 1) * one) & ~x;
            uint64_t o = ~(l | d) & hi & (ws ? (ws & -ws) - 1 : ~0ull);
            if (o) na = e + ((size_t)__builtin_ctzll(o) >> 3);
        }
        if (ws) {
            e += (size_t)__builtin_ctzll(ws) >> 3;
            goto chunk_end;
        }
    }
#endif
    while (e < len && !is_ws(u[e])) {
        if (na == SIZE_MAX && FS_ASCII[u[e]] - 1u > (unsigned)FS_D) na = e;
        e++;
    }
#if (defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__) || defined(__SSE2__)
chunk_end:
#endif
    c->e = e;
#if defined(DN_HAVE_READ24)
    if (e - i <= 24 && i + 24 <= len) /* (the same hash, without branches on the length) */
        c->chash = (uint32_t)dn_hash_words24(text + i, e - i, 0);
    else
#endif
        c->chash = e - i <= DN_CK_BYTES ? dn_chunk_hash(text + i, e - i) : 0;
    /* ASCII letters and digits, perhaps with one other ASCII character at the end that fast_segs
     * takes: one word segment text[i..we) (and that character), as fast_segs would find */
    c->we = 0;
    if (e - i <= 255 && (na == SIZE_MAX || (na == e - 1 && na > i && FS_ASCII[u[na]] - 1u - FS_P <= (unsigned)(FS_M - FS_P)))) {
        size_t we = na == SIZE_MAX ? e : na;
        c->we = we;
        if (we == e && e - i <= DN_CK_BYTES) c->h = c->chash;
#if defined(DN_HAVE_READ24)
        else if (we - i <= 24 && i + 24 <= len) c->h = (uint32_t)dn_hash_words24(text + i, we - i, 0);
#endif
        else c->h = form_hash(text + i, we - i);
#if defined(__GNUC__)
        if (tk->wc && we - i <= DN_WC_BYTES) {
            const dn_wc_slot *w = wc_set(tk, c->h);
            __builtin_prefetch(w); /* (the second lines, if a first token of its form will read one, in seg_word_h) */
            __builtin_prefetch(w + 1);
        }
#endif
    }
#if defined(__GNUC__)
    else if (tk->ck && e - i <= DN_CK_BYTES) {
        __builtin_prefetch(&tk->ck[c->chash >> (32 - DN_CK_BITS)]);
    }
#endif
    return e;
}

/* Pass 1 over a simple text (simple_char), chunk by chunk (the text between white space): the
 * segments of a chunk come from fast_segs, else from the chunk cache, else from ICU (which fills
 * the cache). tk->chunks keeps the chunks for dates.c, up to CK_KEEP of them (none in a longer
 * text: dates.c finds them itself). */
static int chunks_pass(const dener_model *m, dn_tokens *tk, const char *text, size_t len, p1_state *ps, p23_state *p23,
                       dener_error *err) {
    const dn_alloc *a = &m->alloc;
    const unsigned char *u = (const unsigned char *)text;
    if (tk->ck_m != m) { /* (without memory: no cache) */
        if (!tk->ck) tk->ck = dn_malloc(a, ((size_t)1 << DN_CK_BITS) * sizeof *tk->ck);
        if (tk->ck) memset(tk->ck, 0, ((size_t)1 << DN_CK_BITS) * sizeof *tk->ck);
        tk->ck_m = m;
    }
    size_t at = 0; /* text before at is done */
    size_t n = 0;  /* chunks kept */
    bool keep = true;
    chunk cur;
    tk->nchunks = 0;
    size_t n0 = 0, lim = MERGE_LAG; /* tk->n at the start of the last chunk; passes 2 and 3 run from this tk->n on */
    /* the chunks are found CK_AHEAD ahead of their tokens (ring q), and the cache slots they will
     * read are fetched meanwhile (they mostly miss the processor's caches) */
    ck_ahead q[CK_AHEAD];
    size_t qh = 0, qn = 0, scan = 0; /* the ring's head and length; the text before scan is scanned */
    for (;;) {
        while (qn < CK_AHEAD && scan < len) {
            ck_ahead *nx = &q[(qh + qn) % CK_AHEAD];
            scan = chunk_scan(tk, text, len, scan, nx);
            if (nx->i < len) qn++;
        }
        if (!qn) break;
        const ck_ahead *ca = &q[qh];
        qh = (qh + 1) % CK_AHEAD;
        qn--;
        const size_t i = ca->i, e = ca->e;
        const uint32_t chash = ca->chash;
        /* passes 2 and 3 behind pass 1, up to the raw tokens of the last chunk with tokens (a merge
         * stays within a chunk, and may look at the next token), every MERGE_LAG raw tokens */
        size_t n1 = tk->nraw;
        if (n1 >= lim && n0 < n1) { /* (the raw token n0 starts the last chunk) */
            if (!merge_span(m, tk, text, p23, n0, ps))
                return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory while tokenizing");
            lim = n1 + MERGE_LAG;
        }
        n0 = n1;
        if (keep && n == CK_KEEP) keep = false;
        if (keep) {
            if (n == tk->chunks_cap && !DN_GROW(a, tk->chunks, tk->chunks_cap, n + 1))
                return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory while tokenizing");
            tk->chunks[n++] = (dn_chunk){(uint32_t)i, (uint32_t)e, chash};
        }
        chunk *c = &cur; /* (its segments, for this chunk alone: tk->chunks keeps what dates.c reads) */
        /* the white space before */
        if (at + 1 == i && text[at] == ' ') ps->pending |= DN_T_SPACE; /* (as seg_other) */
        else if (at < i && !seg_other(a, tk, text, at, i, ps))
            return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory while tokenizing");
        /* ASCII letters and digits, perhaps with one other ASCII character at the end that fast_segs
         * takes: one word segment (and that character), as fast_segs would find */
        if (ca->we) {
            size_t we = ca->we;
            if (!seg_word_h(a, tk, text, i, we, ca->h, ps) || (we < e && !punct_ascii(a, tk, we, u[we], ps)))
                return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory while tokenizing");
            at = e;
            continue;
        }
        c->b0 = (uint32_t)i;
        c->b1 = (uint32_t)e;
        c->slot = NULL;
        c->hash = chash;
        /* the cache (which holds the segments fast_segs found as well: a look-up costs less) */
        dn_ck_slot *sl = tk->ck && e - i <= DN_CK_BYTES ? &tk->ck[c->hash >> (32 - DN_CK_BITS)] : NULL;
        c->hit = sl && sl->len == e - i && sl->hash == c->hash &&
                 (e - i <= 24 ? dn_eq24(sl->bytes, text + i, e - i) : memcmp(sl->bytes, text + i, e - i) == 0);
        if (c->hit) {
            c->nseg = sl->nseg;
            c->words = sl->words;
            memcpy(c->end, sl->end, sizeof c->end);
        } else if (fast_segs(u + i, e - i, c)) {
            c->hit = true;
            if (sl) {
                sl->hash = c->hash;
                sl->len = (uint8_t)(e - i);
                sl->nseg = c->nseg;
                sl->words = c->words;
                memcpy(sl->end, c->end, sizeof sl->end);
                memcpy(sl->bytes, text + i, e - i);
            }
        } else {
            c->slot = sl;
        }
        if (c->hit) {
            if (!chunk_tokens(a, tk, text, c, ps))
                return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory while tokenizing");
        } else {
            int rc = icu_span(a, tk, text, i, e, ps, c, 1, err);
            if (rc) return rc;
        }
        at = e;
    }
    if (at < len && !seg_other(a, tk, text, at, len, ps))
        return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory while tokenizing");
    tk->nchunks = keep ? n : 0;
    return DENER_OK;
}

int dn_tokenize(const dener_model *m, dn_tokens *tk, const char *text, size_t len, dener_error *err) {
    const dn_alloc *a = &m->alloc;
    UErrorCode st = U_ZERO_ERROR;
    tk->n = 0;
    tk->nraw = 0;
    memset(tk->pform, 0xFF, sizeof tk->pform); /* (DN_NO_FORM) */
    tk->nparts = 0;
    tk->keys.len = 0;
    tk->keys.oom = false;
    if (tk->nfidx) /* the last document's (mostly none: its forms took word cache slots, and reading
                    * its forms again would miss the processor's cache) */
        for (size_t f = 0; f < tk->nforms; f++)
            if (tk->forms[f].slot != DN_NO_SLOT) tk->fidx[tk->forms[f].slot] = 0;
    tk->nfidx = 0;
    tk->nforms = 0;
    tk->invalid = 0;
    tk->first_invalid = 0;
    if (len > (size_t)INT32_MAX) return dn_error(err, DENER_ERR_TOO_LARGE, 0, 0, "text too large for ICU (%zu bytes)", len);
    if (tk->tc.m != m && len) { /* (without memory: no cache) */
        if (!tk->tc.slot) tk->tc.slot = dn_malloc(a, ((size_t)1 << DN_TC_BITS) * sizeof *tk->tc.slot);
        if (tk->tc.slot) memset(tk->tc.slot, 0, ((size_t)1 << DN_TC_BITS) * sizeof *tk->tc.slot);
        tk->tc.m = m;
    }
    if (tk->wc_m != m && len) {
        _Static_assert(sizeof(dn_wc_slot) == 128 && offsetof(dn_wc_slot, classes) == 64 && offsetof(dn_wc_slot, rrx) == 48,
                       "a slot is two cache lines");
        if (!tk->wc_mem) tk->wc = dn_malloc_table(a, ((size_t)1 << DN_WC_BITS) * sizeof *tk->wc, &tk->wc_mem);
        if (tk->wc) memset(tk->wc, 0, ((size_t)1 << DN_WC_BITS) * sizeof *tk->wc);
        tk->wc_m = m;
        tk->stamp = 0;
        tk->inst_classes = 0;
        static const char *const inst[] = {"orghead", "orgdesc", "orgdeschead"};
        for (size_t q = 0; q < sizeof inst / sizeof inst[0]; q++) {
            int c = dn_class_id(m, inst[q]);
            if (c >= 0) tk->inst_classes |= 1ull << c;
        }
        tk->quiet_classes = 0;
        static const char *const quiet[] = {"event", "figures", "placenoun", "craftnoun", "worknoun"};
        for (size_t q = 0; q < sizeof quiet / sizeof quiet[0]; q++) {
            int c = dn_class_id(m, quiet[q]);
            if (c >= 0) tk->quiet_classes |= 1ull << c;
        }
    }
    if (tk->wc && ++tk->stamp == 0) { /* (after 2^32 documents: the stamps start again) */
        for (size_t k = 0; k < ((size_t)1 << DN_WC_BITS); k++) tk->wc[k].stamp = 0;
        tk->stamp = 1;
    }

    /* validate once: ill-formed sequences are counted and decide the code point counting path;
     * and whether the text is simple (simple_char) */
    bool simple = true;
    {
        const unsigned char *u = (const unsigned char *)text;
        size_t i = 0;
        /* characters that chunks allow but fast_segs does not take (chunk_char): a few of them are
         * worth the chunks (each chunk with one goes to ICU, or to the chunk cache), many are not
         * (ICU once over the whole text costs less than once per chunk) */
        size_t nother = 0;
        const size_t max_other = 16 + len / 256;
        while (i < len) {
            if (i + 8 <= len) { /* eight ASCII bytes that are not control characters (but white space) */
                uint64_t x;
                memcpy(&x, u + i, 8);
                const uint64_t hi = 0x8080808080808080ull, one = 0x0101010101010101ull;
                uint64_t ctl = (x - 0x20 * one) & ~x & hi, del = ((x ^ (0x7F * one)) - one) & ~(x ^ (0x7F * one)) & hi;
                if (!(x & hi) && !ctl && !del) {
                    i += 8;
                    continue;
                }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                i += (size_t)__builtin_ctzll((x & hi) | ctl | del) >> 3; /* (the first byte to look at) */
#endif
            }
            if (u[i] < 0x80) {
                if (simple && (u[i] < 0x20 ? !is_ws(u[i]) : u[i] == 0x7F)) simple = false;
                i++;
                continue;
            }
            if (simple && !simple_char(u + i, len - i)) {
                size_t j = i; /* (a character that chunks allow, not that simple: a chunk of its own goes to ICU) */
                if (++nother > max_other || !chunk_char(text, &j, len)) simple = false;
            }
            if (u[i] >= 0xC2 && u[i] <= 0xDF && i + 1 < len && (u[i + 1] & 0xC0) == 0x80) { /* (well-formed) */
                i += 2;
                continue;
            }
            bool bad = false;
            size_t at = i;
            dn_u8_next(text, &i, len, &bad);
            if (bad) {
                if (!tk->invalid) tk->first_invalid = at;
                tk->invalid++;
            }
        }
    }
    p23_state p23 = {0, 0, true, {text, len, 0, 0, tk->invalid == 0}};

    if (!tk->bi) {
        tk->bi = ubrk_open(UBRK_WORD, "de", NULL, 0, &st);
        if (U_FAILURE(st)) {
            tk->bi = NULL;
            return dn_error(err, DENER_ERR_ICU, 0, 0, "ICU word break iterator: %s", u_errorName(st));
        }
    }
    /* pass 1: raw tokens */
    p1_state ps = {0};
    ps.len = len;
    tk->nchunks = 0;
    tk->chunked = !tk->no_chunks && simple && len > 0;
    int rc = tk->chunked ? chunks_pass(m, tk, text, len, &ps, &p23, err)
                                                      : icu_span(a, tk, text, 0, len, &ps, NULL, 0, err);
    if (rc) return rc;

    if (!merge_span(m, tk, text, &p23, tk->nraw, &ps)) return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory while tokenizing");
    tk->n = p23.nw;
    return DENER_OK;
}
