/* resolve.c - stage 4: resolution and propagation (see resolve.h for the order). */
#include "resolve.h"

#include <stdlib.h>
#include <string.h>

int dn_cand_push_grow(const dn_alloc *a, dn_resolve_scratch *rs, const dn_cand *c) {
    if (!DN_GROW(a, rs->c, rs->cap, rs->n + 1)) return DENER_ERR_NOMEM;
    rs->c[rs->n++] = *c;
    return DENER_OK;
}

void dn_resolve_scratch_free(const dn_alloc *a, dn_resolve_scratch *rs) {
    dn_free(a, rs->c);
    dn_free(a, rs->out);
    dn_free(a, rs->cover);
    dn_free(a, rs->tab);
    dn_free(a, rs->sort_tmp);
    dn_free(a, rs->keys);
    dn_free(a, rs->k64);
    dn_free(a, rs->idx);
    dn_free(a, rs->rng);
    dn_free(a, rs->notp);
    dn_free(a, rs->caps);
    dn_free(a, rs->drng);
    memset(rs, 0, sizeof *rs);
}

uint32_t dn_cp_of_byte(const dn_tokens *tk, const char *text, size_t len, uint32_t b) {
    /* last token starting at or before b */
    size_t lo = 0, hi = tk->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (tk->t[mid].b0 <= b) lo = mid + 1;
        else hi = mid;
    }
    size_t bb = 0, cc = 0;
    if (lo > 0) {
        const dn_token *t = &tk->t[lo - 1];
        if (t->b1 <= b) { bb = t->b1; cc = t->c1; }
        else { bb = t->b0; cc = t->c0; }
    }
    while (bb < b && bb < len) {
        dn_u8_next(text, &bb, len, NULL);
        cc++;
    }
    return (uint32_t)cc;
}

static int cmp_rank(const void *x, const void *y) {
    const dn_cand *a = x, *b = y;
    uint32_t la = a->c1 - a->c0, lb = b->c1 - b->c0;
    if (la != lb) return la > lb ? -1 : 1;
    if (a->prio != b->prio) return a->prio > b->prio ? -1 : 1;
    if (a->origin != b->origin) return a->origin > b->origin ? -1 : 1;
    if (a->b0 != b->b0) return a->b0 < b->b0 ? -1 : 1;
    /* same span, priority and origin: ORG before LOC before PER ("Kreml", "Verdi", "Jordan") */
    static const int rank[] = {2, 1, 0, 3, 4};
    int ra = a->type < 5 ? rank[a->type] : 5, rb = b->type < 5 ? rank[b->type] : 5;
    return ra < rb ? -1 : ra > rb;
}

static int cmp_pos(const void *x, const void *y) {
    const dn_cand *a = x, *b = y;
    if (a->b0 != b->b0) return a->b0 < b->b0 ? -1 : 1;
    return a->b1 < b->b1 ? -1 : a->b1 > b->b1;
}

static bool overlaps(const dn_cand *a, const dn_cand *b) { return a->b0 < b->b1 && b->b0 < a->b1; }

/* Stable merge sort of T v[0..n-1] by CMP, the comparison inlined: insertion sort of runs of 8,
 * then merging with a buffer tmp of n. For candidates it gives the order qsort gave with glibc's
 * merge sort; sort keys are all different, so any order of equal ones would do for them. */
#define DN_MERGE_SORT(NAME, T, CMP)                                                                \
    static void NAME(T *v, size_t n, T *tmp) {                                                     \
        for (size_t s = 0; s < n; s += 8) {                                                        \
            size_t e = s + 8 < n ? s + 8 : n;                                                      \
            for (size_t i = s + 1; i < e; i++) {                                                   \
                T x = v[i];                                                                        \
                size_t j = i;                                                                      \
                for (; j > s && CMP(&v[j - 1], &x) > 0; j--) v[j] = v[j - 1];                      \
                v[j] = x;                                                                          \
            }                                                                                      \
        }                                                                                          \
        T *src = v, *dst = tmp;                                                                    \
        for (size_t w = 8; w < n; w *= 2) {                                                        \
            for (size_t lo = 0; lo < n; lo += 2 * w) {                                             \
                size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;        \
                size_t i = lo, j = mid, k = lo;                                                    \
                while (i < mid && j < hi) dst[k++] = CMP(&src[j], &src[i]) < 0 ? src[j++] : src[i++]; \
                while (i < mid) dst[k++] = src[i++];                                               \
                while (j < hi) dst[k++] = src[j++];                                                \
            }                                                                                      \
            T *t = src;                                                                            \
            src = dst;                                                                             \
            dst = t;                                                                               \
        }                                                                                          \
        if (src != v) memcpy(v, src, n * sizeof *v);                                               \
    }
DN_MERGE_SORT(sort_rank, dn_cand, cmp_rank)
DN_MERGE_SORT(sort_pos, dn_cand, cmp_pos)

/* The same orders through keys (order_of): each candidate gets one word, or two, that compare as
 * cmp_rank (or cmp_pos) does, then its index (so the order is the stable one). Needs n < 2^29
 * (else the sorts above). */
static inline int key_cmp(const dn_sort_key *a, const dn_sort_key *b) {
    if (a->k1 != b->k1) return a->k1 < b->k1 ? -1 : 1;
    return a->k2 < b->k2 ? -1 : a->k2 > b->k2;
}
DN_MERGE_SORT(sort_keys, dn_sort_key, key_cmp)

static bool keys_room(const dn_alloc *a, dn_resolve_scratch *rs, size_t n) {
    if (n <= rs->keys_cap) return true;
    dn_free(a, rs->keys);
    rs->keys_cap = 0;
    rs->keys = dn_malloc(a, 2 * n * sizeof *rs->keys);
    if (!rs->keys) return false;
    rs->keys_cap = n;
    return true;
}

/* Sorts distinct words v[0..n-1] ascending: insertion sort of runs of 8, then merging with a
 * buffer tmp of n (the merge step without branches on the comparison). */
static void sort_u64(uint64_t *v, size_t n, uint64_t *tmp) {
    for (size_t s = 0; s < n; s += 8) {
        size_t e = s + 8 < n ? s + 8 : n;
        for (size_t i = s + 1; i < e; i++) {
            uint64_t x = v[i];
            size_t j = i;
            for (; j > s && v[j - 1] > x; j--) v[j] = v[j - 1];
            v[j] = x;
        }
    }
    uint64_t *src = v, *dst = tmp;
    for (size_t w = 8; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                uint64_t x = src[i], y = src[j];
                bool t = y < x;
                dst[k++] = t ? y : x;
                j += t;
                i += !t;
            }
            while (i < mid) dst[k++] = src[i++];
            while (j < hi) dst[k++] = src[j++];
        }
        uint64_t *t = src;
        src = dst;
        dst = t;
    }
    if (src != v) memcpy(v, src, n * sizeof *v);
}

static unsigned bits_for(uint64_t v) { return v ? 64u - (unsigned)__builtin_clzll(v) : 0u; }

static void insertion_u64(uint64_t *v, size_t n) {
    for (size_t i = 1; i < n; i++) {
        uint64_t x = v[i];
        size_t j = i;
        for (; j > 0 && v[j - 1] > x; j--) v[j] = v[j - 1];
        v[j] = x;
    }
}

/* Sorts distinct words v[0..n-1] below 2^kb ascending, into tmp (n words), and returns where the
 * result is (v or tmp): by their top bits into buckets (about one per two words, at most 1024),
 * then each bucket by insertion (a large one by merging). v is clobbered. */
static const uint64_t *sort_u64_buckets(uint64_t *v, size_t n, uint64_t *tmp, unsigned kb) {
    if (n <= 16) {
        insertion_u64(v, n);
        return v;
    }
    unsigned bb = bits_for(n) - 1;
    if (bb > 10) bb = 10;
    if (bb > kb) bb = kb;
    unsigned sh = kb - bb;
    size_t nb = (size_t)1 << bb;
    uint32_t cnt[1025];
    memset(cnt, 0, (nb + 1) * sizeof *cnt);
    for (size_t i = 0; i < n; i++) cnt[(v[i] >> sh) + 1]++;
    for (size_t b = 1; b < nb; b++) cnt[b] += cnt[b - 1]; /* cnt[b]: the start of bucket b */
    for (size_t i = 0; i < n; i++) tmp[cnt[v[i] >> sh]++] = v[i]; /* cnt[b]: its end */
    for (size_t b = 0, st = 0; b < nb; b++) {
        size_t e = cnt[b];
        if (e - st > 32) sort_u64(tmp + st, e - st, v + st);
        else if (e - st > 1) insertion_u64(tmp + st, e - st);
        st = e;
    }
    return tmp;
}

/* The order of v[0..n-1] by cmp_rank (rank) or cmp_pos, stably (ties by index): rs->idx[0..n-1],
 * NULL if out of memory or n >= 2^29 (then sort in place). The keys are one word each when the
 * fields' ranges in this document fit in 64 bits (the usual case), else two (dn_sort_key). */
static const uint32_t *order_of(const dn_alloc *a, dn_resolve_scratch *rs, const dn_cand *v, size_t n, bool rank) {
    if (n >= (1u << 29)) return NULL;
    if (n > rs->idx_cap) {
        dn_free(a, rs->idx);
        dn_free(a, rs->k64);
        rs->idx_cap = 0;
        rs->idx = dn_malloc(a, n * sizeof *rs->idx);
        rs->k64 = dn_malloc(a, 2 * n * sizeof *rs->k64);
        if (!rs->idx || !rs->k64) return NULL;
        rs->idx_cap = n;
    }
    static const int rk[] = {2, 1, 0, 3, 4};
    uint32_t *idx = rs->idx;
    /* the ranges of the fields */
    uint32_t maxlen = 0, maxb0 = 0, maxb1 = 0;
    int32_t minp = INT16_MAX, maxp = INT16_MIN;
    unsigned maxo = 0;
    for (size_t i = 0; i < n; i++) {
        const dn_cand *c = &v[i];
        uint32_t len = c->c1 - c->c0;
        if (len > maxlen) maxlen = len;
        if (c->b0 > maxb0) maxb0 = c->b0;
        if (c->b1 > maxb1) maxb1 = c->b1;
        if (c->prio < minp) minp = c->prio;
        if (c->prio > maxp) maxp = c->prio;
        if (c->origin > maxo) maxo = c->origin;
    }
    unsigned ib = bits_for(n - 1), b0b = bits_for(maxb0), kb;
    uint64_t *k = rs->k64;
    if (rank) {
        unsigned lb = bits_for(maxlen), pb = bits_for((uint64_t)(maxp - minp)), ob = bits_for(maxo);
        kb = lb + pb + ob + b0b + 3 + ib;
        if (kb <= 64) {
            for (size_t i = 0; i < n; i++) {
                const dn_cand *c = &v[i];
                uint64_t x = maxlen - (c->c1 - c->c0);                    /* longer first */
                x = (x << pb) | (uint64_t)(maxp - c->prio);               /* higher priority first */
                x = (x << ob) | (uint64_t)(maxo - c->origin);             /* lexicon, rule, date */
                x = (x << b0b) | c->b0;                                   /* earlier first */
                x = (x << 3) | (uint64_t)(c->type < 5 ? rk[c->type] : 5); /* ORG, LOC, PER */
                k[i] = (x << ib) | i;
            }
            goto sort64;
        }
    } else {
        unsigned b1b = bits_for(maxb1);
        kb = b0b + b1b + ib;
        if (kb <= 64) {
            for (size_t i = 0; i < n; i++) k[i] = (((uint64_t)v[i].b0 << b1b | v[i].b1) << ib) | i;
            goto sort64;
        }
    }
    /* two words */
    if (!keys_room(a, rs, n)) return NULL;
    dn_sort_key *kk = rs->keys;
    for (size_t i = 0; i < n; i++) {
        const dn_cand *c = &v[i];
        if (rank) {
            uint32_t len = c->c1 - c->c0;
            uint64_t prio = (uint16_t)(0x7FFF - (int32_t)c->prio); /* descending */
            kk[i].k1 = ((uint64_t)(0xFFFFFFFFu - len) << 32) | (prio << 16) | (uint64_t)(0xFFu - c->origin);
            uint64_t r = c->type < 5 ? (uint64_t)rk[c->type] : 5;
            kk[i].k2 = ((uint64_t)c->b0 << 32) | (r << 29) | (uint64_t)i;
        } else {
            kk[i].k1 = ((uint64_t)c->b0 << 32) | c->b1;
            kk[i].k2 = (uint64_t)i;
        }
    }
    sort_keys(kk, n, kk + n);
    for (size_t i = 0; i < n; i++) idx[i] = (uint32_t)(kk[i].k2 & ((1u << 29) - 1));
    return idx;
sort64: {
    const uint64_t *r = sort_u64_buckets(k, n, k + n, kb);
    uint64_t im = ib ? (~0ull >> (64 - ib)) : 0;
    for (size_t i = 0; i < n; i++) idx[i] = (uint32_t)(r[i] & im);
    return idx;
}
}

static int cmp_start(const void *x, const void *y) {
    const dn_cand *a = x, *b = y;
    if (a->b0 != b->b0) return a->b0 < b->b0 ? -1 : 1;
    return a->b1 < b->b1 ? -1 : a->b1 > b->b1;
}

/* Tokens [*t0, *t1) that overlap the byte span [b0, b1) (binary search; tokens are in order). */
static void tok_range(const dn_tokens *tk, uint32_t b0, uint32_t b1, size_t *t0, size_t *t1) {
    size_t lo = 0, hi = tk->n;
    while (lo < hi) { /* first token ending after b0 */
        size_t mid = (lo + hi) / 2;
        if (tk->t[mid].b1 <= b0) lo = mid + 1;
        else hi = mid;
    }
    *t0 = lo;
    hi = tk->n;
    while (lo < hi) { /* first token starting at or after b1 */
        size_t mid = (lo + hi) / 2;
        if (tk->t[mid].b0 < b1) lo = mid + 1;
        else hi = mid;
    }
    *t1 = lo;
}

/* ---- propagation table: key -> accepted candidate index */
typedef struct prop {
    const dener_model *m;
    const dn_tokens *tk;
    dn_resolve_scratch *rs;
    size_t mask;
} prop;

/* (any hash: a look-up compares the keys) */
static uint64_t key_hash(const char *k, size_t n) { return dn_hash_words(k, n, 7); }

static void prop_put(prop *p, uint32_t koff, uint32_t klen, uint32_t ci) {
    const char *k = p->tk->keys.p + koff;
    size_t i = key_hash(k, klen) & p->mask;
    const uint32_t gen = p->rs->tab_gen;
    while (p->rs->tab[i].gen == gen) i = (i + 1) & p->mask;
    p->rs->tab[i] = (struct dn_prop_slot){gen, ci + 1, koff, klen};
}

static int prop_get(prop *p, const char *k, size_t n) {
    size_t i = key_hash(k, n) & p->mask;
    const uint32_t gen = p->rs->tab_gen;
    while (p->rs->tab[i].gen == gen) {
        const struct dn_prop_slot *s = &p->rs->tab[i];
        if (s->klen == n && memcmp(p->tk->keys.p + s->koff, k, n) == 0) return (int)(s->ci1 - 1);
        i = (i + 1) & p->mask;
    }
    return -1;
}


/* A 256-bit filter of keys by their length and first byte: a key whose bit is clear is none of
 * the keys put in (tested before hashing a token's key). */
static inline unsigned kf_bit(const char *k, size_t n) { return (unsigned)((n * 37u + (unsigned char)k[0]) & 255u); }
static inline void kf_put(uint64_t *f, const char *k, size_t n) { unsigned b = kf_bit(k, n); f[b >> 6] |= 1ull << (b & 63); }
static inline bool kf_may(const uint64_t *f, const char *k, size_t n) {
    unsigned b = kf_bit(k, n);
    return (f[b >> 6] >> (b & 63)) & 1u;
}

/* ---- acronym definitions (Schwartz & Hearst): "Builders Labourers Federation (BLF)" */

static bool alnum_byte(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
}

static unsigned char lower_ascii(unsigned char c) { return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c; }

/* Is token t a punctuation token of exactly the byte ch? */
static bool is_punct(const dn_tokens *tk, const char *text, size_t t, char ch) {
    const dn_token *k = &tk->t[t];
    return (k->flags & DN_T_PUNCT) && k->b1 == k->b0 + 1 && text[k->b0] == ch;
}

/* For an accepted one-token name that is an acronym in brackets, finds the words before the
 * bracket that it abbreviates: every letter of the acronym, right to left, matched in order in
 * the text before it, the first one at the start of a word. Returns the first token of that long
 * form (the form ends before the bracket), or -1. */
static long acronym_start(const dn_tokens *tk, const char *text, const dn_cand *c) {
    if (c->t0 < 2 || c->t1 != c->t0 + 1 || (size_t)c->t1 >= tk->n) return -1;
    const dn_token *a = &tk->t[c->t0];
    size_t alen = a->b1 - a->b0;
    if (!(a->flags & DN_T_UPPER) || alen < 2 || alen > 8) return -1;
    size_t open = (size_t)c->t0 - 1;
    if (!is_punct(tk, text, open, '(') || !is_punct(tk, text, (size_t)c->t1, ')') || open == 0) return -1;
    size_t want = alen + 5 < 2 * alen ? alen + 5 : 2 * alen; /* at most this many words */
    size_t first = open > want ? open - want : 0;
    long l = (long)tk->t[open - 1].b1 - 1, lo = (long)tk->t[first].b0;
    for (long si = (long)alen - 1; si >= 0; si--) {
        unsigned char ch = lower_ascii((unsigned char)text[a->b0 + (size_t)si]);
        if (ch >= 0x80) return -1; /* ASCII acronyms only */
        while (l >= lo && (lower_ascii((unsigned char)text[l]) != ch ||
                           (si == 0 && l > lo && alnum_byte((unsigned char)text[l - 1]))))
            l--;
        if (l < lo) return -1;
        l--;
    }
    size_t start = (size_t)(l + 1);
    for (size_t t = first; t < open; t++)
        if (tk->t[t].b0 == start) return (long)t;
    return -1;
}

/* Does token i look like an inflected adjective: lower-case, or a capitalised place adjective
 * ("Limburger"), ending in -e, -en, -em, -er or -es? */
static bool adj_like(const dn_tokens *tk, size_t i) {
    const dn_token *t = &tk->t[i];
    if (!(t->flags & (DN_T_LOWER | DN_T_CAP)) || (t->flags & (DN_T_PUNCT | DN_T_NUM)) || t->keylen < 4) return false;
    const char *k = tk->keys.p + t->key;
    size_t n = t->keylen;
    if (t->flags & DN_T_CAP) return k[n - 2] == 'e' && k[n - 1] == 'r';
    return k[n - 1] == 'e' || (k[n - 2] == 'e' && (k[n - 1] == 'n' || k[n - 1] == 'm' || k[n - 1] == 'r' || k[n - 1] == 's'));
}

/* Is w[0..n) an indefinite article or "kein" ("ein", "eine", "keinen", ...)? */
static bool indefinite(const char *w, size_t n) {
    if (n && w[0] == 'k') w++, n--;
    if (n < 3 || memcmp(w, "ein", 3) != 0) return false;
    w += 3, n -= 3;
    return n == 0 || (n == 1 && w[0] == 'e') ||
           (n == 2 && w[0] == 'e' && (w[1] == 'r' || w[1] == 's' || w[1] == 'm' || w[1] == 'n'));
}

static bool function_word(const dn_token *t) { return (t->flags & DN_T_LOWER) && t->b1 - t->b0 <= 5; }

/* Adds the long forms of acronyms in brackets as names of the acronym's type, replacing names
 * inside them ("Danish Refugee Council (DRC)", "Bundesamt für Kommunikation (BAKOM)"). */
static int acronym_long_forms(const dener_model *m, const dn_tokens *tk, const char *text, dn_resolve_scratch *rs) {
    const dn_alloc *a = &m->alloc;
    size_t n0 = rs->nout;
    for (size_t i = 0; i < n0; i++) {
        const dn_cand *c = &rs->out[i];
        if (c->type > DENER_ORG || c->t0 < 0) continue;
        long s = acronym_start(tk, text, c);
        if (s < 0) continue;
        size_t t0 = (size_t)s, t1 = (size_t)c->t0 - 1, words = 0;
        /* (not from an article that opens the sentence, class determiner: "Das Staatliche
         * Ermittlungsbüro (DBR)" abbreviates a name in another language) */
        bool ok = (tk->t[t0].flags & (DN_T_CAP | DN_T_UPPER)) && !(tk->t[t1 - 1].flags & DN_T_PUNCT) &&
                  !(rs->cls_det >= 0 && ((tk->t[t0].classes >> rs->cls_det) & 1u));
        for (size_t t = t0; t < t1 && ok; t++) {
            const dn_token *k = &tk->t[t];
            if (t > t0 && (k->flags & (DN_T_NL | DN_T_SENT))) ok = false;
            /* (no bracket: "Stefan Weber (CDU) sowie Claudia Roth (CDU)" is no long form of the
             * second CDU) */
            else if (k->flags & DN_T_PUNCT)
                ok = (k->flags & (DN_T_SENTEND | DN_T_QUOTE | DN_T_OPEN)) == 0 && !is_punct(tk, text, t, ')') &&
                     !is_punct(tk, text, t, '(');
            else if (!(k->flags & (DN_T_CAP | DN_T_UPPER)) && !function_word(k)) ok = false;
            else words++;
            /* only names wholly inside the long form may be replaced */
            uint32_t cv = rs->cover[t];
            if (ok && cv) {
                const dn_cand *o = &rs->out[cv - 1];
                ok = o->t0 >= (int32_t)t0 && o->t1 <= (int32_t)t1;
            }
        }
        /* (a person right before the bracket is named with a party: "Stadtpräsidentin Corine
         * Mauch (SP)", whose letters S-P the role holds; not one word guessed by a rule inside a
         * long form of capitalised words: "Alliance Fleuve Congo (AFC)") */
        if (ok && rs->cover[t1 - 1] && rs->out[rs->cover[t1 - 1] - 1].type == DENER_PER) {
            const dn_cand *p = &rs->out[rs->cover[t1 - 1] - 1];
            ok = p->origin == DN_ORIG_RULE && p->t1 == p->t0 + 1 && (size_t)p->t0 > t0 && words >= 3 &&
                 (tk->t[p->t0 - 1].flags & (DN_T_CAP | DN_T_UPPER));
        }
        if (!ok || words < 2) continue;
        if (rs->cover[t0] && rs->out[rs->cover[t0] - 1].t0 == (int32_t)t0 && rs->out[rs->cover[t0] - 1].t1 == (int32_t)t1) {
            /* already one name, with its own source and canonical; the acronym stands for it */
            if (!rs->out[i].canonical && rs->out[rs->cover[t0] - 1].type == c->type) {
                rs->out[i].canon_tok0 = (int32_t)t0;
                rs->out[i].canon_tok1 = (int32_t)t1;
            }
            continue;
        }
        for (size_t t = t0; t < t1; t++)
            if (rs->cover[t]) rs->out[rs->cover[t] - 1].type = 0xff; /* replaced */
        /* (a place that a rule guessed, a country code, is an organisation with a long form of
         * words: "Christian Association of Nigeria (CAN)"; a country's own acronym is listed) */
        if (rs->out[i].type == DENER_LOC && rs->out[i].origin == DN_ORIG_RULE)
            rs->out[i].type = DENER_ORG, rs->out[i].source = m->src_abbrev;
        if (!DN_GROW(a, rs->out, rs->outcap, rs->nout + 1)) return DENER_ERR_NOMEM;
        c = &rs->out[i]; /* the array may have moved */
        dn_cand lf = {tk->t[t0].b0, tk->t[t1 - 1].b1, tk->t[t0].c0, tk->t[t1 - 1].c1, (int32_t)t0, (int32_t)t1,
                      c->type, DN_ORIG_RULE, c->prio, m->src_abbrev, 0, -1, -1, -1};
        rs->out[rs->nout++] = lf;
        for (size_t t = t0; t < t1; t++) rs->cover[t] = (uint32_t)rs->nout;
        if (!rs->out[i].canonical) { /* the acronym stands for its long form */
            rs->out[i].canon_tok0 = (int32_t)t0;
            rs->out[i].canon_tok1 = (int32_t)t1;
        }
    }
    /* drop the replaced names and renumber the cover map */
    if (rs->nout == n0) return DENER_OK;
    size_t w = 0;
    for (size_t i = 0; i < rs->nout; i++)
        if (rs->out[i].type != 0xff) rs->out[w++] = rs->out[i];
    rs->nout = w;
    memset(rs->cover, 0, (tk->n + 1) * sizeof *rs->cover);
    for (size_t i = 0; i < rs->nout; i++) {
        const dn_cand *c = &rs->out[i];
        size_t t0, t1;
        if (c->t0 >= 0) t0 = (size_t)c->t0, t1 = (size_t)c->t1;
        else tok_range(tk, c->b0, c->b1, &t0, &t1); /* dates cover every token they touch */
        for (size_t t = t0; t < t1; t++) rs->cover[t] = (uint32_t)(i + 1);
    }
    return DENER_OK;
}

/* An acronym in brackets right after an organisation, with the organisation's first letter, is
 * that organisation: "Wirtschaftsuniversität Wien (WU)" (no person), "Shanghaier Organisation
 * für Zusammenarbeit (SCO)" (no country code), "Demokratische Allianz (DA)" (added). */
static int acronym_after_org(const dener_model *m, const dn_tokens *tk, const char *text, dn_resolve_scratch *rs) {
    const dn_alloc *a = &m->alloc;
    const size_t n0 = rs->nout;
    for (size_t i = 0; i < n0; i++) {
        const dn_cand *o = &rs->out[i];
        if (o->type != DENER_ORG || o->t0 < 0) continue;
        const size_t t = (size_t)o->t1 + 1; /* the acronym, after "(" */
        if (t + 1 >= tk->n || !is_punct(tk, text, t - 1, '(') || !is_punct(tk, text, t + 1, ')')) continue;
        const dn_token *k = &tk->t[t];
        size_t alen = k->b1 - k->b0;
        if (!(k->flags & DN_T_UPPER) || alen < 2 || alen > 6 ||
            lower_ascii((unsigned char)text[o->b0]) != lower_ascii((unsigned char)text[k->b0]))
            continue;
        uint32_t cv = rs->cover[t];
        if (cv) {
            dn_cand *c = &rs->out[cv - 1];
            if (c->t0 == (int32_t)t && c->t1 == (int32_t)(t + 1) && c->type < DENER_ORG) {
                c->type = DENER_ORG;
                c->source = m->src_abbrev;
                c->canonical = 0, c->canon_tok0 = o->t0, c->canon_tok1 = o->t1;
            }
            continue;
        }
        if (!DN_GROW(a, rs->out, rs->outcap, rs->nout + 1)) return DENER_ERR_NOMEM;
        o = &rs->out[i]; /* (the array may have moved) */
        dn_cand ac = {k->b0, k->b1, k->c0, k->c1, (int32_t)t, (int32_t)(t + 1), DENER_ORG, DN_ORIG_RULE, o->prio,
                      m->src_abbrev, 0, o->t0, o->t1, -1};
        rs->out[rs->nout++] = ac;
        rs->cover[t] = (uint32_t)rs->nout;
    }
    return DENER_OK;
}

typedef struct dn_kh { uint64_t h; uint32_t i; } dn_kh; /* a name's word hash and its index */

static inline int cmp_kh(const dn_kh *a, const dn_kh *b) {
    if (a->h != b->h) return a->h < b->h ? -1 : 1;
    return a->i < b->i ? -1 : a->i > b->i;
}
DN_MERGE_SORT(sort_kh, dn_kh, cmp_kh) /* (the pairs are all different: any sort gives their order) */

/* Do two token-aligned candidates consist of the same folded words? */
static bool same_words(const dn_tokens *tk, const dn_cand *a, const dn_cand *b) {
    if (a->t1 - a->t0 != b->t1 - b->t0) return false;
    for (int32_t k = 0; k < a->t1 - a->t0; k++) {
        const dn_token *x = &tk->t[a->t0 + k], *y = &tk->t[b->t0 + k];
        if (x->keylen != y->keylen || memcmp(tk->keys.p + x->key, tk->keys.p + y->key, x->keylen) != 0) return false;
    }
    return true;
}

/* The capitalised or all-caps tokens of the document, in order (listed at the first call: *nc is
 * SIZE_MAX before); NULL if out of memory. Each entry holds the token's index (its low 32 bits),
 * its key's length up to 7 (bits 32-34) and the filter bit kf_bit of its key (bits 56-63), so that
 * the loops over them test the filters without reading the token. */
#define CAP_TI(e) ((size_t)(uint32_t)(e))
#define CAP_KL(e) ((unsigned)((e) >> 32) & 7u) /* min(keylen, 7) */
#define CAP_KB(e) ((unsigned)((e) >> 56))
static const uint64_t *cap_tokens(const dn_alloc *a, const dn_tokens *tk, dn_resolve_scratch *rs, size_t *nc) {
    if (*nc != SIZE_MAX) return rs->caps;
    if (!DN_GROW(a, rs->caps, rs->caps_cap, tk->n + 1)) return NULL;
    static const unsigned char none = 0;
    const bool havek = tk->keys.len > 0 && tk->keys.p;
    const unsigned char *kp = havek ? (const unsigned char *)tk->keys.p : &none;
    const size_t klast = havek ? tk->keys.len - 1 : 0;
    const dn_token *tt = tk->t;
    uint64_t *out = rs->caps;
    size_t k = 0;
    for (size_t i = 0, n = tk->n; i < n; i++) {
        const dn_token *t = &tt[i];
        uint32_t kl = t->keylen;
        unsigned k0 = kp[t->key < klast ? t->key : klast]; /* (the first byte of the key when kl > 0) */
        out[k] = (uint64_t)i | (uint64_t)(kl < 7 ? kl : 7) << 32 | (uint64_t)(kl * 37u + k0) << 56;
        k += (t->flags & (DN_T_CAP | DN_T_UPPER)) != 0;
    }
    *nc = k;
    return rs->caps;
}

static inline bool kf_bit_set(const uint64_t *f, unsigned b) { return (f[(b & 255u) >> 6] >> (b & 63u)) & 1u; }

/* Makes the sort buffer hold n candidates (its contents need not survive); false on no memory. */
static bool sort_tmp_fit(const dn_alloc *a, dn_resolve_scratch *rs, size_t n) {
    if (n <= rs->sort_cap) return true;
    dn_free(a, rs->sort_tmp);
    rs->sort_cap = 0;
    rs->sort_tmp = dn_malloc(a, n * sizeof *rs->sort_tmp);
    if (!rs->sort_tmp) return false;
    rs->sort_cap = n;
    return true;
}

/* Is token ti preceded by a preposition of place or an article ("in Essen", "nach Worms", "an der
 * Tauber")? */
static bool place_prep(const dn_tokens *tk, size_t ti) {
    if (ti == 0) return false;
    const dn_token *p = &tk->t[ti - 1];
    const char *k = tk->keys.p + p->key;
    static const char *const preps[] = {"in", "im", "nach", "aus", "bei", "von", "vom", "nahe", "zwischen", "gen", "bis", "ab",
                                        "der", "die", "das", "dem", "den", "des"};
    for (size_t j = 0; j < sizeof preps / sizeof preps[0]; j++)
        if (strlen(preps[j]) == p->keylen && memcmp(preps[j], k, p->keylen) == 0) return true;
    return false;
}

/* Are the tokens of organisation c after its first word, up to its last (a legal form), all branch
 * words (class orgend: "Logistik", "Maschinenbau") or parts of a legal form ("GmbH & Co. KG")? *oe
 * caches the class id of orgend (-2: not looked up yet). */
static bool org_tail(const dener_model *m, const dn_tokens *tk, const char *text, const dn_cand *c, uint64_t suffix, int *oe) {
    if (*oe == -2) *oe = dn_class_id(m, "orgend");
    const uint64_t ok = suffix | (*oe >= 0 ? 1ull << *oe : 0);
    for (int32_t i = c->t0 + 1; i < c->t1 - 1; i++) {
        const dn_token *t = &tk->t[i];
        if (t->classes & ok) continue;
        const char *w = text + t->b0;
        const size_t n = t->b1 - t->b0;
        if ((n == 1 && w[0] == '&') || (n == 3 && !memcmp(w, "Co.", 3)) || (n == 2 && !memcmp(w, "Co", 2))) continue;
        return false;
    }
    return true;
}

/* The number of words before token ti, a later mention of the surname of person src, that repeat
 * the lower-case particles before its surname in src ("von", "von der": "Lars von Trier ... Von Trier
 * sagte"), and that no name took; 0 if none, or in a route ("von Trier nach Mainz"). */
static size_t particle_len(const dn_tokens *tk, const dn_resolve_scratch *rs, const dn_cand *src, size_t ti) {
    if ((size_t)(src->t1 - 1) == ti) return 0;
    size_t q = 0;
    for (int32_t s = src->t1 - 2; s > src->t0 && q < ti; s--, q++) {
        const dn_token *a = &tk->t[ti - q - 1], *b = &tk->t[s];
        if ((b->flags & DN_T_CAP) || !(a->flags & DN_T_WORD) || a->keylen > 4 || a->keylen != b->keylen ||
            rs->cover[ti - q - 1] || memcmp(tk->keys.p + a->key, tk->keys.p + b->key, a->keylen) != 0)
            break;
    }
    if (!q || ti + 1 >= tk->n) return q;
    const dn_token *t = &tk->t[ti + 1];
    const char *k = tk->keys.p + t->key;
    return (t->keylen == 4 && !memcmp(k, "nach", 4)) || (t->keylen == 3 && !memcmp(k, "bis", 3)) ? 0 : q;
}

/* Whether token-aligned names a and b have a word in common. */
static bool shared_word(const dn_tokens *tk, const dn_cand *a, const dn_cand *b) {
    for (int32_t i = a->t0; i < a->t1; i++)
        for (int32_t j = b->t0; j < b->t1; j++) {
            const dn_token *x = &tk->t[i], *y = &tk->t[j];
            if (x->keylen == y->keylen && memcmp(tk->keys.p + x->key, tk->keys.p + y->key, x->keylen) == 0) return true;
        }
    return false;
}

int dn_resolve(const dener_model *m, const dn_tokens *tk, const char *text, dn_resolve_scratch *rs) {
    const dn_alloc *a = &m->alloc;
    rs->nout = 0;
    /* 1. negative rules: move them to the end of the array (the others keep their order), then
     * veto what they overlap */
    size_t n = 0, nnot = 0;
    for (size_t i = 0; i < rs->n; i++)
        if (rs->c[i].type != DN_RULE_NOT) {
            if (i != n) {
                dn_cand tmp = rs->c[n];
                rs->c[n] = rs->c[i];
                rs->c[i] = tmp;
            }
            n++;
        }
    nnot = rs->n - n;
    /* token ranges of the candidates that are not token-aligned (dates): the tokens their bytes
     * touch (tok_range), by a forward pointer while they come in order */
    if (n > rs->rng_cap) {
        dn_free(a, rs->rng);
        rs->rng_cap = 0;
        rs->rng = dn_malloc(a, n * sizeof *rs->rng);
        if (!rs->rng) return DENER_ERR_NOMEM;
        rs->rng_cap = n;
    }
    /* the NOT spans as a per-token map of their highest priority, when every NOT span is a run of
     * whole non-empty tokens: a span of whole tokens (or a date's tokens) then overlaps a NOT span
     * in bytes exactly when they share a token (tokens are ordered and disjoint) */
    bool map_ok = nnot > 0;
    uint32_t *notp = NULL; /* per token: 32769 + the highest priority of a NOT span on it, 0 if none */
    if (nnot) {
        if (!DN_GROW(a, rs->notp, rs->notp_cap, tk->n + 1)) return DENER_ERR_NOMEM;
        notp = rs->notp;
        memset(notp, 0, (tk->n + 1) * sizeof *notp);
        for (size_t j = n; j < rs->n && map_ok; j++) {
            const dn_cand *x = &rs->c[j];
            if (x->t0 < 0 || x->t1 <= x->t0 || (size_t)x->t1 > tk->n || tk->t[x->t0].b0 != x->b0 ||
                tk->t[x->t1 - 1].b1 != x->b1) {
                map_ok = false;
                break;
            }
            uint32_t pv = (uint32_t)((int32_t)x->prio + 32769);
            for (int32_t t = x->t0; t < x->t1; t++) {
                if (tk->t[t].b1 <= tk->t[t].b0) map_ok = false;
                if (notp[t] < pv) notp[t] = pv;
            }
        }
    }
    /* a capitalised word a strong negative rule (priority 50 or more) took out once ("Hurrikan Ida")
     * is no weak guess of a rule elsewhere in the document either ("... drehte Ida auf"): up to 16
     * such words */
    uint32_t notw[16];
    size_t nnotw = 0;
    for (size_t j = n; j < rs->n && nnotw < 16; j++) {
        const dn_cand *x = &rs->c[j];
        if (x->prio < 50 || x->t0 < 0 || x->t1 != x->t0 + 1 || (size_t)x->t1 > tk->n) continue;
        const dn_token *t = &tk->t[x->t0];
        if (t->b0 == x->b0 && t->b1 == x->b1 && t->keylen && (t->flags & DN_T_CAP)) notw[nnotw++] = (uint32_t)x->t0;
    }
    dn_cand *nots = rs->c ? rs->c + n : NULL; /* (rs->c is NULL when there are no candidates) */
    uint32_t *maxend = NULL; /* (the NOT spans sorted, for the candidates the map does not answer) */
    size_t keep = 0, pa = 0;
    uint32_t pb0 = 0;
    for (size_t i = 0; i < n; i++) {
        const dn_cand *c = &rs->c[i];
        uint32_t r0 = 0, r1 = 0;
        if (c->t0 < 0 && c->date >= 0 && (size_t)c->date < rs->ndrng && rs->drng[c->date][0] != UINT32_MAX) {
            r0 = rs->drng[c->date][0]; /* (found by dener_extract) */
            r1 = rs->drng[c->date][1];
        } else if (c->t0 < 0) {
            if (c->b0 < pb0) {
                size_t x0, x1;
                tok_range(tk, c->b0, c->b1, &x0, &x1);
                r0 = (uint32_t)x0;
                r1 = (uint32_t)x1;
            } else {
                pb0 = c->b0;
                pa = dn_tok_gallop(tk, pa, c->b0, true); /* first token ending after b0 (from pa on) */
                size_t q = c->b1 ? dn_tok_gallop(tk, pa, c->b1 - 1, false) : pa; /* first starting at b1 or after */
                r0 = (uint32_t)pa;
                r1 = (uint32_t)q;
            }
        }
        if (nnot) {
            bool vetoed = false, known = false;
            if (map_ok) {
                size_t t0 = r0, t1 = r1;
                if (c->t0 >= 0) {
                    t0 = (size_t)c->t0;
                    t1 = (size_t)c->t1;
                    known = tk->t[t0].b0 == c->b0 && tk->t[t1 - 1].b1 == c->b1;
                } else {
                    known = r0 < r1;
                }
                if (known) {
                    uint32_t pv = (uint32_t)((int32_t)c->prio + 32769);
                    uint32_t hi = 0; /* (the highest over the span, without a branch per token) */
                    for (size_t t = t0; t < t1; t++) hi = notp[t] > hi ? notp[t] : hi;
                    vetoed = hi >= pv;
                }
            }
            if (!known) {
                if (!maxend) {
                    /* NOT spans sorted by start, with the running maximum of their ends: each candidate
                     * looks only at the NOT spans that can reach it (linear time for many NOT spans) */
                    qsort(nots, nnot, sizeof *nots, cmp_start);
                    maxend = dn_malloc(a, nnot * sizeof *maxend);
                    if (!maxend) return DENER_ERR_NOMEM;
                    for (size_t j = 0; j < nnot; j++)
                        maxend[j] = j && maxend[j - 1] > nots[j].b1 ? maxend[j - 1] : nots[j].b1;
                }
                size_t lo = 0, hi = nnot; /* lo: number of NOT spans starting before c ends */
                while (lo < hi) {
                    size_t mid = (lo + hi) / 2;
                    if (nots[mid].b0 < c->b1) lo = mid + 1;
                    else hi = mid;
                }
                for (size_t j = lo; j-- > 0 && !vetoed;) {
                    if (maxend[j] <= c->b0) break;
                    vetoed = overlaps(&nots[j], c) && nots[j].prio >= c->prio;
                }
            }
            if (!vetoed && nnotw && c->origin == DN_ORIG_RULE && c->prio < 30 && c->t0 >= 0 && c->t1 == c->t0 + 1) {
                const dn_token *t = &tk->t[c->t0];
                for (size_t q = 0; q < nnotw && !vetoed; q++) {
                    const dn_token *u = &tk->t[notw[q]];
                    vetoed = u->keylen == t->keylen && memcmp(tk->keys.p + u->key, tk->keys.p + t->key, t->keylen) == 0;
                }
            }
            if (vetoed) continue;
        }
        if (keep != i) rs->c[keep] = *c;
        rs->rng[keep][0] = r0;
        rs->rng[keep][1] = r1;
        keep++;
    }
    dn_free(a, maxend);
    n = keep;
    rs->n = n;
    /* 1b. a name listed as a place and as an organisation with the same span is the place after a
     * place preposition (class placeprep: "im Vatikan", "in Deutz"; an article between: "in den
     * Dolomiten"): the organisation loses a point of priority, so the place wins what would be a
     * tie (cmp_rank: ORG before LOC) */
    if (rs->cls_m != m) rs->cls_placeprep = dn_class_id(m, "placeprep"), rs->cls_det = dn_class_id(m, "determiner"), rs->cls_m = m;
    const int cpp = rs->cls_placeprep, cdet = rs->cls_det;
    for (size_t i = 0; i < n && cpp >= 0; i++) {
        dn_cand *c = &rs->c[i];
        if (c->type != DENER_ORG || c->origin != DN_ORIG_GAZ || c->t0 < 1) continue;
        const dn_token *pt = &tk->t[c->t0 - 1];
        /* ("im" is both: a place preposition and a determiner) */
        if (!((pt->classes >> cpp) & 1u) && cdet >= 0 && c->t0 >= 2 && (pt->flags & DN_T_LOWER) && ((pt->classes >> cdet) & 1u))
            pt = &tk->t[c->t0 - 2];
        if (!((pt->classes >> cpp) & 1u)) continue;
        for (size_t j = 0; j < n; j++) {
            const dn_cand *l = &rs->c[j];
            if (l->type == DENER_LOC && l->origin == DN_ORIG_GAZ && l->b0 == c->b0 && l->b1 == c->b1 && l->prio == c->prio) {
                c->prio--;
                break;
            }
        }
    }
    /* 2. greedy selection in rank order; a token cover map detects overlaps (dates cover every
     * token they touch) */
    if (!sort_tmp_fit(a, rs, rs->n)) return DENER_ERR_NOMEM;
    const uint32_t *ord = NULL; /* the rank order, by index; NULL: rs->c itself is sorted */
    if (rs->n) {
        ord = order_of(a, rs, rs->c, rs->n, true);
        if (!ord) sort_rank(rs->c, rs->n, rs->sort_tmp); /* (rs->c may be NULL when empty) */
    }
    if (!DN_GROW(a, rs->cover, rs->cover_cap, tk->n + 1)) return DENER_ERR_NOMEM;
    memset(rs->cover, 0, (tk->n + 1) * sizeof *rs->cover);
    if (rs->n && !DN_GROW(a, rs->out, rs->outcap, rs->n)) return DENER_ERR_NOMEM;
    for (size_t q = 0; q < rs->n; q++) {
        size_t ci = ord ? ord[q] : q;
        const dn_cand *c = &rs->c[ci];
        size_t t0, t1;
        if (c->t0 >= 0) {
            t0 = (size_t)c->t0;
            t1 = (size_t)c->t1;
        } else if (ord) {
            t0 = rs->rng[ci][0];
            t1 = rs->rng[ci][1];
        } else {
            tok_range(tk, c->b0, c->b1, &t0, &t1);
        }
        /* (a name is no first part of a truncated compound: "In Kriegs- und Krisenzeiten", "Bund-
         * und Länderverhandlungen") */
        if (c->t0 >= 0 && c->type <= DENER_ORG && t1 < tk->n && tk->t[t1].b0 == c->b1 && is_punct(tk, text, t1, '-') &&
            (t1 + 1 >= tk->n || tk->t[t1 + 1].b0 > tk->t[t1].b1))
            continue;
        bool clash = false;
        for (size_t t = t0; t < t1 && !clash; t++) {
            uint32_t k = rs->cover[t];
            if (!k) continue;
            /* a name owns its tokens; dates may share a token ("2008-2009") if their bytes don't overlap */
            const dn_cand *o = &rs->out[k - 1];
            clash = c->t0 >= 0 || o->t0 >= 0 || overlaps(o, c);
        }
        if (clash) continue;
        rs->out[rs->nout++] = *c;
        for (size_t t = t0; t < t1; t++) rs->cover[t] = (uint32_t)rs->nout;
    }
    /* 2b. long forms of acronyms in brackets */
    int arc = acronym_long_forms(m, tk, text, rs);
    if (!arc) arc = acronym_after_org(m, tk, text, rs);
    if (arc) return arc;
    /* 2c. one type per rule-found name in a document: when rules gave the same words different
     * types ("Conrad Caine" after a descriptor and after a given name), the strongest rule wins.
     * Names are grouped by a hash of their words (sorting: n log n on any document). */
    {
        size_t nr = 0;
        for (size_t i = 0; i < rs->nout; i++) nr += rs->out[i].origin == DN_ORIG_RULE && rs->out[i].t0 >= 0;
        if (nr > 1) {
            dn_kh *ks = dn_malloc(a, 2 * nr * sizeof *ks);
            if (!ks) return DENER_ERR_NOMEM;
            size_t w = 0;
            for (size_t i = 0; i < rs->nout; i++) {
                const dn_cand *c = &rs->out[i];
                if (c->origin != DN_ORIG_RULE || c->t0 < 0 || c->type > DENER_ORG) continue;
                uint64_t h = (uint64_t)(c->t1 - c->t0);
                for (int32_t k = c->t0; k < c->t1; k++)
                    h = h * 0x9E3779B97F4A7C15ull ^ dn_hash(tk->keys.p + tk->t[k].key, tk->t[k].keylen, 11);
                ks[w++] = (dn_kh){h, (uint32_t)i};
            }
            sort_kh(ks, w, ks + w);
            for (size_t g = 0; g < w;) {
                size_t e = g + 1;
                while (e < w && ks[e].h == ks[g].h) e++;
                if (e - g > 1) {
                    /* the strongest of the group with the same words as its first member */
                    const dn_cand *f = &rs->out[ks[g].i];
                    size_t best = ks[g].i;
                    for (size_t q = g + 1; q < e; q++)
                        if (same_words(tk, f, &rs->out[ks[q].i]) && rs->out[ks[q].i].prio > rs->out[best].prio) best = ks[q].i;
                    for (size_t q = g; q < e; q++)
                        if (same_words(tk, f, &rs->out[ks[q].i])) rs->out[ks[q].i].type = rs->out[best].type;
                }
                g = e;
            }
            dn_free(a, ks);
        }
    }
    size_t ncaps = SIZE_MAX; /* (cap_tokens) */
    /* 3a. a multi-word name found by a rule marks the same words elsewhere in the document
     * ("die Anwaltskanzlei Waldorf Frommer ... Waldorf Frommer mahnt ab") */
    {
        size_t nm = 0;
        for (size_t i = 0; i < rs->nout; i++) {
            const dn_cand *c = &rs->out[i];
            nm += c->origin == DN_ORIG_RULE && c->t0 >= 0 && c->t1 - c->t0 >= 2 && c->prio >= 30 && c->type <= DENER_ORG;
        }
        if (nm) {
            size_t cap = 16;
            while (cap < nm * 2) cap *= 2;
            /* entries: a name (its candidate, ent[2k]) and the number of its words to match
             * (ent[2k + 1]); chained per bucket by next[k] */
            uint32_t *head = dn_calloc(a, cap, sizeof *head), *next = dn_malloc(a, 2 * rs->nout * sizeof *next),
                     *ent = dn_malloc(a, 4 * rs->nout * sizeof *ent);
            if (!head || !next || !ent) {
                dn_free(a, head);
                dn_free(a, next);
                dn_free(a, ent);
                return DENER_ERR_NOMEM;
            }
            size_t n0 = rs->nout, ne = 0;
            uint64_t suffix = m->cls_orgsuffix >= 0 ? 1ull << m->cls_orgsuffix : 0;
            uint64_t kf[4] = {0, 0, 0, 0}; /* the first words of the names in the table */
            for (size_t i = 0; i < n0; i++) {
                const dn_cand *c = &rs->out[i];
                if (c->origin != DN_ORIG_RULE || c->t0 < 0 || c->t1 - c->t0 < 2 || c->prio < 30 || c->type > DENER_ORG)
                    continue;
                const dn_token *f = &tk->t[c->t0];
                size_t h = dn_hash(tk->keys.p + f->key, f->keylen, 13) & (cap - 1);
                /* one entry per distinct name, at most 8 per bucket: linear time on any document */
                size_t chain = 0;
                bool dup = false;
                for (uint32_t e = head[h]; e && !dup; e = next[e - 1], chain++)
                    dup = ent[2 * (e - 1) + 1] == (uint32_t)(c->t1 - c->t0) && same_words(tk, c, &rs->out[ent[2 * (e - 1)]]);
                if (dup || chain >= 8) continue;
                /* a company name with its legal form also marks its words without it, when two or
                 * more are left: "Quarko Pellets" after "Quarko Pellets GmbH" */
                int32_t stripped = c->t1;
                if (c->type == DENER_ORG)
                    while (stripped > c->t0 && (tk->t[stripped - 1].classes & suffix)) stripped--;
                for (int pass = 0; pass < 2; pass++) {
                    uint32_t len = pass ? (uint32_t)(stripped - c->t0) : (uint32_t)(c->t1 - c->t0);
                    if (pass && (stripped == c->t1 || len < 2)) break;
                    ent[2 * ne] = (uint32_t)i;
                    ent[2 * ne + 1] = len;
                    next[ne] = head[h];
                    head[h] = (uint32_t)++ne;
                }
                kf_put(kf, tk->keys.p + f->key, f->keylen);
            }
            const uint64_t *caps = cap_tokens(a, tk, rs, &ncaps);
            if (!caps) {
                dn_free(a, head);
                dn_free(a, next);
                dn_free(a, ent);
                return DENER_ERR_NOMEM;
            }
            for (size_t qi = 0, after = 0; qi < ncaps; qi++) {
                size_t ti = CAP_TI(caps[qi]);
                if (ti < after) continue; /* inside a name just marked */
                if (!CAP_KL(caps[qi]) || !kf_bit_set(kf, CAP_KB(caps[qi]))) continue; /* no name starts so */
                const dn_token *t = &tk->t[ti];
                if (rs->cover[ti] && rs->out[rs->cover[ti] - 1].origin != DN_ORIG_RULE) continue;
                size_t h = dn_hash(tk->keys.p + t->key, t->keylen, 13) & (cap - 1);
                for (uint32_t e = head[h]; e; e = next[e - 1]) {
                    const dn_cand *src = &rs->out[ent[2 * (e - 1)]];
                    size_t len = ent[2 * (e - 1) + 1];
                    if (ti + len > tk->n) continue;
                    bool ok = true;
                    for (size_t k = 0; k < len && ok; k++) {
                        const dn_token *x = &tk->t[(size_t)src->t0 + k], *y = &tk->t[ti + k];
                        ok = x->keylen == y->keylen && memcmp(tk->keys.p + x->key, tk->keys.p + y->key, x->keylen) == 0 &&
                             (k == 0 || !(y->flags & DN_T_NL));
                        /* only weaker rule guesses wholly inside may be there already ("Meltis" alone) */
                        uint32_t cv = ok ? rs->cover[ti + k] : 0;
                        if (cv) {
                            const dn_cand *o = &rs->out[cv - 1];
                            ok = o->origin == DN_ORIG_RULE && o->prio < src->prio && o->t0 >= (int32_t)ti &&
                                 o->t1 <= (int32_t)(ti + len);
                        }
                    }
                    if (!ok) continue;
                    for (size_t k = 0; k < len; k++)
                        if (rs->cover[ti + k]) rs->out[rs->cover[ti + k] - 1].type = 0xff; /* replaced */
                    dn_cand c = {t->b0, tk->t[ti + len - 1].b1, t->c0, tk->t[ti + len - 1].c1, (int32_t)ti,
                                 (int32_t)(ti + len), src->type, DN_ORIG_PROP, src->prio, m->src_link, src->canonical,
                                 src->canon_tok0, src->canon_tok1, -1};
                    if (!c.canonical && c.canon_tok0 < 0 && len < (size_t)(src->t1 - src->t0)) {
                        c.canon_tok0 = src->t0; /* the short form names the full one */
                        c.canon_tok1 = src->t1;
                    }
                    if (!DN_GROW(a, rs->out, rs->outcap, rs->nout + 1)) {
                        dn_free(a, head);
                        dn_free(a, next);
                        dn_free(a, ent);
                        return DENER_ERR_NOMEM;
                    }
                    rs->out[rs->nout++] = c;
                    for (size_t k = 0; k < len; k++) rs->cover[ti + k] = (uint32_t)rs->nout;
                    after = ti + len;
                    break;
                }
            }
            dn_free(a, head);
            dn_free(a, next);
            dn_free(a, ent);
        }
    }
    int cls_pv = -2; /* the class personverb, looked up when first needed (rarely) */
    /* 2c. a listed company named after its founder (a given name and a surname) is the person
     * before a person's verb: "Robert Bosch gründete 1886", "Adam Opel starb" */
    {
        for (size_t i = 0; i < rs->nout; i++) {
            dn_cand *c = &rs->out[i];
            if (c->type != DENER_ORG || c->origin != DN_ORIG_GAZ || c->t0 < 0 || c->t1 - c->t0 != 2 ||
                (size_t)c->t1 >= tk->n || m->cls_firstname < 0)
                continue;
            if (!((tk->t[c->t0].classes >> m->cls_firstname) & 1u)) continue;
            const dn_token *nx = &tk->t[c->t1];
            if (!(nx->flags & DN_T_LOWER)) continue;
            if (cls_pv == -2) cls_pv = dn_class_id(m, "personverb");
            if (cls_pv < 0 || !((nx->classes >> cls_pv) & 1u)) continue;
            /* (not after an article or preposition: "bei Robert Bosch arbeiten") */
            if (c->t0 > 0 && (tk->t[c->t0 - 1].flags & DN_T_LOWER)) continue;
            c->type = DENER_PER;
            c->canonical = 0;
        }
    }
    /* 3. propagation */
    size_t nacc = rs->nout, nreg = 0;
    uint64_t amb = 0;
    if (m->cls_commonnoun >= 0) amb |= 1ull << m->cls_commonnoun;
    if (m->cls_stopword >= 0) amb |= 1ull << m->cls_stopword;
    int cls_fv = -2; /* the class finiteverb, looked up when first needed (rarely) */
    int cls_det = -2; /* the class determiner, the same */
    int cls_oh = -2;  /* the class orghead, the same */
    int cls_oe = -2;  /* the class orgend, the same (org_tail) */
    int cls_af = -2;  /* the class asianfamily, the same */
    for (size_t i = 0; i < nacc; i++) nreg += rs->out[i].t0 >= 0;
    if (nreg) {
        size_t cap = 16;
        while (cap < nreg * 4) cap *= 2;
        if (cap > rs->tab_cap) {
            if (!DN_GROW(a, rs->tab, rs->tab_cap, cap)) return DENER_ERR_NOMEM;
            memset(rs->tab, 0, rs->tab_cap * sizeof *rs->tab);
            rs->tab_gen = 0;
        }
        if (++rs->tab_gen == 0) { /* (after 2^32 uses) */
            memset(rs->tab, 0, rs->tab_cap * sizeof *rs->tab);
            rs->tab_gen = 1;
        }
        prop p = {m, tk, rs, cap - 1};
        uint64_t kf[4] = {0, 0, 0, 0}; /* the keys in the table */
        size_t regs = 0;
        uint64_t suffix = m->cls_orgsuffix >= 0 ? 1ull << m->cls_orgsuffix : 0;
        uint64_t given = (m->cls_firstname >= 0 ? 1ull << m->cls_firstname : 0) |
                         (m->cls_demonym >= 0 ? 1ull << m->cls_demonym : 0);
        for (size_t i = 0; i < nacc; i++) {
            const dn_cand *c = &rs->out[i];
            if (c->t0 < 0 || c->type > DENER_ORG) continue;
            int len = c->t1 - c->t0;
            const dn_token *t = &tk->t[c->t1 - 1];
            if (c->origin == DN_ORIG_RULE && c->prio < 30) continue; /* weak guesses are not spread */
            if (c->type == DENER_ORG && len >= 2 &&
                ((len == 2 && ((t->classes & suffix) || (t->node && (m->nodes[t->node].ent_mask & (1u << DENER_LOC))))) ||
                 (len > 2 && (t->classes & suffix) && org_tail(m, tk, text, c, suffix, &cls_oe)))) {
                /* a company name with its legal form or country marks its first word: "Fanuc" after
                 * "Fanuc Deutschland", "Quarko" after "Quarko GmbH", also with a branch word and a
                 * longer legal form between ("Quarko Logistik GmbH & Co. KG"; org_tail); other
                 * longer names do not: "German" of "German Pellets GmbH" is no short form */
                t = &tk->t[c->t0];
                if (t->node && (m->nodes[t->node].ent_mask & 7u)) continue; /* a lexicon name of its own */
                if ((t->classes & (amb | given)) || (t->flags & DN_T_COMPOUND)) continue;
                /* (nor an organisation's head: "Gemeinderat" of "Gemeinderat Kleinmachnow") */
                if (cls_oh == -2) cls_oh = dn_class_id(m, "orghead");
                if (cls_oh >= 0 && ((t->classes >> cls_oh) & 1u)) continue;
                /* (nor a genitive of a common noun: "Bistums" of "des Bistums Limburg") */
                if (dn_genitive_classes(m, NULL, tk->keys.p + t->key, t->keylen) & (amb | given)) continue;
            } else if (c->type == DENER_PER && len >= 2) { /* surname */ }
            else if (len == 1 && c->origin == DN_ORIG_RULE && !(t->classes & amb)) { /* a rule-found word */ }
            else continue;
            if (!(t->flags & (DN_T_CAP | DN_T_UPPER))) continue;
            /* (an abbreviation only as the initial of a person's surname: "Thomas K. ... K. bestreitet
             * das", as court and police reports write names) */
            if ((t->flags & DN_T_ABBR) && !(c->type == DENER_PER && len >= 2 && t->keylen == 2 && tk->keys.p[t->key + 1] == '.'))
                continue;
            if (c->type == DENER_PER && len >= 2) {
                /* an East Asian name is taken up by its family name, which comes first ("Wang
                 * Wentao ... Wang sagte", "Xi Jinping ... Xis Kurs"), as well as by its last word */
                const dn_token *f = &tk->t[c->t0];
                if (cls_af == -2) cls_af = dn_class_id(m, "asianfamily");
                if (cls_af >= 0 && ((f->classes >> cls_af) & 1u) && (f->flags & DN_T_CAP) &&
                    prop_get(&p, tk->keys.p + f->key, f->keylen) < 0) {
                    prop_put(&p, f->key, f->keylen, (uint32_t)i);
                    kf_put(kf, tk->keys.p + f->key, f->keylen);
                    regs++;
                }
            }
            if (prop_get(&p, tk->keys.p + t->key, t->keylen) >= 0) continue;
            prop_put(&p, t->key, t->keylen, (uint32_t)i);
            if (t->keylen) kf_put(kf, tk->keys.p + t->key, t->keylen);
            regs++;
            /* a genitive form found as a name also registers its base form ("Putins" -> "Putin") */
            const char *k = tk->keys.p + t->key;
            if (t->keylen > 3 && k[t->keylen - 1] == 's' && prop_get(&p, k, t->keylen - 1) < 0) {
                prop_put(&p, t->key, t->keylen - 1, (uint32_t)i);
                kf_put(kf, k, t->keylen - 1);
                regs++;
            }
        }
        if (regs) {
            const uint64_t *caps = cap_tokens(a, tk, rs, &ncaps);
            if (!caps) return DENER_ERR_NOMEM;
            /* the filter of the keys as looked up below (the key, without "s", without "es": a
             * length one or two less) moved to the query's length: a key's bit b also sets b + 37
             * and b + 74 (kf_bit), so that one bit of the token's key, from the list alone, tells
             * whether any of the three look-ups may hit */
            uint64_t kfq[4] = {0, 0, 0, 0};
            for (unsigned w = 0; w < 4; w++)
                for (uint64_t x = kf[w]; x; x &= x - 1) {
                    unsigned b = w * 64u + (unsigned)__builtin_ctzll(x);
                    for (unsigned d = 0; d <= 74; d += 37) {
                        unsigned q = (b + d) & 255u;
                        kfq[q >> 6] |= 1ull << (q & 63);
                    }
                }
            for (size_t qi = 0; qi < ncaps; qi++) {
                const uint64_t cr = caps[qi];
                if (!CAP_KL(cr) || !kf_bit_set(kfq, CAP_KB(cr))) continue;
                size_t ti = CAP_TI(cr);
                const dn_token *t = &tk->t[ti];
                uint32_t cv = rs->cover[ti];
                if (t->flags & DN_T_PUNCT) continue;
                /* taken; only a weak one-word guess of a rule gives way to the document's name, and
                 * a one-word place of the lexicons to a person's surname ("Stefan Raab ... Raab
                 * sagte") unless a place preposition comes before it ("in Essen"; checked below) */
                bool place_word = false, org_word = false;
                if (cv) {
                    const dn_cand *w = &rs->out[cv - 1];
                    place_word = w->origin == DN_ORIG_GAZ && w->type == DENER_LOC && w->t1 - w->t0 == 1;
                    /* ... and a one-word organisation of the lexicons to a person's surname before a
                     * verb whose subject is a person ("Lena Dürr ... Dürr sagte"; checked below) */
                    org_word = w->origin == DN_ORIG_GAZ && w->type == DENER_ORG && w->t1 - w->t0 == 1;
                    if (!place_word && !org_word && (w->origin != DN_ORIG_RULE || w->prio >= 30 || w->t1 - w->t0 != 1)) continue;
                }
                const char *k = tk->keys.p + t->key;
                size_t kn = t->keylen;
                if (!kn) continue; /* (an empty key is never put in) */
                int hit = kf_may(kf, k, kn) ? prop_get(&p, k, kn) : -1;
                if (hit < 0 && kn > 3 && k[kn - 1] == 's' && kf_may(kf, k, kn - 1)) hit = prop_get(&p, k, kn - 1);
                if (hit < 0 && kn > 4 && k[kn - 1] == 's' && k[kn - 2] == 'e' && kf_may(kf, k, kn - 2))
                    hit = prop_get(&p, k, kn - 2);
                if (hit < 0) continue;
                const dn_cand *src = &rs->out[hit];
                /* the surname with the particle of the full name before it is the person ("Rosa von
                 * Praunheim ... hatte von Praunheim", "Lars von Trier ... Von Trier sagte"), with the
                 * particle in its span (if nothing took that word) */
                const size_t particle = src->type == DENER_PER ? particle_len(tk, rs, src, ti) : 0;
                if (place_word && (src->type != DENER_PER || (place_prep(tk, ti) && !particle))) continue;
                if (org_word) {
                    if (src->type != DENER_PER || ti + 1 >= tk->n) continue;
                    if (cls_pv == -2) cls_pv = dn_class_id(m, "personverb");
                    if (cls_pv < 0 || !((tk->t[ti + 1].classes >> cls_pv) & 1u) || !(tk->t[ti + 1].flags & DN_T_LOWER)) continue;
                }
                /* the same word at a sentence start that is also a common word stays untagged,
                 * unless it is a person's name before a finite verb ("Koch sagte", "Kaiser hatte")
                 * or before an apposition or relative clause ("Kaiser, 74, sagte", "Rabe, die
                 * 1986 geboren wurde"), or as a speaker's label at a line start ("Papier: ...") */
                if ((t->flags & DN_T_SENT) && (t->classes & amb)) {
                    if (src->type != DENER_PER || ti + 1 >= tk->n) continue;
                    if (cls_fv == -2) cls_fv = dn_class_id(m, "finiteverb");
                    if (cls_det == -2) cls_det = dn_class_id(m, "determiner");
                    if (cls_fv < 0) continue;
                    const dn_token *nx = &tk->t[ti + 1];
                    bool verb = (nx->flags & DN_T_LOWER) && ((nx->classes >> cls_fv) & 1u);
                    /* (an auxiliary before an indefinite article defines the word: "Koch ist ein
                     * Beruf") */
                    if (verb && (nx->classes & amb) && ti + 2 < tk->n) {
                        const dn_token *n2 = &tk->t[ti + 2];
                        if (indefinite(text + n2->b0, n2->b1 - n2->b0)) verb = false;
                    }
                    bool appos = false;
                    if (!verb && ti + 2 < tk->n && is_punct(tk, text, ti + 1, ',')) {
                        const dn_token *n2 = &tk->t[ti + 2];
                        appos = (n2->flags & DN_T_NUM) ||
                                (cls_det >= 0 && (n2->flags & DN_T_LOWER) && ((n2->classes >> cls_det) & 1u));
                    }
                    /* (or a speaker's label in an interview: "Papier: Das sehe ich anders.") */
                    const bool label = !verb && !appos && (t->flags & DN_T_NL) && is_punct(tk, text, ti + 1, ':');
                    if (!verb && !appos && !label) continue;
                }
                /* a common word after an article or determiner is the noun, not the name ("Sabine
                 * Richter ... Der Richter wies die Klage ab") */
                if ((t->classes & amb) && ti > 0) {
                    if (cls_det == -2) cls_det = dn_class_id(m, "determiner");
                    if (cls_det >= 0 && ((tk->t[ti - 1].classes >> cls_det) & 1u)) continue;
                    /* ... also with an adjective between them ("der zuständige Richter", "Der
                     * Limburger Bischof") */
                    if (cls_det >= 0 && ti > 1 && ((tk->t[ti - 2].classes >> cls_det) & 1u) && adj_like(tk, ti - 1)) continue;
                }
                if (cv && rs->out[cv - 1].type == src->type) continue; /* the guess agrees: keep it */
                dn_cand c = {t->b0, t->b1, t->c0, t->c1, (int32_t)ti, (int32_t)ti + 1, src->type, DN_ORIG_PROP,
                             src->prio, m->src_link, src->canonical, -1, -1, -1};
                if (particle) {
                    const dn_token *pt = &tk->t[ti - particle];
                    c.b0 = pt->b0, c.c0 = pt->c0, c.t0 = (int32_t)(ti - particle);
                }
                if (!c.canonical && src->t1 - src->t0 >= 2) {
                    c.canon_tok0 = src->t0;
                    c.canon_tok1 = src->t1;
                } else if (!c.canonical) {
                    c.canon_tok0 = src->canon_tok0;
                    c.canon_tok1 = src->canon_tok1;
                }
                if (!DN_GROW(a, rs->out, rs->outcap, rs->nout + 1)) return DENER_ERR_NOMEM;
                if (cv) rs->out[cv - 1].type = 0xff; /* replaced */
                rs->out[rs->nout++] = c;
                rs->cover[ti] = (uint32_t)rs->nout;
                for (size_t q = 1; q <= particle; q++) rs->cover[ti - q] = (uint32_t)rs->nout;
            }
        }
    }
    /* 4. a name written as a hashtag keeps its "#": "#Hamburg" (as tweets are annotated) */
    for (size_t i = 0; i < rs->nout; i++) {
        dn_cand *c = &rs->out[i];
        if (c->type > DENER_ORG || c->b0 == 0 || text[c->b0 - 1] != '#') continue;
        if (c->b0 >= 2) {
            unsigned char p = (unsigned char)text[c->b0 - 2];
            if ((p >= '0' && p <= '9') || (p >= 'A' && p <= 'Z') || (p >= 'a' && p <= 'z') || p >= 0x80 || p == '#') continue;
        }
        c->b0--;
        c->c0--;
    }
    /* drop the names a longer one replaced (steps 2b and 3a) */
    size_t kept = 0;
    for (size_t i = 0; i < rs->nout; i++)
        if (rs->out[i].type != 0xff) {
            if (kept != i) rs->out[kept] = rs->out[i];
            kept++;
        }
    rs->nout = kept;
    if (!sort_tmp_fit(a, rs, rs->nout)) return DENER_ERR_NOMEM;
    if (rs->nout) {
        const uint32_t *po = order_of(a, rs, rs->out, rs->nout, false);
        if (po) { /* moved once, into the other buffer */
            for (size_t i = 0; i < rs->nout; i++) rs->sort_tmp[i] = rs->out[po[i]];
            dn_cand *t = rs->out;
            rs->out = rs->sort_tmp;
            rs->sort_tmp = t;
            size_t tc = rs->outcap;
            rs->outcap = rs->sort_cap;
            rs->sort_cap = tc;
        } else {
            sort_pos(rs->out, rs->nout, rs->sort_tmp);
        }
    }
    /* 5. two persons next to each other, one space apart, are one: a given name a rule found and a
     * listed surname ("Trainer Álex Mumbrú", "Sprinter Kishane Thompson"); not where a word
     * recurs ("Greenberg Joseph Greenberg", a name written twice), nor two listed persons ("hat
     * Putin Lukaschenko empfangen") */
    size_t w = 0;
    for (size_t i = 0; i < rs->nout; i++) {
        dn_cand *c = &rs->out[i];
        if (w) {
            dn_cand *p = &rs->out[w - 1];
            if (p->type == DENER_PER && c->type == DENER_PER && p->t0 >= 0 && c->t0 >= 0 && p->t1 == c->t0 &&
                c->b0 == p->b1 + 1 && text[p->b1] == ' ' && !shared_word(tk, p, c) &&
                !(p->origin == DN_ORIG_GAZ && c->origin == DN_ORIG_GAZ)) {
                p->b1 = c->b1, p->c1 = c->c1, p->t1 = c->t1;
                p->canonical = 0, p->canon_tok0 = p->canon_tok1 = -1;
                continue;
            }
        }
        if (w != i) rs->out[w] = *c;
        w++;
    }
    rs->nout = w;
    /* 6. a listed surname alone stands for the document's own person of that surname named in
     * full before it, not for the famous namesake of the lexicon: "Die Anwältin Sabine Scholz
     * ... Scholz sagte" is Sabine Scholz (also in the genitive: "Scholz'", "Hoeneß'") */
    for (size_t i = 0; i < rs->nout; i++) {
        dn_cand *c = &rs->out[i];
        if (c->type != DENER_PER || c->origin != DN_ORIG_GAZ || !c->canonical || c->t0 < 0 || c->t1 - c->t0 != 1) continue;
        const char *sn = text + c->b0;
        size_t sl = c->b1 - c->b0;
        for (size_t j = i; j-- > 0;) {
            const dn_cand *p = &rs->out[j];
            if (p->type != DENER_PER || p->t0 < 0 || p->t1 - p->t0 < 2) continue;
            const dn_token *lt = &tk->t[p->t1 - 1];
            const char *ls = text + lt->b0;
            size_t ll = lt->b1 - lt->b0;
            /* (the full name may be inflected, the surname too: "Sabine Scholz'", "Scholzs") */
            size_t k = ll < sl ? ll : sl;
            if (k < 3 || memcmp(ls, sn, k) != 0) continue;
            const char *rest = ll > sl ? ls + k : sn + k;
            size_t rn = ll > sl ? ll - k : sl - k;
            if (rn > 1 && !(rn == 3 && memcmp(rest, "\xe2\x80\x99", 3) == 0)) continue; /* (’) */
            if (rn == 1 && rest[0] != 's' && rest[0] != '\'') continue;
            if (p->canonical == c->canonical) break;
            if (p->canonical) c->canonical = p->canonical, c->canon_tok0 = c->canon_tok1 = -1;
            else if (p->canon_tok0 >= 0) c->canonical = 0, c->canon_tok0 = p->canon_tok0, c->canon_tok1 = p->canon_tok1;
            else c->canonical = 0, c->canon_tok0 = p->t0, c->canon_tok1 = p->t1;
            break;
        }
    }
    return DENER_OK;
}
