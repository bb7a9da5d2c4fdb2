/* lexicon.c - stage 2a: lexicon loading and the token trie.
 *
 * A lexicon line is "name<TAB>type[<TAB>canonical-or-value]" (see lexicons/README.md). The name is
 * tokenized with the text tokenizer, case-folded, and inserted token by token into a trie whose
 * edges live in one open-addressing hash table keyed by (parent node, token key), in buckets of a
 * cache line (dn_ebucket); each node holds the edge into it (parent and key). Each node holds
 * a list of entries and bit masks of the entity kinds and word classes among them, so the
 * tokenizer can give every token its classes with a single lookup.
 *
 * dener_model_load reads folders: every *.lex file in name order (entries of class "abbrev"
 * first, since the tokenizer needs them to tokenize the other names), then every *.rules file.
 */
#define _GNU_SOURCE
#include "lexicon.h"
#include "lexbin.h"
#include <dlfcn.h>
#include <unicode/uchar.h>
#include <limits.h>
#include "rules.h"
#include "dates.h"
#include "handles.h"
#include "tokenize.h"
#include "match.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef DENER_INSTALL_LEXICON_DIR
#define DENER_INSTALL_LEXICON_DIR "/usr/local/share/dener/lexicons"
#endif
#ifndef DENER_SOURCE_LEXICON_DIR
#define DENER_SOURCE_LEXICON_DIR "lexicons"
#endif
#ifndef DENER_BUILD_DIR
#define DENER_BUILD_DIR ""
#endif

/* $DENER_LEXICONS if set; else the source tree's lexicons/ when this code runs from the build
 * folder (the library or executable file lies under it); else the installed data folder. */
const char *dener_default_lexicon_dir(void) {
    const char *env = getenv("DENER_LEXICONS");
    if (env && *env) return env;
    static _Thread_local char where[4096];
    Dl_info info;
    size_t bl = strlen(DENER_BUILD_DIR);
    if (bl && dladdr((void *)dener_default_lexicon_dir, &info) && info.dli_fname && realpath(info.dli_fname, where) &&
        strncmp(where, DENER_BUILD_DIR, bl) == 0 && where[bl] == '/')
        return DENER_SOURCE_LEXICON_DIR;
    return DENER_INSTALL_LEXICON_DIR;
}

const char *dn_pool_str(const dener_model *m, uint32_t off) { return m->pool + off; }

uint32_t dn_pool_add(dener_model *m, const char *s, size_t n) {
    if (m->pool_len + n + 1 > UINT32_MAX) return 0;
    if (!DN_GROW(&m->alloc, m->pool, m->pool_cap, m->pool_len + n + 1)) return 0;
    uint32_t off = (uint32_t)m->pool_len;
    memcpy(m->pool + off, s, n);
    m->pool[off + n] = 0;
    m->pool_len += n + 1;
    return off;
}

int dn_class_id(const dener_model *m, const char *name) {
    for (int i = 0; i < m->nclasses; i++)
        if (strcmp(m->class_names[i], name) == 0) return i;
    return -1;
}

int dn_class_intern(dener_model *m, const char *name, size_t n) {
    for (int i = 0; i < m->nclasses; i++)
        if (strlen(m->class_names[i]) == n && memcmp(m->class_names[i], name, n) == 0) return i;
    if (m->nclasses >= DN_MAX_CLASSES) return -1;
    char *c = dn_malloc(&m->alloc, n + 1);
    if (!c) return -2;
    memcpy(c, name, n);
    c[n] = 0;
    m->class_names[m->nclasses] = c;
    return m->nclasses++;
}

/* ------------------------------------------------------------------ trie */

/* Hash of an edge (the order of the slots in the table is not used). */
static uint32_t edge_hash(uint32_t parent, const char *key, size_t len) { return dn_trie_hash(parent, key, len); }

/* The key of the edge into nd is key[0..len-1] (len == nd->keylen). */
static inline bool node_key_eq(const dener_model *m, const dn_node *nd, const char *key, size_t len) {
    _Static_assert(DN_NODE_KEY <= 24, "dn_eq24 compares an inline key");
    if (len > DN_NODE_KEY) return memcmp(m->pool + nd->key, key, len) == 0;
    return dn_eq24(nd->kin, key, len);
}

uint32_t dn_trie_child(const dener_model *m, uint32_t parent, const char *key, size_t len) {
    if (!m->nebuckets || len > m->max_keylen) return DN_NO_NODE;
    return dn_trie_child_hashed(m, parent, key, len, edge_hash(parent, key, len));
}

uint32_t dn_trie_verify(const dener_model *m, const dn_ebucket *k, unsigned match, uint32_t parent, const char *key,
                        size_t len) {
    for (; match; match &= match - 1) {
        uint32_t c = k->child[__builtin_ctz(match)];
        const dn_node *nd = &m->nodes[c];
        if (nd->parent == parent && nd->keylen == len && node_key_eq(m, nd, key, len)) return c;
    }
    return DN_NO_NODE;
}

/* m->edges is m->nodes (see dn_edge). */
static void edges_sync(dener_model *m) {
    m->edges = m->nodes;
    m->edges_cap = m->nnodes;
}

/* Puts an edge into the first free slot of bucket b or a later one. */
static void bucket_put(dn_ebucket *t, size_t nb, size_t b, uint32_t h, uint32_t c) {
    for (;; b = (b + 1) & (nb - 1))
        for (unsigned i = 0; i < DN_EBUCKET_SLOTS; i++)
            if (!t[b].child[i]) {
                t[b].hash[i] = h;
                t[b].child[i] = c;
                return;
            }
}

static bool ebuckets_rehash(dener_model *m, size_t nb) {
    dn_ebucket *nt = dn_calloc(&m->alloc, nb, sizeof *nt);
    if (!nt) return false;
    for (size_t b = 0; b < m->nebuckets; b++)
        for (unsigned i = 0; i < DN_EBUCKET_SLOTS; i++)
            if (m->ebuckets[b].child[i])
                bucket_put(nt, nb, m->ebuckets[b].hash[i] & (nb - 1), m->ebuckets[b].hash[i], m->ebuckets[b].child[i]);
    dn_free(&m->alloc, m->ebuckets);
    m->ebuckets = nt;
    m->nebuckets = nb;
    return true;
}

static uint32_t new_node(dener_model *m) {
    if (!DN_GROW(&m->alloc, m->nodes, m->nodes_cap, m->nnodes + 1)) return DN_NO_NODE;
    dn_node *n = &m->nodes[m->nnodes];
    memset(n, 0, sizeof *n);
    n->first = UINT32_MAX;
    n->child = (uint32_t)m->nnodes;
    m->nnodes++;
    edges_sync(m);
    return n->child;
}

/* The edge table of nb buckets holds at most this many edges: half its slots, so that a bucket
 * seldom overflows. */
static size_t ebuckets_room(size_t nb) { return nb * DN_EBUCKET_SLOTS / 2; }

/* Child of parent for key, created if missing. DN_NO_NODE on no memory. */
static uint32_t trie_add_child(dener_model *m, uint32_t parent, const char *key, size_t len) {
    if (m->nedges + 1 > ebuckets_room(m->nebuckets) && !ebuckets_rehash(m, m->nebuckets ? m->nebuckets * 2 : 128))
        return DN_NO_NODE;
    uint32_t h = edge_hash(parent, key, len);
    uint32_t found = len > m->max_keylen ? DN_NO_NODE : dn_trie_child_hashed(m, parent, key, len, h);
    if (found) return found;
    uint32_t k = dn_pool_add(m, key, len);
    if (!k && len) return DN_NO_NODE;
    uint32_t c = new_node(m);
    if (!c) return DN_NO_NODE;
    dn_node *nd = &m->nodes[c];
    nd->parent = parent;
    nd->key = k;
    nd->keylen = (uint32_t)len;
    if (len <= DN_NODE_KEY) memcpy(nd->kin, key, len);
    bucket_put(m->ebuckets, m->nebuckets, h & (m->nebuckets - 1), h, c); /* where the look-up ended */
    m->nedges++;
    if (len > m->max_keylen) m->max_keylen = len;
    if (m->nodes[parent].nchildren < UINT16_MAX) m->nodes[parent].nchildren++;
    return c;
}

/* ------------------------------------------------------------------ loading */

int dn_read_file(const dn_alloc *a, const char *path, char **out, size_t *len, dener_error *err) {
    struct stat sb;
    if (stat(path, &sb) != 0) return dn_error(err, DENER_ERR_IO, 0, 0, "%s: %s", path, strerror(errno));
    if (S_ISDIR(sb.st_mode)) return dn_error(err, DENER_ERR_IO, 0, 0, "%s: is a directory", path);
    FILE *f = fopen(path, "rb");
    if (!f) return dn_error(err, DENER_ERR_IO, 0, 0, "%s: %s", path, strerror(errno));
    dn_buf b = {0};
    /* regular files: one allocation of the right size (the loop still handles growth) */
    if (S_ISREG(sb.st_mode) && sb.st_size > 0) {
        if (DN_GROW(a, b.p, b.cap, (size_t)sb.st_size + 1)) b.p[0] = 0;
        else b.oom = true;
    }
    size_t n;
    if (!b.oom && b.cap > 1)
        while (b.len + 1 < b.cap && (n = fread(b.p + b.len, 1, b.cap - 1 - b.len, f)) > 0) {
            b.len += n;
            b.p[b.len] = 0;
        }
    char tmp[65536];
    while (!b.oom && (n = fread(tmp, 1, sizeof tmp, f)) > 0) dn_buf_put(a, &b, tmp, n);
    int ioerr = ferror(f);
    fclose(f);
    if (ioerr) {
        dn_buf_free(a, &b);
        return dn_error(err, DENER_ERR_IO, 0, 0, "%s: read error", path);
    }
    if (b.oom) {
        dn_buf_free(a, &b);
        return dn_error(err, DENER_ERR_NOMEM, 0, 0, "%s: out of memory", path);
    }
    if (!b.p) dn_buf_put(a, &b, "", 0);
    if (b.oom) return dn_error(err, DENER_ERR_NOMEM, 0, 0, "%s: out of memory", path);
    *out = b.p;
    *len = b.len;
    return DENER_OK;
}

typedef struct lex_file {
    char *path;
    char *data;
    size_t len;
    uint32_t source; /* pool offset of "lex:<basename>" */
} lex_file;

static bool valid_utf8(const char *s, size_t n, size_t *bad_at) {
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        if (i + 8 <= n) { /* eight ASCII bytes at a time */
            uint64_t w;
            memcpy(&w, u + i, 8);
            if (!(w & 0x8080808080808080ull)) {
                i += 8;
                continue;
            }
        }
        if (u[i] < 0x80) { /* ASCII run */
            i++;
            continue;
        }
        bool bad = false;
        size_t at = i;
        dn_u8_next(s, &i, n, &bad);
        if (bad) { *bad_at = at; return false; }
    }
    return true;
}

/* Parses the type field. Returns kind (DENER_PER.. or DN_KIND_CLASS0 + id) or a negative value. */
static int parse_kind(dener_model *m, const char *t, size_t n) {
    size_t major = 0;
    while (major < n && t[major] != '.') major++;
    if (major == 3 && memcmp(t, "PER", 3) == 0) return DENER_PER;
    if (major == 3 && memcmp(t, "LOC", 3) == 0) return DENER_LOC;
    if (major == 3 && memcmp(t, "ORG", 3) == 0) return DENER_ORG;
    if (n == 0 || t[0] < 'a' || t[0] > 'z') return -1;
    for (size_t i = 0; i < n; i++) {
        char c = t[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return -1;
    }
    int id = dn_class_intern(m, t, n);
    if (id == -2) return -3;
    if (id < 0) return -2;
    return DN_KIND_CLASS0 + id;
}

static bool first_is_upper(const char *s, size_t n);

/* True if name is words of letters/digits with inner single hyphens, separated by single spaces. */
static bool simple_name(const char *s, size_t n) {
    size_t i = 0;
    bool prev_alnum = false;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') { /* the common case first: an ASCII letter */
            i++;
            prev_alnum = true;
            continue;
        }
        if (c == ' ' || c == '-') {
            if (!prev_alnum || i + 1 >= n) return false;
            prev_alnum = false;
            i++;
            continue;
        }
        if (c < 0x80) {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
            i++;
        } else {
            bool bad = false;
            int32_t cp = dn_u8_next(s, &i, n, &bad);
            if (bad || !(u_isalpha(cp) && cp < 0x2000)) return false;
        }
        prev_alnum = true;
    }
    return prev_alnum;
}

/* Inserts one entry: tokens of the name -> trie path -> entry. */
static int insert_entry(dener_model *m, dn_tokens *tk, const char *name, size_t nlen, int kind, uint32_t minor,
                        uint32_t extra, uint32_t source, bool split_spaces, uint16_t ctx, dener_error *err,
                        const char *path, size_t line) {
    uint32_t node = 0;
    uint16_t capmask = 0; /* DN_ENT_CAPMASK_SHIFT bits: later words that start with a capital */
    if (split_spaces) {
        /* abbreviations: each space-separated chunk is one single-token entry */
        size_t i = 0;
        int rc = DENER_OK;
        while (i < nlen) {
            while (i < nlen && name[i] == ' ') i++;
            size_t j = i;
            while (j < nlen && name[j] != ' ') j++;
            if (j > i) {
                rc = insert_entry(m, tk, name + i, j - i, kind, minor, extra, source, false, ctx, err, path, line);
                if (rc) return rc;
            }
            i = j;
        }
        return rc;
    }
    if (split_spaces == false && kind == DN_KIND_CLASS0 + m->cls_abbrev && m->cls_abbrev >= 0) {
        dn_buf kb = {0};
        dn_fold_append(m, &kb, name, nlen);
        if (kb.oom) return dn_error(err, DENER_ERR_NOMEM, line, 0, "%s:%zu: out of memory", path, line);
        node = trie_add_child(m, 0, kb.p, kb.len);
        dn_buf_free(&m->alloc, &kb);
        if (!node) return dn_error(err, DENER_ERR_NOMEM, line, 0, "%s:%zu: out of memory", path, line);
    } else if (simple_name(name, nlen)) {
        /* fast path: words of letters and digits joined by single hyphens, separated by spaces;
         * the tokenizer gives exactly one token per such word, keyed by its folded text */
        dn_buf *kb = &tk->keys;
        size_t i = 0, words = 0;
        uint32_t first = 0;
        while (i < nlen) {
            while (i < nlen && name[i] == ' ') i++;
            size_t j = i;
            while (j < nlen && name[j] != ' ') j++;
            if (j == i) break;
            kb->len = 0;
            dn_fold_append(m, kb, name + i, j - i);
            if (kb->oom) return dn_error(err, DENER_ERR_NOMEM, line, 0, "%s:%zu: out of memory", path, line);
            node = trie_add_child(m, node, kb->p, kb->len);
            if (!node) return dn_error(err, DENER_ERR_NOMEM, line, 0, "%s:%zu: out of memory", path, line);
            if (words >= 1 && words <= DN_ENT_CAPMASK_WORDS && first_is_upper(name + i, j - i))
                capmask |= (uint16_t)(1u << (DN_ENT_CAPMASK_SHIFT + words - 1));
            if (words++ == 0) first = node;
            i = j;
        }
        if (words > 1 && kind >= DN_KIND_CLASS0) m->nodes[first].class_prefix |= 1ull << (kind - DN_KIND_CLASS0);
    } else {
        int rc = dn_tokenize(m, tk, name, nlen, err);
        if (rc) {
            char msg[sizeof err->msg];
            snprintf(msg, sizeof msg, "%s", err ? err->msg : "");
            return dn_error(err, rc, line, 0, "%s:%zu: %s", path, line, msg);
        }
        if (tk->n == 0) return dn_error(err, DENER_ERR_LEXICON, line, 0, "%s:%zu: empty name", path, line);
        uint32_t first = 0;
        for (size_t i = 0; i < tk->n; i++) {
            const dn_token *t = &tk->t[i];
            node = trie_add_child(m, node, tk->keys.p + t->key, t->keylen);
            if (!node) return dn_error(err, DENER_ERR_NOMEM, line, 0, "%s:%zu: out of memory", path, line);
            if (i >= 1 && i <= DN_ENT_CAPMASK_WORDS && (t->flags & (DN_T_CAP | DN_T_UPPER)))
                capmask |= (uint16_t)(1u << (DN_ENT_CAPMASK_SHIFT + i - 1));
            if (i == 0) first = node;
        }
        if (tk->n > 1 && kind >= DN_KIND_CLASS0) m->nodes[first].class_prefix |= 1ull << (kind - DN_KIND_CLASS0);
    }
    dn_node *nd = &m->nodes[node];
    bool upper = first_is_upper(name, nlen);
    for (uint32_t e = nd->first; e != UINT32_MAX; e = m->entries[e].next)
        if (m->entries[e].kind == kind) {
            /* the first entry of a kind wins; a later one can only relax it: a lower-case variant
             * relaxes case, an entry without a context requirement lifts it, a canonical fills in */
            dn_entry *en = &m->entries[e];
            en->flags &= (uint16_t)~(DN_ENT_CTX_ALWAYS | DN_ENT_CTX_CLASS) | ctx;
            /* a variant with a lower-case later word relaxes that word's case */
            en->flags &= (uint16_t)((0xFFFFu >> (16 - DN_ENT_CAPMASK_SHIFT)) | capmask);
            if (!en->canonical && kind < DN_KIND_CLASS0) en->canonical = extra;
            if (!upper) { /* ("n-tv" after "N-tv" in the same file: both spellings count) */
                m->entries[e].flags &= (uint16_t)~DN_ENT_NEED_CAP;
                if (kind >= DN_KIND_CLASS0) nd->class_cap &= ~(1ull << (kind - DN_KIND_CLASS0));
            }
            return DENER_OK;
        }
    if (!DN_GROW(&m->alloc, m->entries, m->entries_cap, m->nentries + 1))
        return dn_error(err, DENER_ERR_NOMEM, line, 0, "%s:%zu: out of memory", path, line);
    dn_entry *en = &m->entries[m->nentries];
    en->kind = (uint16_t)kind;
    en->flags = (uint16_t)((upper ? DN_ENT_NEED_CAP : 0) | ctx | (kind < DN_KIND_CLASS0 ? capmask : 0));
    en->minor = minor;
    en->canonical = kind < DN_KIND_CLASS0 ? extra : 0;
    en->value = kind >= DN_KIND_CLASS0 ? extra : 0;
    en->source = source;
    /* append at the end of the node's list so that file order decides precedence */
    en->next = UINT32_MAX;
    if (nd->first == UINT32_MAX) nd->first = (uint32_t)m->nentries;
    else {
        uint32_t e = nd->first;
        while (m->entries[e].next != UINT32_MAX) e = m->entries[e].next;
        m->entries[e].next = (uint32_t)m->nentries;
    }
    if (kind < DN_KIND_CLASS0) nd->ent_mask |= (uint16_t)(1u << kind);
    else {
        uint64_t bit = 1ull << (kind - DN_KIND_CLASS0);
        if (!(nd->class_mask & bit) && (en->flags & DN_ENT_NEED_CAP)) nd->class_cap |= bit;
        if (!(en->flags & DN_ENT_NEED_CAP)) nd->class_cap &= ~bit;
        nd->class_mask |= bit;
    }
    m->nentries++;
    return DENER_OK;
}

static bool first_is_upper(const char *s, size_t n) {
    if (!n) return false;
    if ((unsigned char)s[0] < 0x80) return s[0] >= 'A' && s[0] <= 'Z';
    size_t i = 0;
    int32_t c = dn_u8_next(s, &i, n, NULL);
    return u_isupper(c) || u_istitle(c);
}

/* Loads the lines of one file. abbrev_pass: only lines of type "abbrev"; else all others. */
static int load_lex_lines(dener_model *m, dn_tokens *tk, lex_file *lf, bool abbrev_pass, dener_error *err) {
    const char *s = lf->data;
    size_t n = lf->len, line = 0;
    size_t i = 0;
    uint16_t ctx = 0; /* set by a "#@context always|classes|common" directive */
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) i = 3;
    const char *last_ty = NULL; /* the type field of the previous line, its kind and minor */
    size_t last_tylen = 0;
    int last_kind = -1;
    uint32_t last_minor = 0;
    /* a file that is valid UTF-8 without NUL bytes as a whole needs no check per line (a line
     * ends at an ASCII byte); otherwise the lines are checked one by one, for the message */
    size_t bad;
    bool check = abbrev_pass && (!valid_utf8(s + i, n - i, &bad) || memchr(s + i, 0, n - i));
    while (i < n) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t j = nl ? (size_t)(nl - s) : n;
        line++;
        size_t e = j;
        if (e > i && s[e - 1] == '\r') e--;
        const char *l = s + i;
        size_t ll = e - i;
        i = j + 1;
        if (ll >= 10 && memcmp(l, "#@context ", 10) == 0) {
            const char *v = l + 10;
            size_t vl = ll - 10;
            while (vl && (v[vl - 1] == ' ' || v[vl - 1] == '\t')) vl--;
            if (vl == 6 && memcmp(v, "always", 6) == 0) ctx = DN_ENT_CTX_ALWAYS;
            else if (vl == 7 && memcmp(v, "classes", 7) == 0) ctx = DN_ENT_CTX_CLASS;
            else if (vl == 6 && memcmp(v, "common", 6) == 0) ctx = 0;
            else
                return dn_error(err, DENER_ERR_LEXICON, line, 10, "%s:%zu: unknown #@context value \"%.*s\" (always, classes or common)",
                                lf->path, line, (int)(vl > 40 ? 40 : vl), v);
            continue;
        }
        if (ll == 0 || l[0] == '#') continue;
        bool blank = true;
        for (size_t k = 0; k < ll; k++)
            if (l[k] != ' ' && l[k] != '\t') { blank = false; break; }
        if (blank) continue;
        /* the abbreviation pass runs first over every line of every file, so the second pass
         * sees only lines that passed these checks */
        if (check && !valid_utf8(l, ll, &bad))
            return dn_error(err, DENER_ERR_LEXICON, line, bad, "%s:%zu: invalid UTF-8 at byte %zu of the line", lf->path,
                            line, bad + 1);
        if (check && memchr(l, 0, ll))
            return dn_error(err, DENER_ERR_LEXICON, line, 0, "%s:%zu: NUL byte in line", lf->path, line);
        const char *tab1 = memchr(l, '\t', ll);
        if (!tab1)
            return dn_error(err, DENER_ERR_LEXICON, line, 0, "%s:%zu: expected \"name<TAB>type[<TAB>canonical]\", found no TAB",
                            lf->path, line);
        size_t nlen = (size_t)(tab1 - l);
        const char *ty = tab1 + 1;
        const char *tab2 = memchr(ty, '\t', ll - nlen - 1);
        size_t tylen = tab2 ? (size_t)(tab2 - ty) : ll - nlen - 1;
        const char *ex = tab2 ? tab2 + 1 : NULL;
        size_t exlen = tab2 ? (size_t)(l + ll - ex) : 0;
        while (nlen && l[nlen - 1] == ' ') nlen--;
        while (tylen && ty[tylen - 1] == ' ') tylen--;
        while (exlen && ex[exlen - 1] == ' ') exlen--;
        if (!nlen) return dn_error(err, DENER_ERR_LEXICON, line, 0, "%s:%zu: empty name", lf->path, line);
        if (!tylen) return dn_error(err, DENER_ERR_LEXICON, line, nlen + 1, "%s:%zu: missing type after the TAB", lf->path, line);
        bool is_abbrev = tylen == 6 && memcmp(ty, "abbrev", 6) == 0;
        if (is_abbrev != abbrev_pass) continue;
        bool same_ty = last_ty && tylen == last_tylen && memcmp(ty, last_ty, tylen) == 0;
        int kind = same_ty ? last_kind : parse_kind(m, ty, tylen);
        if (kind == -3) return dn_error(err, DENER_ERR_NOMEM, line, 0, "%s:%zu: out of memory", lf->path, line);
        if (kind == -2)
            return dn_error(err, DENER_ERR_LEXICON, line, nlen + 1, "%s:%zu: too many word classes (at most %d)", lf->path,
                            line, DN_MAX_CLASSES);
        if (kind < 0)
            return dn_error(err, DENER_ERR_LEXICON, line, nlen + 1,
                            "%s:%zu: unknown type \"%.*s\" (PER, LOC, ORG with an optional .minor, or a lower-case class)",
                            lf->path, line, (int)(tylen > 60 ? 60 : tylen), ty);
        if (is_abbrev && m->cls_abbrev < 0) m->cls_abbrev = kind - DN_KIND_CLASS0;
        uint32_t minor = kind < DN_KIND_CLASS0 && tylen > 3 ? (same_ty && last_minor ? last_minor : dn_pool_add(m, ty, tylen)) : 0;
        last_ty = ty;
        last_tylen = tylen;
        last_kind = kind;
        last_minor = minor;
        uint32_t extra = exlen ? dn_pool_add(m, ex, exlen) : 0;
        if ((tylen > 3 && kind < DN_KIND_CLASS0 && !minor) || (exlen && !extra))
            return dn_error(err, DENER_ERR_NOMEM, line, 0, "%s:%zu: out of memory", lf->path, line);
        int rc = insert_entry(m, tk, l, nlen, kind, minor, extra, lf->source, is_abbrev, ctx, err, lf->path, line);
        if (rc) return rc;
    }
    return DENER_OK;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static bool ends_with(const char *s, const char *suf) {
    size_t n = strlen(s), k = strlen(suf);
    return n > k && strcmp(s + n - k, suf) == 0;
}


/* The filter of the edges that leave the root (m->root_bloom), once the trie no longer changes:
 * about 8 bits per edge or more, a power of two of words (at most 2^20: the bits above come from the
 * hash's top 12 bits). */
static int root_filter_build(dener_model *m, dener_error *err) {
    const dn_alloc *a = &m->alloc;
    size_t nroot = 0;
    for (size_t i = 1; i < m->nnodes; i++) nroot += m->nodes[i].parent == 0;
    size_t words = 64;
    while (words < (size_t)1 << 20 && words * 64 < nroot * 8) words *= 2;
    dn_free(a, m->root_bloom);
    m->root_bloom = dn_calloc(a, words, sizeof *m->root_bloom);
    if (!m->root_bloom) return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    m->root_bloom_mask = words - 1;
    for (size_t i = 1; i < m->nnodes; i++) {
        const dn_node *nd = &m->nodes[i];
        if (nd->parent) continue;
        uint32_t h = dn_trie_hash(0, m->pool + nd->key, nd->keylen);
        m->root_bloom[h & m->root_bloom_mask] |= dn_root_bloom_bits(h);
    }
    return DENER_OK;
}

/* After all lexicon files of a text model: the ids of the classes the stages use, the handle index,
 * the filter of the root's edges and the matcher's summary of the trie (an image holds the last
 * three). */
static int lexicons_done(dener_model *m, dener_error *err) {
    m->cls_commonnoun = dn_class_id(m, "commonnoun");
    m->cls_stopword = dn_class_id(m, "stopword");
    m->cls_firstname = dn_class_id(m, "firstname");
    m->cls_surname = dn_class_id(m, "surname");
    m->cls_orgsuffix = dn_class_id(m, "orgsuffix");
    m->cls_demonym = dn_class_id(m, "demonym");
    for (size_t n = 1; n < m->nnodes; n++)
        for (uint32_t e = m->nodes[n].first; e != UINT32_MAX; e = m->entries[e].next)
            if (m->entries[e].kind < DN_KIND_CLASS0 && !(m->entries[e].flags & DN_ENT_CTX_ALWAYS))
                m->nodes[n].ent_mask |= (uint16_t)(1u << (DN_NODE_STRONG_SHIFT + m->entries[e].kind));
    if (dn_handles_build(m)) return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    int rc = root_filter_build(m, err); /* (the trie no longer changes) */
    return rc ? rc : dn_match_prepare(m, err);
}

/* Lists dir's files ending in suffix, sorted; returns count or a negative status. */
static int list_dir(const dn_alloc *a, const char *dir, const char *suffix, char ***out, dener_error *err) {
    DIR *d = opendir(dir);
    if (!d) return dn_error(err, DENER_ERR_IO, 0, 0, "lexicon folder %s: %s", dir, strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.' || !ends_with(de->d_name, suffix)) continue;
        size_t len = strlen(dir) + 1 + strlen(de->d_name) + 1;
        char *p = dn_malloc(a, len);
        if (!p || !DN_GROW(a, names, cap, n + 1)) {
            dn_free(a, p);
            for (size_t i = 0; i < n; i++) dn_free(a, names[i]);
            dn_free(a, names);
            closedir(d);
            return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory listing %s", dir);
        }
        snprintf(p, len, "%s/%s", dir, de->d_name);
        names[n++] = p;
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, cmp_str);
    *out = names;
    return (int)n;
}

static void free_names(const dn_alloc *a, char **names, int n) {
    for (int i = 0; i < n; i++) dn_free(a, names[i]);
    dn_free(a, names);
}

static uint32_t source_name(dener_model *m, const char *prefix, const char *path, const char *suffix) {
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t bl = strlen(base) - strlen(suffix);
    char tmp[512];
    int k = snprintf(tmp, sizeof tmp, "%s%.*s", prefix, (int)(bl > 400 ? 400 : bl), base);
    return dn_pool_add(m, tmp, (size_t)k);
}

/* Reads every .lex file of the folders, in load order, into *files (*nfiles of them). */
static int read_lex_files(dener_model *m, const char *const *dirs, size_t ndirs, lex_file **out, size_t *nout,
                          dener_error *err) {
    const dn_alloc *a = &m->alloc;
    lex_file *files = NULL;
    size_t nfiles = 0, fcap = 0;
    int rc = DENER_OK;
    for (size_t d = 0; d < ndirs && rc == DENER_OK; d++) {
        char **names = NULL;
        int n = list_dir(a, dirs[d], ".lex", &names, err);
        if (n < 0) { rc = n; break; }
        for (int i = 0; i < n && rc == DENER_OK; i++) {
            if (!DN_GROW(a, files, fcap, nfiles + 1)) { rc = dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory"); break; }
            lex_file *lf = &files[nfiles];
            memset(lf, 0, sizeof *lf);
            rc = dn_read_file(a, names[i], &lf->data, &lf->len, err);
            if (rc) break;
            lf->path = names[i];
            names[i] = NULL;
            lf->source = source_name(m, "lex:", lf->path, ".lex");
            nfiles++;
            if (!lf->source) rc = dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
        }
        free_names(a, names, n);
    }
    *out = files;
    *nout = nfiles;
    return rc;
}

static void free_lex_files(const dn_alloc *a, lex_file *files, size_t nfiles) {
    for (size_t i = 0; i < nfiles; i++) {
        dn_free(a, files[i].path);
        dn_free(a, files[i].data);
    }
    dn_free(a, files);
}

/* Parses the lexicon files read by read_lex_files into the trie (lexicons_done comes after). */
static int parse_lex_files(dener_model *m, lex_file *files, size_t nfiles, dener_error *err) {
    const dn_alloc *a = &m->alloc;
    dn_tokens tk = {0};
    int rc = DENER_OK;
    { /* size the trie for the lines read, so that it is not rehashed while it grows */
        size_t lines = 0, bytes = 0;
        for (size_t i = 0; i < nfiles; i++) {
            bytes += files[i].len;
            for (const char *q = files[i].data, *end = q + files[i].len; (q = memchr(q, '\n', (size_t)(end - q))); q++) lines++;
        }
        size_t want = m->nedges + lines + 16, nb = m->nebuckets ? m->nebuckets : 128;
        while (want > ebuckets_room(nb)) nb *= 2; /* as full as trie_add_child lets it be */
        if ((nb > m->nebuckets && !ebuckets_rehash(m, nb)) || !DN_GROW(a, m->nodes, m->nodes_cap, m->nnodes + want) ||
            !DN_GROW(a, m->entries, m->entries_cap, m->nentries + lines + 16) ||
            !DN_GROW(a, m->pool, m->pool_cap, m->pool_len + bytes / 2 + 1024))
            rc = dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
        edges_sync(m);
    }
    for (int pass = 0; pass < 2 && rc == DENER_OK; pass++)
        for (size_t i = 0; i < nfiles && rc == DENER_OK; i++) rc = load_lex_lines(m, &tk, &files[i], pass == 0, err);
    m->nfiles += nfiles;
    dn_tokens_free(a, &tk);
    return rc;
}

/* The lexicon part of a model from the text files of the folders. */
static int load_lex_text(dener_model *m, const char *const *dirs, size_t ndirs, dener_error *err) {
    lex_file *files = NULL;
    size_t nfiles = 0;
    int rc = read_lex_files(m, dirs, ndirs, &files, &nfiles, err);
    if (rc == DENER_OK) rc = parse_lex_files(m, files, nfiles, err);
    free_lex_files(&m->alloc, files, nfiles); /* before the handle index is built: a lower peak */
    return rc ? rc : lexicons_done(m, err);
}

/* Every *.rules file of the folders: after all lexicons, so that every word class is known. */
static int load_rules(dener_model *m, const char *const *dirs, size_t ndirs, dener_error *err) {
    const dn_alloc *a = &m->alloc;
    int rc = DENER_OK;
    for (size_t d = 0; d < ndirs && rc == DENER_OK; d++) {
        char **names = NULL;
        int n = list_dir(a, dirs[d], ".rules", &names, err);
        if (n < 0) return n;
        for (int i = 0; i < n && rc == DENER_OK; i++) {
            char *data = NULL;
            size_t len = 0;
            rc = dn_read_file(a, names[i], &data, &len, err);
            if (rc == DENER_OK) rc = dn_rules_load(m, names[i], data, len, err);
            dn_free(a, data);
            m->nfiles++;
        }
        free_names(a, names, n);
    }
    return rc;
}

/* True if dir is the source tree's lexicon folder (whose image the build writes to its own
 * folder, DENER_BUILD_DIR/lexicons.bin). */
static bool is_source_lexicon_dir(const char *dir) {
    if (strcmp(dir, DENER_SOURCE_LEXICON_DIR) == 0) return true;
    char a[PATH_MAX], b[PATH_MAX];
    return realpath(dir, a) && realpath(DENER_SOURCE_LEXICON_DIR, b) && strcmp(a, b) == 0;
}

/* The lexicon part of m from a compiled image, if one fits: the image of dirs[0]
 * (dirs[0]/lexicons.bin, or the build folder's for the source tree's lexicons) when the later
 * folders have no .lex files. Returns 1 if used, 0 if not (m is then unchanged), DENER_ERR_NOMEM. */
static int load_lex_image(dener_model *m, const char *const *dirs, size_t ndirs, dener_error *err) {
    const dn_alloc *a = &m->alloc;
    for (size_t d = 1; d < ndirs; d++) { /* an image holds one folder: later .lex files need the text loader */
        char **names = NULL;
        int n = list_dir(a, dirs[d], ".lex", &names, NULL);
        if (n > 0) free_names(a, names, n);
        if (n == DENER_ERR_NOMEM) return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
        if (n != 0) return 0; /* (an unreadable folder: the text loader reports it) */
    }
    char **paths = NULL;
    int n = list_dir(a, dirs[0], ".lex", &paths, NULL);
    if (n == DENER_ERR_NOMEM) return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    if (n < 0) return 0;
    int rc = 0;
    size_t dl = strlen(dirs[0]);
    char *img = dn_malloc(a, dl + sizeof "/" DN_LEXBIN_NAME);
    if (!img) rc = dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    else {
        snprintf(img, dl + sizeof "/" DN_LEXBIN_NAME, "%s/%s", dirs[0], DN_LEXBIN_NAME);
        rc = dn_lexbin_load(m, img, paths, (size_t)n, NULL, err);
        dn_free(a, img);
    }
    if (rc == 0 && strlen(DENER_BUILD_DIR) > 0 && is_source_lexicon_dir(dirs[0]))
        rc = dn_lexbin_load(m, DENER_BUILD_DIR "/" DN_LEXBIN_NAME, paths, (size_t)n, NULL, err);
    free_names(a, paths, n);
    return rc;
}

/* A bare model: allocator and case map (no pool, no trie). NULL with err filled on failure. */
static dener_model *model_new(const dener_alloc *alloc, dener_error *err) {
    dn_alloc a;
    dn_alloc_init(&a, alloc);
    dener_model *m = dn_calloc(&a, 1, sizeof *m);
    if (!m) {
        dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
        return NULL;
    }
    m->alloc = a;
    m->cls_abbrev = m->cls_commonnoun = m->cls_stopword = m->cls_firstname = m->cls_surname = m->cls_orgsuffix = m->cls_demonym = -1;
    m->cls_handlesuffix = m->cls_handlehead = -1;
    m->date_numword = -1;
    UErrorCode st = U_ZERO_ERROR;
    m->casemap = ucasemap_open("", U_FOLD_CASE_DEFAULT, &st);
    if (U_FAILURE(st)) {
        m->casemap = NULL;
        dn_error(err, DENER_ERR_ICU, 0, 0, "ICU case map: %s", u_errorName(st));
        dener_model_free(m);
        return NULL;
    }
    return m;
}

/* Makes the bare model m ready for the text loader: string pool and trie root. */
static int model_text_init(dener_model *m, dener_error *err) {
    if (!dn_pool_add(m, "", 0) && m->pool_len == 0) /* offset 0 = "" */
        return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    if (!new_node(m) && m->nnodes == 0) /* root */
        return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    m->src_link = dn_pool_add(m, "link", 4);
    m->src_abbrev = m->src_link ? dn_pool_add(m, "abbrev", 6) : 0;
    m->src_handle = m->src_abbrev ? dn_pool_add(m, "handle", 6) : 0;
    if (!m->src_link || !m->src_abbrev || !m->src_handle) return dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    return DENER_OK;
}

/* True unless flags or $DENER_NO_IMAGE ask for the text loader. */
static bool want_image(unsigned flags) {
    if (flags & DENER_MODEL_NO_IMAGE) return false;
    const char *e = getenv("DENER_NO_IMAGE");
    return !(e && *e && strcmp(e, "0") != 0);
}

dener_model *dener_model_load(const char *const *dirs, size_t ndirs, const dener_alloc *alloc, unsigned flags,
                              dener_error *err) {
    dener_model *m = model_new(alloc, err);
    if (!m) return NULL;
    const char *def[1] = {dener_default_lexicon_dir()};
    if (ndirs == 0 || !dirs) {
        dirs = def;
        ndirs = 1;
    }
    /* the lexicons from a compiled image if one fits, else from text; then the rules */
    int rc = want_image(flags) ? load_lex_image(m, dirs, ndirs, err) : 0;
    if (rc == 0) {
        rc = model_text_init(m, err);
        if (rc == DENER_OK) rc = load_lex_text(m, dirs, ndirs, err);
    } else if (rc == 1) {
        rc = DENER_OK;
    }
    if (rc == DENER_OK) rc = load_rules(m, dirs, ndirs, err);
    if (rc) {
        dener_model_free(m);
        return NULL;
    }
    return m;
}

/* Loads a model from in-memory files: the ".lex" ones in the given order, then the ".rules" ones
 * (for the fuzzer and tests; see lexicon.h). */
dener_model *dn_model_load_mem(const dn_mem_file *files, size_t nfiles, const dener_alloc *alloc, dener_error *err) {
    dener_model *m = model_new(alloc, err);
    if (!m) return NULL;
    if (model_text_init(m, err)) {
        dener_model_free(m);
        return NULL;
    }
    const dn_alloc *a = &m->alloc;
    lex_file *lf = dn_calloc(a, nfiles + 1, sizeof *lf);
    size_t nlex = 0;
    int rc = lf ? DENER_OK : dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    for (size_t i = 0; i < nfiles && rc == DENER_OK; i++) {
        if (!ends_with(files[i].name, ".lex")) continue;
        lf[nlex].path = (char *)(uintptr_t)files[i].name; /* only read */
        lf[nlex].data = (char *)(uintptr_t)files[i].data;
        lf[nlex].len = files[i].len;
        lf[nlex].source = source_name(m, "lex:", files[i].name, ".lex");
        if (!lf[nlex++].source) rc = dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    }
    dn_tokens tk = {0};
    for (int pass = 0; pass < 2 && rc == DENER_OK; pass++)
        for (size_t i = 0; i < nlex && rc == DENER_OK; i++) rc = load_lex_lines(m, &tk, &lf[i], pass == 0, err);
    m->nfiles += nlex;
    dn_free(a, lf);
    dn_tokens_free(a, &tk);
    if (rc == DENER_OK) rc = lexicons_done(m, err);
    for (size_t i = 0; i < nfiles && rc == DENER_OK; i++) {
        if (!ends_with(files[i].name, ".rules")) continue;
        rc = dn_rules_load(m, files[i].name, files[i].data, files[i].len, err);
        m->nfiles++;
    }
    if (rc) {
        dener_model_free(m);
        return NULL;
    }
    return m;
}

int dn_lexicons_compile(const char *dir, const char *out, dener_error *err) {
    dener_model *m = model_new(NULL, err);
    if (!m) return err ? err->code : DENER_ERR_NOMEM;
    lex_file *files = NULL;
    size_t nfiles = 0;
    int rc = model_text_init(m, err);
    if (rc == DENER_OK) rc = read_lex_files(m, &dir, 1, &files, &nfiles, err);
    if (rc == DENER_OK) rc = parse_lex_files(m, files, nfiles, err);
    if (rc == DENER_OK) rc = lexicons_done(m, err);
    dn_lexbin_src *srcs = rc == DENER_OK ? dn_calloc(&m->alloc, nfiles + 1, sizeof *srcs) : NULL;
    if (rc == DENER_OK && !srcs) rc = dn_error(err, DENER_ERR_NOMEM, 0, 0, "out of memory");
    if (rc == DENER_OK) {
        /* fingerprinted from the very bytes that were parsed */
        for (size_t i = 0; i < nfiles; i++) srcs[i] = (dn_lexbin_src){files[i].path, files[i].data, files[i].len};
        rc = dn_lexbin_write(m, srcs, nfiles, out, err);
    }
    dn_free(&m->alloc, srcs);
    free_lex_files(&m->alloc, files, nfiles);
    dener_model_free(m);
    return rc;
}

void dener_model_free(dener_model *m) {
    if (!m) return;
    dn_alloc a = m->alloc;
    dn_lexbin_unmap(m); /* the arrays in the image; the rest as for a text model */
    dn_rules_free(m);
    dn_handles_free(m);
    for (int i = 0; i < m->nclasses; i++) dn_free(&a, m->class_names[i]);
    dn_free(&a, m->pool);
    dn_free(&a, m->nodes); /* (m->edges is the same array) */
    dn_free(&a, m->ebuckets);
    dn_free(&a, m->entries);
    dn_free(&a, m->match_nbits);
    dn_free(&a, m->match_bloom);
    dn_free(&a, m->root_bloom);
    if (m->casemap) ucasemap_close(m->casemap);
    dn_free(&a, m);
}

void dener_model_get_stats(const dener_model *m, dener_model_stats *s) {
    memset(s, 0, sizeof *s);
    s->entries = m->nentries;
    s->trie_nodes = m->nnodes;
    s->rules = m->nrules;
    s->date_rules = m->ndate_rules;
    s->files = m->nfiles;
    s->bytes = m->pool_cap + m->nodes_cap * sizeof(dn_node) + m->nebuckets * sizeof(dn_ebucket) +
               m->entries_cap * sizeof(dn_entry) + dn_handles_bytes(m) +
               (m->match_bloom ? m->nnodes / 4 + 1 + (m->match_bloom_mask + 1) * sizeof(uint64_t) : 0) +
               (m->root_bloom ? (m->root_bloom_mask + 1) * sizeof(uint64_t) : 0);
}
