/* tokenize.h - stage 1: ICU word segmentation of UTF-8 text into tokens with byte and code point
 * offsets, German-specific merges (abbreviations, initials, ordinals, hyphenated compounds) and
 * token features. */
#ifndef DENER_TOKENIZE_H
#define DENER_TOKENIZE_H

#include "model.h"

enum {
    DN_T_WORD = 1u << 0,     /* contains letters */
    DN_T_NUM = 1u << 1,      /* digits only (possibly with inner . , :) */
    DN_T_PUNCT = 1u << 2,    /* punctuation or symbol */
    DN_T_CAP = 1u << 3,      /* first character is an upper-case letter */
    DN_T_UPPER = 1u << 4,    /* two or more letters, all upper-case */
    DN_T_LOWER = 1u << 5,    /* first character is a lower-case letter */
    DN_T_SENT = 1u << 6,     /* first token of a sentence (or line) */
    DN_T_COMPOUND = 1u << 7, /* hyphenated compound of two or more parts */
    DN_T_ABBR = 1u << 8,     /* abbreviation or initial with its final "." merged in */
    DN_T_ORD = 1u << 9,      /* ordinal number with its "." ("16.") */
    DN_T_NL = 1u << 10,      /* a line break precedes it */
    DN_T_SPACE = 1u << 11,   /* white space precedes it */
    DN_T_QUOTE = 1u << 12,   /* a quotation mark */
    DN_T_OPEN = 1u << 13,    /* opening quote or bracket */
    DN_T_SENTEND = 1u << 14, /* . ! ? ... : */
    DN_T_PARA = 1u << 15     /* a blank line precedes it */
};

#define DN_PART1_MODNOUN 0x100u /* see dn_token.part1 */
/* dn_token.node_kids: bit 0 (DN_T_KIDS) node != 0 and m->nodes[node].nchildren != 0; bits 1 to 3
 * (DN_T_KIDS_CONT, DN_T_KIDS_RVAR, DN_T_KIDS_VARY) the matcher's bits of the key
 * (dn_match_word_bits) */
#define DN_T_KIDS 1u
#define DN_T_KIDS_CONT 2u
#define DN_T_KIDS_RVAR 4u
#define DN_T_KIDS_VARY 8u
/* ... and bit 4 (DN_T_KIDS_TAIL): a hyphenated compound whose first part is a place and whose last
 * part is a listed place or starts longer names under the root, also with a full stop ("St.")
 * (match.c, compound_tail) */
#define DN_T_KIDS_TAIL 16u
/* ... and bit 5 (DN_T_KIDS_HEAD): a hyphenated compound whose first part may continue a name
 * (dn_match_key_continues; match.c, compound_head), and bit 6 (DN_T_KIDS_NEXTHEAD): the next token
 * has DN_T_KIDS_HEAD (set on the token before the compound, which is not kept with its word) */
#define DN_T_KIDS_HEAD 32u
#define DN_T_KIDS_NEXTHEAD 64u

typedef struct dn_token {
    uint32_t b0, b1;       /* byte offsets, end exclusive */
    uint32_t c0, c1;       /* code point offsets, end exclusive */
    uint32_t key, keylen;  /* case-folded text, in dn_tokens.keys */
    uint32_t node;         /* trie node of the key under the root, DN_NO_NODE if none */
    uint32_t part0;        /* first part in dn_tokens.parts (compounds only) */
    uint16_t nparts;       /* number of parts (0 unless DN_T_COMPOUND) */
    uint16_t flags;        /* DN_T_* */
    uint32_t form;         /* id of the token's byte string in dn_tokens.forms (equal ids: equal bytes) */
    uint64_t classes;      /* word classes of the whole token, or else of its last part */
    uint16_t part1;        /* hyphenated compounds: entity kinds (bit per dener_type) of the first
                              part as a one-word lexicon name ("Ukraine" in "Ukraine-Krieg");
                              closed compounds: DN_PART1_MODNOUN if they split into a common noun
                              and a known word ("Wein|berg", "Stellen|abbau", not "Kemmel|berg") */
    uint16_t node_ent;     /* m->nodes[node].ent_mask and */
    uint8_t node_kids;     /* DN_T_KIDS: m->nodes[node].nchildren != 0, if node != 0 (else 0), and
                              DN_T_KIDS_CONT: read here, in the token's cache line, they spare a
                              look at the node and at the matcher's filter (in the padding) */
    uint64_t head;         /* word classes of the head of a closed compound: the longest suffix of
                              at least 4 letters, after at least 3, that has a lexicon entry
                              ("Förderprogramm" -> classes of "Programm"); only for capitalised
                              tokens the lexicon does not know as a whole */
} dn_token;

typedef struct dn_part {
    uint32_t b0, b1, c0, c1;
    uint32_t key, keylen;
} dn_part;

#define DN_RLITS 12 /* see dn_form.rlits */
#define DN_NO_TSHAPE 0xFFFFu /* dn_form.tshape: no template */
/* A distinct byte string of a document's tokens (per-document cache of the features that depend
 * on the bytes alone). (First 64 bytes: what passes 1 and 3 read for each token of the form.) */
#define DN_DSTART_NONE 1 /* dn_form.dstart */
typedef struct dn_form {
    uint32_t b0, len;  /* the bytes: text[b0 .. b0 + len) */
    uint32_t hash;
    uint32_t slot;     /* its place in dn_tokens.fidx, UINT32_MAX if it is not there but in its word cache slot */
    uint32_t tok;      /* the first token with these bytes whose features are computed, or UINT32_MAX */
    uint32_t cps;      /* code points of the bytes (valid UTF-8 only) */
    uint16_t wflags;   /* word_flags() of the bytes, if has_wf */
    uint8_t has_wf;
    uint8_t digit;     /* the bytes hold an ASCII digit */
    /* the template: the pass-3 features of token tok (key .. part1), if it has no parts, and its
     * flags of the token shape (tokenize.c, SHAPE); tshape DN_NO_TSHAPE if there is none */
    uint16_t tshape;
    uint16_t tnode_ent;
    uint32_t tkey, tkeylen, tnode;
    uint16_t tpart1;
    uint8_t tnode_kids;
    uint8_t dstart;    /* the bytes as a chunk of their own start no date rule (DN_DSTART_NONE) or not
                          known (0); copied from the word cache slot the form holds, else 0; the date
                          stage sets it (dates.c, find_starts), in the form and in its slot */
    uint64_t tclasses, thead;
    /* what the rules stage keeps with the bytes (rules.c): the literal lists of the form (rlits) and
     * the results of its regular expressions by pattern id (rrx[0]: known, rrx[1]: matched); copied
     * from the word cache slot the form holds (rrx by form_add, rlits in pass 3, which reads that
     * line anyway), else 0; the rules stage sets them, in the form and in its slot */
    uint8_t rlits[DN_RLITS];
    uint64_t rrx[2];
    uint32_t wslot;    /* if slot is UINT32_MAX: the word cache slot it holds (tk->wc[wslot]) */
} dn_form;

/* A raw token of pass 1 (tokenize.c), before the merges of pass 2. */
typedef struct dn_rawtok {
    uint32_t b0, b1, form;
    uint16_t flags;
} dn_rawtok;

/* A cache of trie look-ups (dn_trie_child) that lives as long as its dn_tokens, across documents:
 * the words of one document recur in the next, and a look-up in the lexicon's large hash table
 * mostly misses the processor's caches. Direct-mapped; keys of 1 to DN_TC_KEY bytes. A look-up
 * through it gives what dn_trie_child gives (the model is immutable). */
#ifndef DN_TC_BITS
#define DN_TC_BITS 13
#endif
#define DN_TC_KEY 19
typedef struct dn_tc_slot {
    uint32_t hash, parent, node;
    uint8_t len; /* 0: free */
    char key[DN_TC_KEY];
} dn_tc_slot;
typedef struct dn_trie_cache {
    const dener_model *m; /* the model of the entries */
    dn_tc_slot *slot;     /* 1 << DN_TC_BITS of them, NULL if there is no memory (no cache) */
} dn_trie_cache;

/* dn_trie_child(m, parent, key, len) through tc (which may be NULL). */
uint32_t dn_trie_lookup(const dener_model *m, const dn_trie_cache *tc, uint32_t parent, const char *key, size_t len);

/* The word classes of the genitive's base form of key k[0..n-1] under the root: k without a final
 * "s" ("Putins", "Bistums"), else without "es", also where the form without "s" is in the lexicon
 * but the one without "es" is a name and it is none ("Bundestages": "Bundestag", not the plural
 * "Bundestage"); 0 if k ends in no "s" or neither form is in the lexicon. tc as for
 * dn_trie_lookup. */
uint64_t dn_genitive_classes(const dener_model *m, const dn_trie_cache *tc, const char *k, size_t n);

/* The word segments of a chunk of text between white space, by its bytes, kept from one document
 * to the next (tokenize.c, chunks_pass) for the chunks that fast_segs leaves to ICU: segment q ends
 * at byte end[q] of the chunk; bit q of words: it is a word segment. */
#define DN_CK_BITS 12
#define DN_CK_BYTES 31
#define DN_CK_SEGS 8
typedef struct dn_ck_slot {
    uint32_t hash;
    uint8_t len, nseg, words; /* len 0: free */
    uint8_t end[DN_CK_SEGS];
    char bytes[DN_CK_BYTES];
} dn_ck_slot;
typedef struct dn_chunk { /* (what dates.c reads; the segments of the chunk being tokenized are kept apart) */
    uint32_t b0, b1, hash; /* hash: dn_chunk_hash if b1 - b0 <= DN_CK_BYTES, else 0 */
} dn_chunk;

/* The hash of a chunk s[0..n-1] (n <= DN_CK_BYTES) in dn_chunk.hash (the hash of a token form of
 * the same bytes, tokenize.c). */
uint32_t dn_chunk_hash(const char *s, size_t n);

/* Token features by the token's bytes, kept from one document to the next (tokenize.c): the form
 * features of the bytes (code points, digit, word_flags) and the features pass 3 computes for a
 * token without parts (folded key, trie node, classes, head, part1), which depend on the bytes
 * and on the flags in DN_WC_P3MASK alone; and whether the bytes with a "." are a known abbreviation
 * (pass 2). Two-way set-associative by the form hash (slots 2k and 2k + 1; new bytes take the slot
 * that the older document used), keyed by the exact bytes (1 to DN_WC_BYTES) and the model, so a
 * hit gives what the computation would. */
#ifndef DN_WC_BITS
#define DN_WC_BITS 13
#endif
#define DN_WC_BYTES 24
#define DN_WC_KEY 24
#define DN_WC_NOKEY 0xFFu
typedef struct dn_wc_slot {
    /* (first 64 bytes: what pass 1 reads for every word token; the slots are 128 bytes, on 64-byte
     * boundaries, so that is one cache line, and the pass-3 features the next) */
    uint32_t hash;
    uint32_t stamp, form; /* the bytes are form `form` of the document of dn_tokens.stamp `stamp` */
    uint16_t wflags;  /* word_flags() of the bytes, if has_wf */
    uint8_t len;      /* 0: free */
    uint8_t cps, digit, has_wf;
    uint8_t abbr;     /* the bytes and a "." are a known abbreviation (pass 2): 0 not known, 1 no, 2 yes */
    char bytes[DN_WC_BYTES];
    uint8_t dstart;   /* dn_form.dstart of the bytes (0 when the slot takes other bytes) */
    char pad0[48 - 20 - DN_WC_BYTES];
    uint64_t rrx[2];  /* dn_form.rrx and rlits of the bytes (0 when the slot takes other bytes; the
                         rules stage sets them) */
    uint64_t classes, head;
    uint32_t node;
    uint16_t p3flags; /* the flags (DN_WC_P3MASK) of the pass-3 features, if keylen != DN_WC_NOKEY */
    uint16_t part1;
    uint8_t keylen;   /* DN_WC_NOKEY: no pass-3 features */
    char key[DN_WC_KEY];
    uint8_t node_kids;
    uint16_t node_ent;
    uint8_t rlits[DN_RLITS]; /* (see rrx) */
} dn_wc_slot;

typedef struct dn_tokens {
    dn_token *t;          /* (on a 64-byte boundary: a token is one cache line) */
    dn_rawtok *raw;       /* pass 1's raw tokens (tokenize.c), during dn_tokenize */
    size_t nraw, raw_cap;
    uint32_t pform[128];  /* the form of the token of one ASCII byte, UINT32_MAX if not yet found (in pass 3) */
    void *t_mem;          /* (the allocation t lies in) */
    size_t n, cap;
    dn_part *parts;
    size_t nparts, parts_cap;
    dn_buf keys;
    UBreakIterator *bi;
    struct UText *ut;
    dn_form *forms;       /* the distinct token byte strings, dn_token.form indexes them */
    size_t nforms, forms_cap;
    uint32_t *fidx;       /* hash index of forms: open addressing, form id + 1, 0 free */
    size_t fidx_cap;
    size_t nfidx;         /* forms of the current document in fidx (0: none to clear for the next) */
    dn_trie_cache tc;     /* trie look-ups, kept from one document to the next */
    dn_wc_slot *wc;       /* token features by bytes, kept from one document to the next (64-byte aligned) */
    void *wc_mem;         /* (the allocation wc lies in) */
    const dener_model *wc_m;
    uint64_t inst_classes; /* the classes orghead, orgdesc and orgdeschead of wc_m (genitive_base) */
    uint64_t quiet_classes; /* the classes of wc_m a word may have and still be split as a compound
                               and read as unknown: "event", "figures" (dates.c), "placenoun",
                               "craftnoun", "worknoun" (nouns of rule contexts, names.rules), whose words
                               keep the classes of their head ("Landeshauptstadt": @commonnoun~) */
    uint32_t stamp;       /* the number of the document (for dn_wc_slot.stamp) */
    dn_ck_slot *ck;       /* word segments of chunks, kept from one document to the next */
    const dener_model *ck_m;
    dn_chunk *chunks;     /* the chunks of the text (between white space), if chunked */
    size_t nchunks, chunks_cap;
    bool chunked;         /* pass 1 went by chunks (the text is simple, see tokenize.c) */
    bool no_chunks;       /* for tests: ICU over the whole text, no chunks */
    size_t invalid;       /* ill-formed UTF-8 sequences */
    size_t first_invalid; /* byte offset of the first */
} dn_tokens;

/* Tokenizes text[0..len-1]. Returns DENER_OK or a negative status. */
int dn_tokenize(const dener_model *m, dn_tokens *tk, const char *text, size_t len, dener_error *err);
void dn_tokens_free(const dn_alloc *a, dn_tokens *tk);

/* Case-folds s[0..n-1] (full Unicode case folding) and appends it to b. */
void dn_fold_append(const dener_model *m, dn_buf *b, const char *s, size_t n);

static inline const char *dn_tok_key(const dn_tokens *tk, const dn_token *t) { return tk->keys.p + t->key; }

#endif
