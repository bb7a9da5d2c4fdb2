/* resolve.h - stage 4: resolution of overlapping candidates and document-level propagation.
 *
 * Order (documented in README.md): negative rules veto the candidates they overlap if those have
 * a lower priority; then candidates are taken greedily by (1) longer span in code points,
 * (2) higher priority, (3) origin: lexicon over rule over date, (4) earlier start; a candidate
 * overlapping one already taken is dropped. An acronym in brackets takes the words before it that
 * it abbreviates as one name ("Danish Refugee Council (DRC)"); an acronym in brackets right after
 * an organisation with its first letter is that organisation ("Demokratische Allianz (DA)"). Names that rules found with the
 * same words but different types get the type of the strongest rule. A multi-word name a rule found
 * marks the same words elsewhere. Then propagation: the last token of every multi-token
 * PER (the surname) and every unambiguous single-token name found by a rule mark the same word
 * elsewhere in the document (also with genitive -s) with the same type and canonical name. Last,
 * two persons one space apart with no word in common are one ("Trainer Álex Mumbrú": a given name
 * a rule found and a listed surname). */
#ifndef DENER_RESOLVE_H
#define DENER_RESOLVE_H

#include "dates.h"
#include "match.h"
#include "model.h"
#include "rules.h"
#include "tokenize.h"

#define DN_GAZ_PRIO 50 /* priority of lexicon matches in resolution */

enum { DN_ORIG_GAZ = 3, DN_ORIG_RULE = 2, DN_ORIG_DATE = 1, DN_ORIG_PROP = 0 };

typedef struct dn_cand {
    uint32_t b0, b1, c0, c1; /* byte and code point span */
    int32_t t0, t1;          /* token span, -1 if not token-aligned (dates) */
    uint8_t type;            /* dener_type, or DN_RULE_NOT */
    uint8_t origin;          /* DN_ORIG_* */
    int16_t prio;
    uint32_t source;         /* model pool offset */
    uint32_t canonical;      /* model pool offset, 0 if none */
    int32_t canon_tok0, canon_tok1; /* propagated: the canonical is the text of these tokens (-1 if not) */
    int32_t date;            /* index into the date list, -1 if none */
} dn_cand;

typedef struct dn_sort_key { uint64_t k1, k2; } dn_sort_key; /* resolve.c, order_of */

typedef struct dn_resolve_scratch {
    dn_cand *c;
    size_t n, cap;
    dn_cand *out;
    size_t nout, outcap;
    uint32_t *cover; /* per token: 1 + index of the accepted candidate covering it, 0 if none */
    size_t cover_cap;
    struct dn_prop_slot { uint32_t gen, ci1, koff, klen; } *tab; /* propagation table: ci1 = 1 + index;
                                                                    a slot is free unless gen is tab_gen */
    size_t tab_cap;
    uint32_t tab_gen;  /* the number of the current use of tab (its slots need no clearing per use) */
    dn_cand *sort_tmp; /* merge sort buffer */
    size_t sort_cap;
    dn_sort_key *keys; /* sort keys and their merge buffer (2 * keys_cap) */
    size_t keys_cap;
    uint64_t *k64;     /* one-word sort keys and their merge buffer (2 * idx_cap) */
    uint32_t *idx;     /* a sorted order, by index */
    size_t idx_cap;
    uint32_t (*rng)[2]; /* per candidate not aligned to tokens: the tokens its bytes touch */
    size_t rng_cap;
    uint32_t *notp;    /* per token: 32769 + the highest priority of a NOT span on it, 0 if none */
    size_t notp_cap;
    uint32_t (*drng)[2]; /* per date (dn_cand.date) below ndrng: its token range as rng, from dener_extract's
                            pass over the dates (UINT32_MAX if not known) */
    size_t ndrng, drng_cap;
    uint64_t *caps;    /* the capitalised tokens and their key filter bits (resolve.c, cap_tokens) */
    size_t caps_cap;
    const struct dener_model *cls_m; /* the model cls_placeprep and cls_det are for (step 1b) */
    int cls_placeprep, cls_det;
} dn_resolve_scratch;

/* Adds a candidate (grows rs->c). */
int dn_cand_push_grow(const dn_alloc *a, dn_resolve_scratch *rs, const dn_cand *c);
static inline int dn_cand_push(const dn_alloc *a, dn_resolve_scratch *rs, const dn_cand *c) {
    if (rs->n < rs->cap) {
        rs->c[rs->n++] = *c;
        return DENER_OK;
    }
    return dn_cand_push_grow(a, rs, c);
}

/* Resolves rs->c into rs->out (sorted by position). */
int dn_resolve(const dener_model *m, const dn_tokens *tk, const char *text, dn_resolve_scratch *rs);
void dn_resolve_scratch_free(const dn_alloc *a, dn_resolve_scratch *rs);

/* The first token at or after lo (up to tk->n) whose start (end: whose end) is after byte b, by a
 * galloping search from lo (tokens are in order and disjoint): the probes stay near lo when the
 * answer is near, as for the spans of a document taken in order. */
static inline size_t dn_tok_gallop(const dn_tokens *tk, size_t lo, uint32_t b, bool end) {
    const dn_token *t = tk->t;
    size_t n = tk->n, hi = lo, step = 1;
    while (hi < n && (end ? t[hi].b1 : t[hi].b0) <= b) { /* t[hi] is before: the answer is after it */
        lo = hi + 1;
        hi = lo + step;
        step *= 2;
    }
    if (hi > n) hi = n; /* the answer is in [lo, hi]: hi is n or after b */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((end ? t[mid].b1 : t[mid].b0) <= b) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Code point offset of byte offset b (b on a character boundary), using token offsets as anchors. */
uint32_t dn_cp_of_byte(const dn_tokens *tk, const char *text, size_t len, uint32_t b);

#endif
