/* model.h - the loaded model (struct dener_model) and the per-call doc state (struct dener_doc),
 * shared by the stages. The model is immutable after dener_model_load; everything that changes
 * during an extraction lives in the doc. */
#ifndef DENER_MODEL_H
#define DENER_MODEL_H

#include "util.h"

#include <unicode/ubrk.h>
#include <unicode/ucasemap.h>

#define DN_MAX_CLASSES 64
#define DN_NODE_STRONG_SHIFT 3 /* see dn_node.ent_mask */
#define DN_NO_NODE 0u /* node 0 is the root; as a child id it means "none" */

/* Entry kinds: entity types PER/LOC/ORG use the dener_type values; classes start here. */
#define DN_KIND_CLASS0 16

typedef struct dn_entry {
    uint32_t next;      /* next entry at the same trie node, or UINT32_MAX */
    uint16_t kind;      /* DENER_PER/LOC/ORG, or DN_KIND_CLASS0 + class id */
    uint16_t flags;     /* DN_ENT_* */
    uint32_t minor;     /* pool offset of the full type string ("LOC.city"), 0 if none */
    uint32_t canonical; /* pool offset of the canonical name, 0 if none */
    uint32_t source;    /* pool offset of the source name ("lex:loc-world") */
    uint32_t value;     /* pool offset of the third field for classes (e.g. month number), 0 if none */
} dn_entry;
#define DN_ENT_NEED_CAP 1u  /* the name starts with an upper-case letter */
#define DN_ENT_CTX_ALWAYS 2u /* "#@context always": alone as one token it needs a rule's context */
#define DN_ENT_CTX_CLASS 4u  /* "#@context classes": so does a one-token match that is also in a word class */
/* bits 3..15: words 2..14 of a multi-word name that start with a capital ("Die Linke", "Das Erste"):
 * the text token at that position must be capitalised or all caps as well ("Die linke Hand" is no party) */
#define DN_ENT_CAPMASK_SHIFT 3
#define DN_ENT_CAPMASK_WORDS 13

/* A trie node, with the edge into it (the root has none). 64 bytes: in the image the nodes start on
 * a cache line, so a look-up that finds a node reads its key and its data from one line. */
#define DN_NODE_KEY 16 /* keys of up to this many bytes are kept in the node itself (kin) */
typedef struct dn_node {
    uint32_t first;       /* first entry, UINT32_MAX if none */
    uint16_t ent_mask;    /* bits 0..2: bit per entity kind among its entries; bits 3..5
                             (DN_NODE_STRONG_SHIFT): kinds with an entry that counts on its own,
                             not only in a rule's context ("#@context always") */
    uint16_t nchildren;   /* > 0 if the node has children (saturating) */
    uint64_t class_mask;  /* bit per class among its entries */
    uint64_t class_cap;   /* classes whose entries here all start with a capital: they apply to
                             capitalised or ALL-CAPS tokens only ("AB" is no suffix in "ab") */
    uint64_t class_prefix;/* classes of multi-word entries whose first word this node is
                             ("tags" of "tags darauf") */
    /* the edge into the node: */
    uint32_t parent;      /* the node it leaves */
    uint32_t child;       /* this node's own id; 0 for the root, which no edge enters */
    uint32_t key, keylen; /* its token key in the pool */
    char kin[DN_NODE_KEY];/* the key again if keylen <= DN_NODE_KEY, zero padded; else zeros */
} dn_node;
_Static_assert(sizeof(dn_node) == 64, "dn_node fills a cache line and has no padding");

/* The edges are the nodes (each node holds the edge into it): m->edges is m->nodes and
 * m->edges_cap is m->nnodes; an element with child == 0 (the root) is no edge. */
typedef dn_node dn_edge;

/* The edge hash table is an array of buckets of one cache line, each with eight slots: the edge
 * of hash h lies in bucket h & (nebuckets - 1) or, when that is full, in the next one that is not
 * (linear probing by buckets); the used slots of a bucket are its first ones. So a key that is not
 * there is mostly decided by the one line of its bucket, and a key that is by its bucket and its
 * node (whose parent and key are compared when the hash matches). */
#define DN_EBUCKET_SLOTS 8
typedef struct dn_ebucket {
    uint32_t hash[DN_EBUCKET_SLOTS];  /* dn_trie_hash(parent, key, keylen) */
    uint32_t child[DN_EBUCKET_SLOTS]; /* the node the edge enters; 0: a free slot */
} dn_ebucket;

typedef struct dn_rule dn_rule;         /* rules.h */
typedef struct dn_date_rule dn_date_rule; /* dates.h */

struct dener_model {
    dn_alloc alloc;
    /* string pool: offset 0 is the empty string */
    char *pool;
    size_t pool_len, pool_cap;
    /* trie */
    dn_node *nodes;
    size_t nnodes, nodes_cap;
    dn_edge *edges; /* = nodes, edges_cap = nnodes (see dn_edge); set once the lexicons are loaded */
    size_t edges_cap, nedges;
    dn_ebucket *ebuckets; /* the edge hash table (see dn_ebucket); a power of two of them */
    size_t nebuckets;
    size_t max_keylen; /* longest edge key: longer keys are not looked up (linear time on huge words) */
    dn_entry *entries;
    size_t nentries, entries_cap;
    /* classes */
    char *class_names[DN_MAX_CLASSES];
    int nclasses;
    int cls_abbrev, cls_commonnoun, cls_stopword, cls_firstname, cls_surname, cls_orgsuffix, cls_demonym; /* -1 if absent */
    int cls_handlesuffix, cls_handlehead; /* handles.c; -1 if absent */
    /* handles.c: organisation and person names without spaces, open addressing, size a power of two */
    struct dn_handle_slot *handles;
    size_t handles_cap, nhandles;
    char *handle_keys; /* the squashed names */
    size_t handle_keys_len, handle_keys_cap;
    /* rules */
    dn_rule *rules;
    size_t nrules, rules_cap;
    struct dn_rule_index *rule_index; /* the token rules' literals (rules.c), NULL if none */
    dn_date_rule *date_rules;
    size_t ndate_rules, date_rules_cap;
    size_t nfiles;
    uint32_t src_link; /* pool offset of "link", the source of propagated names */
    uint32_t src_abbrev; /* pool offset of "abbrev", the source of names an acronym defines */
    uint32_t src_handle; /* pool offset of "handle", the source of handles and hashtags (handles.c) */
    uint64_t date_triggers; /* word classes that date rules look up: dates are only searched near
                               tokens of these classes and tokens with digits (dates.c) */
    int date_numword;       /* class id of "numword", -1 if none */
    struct dn_date_words *date_words; /* the words date rules can start with (dates.c), NULL if none */
    UCaseMap *casemap;
    /* match.c (dn_match_prepare): what the gazetteer matcher needs of the trie, small enough to stay
     * in the processor's caches: 2 bits per node (bit 0: it has PER/LOC/ORG entries; bit 1: it has
     * children) and a Bloom filter of the hashes (dn_trie_hash) of the edges into the nodes that
     * have either; NULL if not built. In a model from a lexicon image they point into it (lexbin.c) */
    uint8_t *match_nbits;
    uint64_t *match_bloom;
    size_t match_bloom_mask; /* its words - 1 */
    /* lexicon.c (root_filter_build): a Bloom filter of the hashes (dn_trie_hash) of all edges that
     * leave the root, a few hundred kilobytes, so that a look-up of a word the lexicon lacks (most
     * suffixes of a compound, many new word forms) mostly needs no bucket of the large edge table
     * (dn_trie_root_maybe); NULL if not built. In a model from a lexicon image it points into it */
    uint64_t *root_bloom;
    size_t root_bloom_mask; /* its words - 1 */
    /* lexbin.c: the read-only mapping of a compiled lexicon image, NULL when the lexicons were read
     * as text. Then nodes, ebuckets, entries, handles, handle_keys and class_names[0..image_nclasses-1]
     * point into it (their capacities equal their sizes: they never grow after loading) */
    const void *image;
    size_t image_len;
    int image_nclasses;
};

const char *dn_pool_str(const dener_model *m, uint32_t off);
/* Returns the class id of name, or -1. */
int dn_class_id(const dener_model *m, const char *name);

#endif
