/* handles.c - stage 2c: social-media handles and lower-case hashtags (see handles.h).
 *
 * The index maps the "squashed" form of every organisation and person name of the lexicons (the
 * case-folded letters and digits of its tokens, umlauts written as "ae", "oe", "ue") to its first
 * lexicon entry of that type. Names are not stored as strings in the model, only as paths in the
 * token trie, so the index is built from the trie: every edge knows its parent, and the path from
 * a node up to the root spells the name. A name that is both an organisation and a person keeps
 * its organisation entry. */
#include "handles.h"
#include "lexicon.h"

#include <string.h>

#define SQ_MAX 96   /* longest squashed name or handle, in bytes */
#define PATH_MAX_TOK 16

typedef struct dn_handle_slot {
    uint32_t hash;
    uint32_t key, keylen; /* squashed name in m->handle_keys */
    uint32_t entry1;      /* 1 + entry index; 0 marks a free slot */
} dn_handle_slot;

/* Appends the squashed form of s[0..n-1] (already case-folded) to out at *on; false if too long. */
static bool squash(const char *s, size_t n, char *out, size_t *on) {
    size_t o = *on;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *rep = NULL;
        if (c == 0xC3 && i + 1 < n) {
            unsigned char d = (unsigned char)s[i + 1];
            rep = d == 0xA4 ? "ae" : d == 0xB6 ? "oe" : d == 0xBC ? "ue" : d == 0x9F ? "ss" : NULL;
            if (rep) i++;
        }
        if (rep) {
            if (o + 2 > SQ_MAX) return false;
            out[o++] = rep[0];
            out[o++] = rep[1];
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
            if (o + 1 > SQ_MAX) return false;
            out[o++] = (char)c;
        }
    }
    *on = o;
    return true;
}

static uint32_t sq_hash(const char *s, size_t n) { return (uint32_t)dn_hash(s, n, 11); }

static long lookup(const dener_model *m, const char *s, size_t n) {
    if (!m->handles_cap || n == 0) return -1;
    uint32_t h = sq_hash(s, n);
    size_t mask = m->handles_cap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const dn_handle_slot *sl = &m->handles[i];
        if (!sl->entry1) return -1;
        if (sl->hash == h && sl->keylen == n && memcmp(m->handle_keys + sl->key, s, n) == 0) return (long)sl->entry1 - 1;
    }
}

static int insert(dener_model *m, const char *s, size_t n, uint32_t entry) {
    if (n < 2) return DENER_OK;
    uint32_t h = sq_hash(s, n);
    size_t mask = m->handles_cap - 1;
    size_t i = h & mask;
    for (;; i = (i + 1) & mask) {
        const dn_handle_slot *sl = &m->handles[i];
        if (!sl->entry1) break;
        if (sl->hash == h && sl->keylen == n && memcmp(m->handle_keys + sl->key, s, n) == 0) {
            /* an organisation wins over a person, otherwise the first name wins */
            if (m->entries[entry].kind == DENER_ORG && m->entries[sl->entry1 - 1].kind != DENER_ORG)
                m->handles[i].entry1 = entry + 1;
            return DENER_OK;
        }
    }
    if (!DN_GROW(&m->alloc, m->handle_keys, m->handle_keys_cap, m->handle_keys_len + n)) return DENER_ERR_NOMEM;
    memcpy(m->handle_keys + m->handle_keys_len, s, n);
    m->handles[i] = (dn_handle_slot){h, (uint32_t)m->handle_keys_len, (uint32_t)n, entry + 1};
    m->handle_keys_len += n;
    m->nhandles++;
    return DENER_OK;
}

static bool is_article(const char *k, size_t n) {
    return (n == 3 && (!memcmp(k, "der", 3) || !memcmp(k, "die", 3) || !memcmp(k, "das", 3) || !memcmp(k, "the", 3)));
}

int dn_handles_build(dener_model *m) {
    const dn_alloc *a = &m->alloc;
    m->cls_handlesuffix = dn_class_id(m, "handlesuffix");
    m->cls_handlehead = dn_class_id(m, "handlehead");
    size_t count = 0;
    for (size_t n = 1; n < m->nnodes; n++)
        if (m->nodes[n].ent_mask & ((1u << DENER_ORG) | (1u << DENER_PER))) count++;
    if (!count) return DENER_OK;
    size_t cap = 64;
    while (cap < 3 * count) cap *= 2; /* mostly one key per name, a few two */
    m->handles = dn_calloc(a, cap, sizeof *m->handles);
    uint32_t *in = dn_calloc(a, m->nnodes, sizeof *in); /* 1 + index of the edge into each node */
    if (!m->handles || !in) {
        dn_free(a, in);
        return DENER_ERR_NOMEM;
    }
    m->handles_cap = cap;
    for (size_t i = 0; i < m->edges_cap; i++)
        if (m->edges[i].child) in[m->edges[i].child] = (uint32_t)i + 1;
    int rc = DENER_OK;
    {
        for (size_t n = 1; n < m->nnodes && rc == DENER_OK; n++) {
            unsigned em = m->nodes[n].ent_mask;
            if (!(em & ((1u << DENER_ORG) | (1u << DENER_PER)))) continue;
            int kind = (em & (1u << DENER_ORG)) ? DENER_ORG : DENER_PER;
            uint32_t entry = UINT32_MAX;
            for (uint32_t e = m->nodes[n].first; e != UINT32_MAX; e = m->entries[e].next)
                if (m->entries[e].kind == kind) {
                    entry = e;
                    break;
                }
            if (entry == UINT32_MAX) continue;
            uint32_t path[PATH_MAX_TOK];
            int depth = 0;
            uint32_t p = (uint32_t)n;
            while (p != 0 && depth < PATH_MAX_TOK && in[p]) {
                path[depth++] = in[p] - 1;
                p = m->edges[in[p] - 1].parent;
            }
            if (p != 0) continue; /* deeper than PATH_MAX_TOK tokens */
            char sq[SQ_MAX];
            size_t sn = 0, skip_sn = 0;
            bool ok = true;
            for (int d = depth - 1; d >= 0 && ok; d--) {
                const dn_edge *e = &m->edges[path[d]];
                ok = squash(m->pool + e->key, e->keylen, sq, &sn);
                if (d == depth - 1 && depth >= 2 && is_article(m->pool + e->key, e->keylen)) skip_sn = sn;
            }
            if (!ok) continue;
            rc = insert(m, sq, sn, entry);
            if (rc == DENER_OK && skip_sn && sn - skip_sn >= 4) rc = insert(m, sq + skip_sn, sn - skip_sn, entry);
        }
    }
    dn_free(a, in);
    return rc;
}

void dn_handles_free(dener_model *m) {
    dn_free(&m->alloc, m->handles);
    dn_free(&m->alloc, m->handle_keys);
    m->handles = NULL;
    m->handle_keys = NULL;
    m->handles_cap = m->nhandles = m->handle_keys_len = m->handle_keys_cap = 0;
}

size_t dn_handles_bytes(const dener_model *m) { return m->handles_cap * sizeof(dn_handle_slot) + m->handle_keys_cap; }

/* The trie node of the one-token lexicon word s[0..n-1], also with "ae/oe/ue" read as umlauts. */
static uint32_t word_node(const dener_model *m, const char *s, size_t n) {
    uint32_t node = dn_trie_child(m, 0, s, n);
    if (node != DN_NO_NODE) return node;
    char u[SQ_MAX];
    size_t un = 0;
    bool changed = false;
    for (size_t i = 0; i < n; i++) {
        if (i + 1 < n && s[i + 1] == 'e' && (s[i] == 'a' || s[i] == 'o' || s[i] == 'u')) {
            u[un++] = (char)0xC3;
            u[un++] = (char)(s[i] == 'a' ? 0xA4 : s[i] == 'o' ? 0xB6 : 0xBC);
            i++;
            changed = true;
        } else {
            u[un++] = s[i];
        }
    }
    return changed ? dn_trie_child(m, 0, u, un) : DN_NO_NODE;
}

static bool has_class(const dener_model *m, uint32_t node, int cls) {
    return node != DN_NO_NODE && cls >= 0 && (m->nodes[node].class_mask >> cls & 1u);
}

static bool is_place(const dener_model *m, uint32_t node) {
    return node != DN_NO_NODE && (m->nodes[node].ent_mask & (1u << DENER_LOC));
}

static bool all_digits(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    return n > 0;
}

/* The handle s[0..n-1] (squashed) as a name: its entry, or -2 for "handlehead + place", or -1. */
static long handle_name(const dener_model *m, const char *s, size_t n) {
    long e = lookup(m, s, n);
    if (e >= 0) return e;
    for (size_t k = n - 1; k >= 2; k--) {
        const char *r = s + k;
        size_t rn = n - k;
        long pe = lookup(m, s, k);
        if (pe >= 0 && m->entries[pe].kind == DENER_ORG) {
            if (all_digits(r, rn)) return pe;
            uint32_t node = word_node(m, r, rn);
            if (has_class(m, node, m->cls_handlesuffix) || (rn >= 4 && is_place(m, node))) return pe;
        }
        if (rn >= 4 && has_class(m, word_node(m, s, k), m->cls_handlehead) && is_place(m, word_node(m, r, rn))) return -2;
    }
    return -1;
}

static bool alnum_byte(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
}

int dn_handles_find(const dener_model *m, const dn_tokens *tk, const char *text, dn_resolve_scratch *rs) {
    if (!m->handles_cap || !tk->n) return DENER_OK;
    /* most texts have neither "@" nor "#" (both lie before the end of the last token) */
    size_t end = tk->t[tk->n - 1].b1;
    if (!memchr(text, '@', end) && !memchr(text, '#', end)) return DENER_OK;
    uint64_t common = 0;
    if (m->cls_commonnoun >= 0) common |= 1ull << m->cls_commonnoun;
    if (m->cls_stopword >= 0) common |= 1ull << m->cls_stopword;
    for (size_t ti = 0; ti < tk->n; ti++) {
        const dn_token *t = &tk->t[ti];
        if (!(t->flags & DN_T_WORD)) continue;
        const char *k = dn_tok_key(tk, t);
        size_t kn = t->keylen;
        char sq[SQ_MAX];
        size_t sn = 0;
        long e;
        bool hash = false;
        if (text[t->b0] == '@') {
            if (t->b0 > 0 && alnum_byte((unsigned char)text[t->b0 - 1])) continue; /* an e-mail address */
            if (kn < 3 || k[0] != '@' || !squash(k + 1, kn - 1, sq, &sn) || sn < 2) continue;
            e = handle_name(m, sq, sn);
            if (e == -1) continue;
        } else if ((t->flags & DN_T_LOWER) && t->b0 > 0 && text[t->b0 - 1] == '#') {
            if (t->b0 > 1 && alnum_byte((unsigned char)text[t->b0 - 2])) continue;
            if ((t->classes & common) || !squash(k, kn, sq, &sn) || sn < 3) continue;
            e = lookup(m, sq, sn);
            if (e < 0 || m->entries[e].kind != DENER_ORG) continue;
            hash = true;
        } else {
            continue;
        }
        dn_cand c = {t->b0 - (uint32_t)hash, t->b1, t->c0 - (uint32_t)hash, t->c1, (int32_t)ti, (int32_t)ti + 1, DENER_ORG, DN_ORIG_GAZ,
                     DN_GAZ_PRIO, m->src_handle, 0, -1, -1, -1};
        if (e >= 0) {
            c.type = (uint8_t)m->entries[e].kind;
            c.canonical = m->entries[e].canonical;
        }
        if (dn_cand_push(&m->alloc, rs, &c)) return DENER_ERR_NOMEM;
    }
    return DENER_OK;
}
