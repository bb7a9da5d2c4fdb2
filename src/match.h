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

/* A key whose inflection variants under the root found nothing (match.c, step), kept from one
 * document to the next: direct-mapped by key and case flags. */
#define DN_RV_BITS 12
#define DN_RV_KEY 26
typedef struct dn_rv_slot {
    uint32_t hash;
    uint8_t len, want; /* len 0: free */
    char key[DN_RV_KEY];
} dn_rv_slot;

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
    uint8_t *fst;  /* per token form: whether its inflection variants under the root found nothing
                      (see match.c, root_variants) */
    size_t fst_cap;
    dn_rv_slot *rv;
    dn_ns_slot *ns;
    const dener_model *rv_m; /* the model that rv and ns are for */
} dn_match_scratch;

/* Builds the model's summary of the trie for the matcher (m->match_nbits, m->match_bloom) once a
 * text model's lexicons are loaded (lexicon.c's lexicons_done; the lexicon image holds it,
 * lexbin.c). DENER_OK, or DENER_ERR_NOMEM with err filled. */
int dn_match_prepare(dener_model *m, dener_error *err);

/* False if key k[0..n-1] is the key of no edge below the root into a node the matcher can use
 * (it then continues no name: dn_token.node_kids & DN_T_KIDS_CONT); true if it may be. */
bool dn_match_cont(const dener_model *m, const char *k, size_t n);

/* Fills ms with the matches of tokens tk. Returns DENER_OK or DENER_ERR_NOMEM. */
int dn_match(const dener_model *m, const dn_tokens *tk, dn_match_scratch *ms);
void dn_match_scratch_free(const dn_alloc *a, dn_match_scratch *ms);

#endif
