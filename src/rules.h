/* rules.h - stage 3: the token rule language (parsing *.rules files and applying token rules).
 * DATE and NODATE lines of a rule file are handed to dates.h. The language is documented in
 * lexicons/names.rules. */
#ifndef DENER_RULES_H
#define DENER_RULES_H

#include "model.h"
#include "tokenize.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* The kind of a rule's output: an entity type, or NOT (a negative rule: it vetoes candidates). */
#define DN_RULE_NOT 4

/* One test on one token. */
typedef struct dn_test {
    uint8_t op;      /* DN_OP_* */
    uint8_t neg;     /* negated with ! */
    uint8_t or_start;/* begins a new alternative (tests are in disjunctive normal form: a|b&c) */
    uint16_t arg;    /* class id, feature bit index, or literal count */
    uint32_t lit;    /* pool offset of the first folded literal (NUL-separated, arg of them) */
    pcre2_code *re;  /* DN_OP_REGEX */
    uint64_t lenmask;/* DN_OP_LIT: bit min(length, 63) of each literal, a quick reject */
    uint32_t litlens;/* DN_OP_LIT: pool offset of the literals' lengths, one byte each (255: longer) */
    uint64_t litfirst[4]; /* DN_OP_LIT: bit set of the literals' first bytes, a quick reject */
    /* DN_OP_REGEX quick rejects, all exact: a match has at least minlen code points; its first
     * byte is first_cu (if >= 0) or in the bitmap first_bm (if not NULL); lead 1 (2): every branch
     * starts with \p{Lu} (\p{Ll}), so an ASCII first byte must be A-Z (a-z) */
    const uint8_t *first_bm;
    uint32_t minlen;
    uint32_t maxlen;   /* DN_OP_REGEX: a match has at most maxlen code points (UINT32_MAX: unbounded) */
    uint64_t lastb[4]; /* DN_OP_REGEX: the bytes that can end a match (all if not known; rules.c,
                          rx_analyse: the patterns are anchored at both ends) */
    uint32_t suf;      /* DN_OP_REGEX: pool offset of the sets of its endings (rules.c, suf_match): a
                          match ends with one of them; 0: no such reject */
    int16_t first_cu;
    uint8_t lead;
    uint8_t jit;     /* DN_OP_REGEX: compiled by the JIT */
    uint16_t litid;  /* DN_OP_LIT: id of its literal list in the model's literal index (one bit
                        set per id over the tokens of a document), DN_LIT_NONE if it has none */
    uint8_t rxid;    /* DN_OP_REGEX: id of its pattern (equal patterns and options, also in other
                        rules, share one), DN_RXID_NONE past 64 patterns */
    uint8_t rxcase;  /* DN_OP_REGEX: caseless */
    uint32_t rxsrc, rxlen; /* DN_OP_REGEX: pool offset and length of the pattern */
} dn_test;
#define DN_RXID_NONE 0xFFu
#define DN_LIT_NONE 0xFFFFu
/* words of the bit sets of the sets of a document (rules.c, BS_*: up to 64 * DN_SET_WORDS sets) */
#define DN_SET_WORDS 12

/* One alternative of an element compiled for speed: the flag and class tests as bit masks (all of
 * req must be set, none of forb), the other tests as a list of indexes into dn_rule.tests, cheap
 * ones first and regular expressions last. Built by rules.c after a rule is parsed. */
typedef struct dn_alt {
    uint16_t req_f, forb_f;   /* token flags */
    uint8_t never;            /* contains !Any */
    uint8_t nslow;            /* tests in dn_rule.slow[slow0 ..] */
    uint32_t slow0;
    uint64_t req_c, forb_c;   /* word classes of the token */
    uint64_t req_h, forb_h;   /* word classes of the compound head */
} dn_alt;

typedef struct dn_elem {
    uint8_t ntests;
    uint8_t min, max; /* repetitions */
    uint8_t ent;      /* DN_OP_ENT atoms: entity kind + 1 (0: none); ntests is then 0 */
    uint32_t test0;   /* first test in dn_rule.tests */
    uint32_t alt0, nalts; /* compiled alternatives in dn_rule.alts */
    uint32_t prog0, nprog; /* its token set program in dn_rule.prog (see rules.c, elem_set) */
    uint8_t exact;    /* the program's set holds exactly the tokens the element accepts */
    uint8_t negonly;  /* every test is negated, min 1, no entity atom (rules.c, neg_only) */
    uint8_t req;      /* every match needs a token of its set (rules.c, rule_cand_one) */
    uint32_t pos0, npos; /* its program without the complemented sets, in dn_rule.pos (dn_rule.need) */
    uint32_t pid;        /* its program's id among the distinct programs of the model's rules */
    uint16_t alias;      /* the program is one set (rules.c, BS_*): that set + 1, its token set
                            read from there; 0 if not */
    uint8_t xone;        /* one alternative, and its tests that the program leaves out are
                            dn_rule.xt[xt0 .. xt0 + nxt): a token in the set passes iff these do */
    uint8_t nxt;
    uint32_t xt0;
} dn_elem;

/* One start filter of a rule (rules.c, rule_cand_one): a start token t is a candidate only if some
 * token in [t + lo, t + hi] is in the set of element ei (tail: positions past the text count as in
 * it; ent: the set of gazetteer matches of that kind + 1). rel: the offsets count from the end of
 * the gazetteer match of the rule's entity element (dn_rule.entk, entoff) instead of from t. */
typedef struct dn_filt {
    uint16_t lo, hi;
    uint8_t ei, tail, ent, rel;
    uint8_t req, exact; /* (copies of the element's dn_elem.req and exact, 0 for ent) */
    uint32_t pid;       /* (the element's dn_elem.pid, 0 for ent) */
    uint16_t alias;     /* (the element's dn_elem.alias, 0 for ent) */
} dn_filt;

struct dn_rule {
    /* (the fields that each visit of a rule reads first, together: dn_rules_apply, rule_cand_one) */
    dn_filt *filt;     /* the start filters, in pattern order */
    size_t nfilt;
    dn_elem *elems;
    size_t nelems;
    int span0, span1;  /* element indexes: the entity is elements [span0, span1) */
    /* start-token prefilter: elements at a fixed token offset from the start that need a token
     * (cheapest first); a start token ti is tried only if token ti + pivot_off[k] passes
     * elems[pivot[k]] for every k (or lies beyond the text) */
    uint8_t npivots;
    uint8_t pivot[4], pivot_off[4];
    int8_t entk;       /* an entity element after a fixed number (entoff) of tokens: its kind, or -1 */
    uint32_t entoff;
    uint8_t type;      /* DENER_PER/LOC/ORG or DN_RULE_NOT */
    int16_t prio;
    uint32_t name;     /* pool offset of "rule:<name>" */
    dn_test *tests;
    size_t ntests;
    uint32_t line;
    dn_alt *alts;      /* compiled form of the elements' tests (see dn_alt) */
    size_t nalts;
    uint16_t *slow;
    size_t nslow;
    /* each element's token set as a program over the per-document bit sets (rules.c, elem_set) */
    uint16_t *prog;
    size_t nprog;
    uint16_t *pos;     /* the programs without complemented sets (dn_elem.pos0) */
    uint16_t *xt;      /* tests left out of the programs of one-alternative elements (dn_elem.xt0) */
    size_t nxt;
    size_t npos;
    uint64_t need[DN_SET_WORDS]; /* sets (rules.c, BS_*) that every match needs a token of, a bit each:
                                    the words that are not zero, need[k] being word need_w[k] of the bit set */
    uint8_t nneed, need_w[DN_SET_WORDS];
};

enum {
    DN_OP_LIT = 1, DN_OP_CLASS, DN_OP_HEAD, DN_OP_PART1, DN_OP_FLAG, DN_OP_REGEX, DN_OP_ANY, DN_OP_ENT, DN_OP_GAZ, DN_OP_KNOWN
};

/* Parses a rule file's text into the model (token rules here, DATE/NODATE lines via dates.h). */
int dn_rules_load(dener_model *m, const char *path, const char *data, size_t len, dener_error *err);
void dn_rules_free(dener_model *m);

/* A result of a regular expression test kept across documents (rules.c, rx_slot). */
#define DN_RX_BITS 12
#define DN_RX_BYTES 22
typedef struct dn_rx_slot {
    uint32_t hash;
    uint16_t ri, ti;  /* rule and test */
    uint8_t len;      /* byte count | 0x80 if the test matched; 0: free */
    char bytes[DN_RX_BYTES + 1];
} dn_rx_slot;

/* Per-call scratch for rule matching. */
typedef struct dn_rule_scratch {
    pcre2_general_context *gc; /* allocates through the model's hooks */
    pcre2_match_data *md;
    pcre2_match_context *mc;
    /* start-token prefilter: bit sets over the tokens (one per token flag, word class, head class
     * and entity kind the rules need), and work space */
    const dn_alloc *alloc;
    uint64_t *bits;
    size_t bits_cap;
    size_t bits_nw;  /* words per set of the last document (0: all bits are zero) */
    uint64_t ne[DN_SET_WORDS]; /* the sets that are not empty in the last document, a bit each */
    /* the token set of each distinct element program (dn_elem.pid) in this document, nw words each,
     * computed word by word when first needed: a word is valid if its bit in evalid (a bit per
     * word, vw words per program) is set and egen[pid] == gen (so nothing is cleared per document) */
    uint64_t *eset, *evalid;
    uint32_t *egen;
    size_t eset_cap, evalid_cap, egen_cap;
    uint32_t gen;
    /* in a document of one word (up to 63 tokens) instead: the set of each program and its
     * generation side by side (valid if gen is rs->gen; one line to read, not three) */
    struct dn_eone { uint64_t w; uint32_t gen; } *eone;
    size_t eone_cap;
    /* results of regular expression tests per (rule, test, token form) in this document: open
     * addressing, rule << 32 | test << 16 ... see rules.c (re_cached) */
    uint64_t *recache;
    size_t recache_cap, recache_n;
    uint32_t *reslot; /* the slots of recache in use, recache_n of them (room for recache_cap / 2) */
    /* results of regular expression tests by rule, test and token bytes, kept from one document to
     * the next (1 << DN_RX_BITS slots, direct-mapped); rx_m: the model they are for */
    dn_rx_slot *rx;
    const dener_model *rx_m;
    dn_rx_slot rx_miss; /* returned for a miss: rx_at is then the slot to fill, rx_h its hash */
    dn_rx_slot *rx_at;
    uint32_t rx_h;
    /* literal lists per token form in this document: flit[form] = 1 + offset in lids of a count
     * and the list ids, 0 if not looked up yet */
    uint32_t *flit;
    size_t flit_cap;
    uint16_t *lids;
    size_t nlids, lids_cap;
} dn_rule_scratch;

/* The literal index of a model: every distinct literal list of the token rules has an id; a hash
 * table maps each literal to the ids of the lists that hold it (rules.c). */
struct dn_rule_index;

/* PCRE2 limits for the regular expression tests of token rules (per token). */
#define DN_RULE_MATCH_LIMIT 100000
#define DN_RULE_DEPTH_LIMIT 1000
#define DN_RULE_HEAP_LIMIT_KB 16384

/* What rules see about gazetteer matches: for each token, the end (exclusive token index) of the
 * longest gazetteer match of each entity kind starting there, 0 if none. */
typedef struct dn_gaz_view {
    const uint32_t (*end)[3];
} dn_gaz_view;

/* Callback receiving a rule match: tokens [t0, t1) for rule r. */
typedef int (*dn_rule_emit)(void *user, const dn_rule *r, size_t t0, size_t t1);

/* Runs every token rule at every token; calls emit for each match. */
int dn_rules_apply(const dener_model *m, dn_rule_scratch *rs, const char *text, const dn_tokens *tk,
                   const dn_gaz_view *gz, dn_rule_emit emit, void *user);
void dn_rule_scratch_free(dn_rule_scratch *rs);

/* The quick rejects of regular expression test t that come from an analysis of its pattern (the
 * most code points, the last bytes and the endings of a match, rules.c rx_analyse): false only if
 * t cannot match the bytes s[0..n) of ncp code points. (The rules apply them inline; for tests.) */
bool dn_rule_regex_may_match(const dener_model *m, const dn_test *t, const char *s, size_t n, size_t ncp);

#endif
