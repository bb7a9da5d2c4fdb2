/* match.h - stage 2b: the gazetteer matcher. Finds, in one left-to-right pass over the tokens,
 * the longest lexicon match of each entity kind starting at each token, with German inflection
 * (genitive -s/-es, declined adjectives inside multi-word names) and case rules. */
#ifndef DENER_MATCH_H
#define DENER_MATCH_H

#include "model.h"
#include "tokenize.h"

typedef struct dn_gaz {
    uint32_t t0, t1;   /* tokens [t0, t1) */
    uint32_t entry;    /* the lexicon entry */
    uint32_t source, canonical; /* the entry's (copied while it is in the cache) */
    uint8_t kind;      /* DENER_PER / LOC / ORG */
    uint8_t flags;     /* DN_GAZ_* */
} dn_gaz;
#define DN_GAZ_AMBIG 1u   /* a single token that is also a common noun or function word */
#define DN_GAZ_INFLECT 2u /* matched through an inflection variant */

#define DN_RV_KEY 26 /* (the longest key a dn_ns_slot holds) */

/* A token key that continued no walk from a trie node (match.c, step), kept from one document to
 * the next: direct-mapped by node, key and case flags. */
#define DN_NS_BITS 12
typedef struct dn_ns_slot {
    uint32_t hash, node;
    uint8_t len, want; /* len 0: free */
    char key[DN_RV_KEY];
} dn_ns_slot;

typedef struct dn_match_scratch {
    dn_gaz *g;
    size_t n, cap;
    uint32_t (*end)[3]; /* per token: end of the longest match of each kind starting there, 0 if none */
    size_t end_cap;
    dn_buf tmp;
    uint32_t *act;     /* dn_match: the tokens that can start a match (see there) */
    size_t act_cap;
    dn_ns_slot *ns;
    const dener_model *rv_m; /* the model that ns is for */
} dn_match_scratch;

/* Builds the model's summary of the trie for the matcher (m->match_nbits, m->match_bloom) once a
 * text model's lexicons are loaded (lexicon.c's lexicons_done; the lexicon image holds it,
 * lexbin.c). DENER_OK, or DENER_ERR_NOMEM with err filled. */
int dn_match_prepare(dener_model *m, dener_error *err);

/* The matcher's bits of a token with flags tflags and key k[0..n-1] (dn_token.node_kids), by the
 * key alone, so the tokenizer keeps them with the word: DN_T_KIDS_CONT unless neither the key nor
 * an inflection variant of it is the key of an edge below the root into a node the matcher uses
 * (then it continues no name); DN_T_KIDS_RVAR if a look-up of its inflection variants under the
 * root finds a node the matcher uses; DN_T_KIDS_VARY if the token is no punctuation and the key
 * may have inflection variants (a genitive -s, a capitalised declined adjective's ending). */
uint8_t dn_match_word_bits(const dener_model *m, uint16_t tflags, const char *k, size_t n);

/* Whether key k[0..n-1] may be the key of an edge below the root into a node the matcher uses, by
 * the filter alone (true where there is no filter): false only if it continues no name. */
bool dn_match_key_continues(const dener_model *m, const char *k, size_t n);

/* The hash under which the matcher's filter holds a key k[0..n-1] of an edge below the root
 * (whatever its parent), the first word dn_match_word_bits reads. */
static inline uint32_t dn_match_cont_hash(const char *k, size_t n) { return (uint32_t)dn_hash_words(k, n, (uint64_t)2 << 32); }

/* Fetches the word of the matcher's filter for the hash h (dn_match_cont_hash) into the
 * processor's cache (for a word whose dn_match_word_bits the tokenizer computes a moment later). */
static inline void dn_match_cont_prefetch(const dener_model *m, uint32_t h) {
#if defined(__GNUC__)
    if (m->match_bloom) __builtin_prefetch(&m->match_bloom[h & m->match_bloom_mask]);
#else
    (void)m, (void)h;
#endif
}

/* Fills ms with the matches of tokens tk. Returns DENER_OK or DENER_ERR_NOMEM. */
int dn_match(const dener_model *m, const dn_tokens *tk, dn_match_scratch *ms);
void dn_match_scratch_free(const dn_alloc *a, dn_match_scratch *ms);

#endif
