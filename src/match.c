/* match.c - stage 2b: gazetteer matcher.
 *
 * From every word token, the trie is walked token by token. At each step the token's folded key is
 * tried as written; inside a name (when the walk continues) a capitalised adjective-like key ending
 * in -e/-en/-er/-es/-em is also tried with the other endings ("Vereinten" -> "vereinte"); at the
 * end of a name a key ending in -s/-es is also tried without it ("Putins", "Bundestages"). The
 * longest match per entity kind per start token is kept. A lexicon name that starts with a capital
 * only matches a capitalised or ALL-CAPS text token. A one-token match whose token is also a
 * common noun or function word is flagged ambiguous: rules may use it, but it is no entity alone.
 */
#include "match.h"
#include "lexicon.h"

#include <string.h>

void dn_match_scratch_free(const dn_alloc *a, dn_match_scratch *ms) {
    dn_free(a, ms->g);
    dn_free(a, ms->end);
    dn_free(a, ms->act);
    dn_free(a, ms->ns);
    dn_buf_free(a, &ms->tmp);
    memset(ms, 0, sizeof *ms);
}

/* ------------------------------------------------------------------ the trie's summary
 *
 * The trie's nodes and edge table are tens of megabytes, and most of the matcher's look-ups find
 * nothing it can use: a word that starts no name, a next word that continues none. A node is of
 * use to the matcher only if it has PER/LOC/ORG entries (record) or children (a walk goes on);
 * its 2 bits in match_nbits say which (dn_match reads them from the token instead: dn_token.node_ent
 * and node_kids, which the tokenizer set from the node it read anyway), and the Bloom filter
 * match_bloom holds the edges into the nodes of use, by their hash. A look-up whose hash the filter lacks finds no node of use, and is
 * not made. (A node of no use that a look-up finds changes nothing either: record and step then
 * do nothing; so the matches are those of the full look-ups.) The filter also holds, under another
 * seed, the stems of the keys with an adjective ending (-e, -en, ...) of the nodes with children,
 * so that variants() tries the other endings of a stem only if some key with it continues. */

/* The Bloom filter's two bits for hash h, in the word h & match_bloom_mask: one word of 64 bits per
 * look-up. */
static inline uint64_t bloom_bits(uint32_t h) { return (1ull << (h >> 26)) | (1ull << ((h >> 20) & 63u)); }

static inline bool bloom_has(const dener_model *m, uint32_t h) {
    uint64_t b = bloom_bits(h);
    return (m->match_bloom[h & m->match_bloom_mask] & b) == b;
}

static inline void bloom_add(dener_model *m, uint32_t h) { m->match_bloom[h & m->match_bloom_mask] |= bloom_bits(h); }

/* The hashes under which the filter holds, whatever their parent (more seeds), a key k[0..n-1] of
 * an edge below the root into a node of use, and the stem of such a key with an adjective ending
 * whose node has children: a key that is neither, and none of whose inflection variants is,
 * continues no name (dn_match_word_bits). */
static inline uint32_t cont_hash(const char *k, size_t n) { return dn_match_cont_hash(k, n); }
static inline uint32_t cont_stem_hash(const char *k, size_t n) { return (uint32_t)dn_hash_words(k, n, (uint64_t)3 << 32); }

/* Node nd's 2 bits of use: 1 if it has entries of a kind, 2 if it has children. */
static inline unsigned node_use(const dn_node *nd) { return (nd->ent_mask & 7u ? 1u : 0u) | (nd->nchildren ? 2u : 0u); }

/* The length of key k[0..n-1] (n >= 1) without a declined adjective's ending -e, -en, -er, -es,
 * -em; n if it has none. */
static inline size_t adj_stem(const char *k, size_t n) {
    if (k[n - 1] == 'e') return n - 1;
    if (n >= 2 && k[n - 2] == 'e' && (k[n - 1] == 'n' || k[n - 1] == 'r' || k[n - 1] == 's' || k[n - 1] == 'm'))
        return n - 2;
    return n;
}

/* The hash under which the filter holds a stem k[0..n-1] of a key with an adjective ending under
 * parent, whose node has children (another seed than dn_trie_hash's). */
static inline uint32_t stem_hash(uint32_t parent, const char *k, size_t n) {
    return (uint32_t)dn_hash_words(k, n, (uint64_t)parent | (uint64_t)1 << 32);
}

int dn_match_prepare(dener_model *m, dener_error *err) {
    const dn_alloc *a = &m->alloc;
    size_t words = 64; /* about 8 bits per node, a power of two, at most 2^20 words (the bits
                          above come from the hash's top 12 bits) */
    while (words < (size_t)1 << 20 && words * 8 < m->nnodes) words *= 2;
    m->match_nbits = dn_calloc(a, m->nnodes / 4 + 1, 1);
    m->match_bloom = dn_calloc(a, words, sizeof *m->match_bloom);
    if (!m->match_nbits || !m->match_bloom) {
        dn_free(a, m->match_nbits);
        dn_free(a, m->match_bloom);
        m->match_nbits = NULL;
        m->match_bloom = NULL;
        return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    }
    m->match_bloom_mask = words - 1;
    for (size_t i = 0; i < m->nnodes; i++) {
        const dn_node *nd = &m->nodes[i];
        unsigned bits = node_use(nd);
        if (!bits) continue;
        m->match_nbits[i >> 2] |= (uint8_t)(bits << ((i & 3) * 2));
        if (i == 0) continue; /* the root: no edge enters it */
        const char *k = m->pool + nd->key;
        size_t n = nd->keylen;
        bloom_add(m, dn_trie_hash(nd->parent, k, n));
        if (nd->parent) bloom_add(m, cont_hash(k, n));
        /* the stem of a key with an adjective ending, for variants() */
        if (nd->nchildren && n >= 1) {
            size_t stem = adj_stem(k, n);
            if (stem < n) {
                bloom_add(m, stem_hash(nd->parent, k, stem));
                if (nd->parent) bloom_add(m, cont_stem_hash(k, stem));
            }
        }
    }
    return DENER_OK;
}

/* dn_trie_child_hashed, out of line: the filter lets few look-ups through. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static uint32_t lookup_hashed(const dener_model *m, uint32_t parent, const char *k, size_t n, uint32_t h) {
    return dn_trie_child_hashed(m, parent, k, n, h);
}

/* dn_trie_lookup(m, NULL, parent, k, n), but DN_NO_NODE as well for most nodes of no use (see
 * above). */
static inline uint32_t mlookup(const dener_model *m, uint32_t parent, const char *k, size_t n) {
    if (!m->nebuckets || n > m->max_keylen) return DN_NO_NODE;
    uint32_t h = dn_trie_hash(parent, k, n);
    if (m->match_bloom && !bloom_has(m, h)) return DN_NO_NODE;
    return lookup_hashed(m, parent, k, n, h);
}

typedef struct walk {
    const dener_model *m;
    const dn_tokens *tk;
    dn_match_scratch *ms;
    size_t start;
    bool cap_ok; /* the first token is capitalised or all-caps */
    /* best per kind */
    uint32_t best_end[3], best_entry[3];
    uint8_t best_flags[3];
    uint16_t best_ctx[3]; /* DN_ENT_CTX_* of the best entry */
} walk;

/* The later words of a multi-word name that start with a capital in the lexicon are capitalised
 * or all caps in the text too: "Die Linke", not "Die linke Hand" (DN_ENT_CAPMASK_SHIFT). */
static bool later_case_ok(const walk *w, uint16_t eflags, size_t end) {
    unsigned mask = eflags >> DN_ENT_CAPMASK_SHIFT;
    for (size_t i = 1; mask && w->start + i < end; i++, mask >>= 1)
        if ((mask & 1u) && !(w->tk->t[w->start + i].flags & (DN_T_CAP | DN_T_UPPER))) return false;
    return true;
}

static void record(walk *w, uint32_t node, size_t end, uint8_t flags) {
    const dener_model *m = w->m;
    const dn_node *nd = &m->nodes[node];
    if (!(nd->ent_mask & 7u)) return;
    for (uint32_t e = nd->first; e != UINT32_MAX; e = m->entries[e].next) {
        const dn_entry *en = &m->entries[e];
        if (en->kind > DENER_ORG) continue;
        if ((en->flags & DN_ENT_NEED_CAP) && !w->cap_ok) continue;
        if (!later_case_ok(w, en->flags, end)) continue;
        if (end > w->best_end[en->kind] || (end == w->best_end[en->kind] && !(flags & DN_GAZ_INFLECT) &&
                                            (w->best_flags[en->kind] & DN_GAZ_INFLECT))) {
            w->best_end[en->kind] = (uint32_t)end;
            w->best_entry[en->kind] = e;
            w->best_flags[en->kind] = flags;
            w->best_ctx[en->kind] = en->flags & (DN_ENT_CTX_ALWAYS | DN_ENT_CTX_CLASS);
        }
    }
}

static inline void step(walk *w, uint32_t node, size_t j, uint8_t flags, int depth);

/* try_key's work once the look-up found node c. */
static void key_found(walk *w, uint32_t c, size_t j, uint8_t flags, bool final_only, int depth) {
    if (!final_only) {
        record(w, c, j + 1, flags);
        if (w->m->nodes[c].nchildren) step(w, c, j + 1, flags, depth + 1);
    } else {
        record(w, c, j + 1, flags | DN_GAZ_INFLECT);
    }
}

/* Tries key k[0..n-1] as the next token (index j) from node. final_only: record only. (Inline:
 * the filter mostly answers.) */
static inline bool try_key(walk *w, uint32_t node, size_t j, const char *k, size_t n, uint8_t flags, bool final_only,
                           int depth) {
    uint32_t c = mlookup(w->m, node, k, n);
    if (!c) return false;
    key_found(w, c, j, flags, final_only, depth);
    return true;
}

/* The shortest capitalised key whose declined-adjective endings are tried ("Rote" of "Rotes Meer"):
 * variants(), may_vary() and dn_match_word_bits() must agree on it. */
#define ADJ_MIN_KEY 4

/* The endings of declined adjectives: e, en, er, es, em (the second letter after 'e', 0 for none). */
static const char ADJ_END2[5] = {0, 'n', 'r', 's', 'm'};
/* The declined adjective ending of key k (n >= 2 bytes): 0 for "-e", e for "-e" + ADJ_END2[e], -1
 * for none. */
static inline int adj_ending(const char *k, size_t n) {
    if (k[n - 1] == 'e') return 0;
    if (k[n - 2] == 'e')
        for (int e = 1; e < 5; e++)
            if (k[n - 1] == ADJ_END2[e]) return e;
    return -1;
}

/* Does the walk start at a definite article ("Die Linke", "Der Spiegel")? */
static bool article_start(const walk *w) {
    const dn_token *t = &w->tk->t[w->start];
    const char *k = w->tk->keys.p + t->key;
    return t->keylen == 3 && k[0] == 'd' && ((k[1] == 'i' && k[2] == 'e') || (k[1] == 'e' && (k[2] == 'r' || k[2] == 'n' || k[2] == 'm')) ||
                                             (k[1] == 'a' && k[2] == 's'));
}

/* Whether capitalised key k[0..n-1] may be a dative plural in "-en", "-ern" or "-eln" of a plural
 * name in "-e", "-er", "-el" (variants, may_vary, dn_match_word_bits). */
static inline bool dative_n(uint16_t tflags, const char *k, size_t n) {
    return (tflags & DN_T_CAP) && !(tflags & DN_T_UPPER) && n > 5 && k[n - 1] == 'n' &&
           (k[n - 2] == 'e' || ((k[n - 2] == 'r' || k[n - 2] == 'l') && k[n - 3] == 'e'));
}

/* The inflection variants of token j's key k[0..n-1] from node; true if a trie look-up found a
 * node that was used. */
static bool variants(walk *w, uint32_t node, size_t j, const dn_token *t, const char *k, size_t n, uint8_t flags, int depth) {
    bool hit = false;
    /* genitive: at the end of a name, or as the first word of a longer one, whose head it is
     * ("des Bundesministeriums der Finanzen", "des Bundesamtes für Verfassungsschutz") */
    if (n > 3 && k[n - 1] == 's' && !(t->flags & DN_T_UPPER && n <= 4)) {
        const bool final_only = depth > 0 || !(t->flags & DN_T_CAP);
        hit |= try_key(w, node, j, k, n - 1, flags, final_only, depth);
        if (n > 4 && k[n - 2] == 'e') hit |= try_key(w, node, j, k, n - 2, flags, final_only, depth);
    }
    /* dative plural: the last word of a name of two words or more, with an "-n" the name lacks ("den
     * Salzburger Festspielen", "den Berliner Philharmonikern") */
    /* (not of a name that begins with an article: "Die Linken fordern" is no "Die Linke") */
    if (depth > 0 && dative_n(t->flags, k, n) && !article_start(w)) hit |= try_key(w, node, j, k, n - 1, flags, true, depth);
    /* declined adjective inside a name: continue only */
    if ((t->flags & DN_T_CAP) && n >= ADJ_MIN_KEY) {
        int cur = adj_ending(k, n); /* the key's ending */
        if (cur >= 0) {
            size_t stem = n - (cur ? 2 : 1);
            char buf[128];
            /* (none of the variants continues a walk if the filter lacks their stem) */
            if (stem + 2 < sizeof buf && (!w->m->match_bloom || bloom_has(w->m, stem_hash(node, k, stem)))) {
                memcpy(buf, k, stem);
                buf[stem] = 'e';
                for (int e = 0; e < 5; e++) {
                    if (e == cur) continue;
                    size_t sl = e ? 2 : 1;
                    if (e) buf[stem + 1] = ADJ_END2[e];
                    uint32_t c = mlookup(w->m, node, buf, stem + sl);
                    if (c && w->m->nodes[c].nchildren) {
                        hit = true;
                        step(w, c, j + 1, flags | DN_GAZ_INFLECT, depth + 1);
                    }
                }
            }
        }
    }
    return hit;
}

/* A hash of token t's key k[0..n-1] for the caches below: the hash of its form (its bytes, which
 * give the key) if it has one. (A key can so have slots under several hashes; a slot holds the key
 * itself, so a hit is always for the same key.) */
static inline uint32_t key_hash(const dn_tokens *tk, const dn_token *t, const char *k, size_t n) {
    if (t->form < tk->nforms) return tk->forms[t->form].hash;
    uint32_t h = 0x811C9DC5u;
    for (size_t q = 0; q < n; q++) h = (h ^ (unsigned char)k[q]) * 0x01000193u;
    return h;
}

/* a[0..n-1] == b[0..n-1] for 1 <= n <= 32, by loads of fixed size (overlapping ones at the end) */
static inline bool key_eq(const char *a, const char *b, size_t n) {
    if (n >= 8) {
        uint64_t x, y;
        for (size_t i = 0; i + 8 < n; i += 8) {
            memcpy(&x, a + i, 8);
            memcpy(&y, b + i, 8);
            if (x != y) return false;
        }
        memcpy(&x, a + n - 8, 8);
        memcpy(&y, b + n - 8, 8);
        return x == y;
    }
    if (n >= 4) {
        uint32_t x, y, u, v;
        memcpy(&x, a, 4);
        memcpy(&y, b, 4);
        memcpy(&u, a + n - 4, 4);
        memcpy(&v, b + n - 4, 4);
        return x == y && u == v;
    }
    return a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1];
}

/* Whether variants() can look anything up for token t's key k[0..n-1] (its conditions, tested
 * first): a genitive -s, or a capitalised declined adjective ending. */
static inline bool may_vary(const dn_token *t, const char *k, size_t n) {
    if (n > 3 && k[n - 1] == 's' && !(t->flags & DN_T_UPPER && n <= 4)) return true;
    if (dative_n(t->flags, k, n)) return true;
    if ((t->flags & DN_T_CAP) && n >= ADJ_MIN_KEY) {
        char e = k[n - 1];
        if (e == 'e') return true;
        if (k[n - 2] == 'e' && (e == 'n' || e == 'r' || e == 's' || e == 'm')) return true;
    }
    return false;
}

static inline uint8_t case_want(const dn_token *t) {
    /* 0x80 | 2 if capitalised | 4 if all caps */
    _Static_assert(DN_T_CAP == 8u && DN_T_UPPER == 16u, "case_want shifts the case flags");
    return (uint8_t)(0x80u | (unsigned)(t->flags & (DN_T_CAP | DN_T_UPPER)) >> 2);
}

/* The look-ups of step() when the cache does not answer; ns: the slot to note a miss in (or NULL). */
static void step_lookup(walk *w, uint32_t node, size_t j, uint8_t flags, int depth, dn_ns_slot *ns, uint32_t h) {
    const dn_token *t = &w->tk->t[j];
    const char *k = w->tk->keys.p + t->key;
    size_t n = t->keylen;
    if (t->flags & DN_T_PUNCT) {
        /* punctuation inside names ("Bündnis 90/Die Grünen", "AT&T"): exact only */
        try_key(w, node, j, k, n, flags, false, depth);
        return;
    }
    bool hit = try_key(w, node, j, k, n, flags, false, depth);
    if (t->node_kids & DN_T_KIDS_VARY) hit |= variants(w, node, j, t, k, n, flags, depth);
    if (ns && !hit) {
        ns->hash = h;
        ns->node = node;
        ns->len = (uint8_t)n;
        ns->want = case_want(t);
        memcpy(ns->key, k, n);
    }
}

/* One step of a walk from a node below the root to token j. A key that continued nothing from
 * this node before (in any document) does nothing: the look-ups depend on the node, the key and
 * the case flags alone. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline void step(walk *w, uint32_t node, size_t j, uint8_t flags, int depth) {
    if (j >= w->tk->n || depth > 24) return;
    const dn_token *t = &w->tk->t[j];
    size_t n = t->keylen;
    const char *k = w->tk->keys.p + t->key;
    if (!(t->node_kids & DN_T_KIDS_CONT)) return; /* (neither the key nor a variant continues a name) */
    /* a key without variants: its one look-up, which the filter mostly answers, needs no cache */
    if ((t->flags & DN_T_PUNCT) || (w->m->match_bloom && !(t->node_kids & DN_T_KIDS_VARY))) { /* (may_vary) */
        try_key(w, node, j, k, n, flags, false, depth);
        return;
    }
    if (!w->ms->ns || !n || n > DN_RV_KEY) {
        step_lookup(w, node, j, flags, depth, NULL, 0);
        return;
    }
    uint8_t want = case_want(t);
    uint32_t h = node * 0x85EBCA77u ^ key_hash(w->tk, t, k, n) * 0x9E3779B1u ^ want;
    h ^= h >> 15;
    h *= 0x2C1B3C6Du;
    dn_ns_slot *ns = &w->ms->ns[h >> (32 - DN_NS_BITS)];
    if (ns->hash == h && ns->len == n && ns->want == want && ns->node == node && key_eq(ns->key, k, n)) return;
    step_lookup(w, node, j, flags, depth, ns, h);
}

/* The inflection variants of token j's key under the root (the key itself the tokenizer looked
 * up), if the tokenizer found that one of their look-ups finds a node of use (DN_T_KIDS_RVAR). */
static void root_variants(walk *w, size_t j) {
    const dn_token *t = &w->tk->t[j];
    if (!(t->node_kids & DN_T_KIDS_RVAR)) return;
    variants(w, 0, j, t, w->tk->keys.p + t->key, t->keylen, 0, 0);
}

/* Whether a look-up of variants(w, 0, ...) for a token with flags tflags and key k[0..n-1] finds a
 * node it uses: the same look-ups, without the walk. */
static bool root_vary_hit(const dener_model *m, uint16_t tflags, const char *k, size_t n) {
    if (n > 3 && k[n - 1] == 's' && !(tflags & DN_T_UPPER && n <= 4)) {
        if (mlookup(m, 0, k, n - 1)) return true;
        if (n > 4 && k[n - 2] == 'e' && mlookup(m, 0, k, n - 2)) return true;
    }
    if ((tflags & DN_T_CAP) && n >= ADJ_MIN_KEY) {
        int cur = adj_ending(k, n);
        if (cur >= 0) {
            size_t stem = n - (cur ? 2 : 1);
            char buf[128];
            if (stem + 2 < sizeof buf && (!m->match_bloom || bloom_has(m, stem_hash(0, k, stem)))) {
                memcpy(buf, k, stem);
                buf[stem] = 'e';
                for (int e = 0; e < 5; e++) {
                    if (e == cur) continue;
                    size_t sl = e ? 2 : 1;
                    if (e) buf[stem + 1] = ADJ_END2[e];
                    uint32_t c = mlookup(m, 0, buf, stem + sl);
                    if (c && m->nodes[c].nchildren) return true;
                }
            }
        }
    }
    return false;
}

/* (a key that may hold a genitive or an adjective ending, by its last letters) */
static inline bool may_vary_flags(uint16_t tflags, const char *k, size_t n) {
    const dn_token t = {.flags = tflags};
    return may_vary(&t, k, n);
}

bool dn_match_key_continues(const dener_model *m, const char *k, size_t n) {
    if (!m->nebuckets) return false; /* (mlookup looks nothing up) */
    return !m->match_bloom || (n <= m->max_keylen && bloom_has(m, cont_hash(k, n)));
}

uint8_t dn_match_word_bits(const dener_model *m, uint16_t tflags, const char *k, size_t n) {
    const bool vary = !(tflags & DN_T_PUNCT) && may_vary_flags(tflags, k, n);
    uint8_t bits = 0;
    /* continues a name: the key, a genitive without -s/-es, another adjective ending of its stem */
    if (!m->nebuckets) {
        /* (mlookup looks nothing up) */
    } else if (!m->match_bloom) {
        bits |= DN_T_KIDS_CONT;
    } else if (n <= m->max_keylen && bloom_has(m, cont_hash(k, n))) {
        bits |= DN_T_KIDS_CONT;
    } else if (vary) {
        size_t stem = adj_stem(k, n);
        if ((n >= 2 && k[n - 1] == 's' && n - 1 <= m->max_keylen && bloom_has(m, cont_hash(k, n - 1))) ||
            (n >= 3 && k[n - 1] == 's' && k[n - 2] == 'e' && n - 2 <= m->max_keylen && bloom_has(m, cont_hash(k, n - 2))) ||
            (dative_n(tflags, k, n) && n - 1 <= m->max_keylen && bloom_has(m, cont_hash(k, n - 1))) ||
            (stem < n && bloom_has(m, cont_stem_hash(k, stem))))
            bits |= DN_T_KIDS_CONT;
    }
    if (vary) bits |= DN_T_KIDS_VARY;
    if (vary && root_vary_hit(m, tflags, k, n)) bits |= DN_T_KIDS_RVAR;
    return bits;
}

/* Takes v's best place into w (compound_tail, compound_head). */
static void take_place(walk *w, const walk *v) {
    w->best_end[DENER_LOC] = v->best_end[DENER_LOC];
    w->best_entry[DENER_LOC] = v->best_entry[DENER_LOC];
    w->best_flags[DENER_LOC] = v->best_flags[DENER_LOC];
    w->best_ctx[DENER_LOC] = v->best_ctx[DENER_LOC];
}

/* A place after a place and a hyphen (token i is a hyphenated compound whose first part is a place;
 * DN_T_KIDS_TAIL): the whole is one place, as "Berlin-Kreuzberg" is, where w has no longer one.
 * - a listed place as the last part, also where it is a common word as well: "Wien-Favoriten"
 *   (place_district of names.rules takes the others, without a list);
 * - a place of several words that the last part starts: "Stuttgart-Bad Cannstatt", "Berlin-Prenzlauer
 *   Berg", "Hamburg-St. Pauli" (the last part starts a walk of its own, on to the next tokens).
 * Returns whether w's best place changed. */
static bool compound_tail(walk *w, size_t i) {
    const dn_tokens *tk = w->tk;
    const dn_token *t = &tk->t[i];
    if (!t->nparts) return false;
    const dn_part *p = &tk->parts[t->part0 + t->nparts - 1u];
    const char *k = tk->keys.p + p->key;
    size_t n = p->keylen;
    bool took = false;
    walk v = *w;
    if (w->best_end[DENER_LOC] < i + 1) {
        const uint32_t c = mlookup(w->m, 0, k, n);
        v.best_end[DENER_LOC] = 0;
        if (c && (w->m->nodes[c].ent_mask & (1u << DENER_LOC))) record(&v, c, i + 1, 0);
        if (v.best_end[DENER_LOC] == i + 1) take_place(w, &v), took = true;
    }
    size_t j = i + 1;
    if (j >= tk->n) return took;
    char buf[64];
    /* an abbreviation as the last part, its full stop the next token: "St." */
    if (tk->t[j].flags & DN_T_PUNCT && !(tk->t[j].flags & DN_T_SPACE) && tk->t[j].keylen == 1 &&
        tk->keys.p[tk->t[j].key] == '.' && n + 1 < sizeof buf && j + 1 < tk->n) {
        memcpy(buf, k, n);
        buf[n++] = '.';
        k = buf;
        j++;
    }
    if (!(tk->t[j].flags & DN_T_CAP)) return took;
    const uint32_t c = mlookup(w->m, 0, k, n);
    if (!c || !w->m->nodes[c].nchildren) return took;
    v.start = j - 1; /* (the token that stands for the last part, for later_case_ok) */
    v.best_end[DENER_LOC] = 0;
    step(&v, c, j, 0, 1);
    if (v.best_end[DENER_LOC] <= w->best_end[DENER_LOC] || v.best_end[DENER_LOC] <= j) return took;
    take_place(w, &v);
    return true;
}

/* A place of two words whose second word is the first part of a hyphenated compound, the place
 * and a part of it: "Bergisch Gladbach-Refrath", "Bad Homburg-Kirdorf" (token i starts names,
 * token i + 1 is the compound, its last part an unknown word; DN_T_KIDS_NEXTHEAD). The whole is one
 * place, as "Berlin-Kreuzberg" is; it becomes w's best place if it ends later. Returns whether it
 * did. */
static bool compound_head(walk *w, size_t i) {
    const dn_tokens *tk = w->tk;
    const dn_token *t = &tk->t[i], *u = &tk->t[i + 1];
    if (!u->nparts || !(u->flags & DN_T_CAP) || w->best_end[DENER_LOC] >= i + 2) return false;
    /* the last part a word of no class, no closed compound with an institution's head, no
     * adjective in -er: not "Bad Homburg-Marathon", "Bad Homburg-Finanzamt", "St. Ingbert-Rohrbacher" */
    const dn_part *q = &tk->parts[u->part0 + u->nparts - 1u];
    const char *qk = tk->keys.p + q->key;
    if (u->classes || (u->head & tk->inst_classes) || (q->keylen > 2 && qk[q->keylen - 2] == 'e' && qk[q->keylen - 1] == 'r'))
        return false;
    const dn_part *p = &tk->parts[u->part0];
    const uint32_t c = mlookup(w->m, t->node, tk->keys.p + p->key, p->keylen);
    if (!c || !(w->m->nodes[c].ent_mask & (1u << DENER_LOC))) return false;
    walk v = *w;
    v.best_end[DENER_LOC] = 0;
    record(&v, c, i + 2, 0);
    if (v.best_end[DENER_LOC] != i + 2) return false;
    take_place(w, &v);
    return true;
}

/* compound_tail and compound_head at token i; out of line, as they are rare. Returns whether w's
 * best place changed. */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static bool compound_places(walk *w, size_t i) {
    const dn_token *t = &w->tk->t[i];
    bool took = false;
    if (t->node_kids & DN_T_KIDS_TAIL) took = compound_tail(w, i);
    if ((t->node_kids & (DN_T_KIDS | DN_T_KIDS_NEXTHEAD)) == (DN_T_KIDS | DN_T_KIDS_NEXTHEAD) && i + 1 < w->tk->n &&
        (w->tk->t[i + 1].node_kids & DN_T_KIDS_HEAD))
        took |= compound_head(w, i);
    return took;
}

int dn_match(const dener_model *m, const dn_tokens *tk, dn_match_scratch *ms) {
    const dn_alloc *a = &m->alloc;
    ms->n = 0;
    if (!DN_GROW(a, ms->end, ms->end_cap, tk->n + 1) || !DN_GROW(a, ms->act, ms->act_cap, tk->n + 1))
        return DENER_ERR_NOMEM;
    memset(ms->end, 0, (tk->n + 1) * sizeof *ms->end);
    if (ms->rv_m != m && tk->n) { /* (without memory: no cache) */
        if (!ms->ns) ms->ns = dn_malloc(a, ((size_t)1 << DN_NS_BITS) * sizeof *ms->ns);
        if (ms->ns) memset(ms->ns, 0, ((size_t)1 << DN_NS_BITS) * sizeof *ms->ns);
        ms->rv_m = m;
    }
    uint64_t amb_mask = 0;
    if (m->cls_commonnoun >= 0) amb_mask |= 1ull << m->cls_commonnoun;
    if (m->cls_stopword >= 0) amb_mask |= 1ull << m->cls_stopword;
    walk w = {m, tk, ms, 0, false, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {0, 0, 0}};
    /* The tokens that can start a match, by the bits the tokenizer keeps with their words: a word
     * whose node has entries (record), or has children (a walk: step), or whose inflection
     * variants under the root find a node of use (root_variants), or a compound of a place and
     * a place or the start of one (compound_tail); the others (most tokens) start
     * none, and are not visited below (one pass over the tokens' bits, without branches). */
    uint32_t *const act = ms->act;
    size_t nact = 0;
    for (size_t i = 0; i < tk->n; i++) {
        const dn_token *t = &tk->t[i];
        act[nact] = (uint32_t)i;
        nact += !(t->flags & DN_T_PUNCT) && ((t->node_ent & 7u) | (t->node_kids & (DN_T_KIDS | DN_T_KIDS_RVAR | DN_T_KIDS_TAIL)));
    }
    for (size_t q = 0; q < nact; q++) {
        const size_t i = act[q];
#if defined(__GNUC__)
        /* what record reads for a token whose node has entries (random reads into the model), fetched
         * ahead: the node 8 such tokens ahead, then its first entry 4 ahead */
        if (q + 8 < nact && (tk->t[act[q + 8]].node_ent & 7u)) __builtin_prefetch(&m->nodes[tk->t[act[q + 8]].node]);
        if (q + 4 < nact && (tk->t[act[q + 4]].node_ent & 7u)) {
            uint32_t f = m->nodes[tk->t[act[q + 4]].node].first;
            if (f != UINT32_MAX) __builtin_prefetch(&m->entries[f]);
        }
#endif
        const dn_token *t = &tk->t[i];
        /* (the best entry, flags and context of a kind are read only where best_end is set) */
        w.start = i;
        w.cap_ok = (t->flags & (DN_T_CAP | DN_T_UPPER)) != 0;
        w.best_end[0] = w.best_end[1] = w.best_end[2] = 0;
        /* the tokenizer already looked the key up under the root */
        /* (node_use of the node, from the token: node_ent and node_kids are 0 without a node) */
        if (t->node_ent & 7u) record(&w, t->node, i + 1, 0);
        /* a walk on to the next token if the node has children and the next token's key may
         * continue a name (one branch for both: each alone goes either way) */
        const unsigned next_cont = i + 1 < tk->n ? (unsigned)tk->t[i + 1].node_kids >> 1 : 0u;
        if ((t->node_kids & next_cont) & DN_T_KIDS) step(&w, t->node, i + 1, 0, 1);
        root_variants(&w, i);
        /* a place with a hyphenated compound (rare) */
        bool tail = false;
        if (__builtin_expect((t->node_kids & (DN_T_KIDS_TAIL | DN_T_KIDS_NEXTHEAD)) != 0, 0)) tail = compound_places(&w, i);
        if (!(w.best_end[0] | w.best_end[1] | w.best_end[2])) continue;
        for (int k = 0; k < 3; k++) {
            if (!w.best_end[k]) continue;
            ms->end[i][k] = w.best_end[k];
            uint8_t fl = w.best_flags[k];
            if (w.best_end[k] == i + 1) {
                /* one token: ambiguous if it is a common word as well (a hyphenated compound by
                 * its own classes, not those of its last part: "Karl-Marx-Straße" is no "Straße") */
                uint64_t cl = (t->flags & DN_T_COMPOUND) ? (t->node ? m->nodes[t->node].class_mask : 0) : t->classes;
                /* matched via genitive (the token's own node has no entry of this kind: "des Klosters"
                 * from "Kloster", the node being there for "Klosters Serneus"): the stripped form's
                 * classes too */
                if (t->node == 0) cl = dn_genitive_classes(m, &tk->tc, tk->keys.p + t->key, t->keylen);
                else if (!((t->node_ent >> k) & 1u) && !(t->flags & DN_T_COMPOUND))
                    cl |= dn_genitive_classes(m, &tk->tc, tk->keys.p + t->key, t->keylen);
                if (cl & amb_mask) fl |= DN_GAZ_AMBIG;
                if (w.best_ctx[k] & DN_ENT_CTX_ALWAYS) fl |= DN_GAZ_AMBIG;
                if ((w.best_ctx[k] & DN_ENT_CTX_CLASS) && cl) fl |= DN_GAZ_AMBIG;
            }
            if (ms->n == ms->cap && !DN_GROW(a, ms->g, ms->cap, ms->n + 1)) return DENER_ERR_NOMEM;
            const dn_entry *en = &m->entries[w.best_entry[k]];
            /* (a name with a place and a hyphen has no canonical form of its own) */
            const uint32_t canon = tail && k == DENER_LOC ? 0 : en->canonical;
            ms->g[ms->n++] = (dn_gaz){(uint32_t)i, w.best_end[k], w.best_entry[k], en->source, canon, (uint8_t)k, fl};
        }
    }
    return DENER_OK;
}
