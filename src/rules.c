/* rules.c - stage 3: the token rule language.
 *
 * A rule line is   TYPE PRIORITY NAME : PATTERN   (documented in lexicons/names.rules).
 * TYPE is PER, LOC, ORG or NOT (a negative rule); DATE and NODATE lines are date rules and are
 * parsed by dates.c. A PATTERN is a sequence of elements matched against consecutive tokens with
 * backtracking; "<" and ">" mark the part that becomes the entity.
 */
#include "rules.h"
#include "dates.h"
#include "lexicon.h"

#include <stdio.h>
#include <string.h>

/* PCRE2 allocates through the model's allocator hooks (data is the model's dn_alloc). */
static void *p2_malloc(PCRE2_SIZE n, void *data) { return dn_malloc((const dn_alloc *)data, n); }
static void p2_free(void *p, void *data) {
    if (p) dn_free((const dn_alloc *)data, p);
}

static const struct { const char *name; uint16_t bit; } FLAGS[] = {
    {"Word", DN_T_WORD}, {"Num", DN_T_NUM}, {"Punct", DN_T_PUNCT}, {"Cap", DN_T_CAP}, {"Upper", DN_T_UPPER},
    {"Lower", DN_T_LOWER}, {"Start", DN_T_SENT}, {"Compound", DN_T_COMPOUND}, {"Abbr", DN_T_ABBR},
    {"Ord", DN_T_ORD}, {"NL", DN_T_NL}, {"Space", DN_T_SPACE}, {"Quote", DN_T_QUOTE}, {"Open", DN_T_OPEN},
    {"End", DN_T_SENTEND}, {"Para", DN_T_PARA},
};

typedef struct parser {
    dener_model *m;
    const char *path;
    size_t line;
    const char *l; /* the line */
    size_t n, i;   /* length, cursor */
    dener_error *err;
    dn_rule *r;
    size_t elems_cap, tests_cap;
} parser;

static int perr(parser *p, int code, const char *msg, const char *arg, int alen) {
    return dn_error(p->err, code, p->line, p->i, "%s:%zu: column %zu: %s%s%.*s%s", p->path, p->line, p->i + 1, msg,
                    arg ? " \"" : "", arg ? alen : 0, arg ? arg : "", arg ? "\"" : "");
}

static void skip_ws(parser *p) {
    while (p->i < p->n && (p->l[p->i] == ' ' || p->l[p->i] == '\t')) p->i++;
}

/* Reads an unsigned decimal of at most 4 digits at s[*i..n) (no sign, no white space; the line is
 * not NUL-terminated, so no sscanf). False if there is none or it has more digits. */
static bool read_small_uint(const char *s, size_t n, size_t *i, unsigned *v) {
    size_t k = *i;
    unsigned x = 0;
    while (k < n && s[k] >= '0' && s[k] <= '9' && k - *i < 4) x = x * 10 + (unsigned)(s[k++] - '0');
    if (k == *i || (k < n && s[k] >= '0' && s[k] <= '9')) return false;
    *i = k;
    *v = x;
    return true;
}

static bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

static int add_test(parser *p, dn_test *t) {
    dn_rule *r = p->r;
    if (!DN_GROW(&p->m->alloc, r->tests, p->tests_cap, r->ntests + 1)) return perr(p, DENER_ERR_NOMEM, "out of memory", NULL, 0);
    r->tests[r->ntests++] = *t;
    return DENER_OK;
}

/* 1 if every top-level branch of the pattern src[0..n-1] starts with \p{Lu} (2: \p{Ll}) that is
 * not optional, else 0. */
static int regex_lead(const char *src, size_t n) {
    int lead = 0, depth = 0;
    bool cls = false, at_branch = true;
    for (size_t i = 0; i < n; i++) {
        if (at_branch) {
            int l = 0;
            if (n - i >= 6 && memcmp(src + i, "\\p{Lu}", 6) == 0) l = 1;
            else if (n - i >= 6 && memcmp(src + i, "\\p{Ll}", 6) == 0) l = 2;
            if (!l || (lead && l != lead)) return 0;
            if (i + 6 < n && (src[i + 6] == '?' || src[i + 6] == '*' || src[i + 6] == '{')) return 0;
            lead = l;
            at_branch = false;
        }
        char c = src[i];
        if (c == '\\') { i++; continue; }
        if (cls) { if (c == ']') cls = false; continue; }
        if (c == '[') cls = true;
        else if (c == '(') depth++;
        else if (c == ')') depth--;
        else if (c == '|' && depth == 0) at_branch = true;
    }
    return at_branch ? 0 : lead;
}

/* ------------------------------------------------------------------ regular expression analysis
 *
 * The patterns of token rules are anchored at both ends, so a token matches only if its last byte
 * can end a match and it has no more code points than a match can have. rx_analyse finds both
 * from the pattern's text, over a subset of the syntax; anything else (case-insensitive parts,
 * back references, \x, verbs, options, ...) gives up, and then the test has no such reject. The
 * sets are supersets: zero-width assertions count as matching the empty string (they only
 * restrict a match), a character set that is not listed below counts as any byte. */
#define RX_NSUF 64
typedef struct rx_sum {
    uint64_t last[4]; /* the bytes that can end a non-empty match (UTF-8) */
    uint32_t max;     /* the most code points of a match, RX_INF if unbounded */
    bool nullable;    /* it can match the empty string */
    /* endings: every match ends with one of these strings of up to 3 bytes (RX_SUF_*), and is that
     * string if it is marked whole; the string "" not whole stands for any ending */
    uint32_t nsuf;
    uint32_t suf[RX_NSUF];
} rx_sum;
#define RX_INF UINT32_MAX
#define RX_SUF_LEN(x) ((x) >> 24 & 3u) /* bytes (the last in the low byte, then the ones before it) */
#define RX_SUF_WHOLE 0x80000000u
#define RX_SUF_ANY 0u                  /* "" not whole */
#define RX_SUF_EMPTY RX_SUF_WHOLE      /* "" whole: the empty match */

typedef struct rx_an {
    const unsigned char *s;
    size_t n, i;
    bool fail;
    int depth;
} rx_an;

static void rs_byte(uint64_t *set, unsigned b) { set[b >> 6] |= 1ull << (b & 63); }
static void rs_range(uint64_t *set, unsigned a, unsigned b) {
    for (unsigned k = a; k <= b; k++) rs_byte(set, k);
}
static void rs_all(uint64_t *set) { set[0] = set[1] = set[2] = set[3] = ~0ull; }

/* Endings (rx_sum.suf): x added to s (a set; any ending absorbs the others). */
static void suf_add(rx_sum *s, uint32_t x) {
    if (s->nsuf == 1 && s->suf[0] == RX_SUF_ANY) return;
    for (uint32_t k = 0; k < s->nsuf; k++)
        if (s->suf[k] == x) return;
    if (x == RX_SUF_ANY || s->nsuf == RX_NSUF) {
        s->suf[0] = RX_SUF_ANY;
        s->nsuf = 1;
        return;
    }
    s->suf[s->nsuf++] = x;
}
static void suf_set(rx_sum *s, uint32_t x) {
    s->nsuf = 1;
    s->suf[0] = x;
}
/* The ending of a string ending with a (whole: being a) followed by the string b. */
static uint32_t suf_cat(uint32_t a, uint32_t b) {
    unsigned la = RX_SUF_LEN(a), lb = RX_SUF_LEN(b), l = la + lb;
    uint32_t v = ((a & 0xFFFFFFu) << (8 * lb) | (b & 0xFFFFFFu)) & 0xFFFFFFu;
    if (l > 3) return v | 3u << 24; /* (cut: not whole) */
    return v | (uint32_t)l << 24 | (a & RX_SUF_WHOLE);
}
/* The endings of a match of A followed by a match of B (b holds B's endings) into a. */
static void suf_seq(rx_sum *a, const rx_sum *b) {
    rx_sum r;
    r.nsuf = 0;
    for (uint32_t j = 0; j < b->nsuf; j++) {
        uint32_t y = b->suf[j];
        if (!(y & RX_SUF_WHOLE) || RX_SUF_LEN(y) == 3) {
            suf_add(&r, y & ~RX_SUF_WHOLE);
            continue;
        }
        for (uint32_t k = 0; k < a->nsuf; k++) suf_add(&r, suf_cat(a->suf[k], y));
    }
    a->nsuf = r.nsuf;
    memcpy(a->suf, r.suf, r.nsuf * sizeof r.suf[0]);
}
/* the bytes that end a character of a Unicode set: its ASCII part, given, and the continuation
 * bytes (every multi-byte character ends in one) */
static void rs_cont(uint64_t *set) { rs_range(set, 0x80, 0xBF); }

/* A UTF-8 character at an->i: its last byte; advances past it (false: invalid, gives up). */
static bool rx_char(rx_an *an, unsigned *cp, unsigned *lastb) {
    unsigned b = an->s[an->i];
    size_t len = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
    if (!len || an->i + len > an->n) return false;
    unsigned c = len == 1 ? b : len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
    for (size_t k = 1; k < len; k++) {
        unsigned x = an->s[an->i + k];
        if ((x & 0xC0) != 0x80) return false;
        c = c << 6 | (x & 0x3F);
    }
    *cp = c;
    *lastb = an->s[an->i + len - 1];
    an->i += len;
    return true;
}

/* An escape after the backslash at an->i - 1: 1 a set of characters (added to set), 2 a literal
 * character (*cp, its last byte added to set), 0 zero-width (outside classes), -1 not understood. */
static int rx_escape(rx_an *an, uint64_t *set, bool in_class, unsigned *cp) {
    if (an->i >= an->n) return -1;
    unsigned c = an->s[an->i++];
    switch (c) {
    case 'd': rs_range(set, '0', '9'), rs_cont(set); return 1;
    case 'w':
        rs_range(set, '0', '9'), rs_range(set, 'A', 'Z'), rs_range(set, 'a', 'z'), rs_byte(set, '_'), rs_cont(set);
        return 1;
    case 's': case 'h': case 'v': rs_range(set, 9, 13), rs_byte(set, ' '), rs_cont(set); return 1;
    case 'D': case 'W': case 'S': case 'H': case 'V': rs_all(set); return 1;
    case 'p': case 'P': {
        const unsigned char *nm = an->s + an->i;
        size_t len = 1;
        if (an->i < an->n && an->s[an->i] == '{') {
            size_t j = an->i + 1;
            while (j < an->n && an->s[j] != '}') j++;
            if (j >= an->n) return -1;
            nm = an->s + an->i + 1;
            len = j - an->i - 1;
            an->i = j + 1;
        } else {
            if (an->i >= an->n) return -1;
            an->i++;
        }
        if (c == 'P' || (len && nm[0] == '^')) { rs_all(set); return 1; }
#define NM(lit) (len == sizeof lit - 1 && memcmp(nm, lit, len) == 0)
        if (NM("Lu")) rs_range(set, 'A', 'Z');
        else if (NM("Ll")) rs_range(set, 'a', 'z');
        else if (NM("L") || NM("L&") || NM("Lc")) rs_range(set, 'A', 'Z'), rs_range(set, 'a', 'z');
        else if (NM("N") || NM("Nd")) rs_range(set, '0', '9');
        else if (NM("Lt") || NM("Lm") || NM("Lo") || NM("M") || NM("Mn")) { }
        else { rs_all(set); return 1; }
#undef NM
        rs_cont(set);
        return 1;
    }
    case 't': *cp = 9; break;
    case 'n': *cp = 10; break;
    case 'r': *cp = 13; break;
    case 'f': *cp = 12; break;
    case 'e': *cp = 27; break;
    case 'a': *cp = 7; break;
    case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G': return in_class ? -1 : 0;
    default:
        if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return -1;
        *cp = c; /* an escaped ASCII punctuation character */
    }
    rs_byte(set, *cp);
    return 2;
}

/* A character class after its '[' (an->i past it) into s. */
static void rx_class(rx_an *an, rx_sum *s) {
    bool neg = an->i < an->n && an->s[an->i] == '^';
    if (neg) an->i++;
    bool first = true;
    for (;;) {
        if (an->i >= an->n) { an->fail = true; return; }
        unsigned c = an->s[an->i];
        if (c == ']' && !first) { an->i++; break; }
        first = false;
        if (c == '[') { an->fail = true; return; } /* (POSIX classes) */
        unsigned lo, lb;
        if (c == '\\') {
            an->i++;
            int k = rx_escape(an, s->last, true, &lo);
            if (k < 0) { an->fail = true; return; }
            if (k == 1) continue;
        } else if (!rx_char(an, &lo, &lb)) {
            an->fail = true;
            return;
        } else {
            rs_byte(s->last, lb);
        }
        /* a range lo-hi */
        if (an->i + 1 < an->n && an->s[an->i] == '-' && an->s[an->i + 1] != ']') {
            an->i++;
            unsigned hi;
            uint64_t tmp[4] = {0};
            if (an->s[an->i] == '\\') {
                an->i++;
                if (rx_escape(an, tmp, true, &hi) != 2) { an->fail = true; return; }
            } else if (!rx_char(an, &hi, &lb)) {
                an->fail = true;
                return;
            }
            if (hi < lo) { an->fail = true; return; }
            if (lo < 0x80) rs_range(s->last, lo, hi < 0x7F ? hi : 0x7F);
            if (hi >= 0x80) rs_cont(s->last);
        }
    }
    if (neg) rs_all(s->last);
    s->max = 1;
    s->nullable = false;
}

static void rx_alt(rx_an *an, rx_sum *out);

/* One atom and its quantifier (an->i at the atom) into s; false at the end of a branch. */
static bool rx_atom(rx_an *an, rx_sum *s) {
    memset(s, 0, sizeof *s);
    if (an->i >= an->n || an->fail) return false;
    unsigned c = an->s[an->i];
    if (c == '|' || c == ')') return false;
    an->i++;
    unsigned cp, lb;
    switch (c) {
    case '(': {
        bool zero = false;
        if (an->i < an->n && an->s[an->i] == '*') { an->fail = true; return false; }
        if (an->i < an->n && an->s[an->i] == '?') {
            an->i++;
            unsigned k = an->i < an->n ? an->s[an->i] : 0;
            if (k == ':' || k == '>' || k == '|') an->i++;
            else if (k == '=' || k == '!') an->i++, zero = true;
            else if (k == '<' && an->i + 1 < an->n && (an->s[an->i + 1] == '=' || an->s[an->i + 1] == '!'))
                an->i += 2, zero = true;
            else if (k == '<' || k == '\'' || (k == 'P' && an->i + 1 < an->n && an->s[an->i + 1] == '<')) {
                unsigned end = k == '\'' ? '\'' : '>';
                while (an->i < an->n && an->s[an->i] != end) an->i++;
                if (an->i >= an->n) { an->fail = true; return false; }
                an->i++;
            } else {
                an->fail = true;
                return false;
            }
        }
        if (++an->depth > 64) { an->fail = true; return false; }
        rx_alt(an, s);
        an->depth--;
        if (an->fail || an->i >= an->n || an->s[an->i] != ')') { an->fail = true; return false; }
        an->i++;
        if (zero) memset(s, 0, sizeof *s), s->nullable = true, suf_set(s, RX_SUF_EMPTY);
        break;
    }
    case '[': rx_class(an, s), suf_set(s, RX_SUF_ANY); break;
    case '\\': {
        int k = rx_escape(an, s->last, false, &cp);
        if (k < 0) { an->fail = true; return false; }
        s->max = k ? 1 : 0;
        s->nullable = k == 0;
        suf_set(s, k == 0 ? RX_SUF_EMPTY : k == 1 || cp >= 0x80 ? RX_SUF_ANY : (cp | 1u << 24 | RX_SUF_WHOLE));
        break;
    }
    case '.': rs_all(s->last), s->max = 1, suf_set(s, RX_SUF_ANY); break;
    case '^': case '$': s->nullable = true, suf_set(s, RX_SUF_EMPTY); break;
    case '*': case '+': case '?': case '{': an->fail = true; return false;
    default: {
        an->i--;
        size_t i0 = an->i;
        if (!rx_char(an, &cp, &lb)) { an->fail = true; return false; }
        rs_byte(s->last, lb);
        s->max = 1;
        uint32_t x = RX_SUF_EMPTY; /* its bytes */
        for (size_t k = i0; k < an->i; k++) x = suf_cat(x, an->s[k] | 1u << 24 | RX_SUF_WHOLE);
        suf_set(s, x);
    }
    }
    if (an->fail) return false;
    /* a quantifier */
    uint32_t qmin = 1, qmax = 1;
    if (an->i < an->n) {
        unsigned q = an->s[an->i];
        if (q == '*') qmin = 0, qmax = RX_INF, an->i++;
        else if (q == '+') qmin = 1, qmax = RX_INF, an->i++;
        else if (q == '?') qmin = 0, qmax = 1, an->i++;
        else if (q == '{') {
            size_t j = an->i + 1;
            uint32_t a = 0, b;
            bool da = false, comma = false, db = false;
            for (; j < an->n && an->s[j] >= '0' && an->s[j] <= '9'; j++)
                a = a < 100000 ? a * 10 + (an->s[j] - '0') : a, da = true;
            b = a;
            if (j < an->n && an->s[j] == ',') {
                comma = true;
                b = 0;
                for (j++; j < an->n && an->s[j] >= '0' && an->s[j] <= '9'; j++)
                    b = b < 100000 ? b * 10 + (an->s[j] - '0') : b, db = true;
            }
            if (!da || j >= an->n || an->s[j] != '}') { an->fail = true; return false; } /* (a literal brace, or {,n}) */
            if (comma && !db) b = RX_INF;
            if (b < a) { an->fail = true; return false; }
            qmin = a, qmax = b, an->i = j + 1;
        }
        if (an->i < an->n && (qmax != 1 || qmin != 1) && (an->s[an->i] == '?' || an->s[an->i] == '+')) an->i++;
    }
    if (qmax == 0) {
        memset(s, 0, sizeof *s);
        s->nullable = true;
        suf_set(s, RX_SUF_EMPTY);
    } else {
        if (s->max && qmax != 1) s->max = qmax == RX_INF || s->max > RX_INF / qmax ? RX_INF : s->max * qmax;
        if (qmin == 0) s->nullable = true;
        if (qmax != 1) { /* (the last repetition's ending; an empty one: any) */
            rx_sum r;
            r.nsuf = 0;
            for (uint32_t k = 0; k < s->nsuf; k++) suf_add(&r, s->suf[k] & ~RX_SUF_WHOLE);
            s->nsuf = r.nsuf;
            memcpy(s->suf, r.suf, r.nsuf * sizeof r.suf[0]);
        }
        if (qmin == 0) suf_add(s, RX_SUF_EMPTY);
    }
    return true;
}

/* A sequence of atoms, then '|' and more sequences, into out. */
static void rx_alt(rx_an *an, rx_sum *out) {
    memset(out, 0, sizeof *out);
    for (bool firstb = true;; firstb = false) {
        rx_sum q = {{0}, 0, true, 1, {RX_SUF_EMPTY}}, a;
        while (rx_atom(an, &a)) {
            if (a.nullable) for (int k = 0; k < 4; k++) q.last[k] |= a.last[k];
            else memcpy(q.last, a.last, sizeof q.last);
            suf_seq(&q, &a);
            q.max = q.max == RX_INF || a.max == RX_INF || a.max > RX_INF - q.max ? RX_INF : q.max + a.max;
            q.nullable = q.nullable && a.nullable;
        }
        if (an->fail) return;
        for (int k = 0; k < 4; k++) out->last[k] |= q.last[k];
        if (firstb || q.max > out->max) out->max = q.max;
        for (uint32_t k = 0; k < q.nsuf; k++) suf_add(out, q.suf[k]);
        out->nullable = out->nullable || q.nullable;
        if (an->i < an->n && an->s[an->i] == '|') {
            an->i++;
            continue;
        }
        return;
    }
}

/* The last bytes, the most code points and the endings of a match of the pattern src[0..n) (not
 * caseless) into s; false if the pattern has syntax that rx_alt does not know. */
static bool rx_analyse(const char *src, size_t n, rx_sum *s) {
    rx_an an = {(const unsigned char *)src, n, 0, false, 0};
    rx_alt(&an, s);
    return !an.fail && an.i == n;
}

/* The endings of a test in the pool (dn_test.suf): three 256-bit sets, of the last bytes of the
 * endings of one byte, and of the hashes (suf_hash) of the endings of two and of three bytes. A
 * token passes if its last one, two or three bytes are in the set for that length (a hash that
 * is set by another ending lets a token through, to the regular expression). */
#define SUF_BYTES 96
static inline unsigned suf_hash(uint32_t v) { return (v * 2654435761u) >> 24; }
static inline bool suf_bit(const char *sp, unsigned k) {
    uint64_t w;
    memcpy(&w, sp + 8 * (k >> 6), sizeof w);
    return (w >> (k & 63)) & 1u;
}

/* False if the bytes u[0..n) (n > 0) end with none of the endings at sp (see SUF_BYTES). */
static bool suf_match(const char *sp, const unsigned char *u, size_t n) {
    if (suf_bit(sp, u[n - 1])) return true;
    if (n < 2) return false;
    uint32_t v = (uint32_t)u[n - 2] << 8 | u[n - 1];
    if (suf_bit(sp + 32, suf_hash(v))) return true;
    return n >= 3 && suf_bit(sp + 64, suf_hash((uint32_t)u[n - 3] << 16 | v));
}

/* Fills the quick-reject fields of a regular expression test (see dn_test). */
static void regex_prefilter(dener_model *m, dn_test *t, const char *src, size_t n, bool caseless) {
    uint32_t minlen = 0, fct = 0, fcu = 0;
    const uint8_t *bm = NULL;
    t->first_cu = -1;
    t->maxlen = RX_INF;
    rs_all(t->lastb);
    if (pcre2_pattern_info(t->re, PCRE2_INFO_MINLENGTH, &minlen) == 0) t->minlen = minlen;
    if (caseless) return;
    rx_sum rs;
    if (rx_analyse(src, n, &rs)) {
        memcpy(t->lastb, rs.last, sizeof rs.last);
        t->maxlen = rs.max;
        /* the endings, if none is "" and some have two bytes or more (the last byte is lastb's) */
        bool use = false;
        for (uint32_t k = 0; k < rs.nsuf; k++) {
            if (RX_SUF_LEN(rs.suf[k]) == 0) {
                use = false;
                break;
            }
            if (RX_SUF_LEN(rs.suf[k]) >= 2) use = true;
        }
        if (use) {
            uint64_t sets[SUF_BYTES / 8] = {0};
            for (uint32_t k = 0; k < rs.nsuf; k++) {
                uint32_t x = rs.suf[k], l = RX_SUF_LEN(x);
                unsigned h = (l - 1) * 256 + (l == 1 ? (x & 0xFF) : suf_hash(x & 0xFFFFFFu));
                sets[h >> 6] |= 1ull << (h & 63);
            }
            t->suf = dn_pool_add(m, (const char *)sets, sizeof sets); /* (0: out of memory, and no such reject) */
        }
    }
    if (pcre2_pattern_info(t->re, PCRE2_INFO_FIRSTCODETYPE, &fct) == 0 && fct == 1 &&
        pcre2_pattern_info(t->re, PCRE2_INFO_FIRSTCODEUNIT, &fcu) == 0 && fcu < 256)
        t->first_cu = (int16_t)fcu;
    else if (pcre2_pattern_info(t->re, PCRE2_INFO_FIRSTBITMAP, &bm) == 0 && bm)
        t->first_bm = bm;
    t->lead = (uint8_t)regex_lead(src, n);
}

static int parse_test(parser *p) {
    dn_test t = {0};
    if (p->i < p->n && p->l[p->i] == '!') {
        t.neg = 1;
        p->i++;
    }
    if (p->i >= p->n) return perr(p, DENER_ERR_RULE, "a test is missing at the end of the line", NULL, 0);
    char c = p->l[p->i];
    if (c == '"') {
        size_t s = ++p->i;
        while (p->i < p->n && p->l[p->i] != '"') p->i++;
        if (p->i >= p->n) return perr(p, DENER_ERR_RULE, "unterminated literal", NULL, 0);
        size_t e = p->i++;
        if (e == s) return perr(p, DENER_ERR_RULE, "empty literal", NULL, 0);
        /* folded alternatives separated by NUL in the pool */
        dn_buf b = {0};
        unsigned count = 0;
        for (size_t a = s; a <= e;) {
            size_t z = a;
            while (z < e && p->l[z] != '|') z++;
            if (z == a) {
                dn_buf_free(&p->m->alloc, &b);
                return perr(p, DENER_ERR_RULE, "empty alternative in literal", NULL, 0);
            }
            dn_fold_append(p->m, &b, p->l + a, z - a);
            dn_buf_putc(&p->m->alloc, &b, 0);
            count++;
            a = z + 1;
        }
        if (b.oom || count > 65535) {
            dn_buf_free(&p->m->alloc, &b);
            return perr(p, DENER_ERR_NOMEM, "out of memory", NULL, 0);
        }
        t.op = DN_OP_LIT;
        t.arg = (uint16_t)count;
        t.litid = DN_LIT_NONE;
        char lens[256];
        unsigned nl = 0;
        for (size_t k = 0, z; k < b.len; k = z + 1) {
            z = k + strlen(b.p + k);
            t.lenmask |= 1ull << (z - k < 63 ? z - k : 63);
            t.litfirst[(unsigned char)b.p[k] >> 6] |= 1ull << ((unsigned char)b.p[k] & 63);
            if (nl < sizeof lens) lens[nl++] = (char)(z - k < 255 ? z - k : 255);
        }
        if (count <= sizeof lens) {
            t.litlens = dn_pool_add(p->m, lens, nl);
            if (!t.litlens) {
                dn_buf_free(&p->m->alloc, &b);
                return perr(p, DENER_ERR_NOMEM, "out of memory", NULL, 0);
            }
        }
        t.lit = dn_pool_add(p->m, b.p, b.len - 1); /* the last NUL is added by the pool */
        dn_buf_free(&p->m->alloc, &b);
        if (!t.lit) return perr(p, DENER_ERR_NOMEM, "out of memory", NULL, 0);
        return add_test(p, &t);
    }
    if (c == '/') {
        size_t s = ++p->i;
        while (p->i < p->n && p->l[p->i] != '/') {
            if (p->l[p->i] == '\\' && p->i + 1 < p->n) p->i++;
            p->i++;
        }
        if (p->i >= p->n) return perr(p, DENER_ERR_RULE, "unterminated regular expression", NULL, 0);
        size_t e = p->i++;
        uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_ANCHORED | PCRE2_ENDANCHORED | PCRE2_MATCH_INVALID_UTF;
        while (p->i < p->n && p->l[p->i] == 'i') {
            opts |= PCRE2_CASELESS;
            p->i++;
        }
        int ec;
        PCRE2_SIZE eo;
        pcre2_general_context *gc = pcre2_general_context_create(p2_malloc, p2_free, (void *)&p->m->alloc);
        pcre2_compile_context *cc = gc ? pcre2_compile_context_create(gc) : NULL;
        t.re = cc ? pcre2_compile((PCRE2_SPTR)(p->l + s), e - s, opts, &ec, &eo, cc) : NULL;
        if (cc) pcre2_compile_context_free(cc);
        if (gc) pcre2_general_context_free(gc);
        if (!t.re && (!cc || ec == PCRE2_ERROR_HEAP_FAILED)) return perr(p, DENER_ERR_NOMEM, "out of memory", NULL, 0);
        if (!t.re) {
            PCRE2_UCHAR msg[256];
            pcre2_get_error_message(ec, msg, sizeof msg);
            p->i = s + eo;
            return perr(p, DENER_ERR_RULE, "regular expression does not compile:", (const char *)msg,
                        (int)strlen((const char *)msg));
        }
        t.jit = pcre2_jit_compile(t.re, PCRE2_JIT_COMPLETE) == 0; /* optional: falls back to the interpreter */
        t.op = DN_OP_REGEX;
        t.rxid = DN_RXID_NONE;
        t.rxcase = (opts & PCRE2_CASELESS) != 0;
        t.rxlen = (uint32_t)(e - s);
        t.rxsrc = dn_pool_add(p->m, p->l + s, e - s);
        if (!t.rxsrc) {
            pcre2_code_free(t.re);
            return perr(p, DENER_ERR_NOMEM, "out of memory", NULL, 0);
        }
        regex_prefilter(p->m, &t, p->l + s, e - s, (opts & PCRE2_CASELESS) != 0);
        int rc = add_test(p, &t);
        if (rc) pcre2_code_free(t.re);
        return rc;
    }
    if (c == '@') {
        size_t s = ++p->i;
        while (p->i < p->n && is_word_char(p->l[p->i])) p->i++;
        char name[64];
        size_t len = p->i - s;
        if (!len || len >= sizeof name) return perr(p, DENER_ERR_RULE, "bad word class name", NULL, 0);
        memcpy(name, p->l + s, len);
        name[len] = 0;
        int id = dn_class_id(p->m, name);
        if (id < 0) {
            p->i = s;
            return perr(p, DENER_ERR_RULE, "unknown word class (no lexicon entry has this type):", name, (int)len);
        }
        t.op = DN_OP_CLASS;
        if (p->i < p->n && p->l[p->i] == '~') { /* @class~ : the head of a closed compound */
            t.op = DN_OP_HEAD;
            p->i++;
        }
        t.arg = (uint16_t)id;
        return add_test(p, &t);
    }
    if (c == '^') { /* ^LOC: the first part of a hyphenated compound is a lexicon name of that type */
        size_t s0 = ++p->i;
        while (p->i < p->n && is_word_char(p->l[p->i])) p->i++;
        size_t l0 = p->i - s0;
        int ty = -1;
        if (l0 == 3 && memcmp(p->l + s0, "PER", 3) == 0) ty = DENER_PER;
        else if (l0 == 3 && memcmp(p->l + s0, "LOC", 3) == 0) ty = DENER_LOC;
        else if (l0 == 3 && memcmp(p->l + s0, "ORG", 3) == 0) ty = DENER_ORG;
        if (ty < 0) {
            p->i = s0;
            return perr(p, DENER_ERR_RULE, "expected ^PER, ^LOC or ^ORG", NULL, 0);
        }
        t.op = DN_OP_PART1;
        t.arg = (uint16_t)(1u << ty);
        return add_test(p, &t);
    }
    size_t s = p->i;
    while (p->i < p->n && is_word_char(p->l[p->i])) p->i++;
    size_t len = p->i - s;
    if (!len) return perr(p, DENER_ERR_RULE, "unexpected character", p->l + s, 1);
    if (len == 3 && memcmp(p->l + s, "Any", 3) == 0) {
        t.op = DN_OP_ANY;
        return add_test(p, &t);
    }
    if (len == 7 && memcmp(p->l + s, "ModNoun", 7) == 0) { /* a closed compound of a common noun and a known word */
        t.op = DN_OP_PART1;
        t.arg = DN_PART1_MODNOUN;
        return add_test(p, &t);
    }
    if (len == 5 && memcmp(p->l + s, "Known", 5) == 0) {
        t.op = DN_OP_KNOWN;
        return add_test(p, &t);
    }
    for (size_t k = 0; k < sizeof FLAGS / sizeof FLAGS[0]; k++) {
        if (strlen(FLAGS[k].name) == len && memcmp(FLAGS[k].name, p->l + s, len) == 0) {
            t.op = DN_OP_FLAG;
            t.arg = FLAGS[k].bit;
            return add_test(p, &t);
        }
    }
    p->i = s;
    return perr(p, DENER_ERR_RULE, "unknown test", p->l + s, (int)len);
}

static int parse_elem(parser *p) {
    dn_rule *r = p->r;
    dn_elem e = {0};
    e.min = e.max = 1;
    e.test0 = (uint32_t)r->ntests;
    if (p->l[p->i] == '$') {
        size_t s = ++p->i;
        while (p->i < p->n && is_word_char(p->l[p->i])) p->i++;
        size_t len = p->i - s;
        if (len == 3 && memcmp(p->l + s, "PER", 3) == 0) e.ent = 1 + DENER_PER;
        else if (len == 3 && memcmp(p->l + s, "LOC", 3) == 0) e.ent = 1 + DENER_LOC;
        else if (len == 3 && memcmp(p->l + s, "ORG", 3) == 0) e.ent = 1 + DENER_ORG;
        else {
            p->i = s;
            return perr(p, DENER_ERR_RULE, "expected $PER, $LOC or $ORG", NULL, 0);
        }
    } else {
        bool alt = false;
        for (;;) {
            int rc = parse_test(p);
            if (rc) return rc;
            if (alt) r->tests[r->ntests - 1].or_start = 1;
            e.ntests++;
            if (e.ntests > 250) return perr(p, DENER_ERR_RULE, "too many tests in one element", NULL, 0);
            if (p->i < p->n && (p->l[p->i] == '&' || p->l[p->i] == '|')) {
                alt = p->l[p->i] == '|';
                p->i++;
                continue;
            }
            break;
        }
        if (p->i < p->n) {
            char q = p->l[p->i];
            if (q == '?') { e.min = 0; e.max = 1; p->i++; }
            else if (q == '*') { e.min = 0; e.max = 6; p->i++; }
            else if (q == '+') { e.min = 1; e.max = 6; p->i++; }
            else if (q == '{') {
                unsigned a = 0, b = 0;
                size_t k = p->i + 1;
                bool ok = read_small_uint(p->l, p->n, &k, &a); /* {m} or {m,n} */
                if (ok && k < p->n && p->l[k] == ',') {
                    k++;
                    ok = read_small_uint(p->l, p->n, &k, &b);
                } else {
                    b = a;
                }
                if (!ok || k >= p->n || p->l[k] != '}') return perr(p, DENER_ERR_RULE, "bad repetition, expected {m,n}", NULL, 0);
                if (a > b || b > 16 || b == 0) return perr(p, DENER_ERR_RULE, "repetition out of range (0 <= m <= n <= 16, n > 0)", NULL, 0);
                e.min = (uint8_t)a;
                e.max = (uint8_t)b;
                p->i = k + 1;
            }
        }
    }
    if (p->i < p->n && p->l[p->i] != ' ' && p->l[p->i] != '\t')
        return perr(p, DENER_ERR_RULE, "expected white space after an element", NULL, 0);
    if (!DN_GROW(&p->m->alloc, r->elems, p->elems_cap, r->nelems + 1)) return perr(p, DENER_ERR_NOMEM, "out of memory", NULL, 0);
    r->elems[r->nelems++] = e;
    return DENER_OK;
}

static void rule_free(const dn_alloc *a, dn_rule *r) {
    for (size_t i = 0; i < r->ntests; i++)
        if (r->tests[i].re) pcre2_code_free(r->tests[i].re);
    dn_free(a, r->tests);
    dn_free(a, r->elems);
    dn_free(a, r->alts);
    dn_free(a, r->slow);
    dn_free(a, r->prog);
    dn_free(a, r->pos);
    dn_free(a, r->xt);
    dn_free(a, r->filt);
}

/* Cost rank of a test that is not a bit mask test: cheap ones are tried first. */
static int slow_rank(const dn_test *t) {
    switch (t->op) {
    case DN_OP_ANY: case DN_OP_KNOWN: case DN_OP_PART1: return 0;
    case DN_OP_LIT: return 1;
    case DN_OP_REGEX: return 3;
    default: return 2;
    }
}

/* Compiles the tests of every element into alternatives of bit masks and slow tests (dn_alt).
 * Tests are conjunctions without side effects, so the order of evaluation does not matter. */
static bool compile_rule(const dn_alloc *a, dn_rule *r) {
    size_t acap = 0, scap = 0;
    r->nalts = r->nslow = 0;
    for (size_t ei = 0; ei < r->nelems; ei++) {
        dn_elem *e = &r->elems[ei];
        e->alt0 = (uint32_t)r->nalts;
        e->nalts = 0;
        for (unsigned k = 0; k < e->ntests; k++) {
            const dn_test *t = &r->tests[e->test0 + k];
            if (k == 0 || t->or_start) {
                if (!DN_GROW(a, r->alts, acap, r->nalts + 1)) return false;
                memset(&r->alts[r->nalts], 0, sizeof r->alts[0]);
                r->alts[r->nalts].slow0 = (uint32_t)r->nslow;
                r->nalts++;
                e->nalts++;
            }
            dn_alt *al = &r->alts[r->nalts - 1];
            if (t->op == DN_OP_FLAG) {
                if (t->neg) al->forb_f |= t->arg;
                else al->req_f |= t->arg;
            } else if (t->op == DN_OP_CLASS) {
                if (t->neg) al->forb_c |= 1ull << t->arg;
                else al->req_c |= 1ull << t->arg;
            } else if (t->op == DN_OP_HEAD) {
                if (t->neg) al->forb_h |= 1ull << t->arg;
                else al->req_h |= 1ull << t->arg;
            } else if (t->op == DN_OP_ANY) {
                if (t->neg) al->never = 1;
            } else {
                if (!DN_GROW(a, r->slow, scap, r->nslow + 1)) return false;
                /* insert sorted by cost, stable */
                size_t at = r->nslow;
                while (at > al->slow0 && slow_rank(&r->tests[r->slow[at - 1]]) > slow_rank(t)) {
                    r->slow[at] = r->slow[at - 1];
                    at--;
                }
                r->slow[at] = (uint16_t)(e->test0 + k);
                r->nslow++;
                al->nslow++;
            }
        }
    }
    /* pivots for the start-token prefilter: elements after a fixed-length prefix, the most
     * selective (and then the cheapest) first */
    r->npivots = 0;
    int key[4];
    size_t off = 0;
    for (size_t ei = 0; ei < r->nelems && off <= 255; ei++) {
        const dn_elem *e = &r->elems[ei];
        if (e->ent) break;
        if (e->min >= 1 && e->nalts) {
            int cost = 0, sel = 3;
            for (uint32_t k = 0; k < e->nalts; k++) {
                const dn_alt *al = &r->alts[e->alt0 + k];
                int as = al->req_c || al->req_h ? 3 : al->req_f ? 1 : 0;
                for (uint32_t s = 0; s < al->nslow; s++) {
                    const dn_test *t = &r->tests[r->slow[al->slow0 + s]];
                    int rk = slow_rank(t);
                    if (rk > cost) cost = rk;
                    if (!t->neg && (t->op == DN_OP_LIT || t->op == DN_OP_PART1)) as = 3;
                    else if (!t->neg && as < 2 &&
                             (t->op == DN_OP_KNOWN || (t->op == DN_OP_REGEX && (t->first_cu >= 0 || t->first_bm || t->lead))))
                        as = 2;
                }
                if (as < sel) sel = as;
            }
            int kk = (3 - sel) * 8 + cost;
            int at = r->npivots < 4 ? r->npivots : 3;
            if (r->npivots == 4 && kk >= key[3]) goto next;
            while (at > 0 && key[at - 1] > kk) {
                if (at < 4) {
                    key[at] = key[at - 1];
                    r->pivot[at] = r->pivot[at - 1];
                    r->pivot_off[at] = r->pivot_off[at - 1];
                }
                at--;
            }
            key[at] = kk;
            r->pivot[at] = (uint8_t)ei;
            r->pivot_off[at] = (uint8_t)off;
            if (r->npivots < 4) r->npivots++;
        }
    next:
        if (e->min != e->max) break;
        off += e->min;
    }
    return r->ntests < 65536 && r->nelems < 256;
}

/* ------------------------------------------------------------------ literal index and token sets
 *
 * Per document, dn_rules_apply builds one bit set over the tokens for each token flag, word class,
 * head class, gazetteer entity kind, Known, first-part kind and literal list (BS_* below). Each
 * element of a rule has a program over these sets whose result holds every token the element
 * accepts (exactly so if it has no regular expression test, which the program leaves out): the
 * start tokens of a rule are found with word operations, and literal tests are one bit test. A
 * regular expression with an id (dn_test.rxid) has a set too: the tokens whose form is known not
 * to match it (BS_R), which its positive tests leave out. */

/* The bit sets, nw words each: token flags, word classes, head classes, entity kinds of gazetteer
 * matches starting there, Known, first part (PER, LOC, ORG, ModNoun), regular expressions, literal
 * lists. */
enum { BS_F = 0, BS_C = 16, BS_H = 80, BS_E = 144, BS_K = 147, BS_P = 148, BS_B = 152, BS_N = 183, BS_ZERO = 188,
       BS_ONE = 189, BS_R = 190, BS_L = 254 };
/* BS_R + id: the tokens whose form is known not to match the regular expression of pattern id
 * (dn_test.rxid): its result for the form, found when a token of the form was tested (in this or
 * an earlier document: dn_form.rrx, kept with the form's word cache slot). A positive test of the
 * pattern holds on none of them (its program takes the complement); the other tokens are tested
 * one by one, as before (the element is not exact). A form tested once for a pattern (a start token
 * that came that far) costs no more tests of it in the start filters. */
_Static_assert(BS_L - BS_R == 64, "a set per pattern id (dn_test.rxid < 64)");
/* BS_B: the first byte of the token, in groups: A-Z one each, then a-z, digits, >= 0x80, other;
 * and BS_B + BG_UPPER, the union of A-Z (one set where a program would take all 26).
 * BS_N + k: tokens of at least k + 2 code points. Both give the quick rejects of regular
 * expressions (minimum length, first byte, leading letter case; see dn_test) as sets.
 * BS_ZERO: no token, BS_ONE: all (every bit of its nw words): what the lists of elem_word are
 * padded with. */
enum { BG_LOWER = 26, BG_DIGIT, BG_HIGH, BG_OTHER, BG_N, BG_UPPER = BG_N };
/* The group of each byte: A..Z their own (0..25), then BG_LOWER (26), BG_DIGIT (27), BG_HIGH (28,
 * bytes from 0x80 on) and BG_OTHER (29) */
static const uint8_t BGROUP[256] = {
    29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29,
    29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 29, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 29, 29, 29, 29, 29, 29,
    29, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 29, 29, 29, 29, 29,
    29, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 29, 29, 29, 29, 29,
    28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
};
_Static_assert(BG_LOWER == 26 && BG_DIGIT == 27 && BG_HIGH == 28 && BG_OTHER == 29, "BGROUP's numbers");
static int byte_group(unsigned b) { return BGROUP[b & 255u]; }
#define DN_MAX_LITIDS 512 /* literal lists with an id (more are tested the slow way) */
_Static_assert(DN_MAX_LITIDS <= DN_LIT_NONE && DN_RLITS < 255, "dn_test.litid, dn_form.rlits's count");
_Static_assert(BS_L + DN_MAX_LITIDS <= 64 * sizeof(((dn_rule_scratch *)0)->ne) / sizeof(uint64_t), "dn_rule_scratch.ne");
_Static_assert(BS_E / 64 == (BS_E + 2) / 64, "the gazetteer kinds' sets in one word of dn_rule_scratch.ne");
static inline void ne_set(uint64_t *ne, size_t k) { ne[k >> 6] |= 1ull << (k & 63); }

/* Transposes the 64 x 64 bit matrix a in place: bit c of a[r] goes to bit r of a[c]. Six rounds
 * that swap blocks of bits, with no branch on the data: the sets of 64 tokens by flag, class or
 * pattern (dn_rules_apply) come out of their per-token words at a fixed cost, where a loop over
 * each token's bits ended at a point the processor could not predict. */
/* The same for a matrix of 64 rows of 16 bits (the flags): into a[0..15], bit r of a[c] from bit c
 * of a[r]. The rows in four lanes of 16 bits (row r and r + 16, r + 32, r + 48 in a[r]), then four
 * rounds of the 16 x 16 transposition, all lanes at once. */
static void transpose64x16(uint64_t a[64]) {
    for (unsigned r = 0; r < 16; r++) a[r] |= a[r + 16] << 16 | a[r + 32] << 32 | a[r + 48] << 48;
    static const uint64_t m[4] = {0x00FF00FF00FF00FFull, 0x0F0F0F0F0F0F0F0Full, 0x3333333333333333ull,
                                  0x5555555555555555ull};
#pragma GCC unroll 4
    for (unsigned i = 0, j = 8; i < 4; i++, j >>= 1)
#pragma GCC unroll 8
        for (unsigned q = 0; q < 8; q++) {
            unsigned k = (q / j) * (2 * j) + q % j; /* the q-th row with bit j clear */
            uint64_t t = ((a[k] >> j) ^ a[k + j]) & m[i];
            a[k] ^= t << j;
            a[k + j] ^= t;
        }
}

#if defined(__SSE2__)
#include <emmintrin.h>
/* (one round: rows k and k + j, j >= 2, two rows a register; inlined with j constant) */
static inline __attribute__((always_inline)) void tr_round(__m128i *v, unsigned j, uint64_t m) {
    const __m128i mm = _mm_set1_epi64x((long long)m);
#pragma GCC unroll 16
    for (unsigned q = 0; q < 16; q++) {
        unsigned k = (q / (j / 2)) * (2 * j) + (q % (j / 2)) * 2; /* the q-th row pair with bit j of k clear */
        __m128i x = v[k / 2], y = v[(k + j) / 2];
        __m128i t = _mm_and_si128(_mm_xor_si128(_mm_srli_epi64(x, (int)j), y), mm);
        v[k / 2] = _mm_xor_si128(x, _mm_slli_epi64(t, (int)j));
        v[(k + j) / 2] = _mm_xor_si128(y, t);
    }
}
static void transpose64(uint64_t a[64]) {
    __m128i v[32];
    memcpy(v, a, sizeof v);
    tr_round(v, 32, 0x00000000FFFFFFFFull);
    tr_round(v, 16, 0x0000FFFF0000FFFFull);
    tr_round(v, 8, 0x00FF00FF00FF00FFull);
    tr_round(v, 4, 0x0F0F0F0F0F0F0F0Full);
    tr_round(v, 2, 0x3333333333333333ull);
    const __m128i m1 = _mm_set1_epi64x(0x5555555555555555ll);
#pragma GCC unroll 16
    for (unsigned k = 0; k < 32; k += 2) { /* (rows 2i and 2i + 1 share a register: by pairs of registers) */
        __m128i lo = _mm_unpacklo_epi64(v[k], v[k + 1]), hi = _mm_unpackhi_epi64(v[k], v[k + 1]);
        __m128i t = _mm_and_si128(_mm_xor_si128(_mm_srli_epi64(lo, 1), hi), m1);
        lo = _mm_xor_si128(lo, _mm_slli_epi64(t, 1));
        hi = _mm_xor_si128(hi, t);
        v[k] = _mm_unpacklo_epi64(lo, hi);
        v[k + 1] = _mm_unpackhi_epi64(lo, hi);
    }
    memcpy(a, v, sizeof v);
}
#else
static void transpose64(uint64_t a[64]) {
    uint64_t m = 0x00000000FFFFFFFFull;
    for (unsigned j = 32; j; j >>= 1, m ^= m << j)
        for (unsigned k = 0; k < 64; k = ((k | j) + 1) & ~j) {
            uint64_t t = ((a[k] >> j) ^ a[k | j]) & m;
            a[k] ^= t << j;
            a[k | j] ^= t;
        }
}
#endif
#define PROG_ALT 0xFFFFu  /* program code: begins an alternative */
#define PROG_OR 0xFFFEu   /* program code: the next code is a count n, then the union of n sets */
#define PROG_NEG 0x8000u  /* program code flag: the complement of the set */
#define PROG_NOR 0xFFFDu  /* program code: the codes after it in its alternative are all PROG_NEG
                             (elem_set takes the complement of their union) */

typedef struct lit_slot {
    uint32_t hash, key; /* key: pool offset of the literal; 0 marks a free slot */
    uint16_t len, id;
} lit_slot;

#define RN_SETS (64 * DN_SET_WORDS) /* (64 * the words of dn_rule_scratch.ne) */
struct dn_rule_index {
    uint64_t need_f, need_c, need_h; /* the flag, class and head class sets that programs use */
    uint32_t *lists;   /* per id: pool offset of the list (NUL-separated literals) */
    uint16_t *counts;  /* per id: number of literals */
    size_t nids, ids_cap;
    lit_slot *slots;   /* open addressing, a power of two; a literal of several lists has a slot per list */
    size_t cap, used;
    size_t maxlen;     /* longest literal */
    uint64_t first[4]; /* first bytes of the literals */
    uint64_t hbits[1024]; /* bit (hash >> 16) of each literal's hash: most keys that are no literal
                             miss here, before a probe of the slots */
    /* the distinct regular expressions (dn_test.rxid): pattern (pool offset, length), caseless */
    uint32_t rx_src[64], rx_len[64];
    uint8_t rx_case[64];
    size_t nrx;
    uint64_t need_r; /* the pattern ids whose sets (BS_R) programs use */
    /* the distinct element programs of all rules (dn_elem.pid): codes [poff[id], poff[id] + plen[id]) */
    uint16_t *pcodes;
    size_t npcodes, pcodes_cap;
    uint32_t *poff, *plen;
    size_t npids, pids_cap;
    /* the same programs in the form that elem_word reads: codes [foff[id], ...) */
    uint16_t *fcodes;
    size_t nfcodes, fcodes_cap;
    uint32_t *foff;
    size_t foff_cap;
    /* the rules that need the sets (dn_rule.need), by nibble: the needed sets in groups of four
     * (the nibbles of need_any that are not 0: nnib, the first set of each nib_at[k]); for each
     * nibble and each non-empty subset x of its four sets, the rules that need a set of x: row
     * 1 + 15 k + x - 1 of ntab (nt_stride words, a multiple of 4; bit j of word w: rule 64 w + j);
     * row 0 is empty. need_any: the sets that some rule needs;
     * rn_rules: the rules it covers (built after each rule file, see index_needs) */
    uint64_t *ntab;
    uint16_t nib_at[RN_SETS / 4];
    size_t nnib, nt_stride;
    size_t rn_rules;
    uint64_t need_any[DN_SET_WORDS];
    /* the start filters and the elements of rules [0, packed): one block, rule by rule (the filters,
     * then the elements), which their dn_rule.filt and elems point into (pack_rules) */
    void *pack;
    size_t packed;
};
_Static_assert(RN_SETS == 64 * sizeof(((dn_rule_scratch *)0)->ne) / sizeof(uint64_t), "RN_SETS");

static uint32_t lit_hash(const char *s, size_t n) { return (uint32_t)dn_hash_words(s, n, 5); }

/* Whether key[0..n-1] can be a literal of the index (length, first byte, a bit of its hash); its
 * hash in *h. */
static inline bool lit_candidate(const struct dn_rule_index *ix, const char *key, size_t n, uint32_t *h) {
    if (!n || n > ix->maxlen) return false;
    unsigned char k0 = (unsigned char)key[0];
    if (!((ix->first[k0 >> 6] >> (k0 & 63)) & 1u)) return false;
    *h = lit_hash(key, n);
    return (ix->hbits[*h >> 22] >> ((*h >> 16) & 63)) & 1u;
}

/* The next slot from i on (wrapping) that holds key (hash h), SIZE_MAX at the end of its probe run.
 * All slots of one key lie in one run, each for another list id. */
static inline size_t lit_next(const dener_model *m, const struct dn_rule_index *ix, const char *key, size_t n,
                              uint32_t h, size_t i) {
    for (i &= ix->cap - 1; ix->slots[i].key; i = (i + 1) & (ix->cap - 1)) {
        const lit_slot *sl = &ix->slots[i];
        if (sl->hash == h && sl->len == n && (n <= 24 ? dn_eq24(m->pool + sl->key, key, n) : memcmp(m->pool + sl->key, key, n) == 0))
            return i;
    }
    return SIZE_MAX;
}

static void index_free(const dn_alloc *a, struct dn_rule_index *ix) {
    if (!ix) return;
    dn_free(a, ix->pack);
    dn_free(a, ix->lists);
    dn_free(a, ix->counts);
    dn_free(a, ix->slots);
    dn_free(a, ix->pcodes);
    dn_free(a, ix->poff);
    dn_free(a, ix->plen);
    dn_free(a, ix->ntab);
    dn_free(a, ix->fcodes);
    dn_free(a, ix->foff);
    dn_free(a, ix);
}

/* Moves the start filters and the elements of all rules into one block (dn_rule_index.pack), rule
 * by rule in the order dn_rules_apply visits them: a visit reads the next lines, not lines of its
 * own allocations spread over the heap. False if there is no memory (nothing changed). */
static bool pack_rules(dener_model *m, struct dn_rule_index *ix) {
    _Static_assert(sizeof(dn_filt) % _Alignof(dn_elem) == 0 && sizeof(dn_elem) % _Alignof(dn_filt) == 0,
                   "filters and elements side by side");
    size_t bytes = 0;
    for (size_t ri = 0; ri < m->nrules; ri++)
        bytes += m->rules[ri].nfilt * sizeof(dn_filt) + m->rules[ri].nelems * sizeof(dn_elem);
    char *blk = bytes ? dn_malloc(&m->alloc, bytes) : NULL;
    if (bytes && !blk) return false;
    size_t at = 0;
    for (size_t ri = 0; ri < m->nrules; ri++) {
        dn_rule *r = &m->rules[ri];
        dn_filt *f = r->nfilt ? (dn_filt *)(void *)(blk + at) : NULL;
        if (f) memcpy(f, r->filt, r->nfilt * sizeof *f);
        at += r->nfilt * sizeof *f;
        dn_elem *e = r->nelems ? (dn_elem *)(void *)(blk + at) : NULL;
        if (e) memcpy(e, r->elems, r->nelems * sizeof *e);
        at += r->nelems * sizeof *e;
        if (ri >= ix->packed) { /* (their own allocations) */
            dn_free(&m->alloc, r->filt);
            dn_free(&m->alloc, r->elems);
        }
        r->filt = f, r->elems = e;
    }
    dn_free(&m->alloc, ix->pack);
    ix->pack = blk;
    ix->packed = m->nrules;
    return true;
}

static void rx_id(struct dn_rule_index *ix, const dener_model *m, dn_test *t);

/* (Re)builds the index of the sets that the model's rules need (dn_rule_index.ntab). */
static bool index_needs(dener_model *m) {
    struct dn_rule_index *ix = m->rule_index;
    if (!ix) return true;
    /* the negated regular expression tests' ids (index_rule; no program reads them) */
    for (size_t ri = 0; ri < m->nrules; ri++)
        for (size_t i = 0; i < m->rules[ri].ntests; i++) {
            dn_test *t = &m->rules[ri].tests[i];
            if (t->op == DN_OP_REGEX && t->neg && t->rxid == DN_RXID_NONE) rx_id(ix, m, t);
        }
    if (!pack_rules(m, ix)) return false;
    size_t nrw = (m->nrules + 63) / 64, st = (nrw + 3) & ~(size_t)3;
    dn_free(&m->alloc, ix->ntab);
    ix->ntab = NULL;
    ix->rn_rules = 0;
    ix->nnib = 0;
    /* the rules that need each set (st words a set) */
    uint64_t *rneed = dn_calloc(&m->alloc, RN_SETS * st, sizeof *rneed);
    if (!rneed) return false;
    memset(ix->need_any, 0, sizeof ix->need_any);
    for (size_t ri = 0; ri < m->nrules; ri++) {
        const dn_rule *r = &m->rules[ri];
        for (unsigned k = 0; k < r->nneed; k++) {
            size_t q = r->need_w[k];
            ix->need_any[q] |= r->need[k];
            for (uint64_t x = r->need[k]; x; x &= x - 1)
                rneed[(q * 64 + (size_t)__builtin_ctzll(x)) * st + (ri >> 6)] |= 1ull << (ri & 63);
        }
    }
    size_t nnib = 0;
    for (size_t s = 0; s < RN_SETS; s += 4)
        if ((ix->need_any[s >> 6] >> (s & 63)) & 15u) ix->nib_at[nnib++] = (uint16_t)s;
    ix->ntab = dn_calloc(&m->alloc, (1 + 15 * nnib) * st, sizeof *ix->ntab);
    if (!ix->ntab) {
        dn_free(&m->alloc, rneed);
        return false;
    }
    for (size_t k = 0; k < nnib; k++)
        for (unsigned x = 1; x < 16; x++) {
            uint64_t *row = ix->ntab + (1 + 15 * k + x - 1) * st;
            for (unsigned b = 0; b < 4; b++)
                if ((x >> b) & 1u)
                    for (size_t w = 0; w < st; w++) row[w] |= rneed[(ix->nib_at[k] + b) * st + w];
        }
    dn_free(&m->alloc, rneed);
    ix->nnib = nnib;
    ix->nt_stride = st;
    ix->rn_rules = m->nrules;
    return true;
}

static void slot_put(lit_slot *slots, size_t cap, lit_slot e) {
    size_t i = e.hash & (cap - 1);
    while (slots[i].key) i = (i + 1) & (cap - 1);
    slots[i] = e;
}

static bool index_add_lit(const dn_alloc *a, struct dn_rule_index *ix, const char *pool, uint32_t key, size_t len, uint16_t id) {
    if (2 * (ix->used + 1) > ix->cap) {
        size_t ncap = ix->cap ? 2 * ix->cap : 256;
        lit_slot *ns = dn_calloc(a, ncap, sizeof *ns);
        if (!ns) return false;
        for (size_t i = 0; i < ix->cap; i++)
            if (ix->slots[i].key) slot_put(ns, ncap, ix->slots[i]);
        dn_free(a, ix->slots);
        ix->slots = ns;
        ix->cap = ncap;
    }
    uint32_t h = lit_hash(pool + key, len);
    slot_put(ix->slots, ix->cap, (lit_slot){h, key, (uint16_t)len, id});
    ix->hbits[h >> 22] |= 1ull << ((h >> 16) & 63);
    ix->used++;
    if (len > ix->maxlen) ix->maxlen = len;
    unsigned char b = (unsigned char)pool[key];
    ix->first[b >> 6] |= 1ull << (b & 63);
    return true;
}

/* Bytes of a literal list (its literals and the NULs between them). */
static size_t list_bytes(const char *l, unsigned count) {
    size_t n = 0;
    for (unsigned k = 0; k < count; k++) n += strlen(l + n) + 1;
    return n - 1;
}

/* The id of the pattern of regular expression test t (dn_test.rxid), a new one if it has none and
 * fewer than 64 are taken. */
static void rx_id(struct dn_rule_index *ix, const dener_model *m, dn_test *t) {
    size_t id = 0;
    while (id < ix->nrx && !(ix->rx_len[id] == t->rxlen && ix->rx_case[id] == t->rxcase &&
                             memcmp(m->pool + ix->rx_src[id], m->pool + t->rxsrc, t->rxlen) == 0))
        id++;
    if (id == ix->nrx && id < 64) {
        ix->rx_src[id] = t->rxsrc;
        ix->rx_len[id] = t->rxlen;
        ix->rx_case[id] = t->rxcase;
        ix->nrx++;
    }
    t->rxid = id < 64 ? (uint8_t)id : DN_RXID_NONE;
}

/* Gives each literal test of r the id of its list (a new one if no earlier test has the same
 * literals), while there are ids left; and each positive regular expression test the id of its
 * pattern (rx_id). */
static bool index_rule(dener_model *m, dn_rule *r) {
    const dn_alloc *a = &m->alloc;
    for (size_t i = 0; i < r->ntests; i++) {
        dn_test *t = &r->tests[i];
        if (t->op == DN_OP_REGEX) {
            /* the id of its pattern: the positive tests first, whose programs leave out the
             * tokens known not to match it (BS_R); a negated test's id only caches results
             * (test_tok), it gets one after the rule file (index_needs), from the ids left */
            if (!m->rule_index && !(m->rule_index = dn_calloc(a, 1, sizeof *m->rule_index))) return false;
            if (t->neg) t->rxid = DN_RXID_NONE;
            else rx_id(m->rule_index, m, t);
            continue;
        }
        if (t->op != DN_OP_LIT) continue;
        t->litid = DN_LIT_NONE;
        if (!m->rule_index && !(m->rule_index = dn_calloc(a, 1, sizeof *m->rule_index))) return false;
        struct dn_rule_index *ix = m->rule_index;
        const char *l = m->pool + t->lit;
        size_t nb = list_bytes(l, t->arg);
        for (size_t id = 0; id < ix->nids && t->litid == DN_LIT_NONE; id++)
            if (ix->counts[id] == t->arg && memcmp(m->pool + ix->lists[id], l, nb + 1) == 0) t->litid = (uint16_t)id;
        if (t->litid != DN_LIT_NONE || ix->nids >= DN_MAX_LITIDS) continue;
        bool fits = true; /* the slots hold lengths below 65536 */
        for (size_t k = 0, z; k < nb && fits; k = z + 1) {
            z = k + strlen(l + k);
            fits = z - k <= 65535;
        }
        if (!fits) continue;
        size_t cap2 = ix->ids_cap;
        if (!DN_GROW(a, ix->lists, ix->ids_cap, ix->nids + 1)) return false;
        if (!DN_GROW(a, ix->counts, cap2, ix->nids + 1)) return false;
        uint16_t id = (uint16_t)ix->nids;
        for (size_t k = 0, z; k < nb; k = z + 1) {
            z = k + strlen(l + k);
            if (!index_add_lit(a, ix, m->pool, t->lit + (uint32_t)k, z - k, id)) return false;
        }
        ix->lists[id] = t->lit;
        ix->counts[id] = t->arg;
        ix->nids++;
        t->litid = id;
    }
    return true;
}

/* Builds the token set program of each element of r: for each alternative that can hold, PROG_ALT
 * and then the sets it needs (PROG_NEG: whose complement it needs). Regular expressions and
 * literals without an id are left out, so the set can hold more tokens than the element accepts. */
static bool neg_only_of(const dn_rule *r, const dn_elem *e);
static bool build_progs(const dn_alloc *a, dn_rule *r) {
    size_t cap = 0, xcap = 0;
    r->nprog = r->nxt = 0;
    for (size_t ei = 0; ei < r->nelems; ei++) {
        dn_elem *e = &r->elems[ei];
        e->negonly = neg_only_of(r, e);
        e->prog0 = (uint32_t)r->nprog;
        e->exact = !e->ent;
        e->xone = !e->ent && e->nalts == 1;
        e->xt0 = (uint32_t)r->nxt;
        e->nxt = 0;
        for (uint32_t k = 0; k < e->nalts; k++) {
            const dn_alt *al = &r->alts[e->alt0 + k];
            if (al->never) continue;
            uint16_t code[16 + 16 + 64 * 4 + 256 * 40];
            size_t nc = 0;
            code[nc++] = PROG_ALT;
            for (uint64_t x = al->req_f; x; x &= x - 1) code[nc++] = (uint16_t)(BS_F + __builtin_ctzll(x));
            for (uint64_t x = al->forb_f; x; x &= x - 1) code[nc++] = (uint16_t)(BS_F + __builtin_ctzll(x)) | PROG_NEG;
            for (uint64_t x = al->req_c; x; x &= x - 1) code[nc++] = (uint16_t)(BS_C + __builtin_ctzll(x));
            for (uint64_t x = al->forb_c; x; x &= x - 1) code[nc++] = (uint16_t)(BS_C + __builtin_ctzll(x)) | PROG_NEG;
            for (uint64_t x = al->req_h; x; x &= x - 1) code[nc++] = (uint16_t)(BS_H + __builtin_ctzll(x));
            for (uint64_t x = al->forb_h; x; x &= x - 1) code[nc++] = (uint16_t)(BS_H + __builtin_ctzll(x)) | PROG_NEG;
            uint32_t s = 0;
            for (; s < al->nslow && nc < sizeof code / sizeof code[0]; s++) {
                const dn_test *t = &r->tests[r->slow[al->slow0 + s]];
                uint16_t neg = t->neg ? PROG_NEG : 0;
                if (t->op == DN_OP_LIT && t->litid != DN_LIT_NONE) code[nc++] = (uint16_t)(BS_L + t->litid) | neg;
                else if (t->op == DN_OP_KNOWN) code[nc++] = BS_K | neg;
                else if (t->op == DN_OP_PART1 && (t->arg == 1u << DENER_PER || t->arg == 1u << DENER_LOC ||
                                                  t->arg == 1u << DENER_ORG || t->arg == DN_PART1_MODNOUN))
                    code[nc++] = (uint16_t)(BS_P + (t->arg == DN_PART1_MODNOUN ? 3 : __builtin_ctz(t->arg))) | neg;
                else if (t->op != DN_OP_ANY) {
                    e->exact = 0;
                    if (e->xone && e->nxt < 255) { /* a test the set leaves out */
                        if (!DN_GROW(a, r->xt, xcap, r->nxt + 1)) return false;
                        r->xt[r->nxt++] = r->slow[al->slow0 + s];
                        e->nxt++;
                    } else {
                        e->xone = 0;
                    }
                }
                if (t->op == DN_OP_REGEX && !t->neg && t->rxid != DN_RXID_NONE && nc + 2 <= sizeof code / sizeof code[0])
                    code[nc++] = (uint16_t)(BS_R + t->rxid) | PROG_NEG;
                if (t->op == DN_OP_REGEX && !t->neg) { /* its quick rejects */
                    if (t->minlen >= 2) code[nc++] = (uint16_t)(BS_N + (t->minlen < 6 ? t->minlen : 6) - 2);
                    bool g[BG_N] = {0};
                    for (unsigned b = 0; b < 256; b++) {
                        if (t->first_cu >= 0 && b != (unsigned)t->first_cu) continue;
                        if (t->first_bm && !((t->first_bm[b >> 3] >> (b & 7)) & 1u)) continue;
                        if (t->lead == 1 && b < 0x80 && !(b >= 'A' && b <= 'Z')) continue;
                        if (t->lead == 2 && b < 0x80 && !(b >= 'a' && b <= 'z')) continue;
                        g[byte_group(b)] = true;
                    }
                    unsigned ng = 0;
                    for (int k = 0; k < BG_N; k++) ng += g[k];
                    bool up = ng < BG_N; /* all of A-Z: their union, one set */
                    for (int k = 0; k < 26 && up; k++) up = g[k];
                    if (up) ng -= 25;
                    if (ng < BG_N && nc + 2 + ng <= sizeof code / sizeof code[0]) {
                        code[nc++] = PROG_OR;
                        code[nc++] = (uint16_t)ng;
                        if (up) code[nc++] = (uint16_t)(BS_B + BG_UPPER);
                        for (int k = up ? 26 : 0; k < BG_N; k++)
                            if (g[k]) code[nc++] = (uint16_t)(BS_B + k);
                    }
                }
            }
            if (s < al->nslow) e->xone = 0; /* (the program has no room for every test) */
            /* the positive codes first, then PROG_NOR and the complemented ones */
            uint16_t neg[sizeof code / sizeof code[0]];
            size_t np = 1, nn = 0;
            for (size_t k = 1; k < nc; k++) {
                if (code[k] == PROG_OR) {
                    size_t len = 2u + code[k + 1];
                    memmove(code + np, code + k, len * sizeof code[0]);
                    np += len;
                    k += len - 1;
                } else if (code[k] & PROG_NEG) {
                    neg[nn++] = code[k];
                } else {
                    code[np++] = code[k];
                }
            }
            if (!DN_GROW(a, r->prog, cap, r->nprog + np + 1 + nn)) return false;
            memcpy(r->prog + r->nprog, code, np * sizeof code[0]);
            r->nprog += np;
            if (nn) {
                r->prog[r->nprog++] = PROG_NOR;
                memcpy(r->prog + r->nprog, neg, nn * sizeof neg[0]);
                r->nprog += nn;
            }
        }
        e->nprog = (uint32_t)r->nprog - e->prog0;
    }
    /* a rule of entity elements only has no codes: an array all the same, so that the readers'
     * "r->prog + e->prog0" never adds to a null pointer */
    if (!r->prog && !DN_GROW(a, r->prog, cap, 1)) return false;
    return true;
}

/* Adds program id (its codes prog[0..np), see build_progs) to ix->fcodes in the form that
 * elem_word reads: the count of alternatives, then for each the counts of its sets (npos), of its
 * unions (nor) and of its complemented sets (nneg), the groups of 4 of its sets (gpos, at least 1)
 * and of its complemented sets (gneg), the npos sets padded to 4 gpos with BS_ONE, the unions (a
 * count and the sets), the nneg sets padded to 4 gneg with BS_ZERO. (The groups: one-word
 * evaluations take 4 sets a step, mostly one step, with fewer mispredicted loop ends.) */
static bool flat_prog(dener_model *m, struct dn_rule_index *ix, const uint16_t *prog, size_t np, size_t id) {
    if (!DN_GROW(&m->alloc, ix->foff, ix->foff_cap, id + 1) ||
        !DN_GROW(&m->alloc, ix->fcodes, ix->fcodes_cap, ix->nfcodes + 1 + 16 * np + 16) || ix->nfcodes > UINT32_MAX)
        return false;
    ix->foff[id] = (uint32_t)ix->nfcodes;
    uint16_t *f = ix->fcodes + ix->nfcodes, *out = f + 1;
    unsigned nalt = 0;
    for (size_t k = 0; k < np;) { /* (k at a PROG_ALT) */
        size_t end = k + 1;
        while (end < np && prog[end] != PROG_ALT) {
            if (prog[end] == PROG_OR) end += 1u + prog[end + 1];
            end++;
        }
        uint16_t *hd = out;
        out += 5;
        unsigned npos = 0, nor = 0, nneg = 0;
        uint16_t *neg0 = out;
        for (int pass = 0; pass < 3; pass++) { /* the sets, the unions, the complemented sets */
            bool after = false; /* (after PROG_NOR: complemented) */
            for (size_t j = k + 1; j < end; j++) {
                uint16_t c = prog[j];
                if (c == PROG_OR) {
                    if (pass == 1) {
                        *out++ = prog[j + 1];
                        for (uint16_t q = 0; q < prog[j + 1]; q++) *out++ = prog[j + 2 + q];
                        nor++;
                    }
                    j += 1u + prog[j + 1];
                } else if (c == PROG_NOR) {
                    after = true;
                } else if (after || (c & PROG_NEG)) {
                    if (pass == 2) *out++ = c & (uint16_t)~PROG_NEG, nneg++;
                } else if (pass == 0) {
                    *out++ = c, npos++;
                }
            }
            if (pass == 0)
                while (out - (hd + 5) < 4 || (out - (hd + 5)) % 4) *out++ = BS_ONE;
            else if (pass == 1)
                neg0 = out;
            else
                while ((out - neg0) % 4) *out++ = BS_ZERO;
        }
        unsigned gpos = npos > 4 ? (npos + 3) / 4 : 1, gneg = (nneg + 3) / 4;
        hd[0] = (uint16_t)npos, hd[1] = (uint16_t)nor, hd[2] = (uint16_t)nneg, hd[3] = (uint16_t)gpos,
        hd[4] = (uint16_t)gneg;
        nalt++;
        k = end;
    }
    f[0] = (uint16_t)nalt;
    ix->nfcodes = (size_t)(out - ix->fcodes);
    return true;
}

/* Notes the flag, class and head class sets that r's programs use (the others are not built), and
 * gives each element the id of its program (equal programs, also of other rules, share one). */
static bool note_needs(dener_model *m, dn_rule *r) {
    if (!m->rule_index && !(m->rule_index = dn_calloc(&m->alloc, 1, sizeof *m->rule_index))) return false;
    struct dn_rule_index *ix = m->rule_index;
    for (size_t ei = 0; ei < r->nelems; ei++) {
        dn_elem *e = &r->elems[ei];
        /* (a rule without programs has no array: no pointer arithmetic or memcmp on NULL) */
        const uint16_t *prog = e->nprog ? r->prog + e->prog0 : NULL;
        size_t id = 0;
        while (id < ix->npids && !(ix->plen[id] == e->nprog &&
                                   (!e->nprog || memcmp(ix->pcodes + ix->poff[id], prog, e->nprog * sizeof *prog) == 0)))
            id++;
        if (id == ix->npids) {
            size_t cap2 = ix->pids_cap;
            if (ix->npcodes + e->nprog > UINT32_MAX || !DN_GROW(&m->alloc, ix->poff, ix->pids_cap, id + 1) ||
                !DN_GROW(&m->alloc, ix->plen, cap2, id + 1) ||
                !DN_GROW(&m->alloc, ix->pcodes, ix->pcodes_cap, ix->npcodes + e->nprog + 1))
                return false;
            if (e->nprog) memcpy(ix->pcodes + ix->npcodes, prog, e->nprog * sizeof *prog);
            if (!flat_prog(m, ix, prog, e->nprog, id)) return false;
            ix->poff[id] = (uint32_t)ix->npcodes;
            ix->plen[id] = e->nprog;
            ix->npcodes += e->nprog;
            ix->npids++;
        }
        e->pid = (uint32_t)id;
        /* one set (PROG_ALT, the set): its token set is that set's (elem_word would AND it with
         * the padding BS_ONE) */
        e->alias = e->nprog == 2 && prog[0] == PROG_ALT && prog[1] < RN_SETS ? (uint16_t)(prog[1] + 1) : 0;
    }
    for (size_t k = 0; k < r->nprog; k++) {
        uint16_t c = r->prog[k];
        if (c == PROG_ALT || c == PROG_NOR) continue;
        if (c == PROG_OR) { /* byte groups only */
            k += 1u + r->prog[k + 1];
            continue;
        }
        c &= (uint16_t)~PROG_NEG;
        if (c >= BS_R && c < BS_L) ix->need_r |= 1ull << (c - BS_R);
        if (c < BS_C) ix->need_f |= 1ull << (c - BS_F);
        else if (c < BS_H) ix->need_c |= 1ull << (c - BS_C);
        else if (c < BS_E) ix->need_h |= 1ull << (c - BS_H);
    }
    return true;
}

/* Builds the positive programs (dn_elem.pos0: each program without its complemented sets, from
 * which the sets every match needs come, dn_rule.need), notes the elements every match needs a
 * token of (dn_elem.req) and lists the start filters (rule_cand_one) of r. */
static bool build_filters(const dn_alloc *a, dn_rule *r) {
    size_t cap = 0, fcap = 0;
    r->npos = r->nfilt = 0;
    memset(r->need, 0, sizeof r->need);
    for (size_t ei = 0; ei < r->nelems; ei++) {
        dn_elem *e = &r->elems[ei];
        e->req = !e->ent && e->min >= 1 && e->nalts && e->nprog && !e->negonly;
        e->pos0 = (uint32_t)r->npos;
        const uint16_t *prog = r->prog + e->prog0;
        for (uint32_t k = 0; k < e->nprog; k++) {
            uint16_t c = prog[k];
            size_t len = c == PROG_OR ? 2u + prog[k + 1] : 1u;
            if (c != PROG_ALT && c != PROG_OR && (c & PROG_NEG)) continue;
            if (!DN_GROW(a, r->pos, cap, r->npos + len)) return false;
            memcpy(r->pos + r->npos, prog + k, len * sizeof *prog);
            r->npos += len;
            k += (uint32_t)len - 1;
        }
        e->npos = (uint32_t)r->npos - e->pos0;
        /* the sets that every alternative of a needed element needs */
        if (e->ent) ne_set(r->need, BS_E + (size_t)e->ent - 1);
        if (!e->req) continue;
        uint64_t in[DN_SET_WORDS] = {0}, al[DN_SET_WORDS] = {0};
        bool first = true;
        const uint16_t *p = r->pos + e->pos0;
        for (uint32_t k = 0; k <= e->npos; k++) {
            if (k == e->npos || p[k] == PROG_ALT) {
                if (k) {
                    for (int q = 0; q < DN_SET_WORDS; q++) in[q] = first ? al[q] : in[q] & al[q];
                    first = false;
                }
                memset(al, 0, sizeof al);
                continue;
            }
            if (p[k] == PROG_OR) k += 1u + p[k + 1];
            else ne_set(al, p[k]);
        }
        if (!first)
            for (int q = 0; q < DN_SET_WORDS; q++) r->need[q] |= in[q];
    }
    /* an entity element after a fixed number of tokens */
    r->entk = -1;
    r->entoff = 0;
    for (size_t ei = 0, o = 0; ei < r->nelems; ei++) {
        const dn_elem *e = &r->elems[ei];
        if (e->ent) {
            r->entk = (int8_t)(e->ent - 1), r->entoff = (uint32_t)o;
            break;
        }
        if (e->min != e->max) break;
        o += e->min;
    }
    r->nneed = 0;
    for (int q = 0; q < DN_SET_WORDS; q++)
        if (r->need[q]) r->need_w[r->nneed] = (uint8_t)q, r->need[r->nneed++] = r->need[q]; /* (compact: q >= nneed) */
    /* the filters: as rule_cand_one applies them (see there) */
    size_t lo = 0, hi = 0;
    bool rel = false;
    for (size_t ei = 0; ei < r->nelems && ei < 63; ei++) {
        const dn_elem *e = &r->elems[ei];
        dn_filt f = {(uint16_t)lo, (uint16_t)hi, (uint8_t)ei, 0, 0, rel, 0, 0, 0, 0};
        if (!e->ent) f.req = e->req, f.exact = e->exact, f.pid = e->pid, f.alias = e->alias;
        if (lo > 65535 - 64) break; /* (not reached: at most 63 elements of at most 16 tokens) */
        if (e->ent) {
            if (rel) break;
            f.ent = e->ent;
            if (!DN_GROW(a, r->filt, fcap, r->nfilt + 1)) return false;
            r->filt[r->nfilt++] = f;
            /* the entity element of entk at a fixed offset: the elements after it by their
             * offsets from the end of its gazetteer match */
            if (lo != hi || r->entk != (int8_t)(e->ent - 1) || r->entoff != lo) break;
            rel = true;
            lo = hi = 0;
            continue;
        }
        bool tail = e->negonly && (int)ei >= r->span1;
        const uint16_t *prog = r->prog + e->prog0;
        bool all = false; /* an alternative without set tests: every token */
        for (uint32_t k = 0; k < e->nprog && !all; k++)
            all = prog[k] == PROG_ALT && (k + 1 == e->nprog || prog[k + 1] == PROG_ALT);
        if (e->min >= 1 && !all) {
            f.tail = tail;
            if (!DN_GROW(a, r->filt, fcap, r->nfilt + 1)) return false;
            r->filt[r->nfilt++] = f;
        }
        if (tail) break;
        lo += e->min, hi += e->max;
        if (hi - lo > 8) break;
    }
    return true;
}

/* Reads a word (non-space run) at the cursor. */
static size_t read_word(parser *p, const char **w) {
    skip_ws(p);
    *w = p->l + p->i;
    size_t s = p->i;
    while (p->i < p->n && p->l[p->i] != ' ' && p->l[p->i] != '\t') p->i++;
    return p->i - s;
}

static int parse_line(parser *p) {
    const char *w;
    size_t tl = read_word(p, &w);
    const char *type = w;
    int ty;
    if (tl == 3 && memcmp(type, "PER", 3) == 0) ty = DENER_PER;
    else if (tl == 3 && memcmp(type, "LOC", 3) == 0) ty = DENER_LOC;
    else if (tl == 3 && memcmp(type, "ORG", 3) == 0) ty = DENER_ORG;
    else if (tl == 3 && memcmp(type, "NOT", 3) == 0) ty = DN_RULE_NOT;
    else if (tl == 4 && memcmp(type, "DATE", 4) == 0) ty = 100;
    else if (tl == 6 && memcmp(type, "NODATE", 6) == 0) ty = 101;
    else {
        p->i -= tl;
        return perr(p, DENER_ERR_RULE, "expected a type (PER, LOC, ORG, NOT, DATE, NODATE), found", type, (int)tl);
    }
    size_t pl = read_word(p, &w);
    size_t wi = pl && w[0] == '-' ? 1 : 0;
    unsigned pv = 0;
    bool okp = pl > wi && read_small_uint(w, pl, &wi, &pv) && wi == pl;
    int prio = pl && w[0] == '-' ? -(int)pv : (int)pv;
    if (!okp || prio < -1000 || prio > 1000) {
        p->i -= pl;
        return perr(p, DENER_ERR_RULE, "expected a priority (an integer from -1000 to 1000)", NULL, 0);
    }
    const char *name;
    size_t nl = read_word(p, &name);
    if (!nl || nl > 200) return perr(p, DENER_ERR_RULE, "expected a rule name", NULL, 0);
    skip_ws(p);
    if (p->i >= p->n || p->l[p->i] != ':') return perr(p, DENER_ERR_RULE, "expected \":\" after the rule name", NULL, 0);
    p->i++;
    skip_ws(p);
    if (p->i >= p->n) return perr(p, DENER_ERR_RULE, "empty pattern", NULL, 0);
    char nbuf[256];
    int k = snprintf(nbuf, sizeof nbuf, "%s:%.*s", ty >= 100 ? "date" : "rule", (int)nl, name);
    uint32_t src = dn_pool_add(p->m, nbuf, (size_t)k);
    if (!src) return perr(p, DENER_ERR_NOMEM, "out of memory", NULL, 0);
    if (ty >= 100)
        return dn_date_rule_parse(p->m, p->path, p->line, ty == 101, prio, src, p->l + p->i, p->n - p->i, p->i, p->err);

    dn_rule r = {0};
    r.type = (uint8_t)ty;
    r.prio = (int16_t)prio;
    r.name = src;
    r.line = (uint32_t)p->line;
    r.span0 = -1;
    r.span1 = -1;
    p->r = &r;
    p->elems_cap = p->tests_cap = 0;
    int rc = DENER_OK;
    while (rc == DENER_OK) {
        skip_ws(p);
        if (p->i >= p->n || p->l[p->i] == '#') break;
        char c = p->l[p->i];
        if ((c == '<' || c == '>') && (p->i + 1 >= p->n || p->l[p->i + 1] == ' ' || p->l[p->i + 1] == '\t')) {
            p->i++;
            if (c == '<') {
                if (r.span0 >= 0) rc = perr(p, DENER_ERR_RULE, "a second \"<\"", NULL, 0);
                r.span0 = (int)r.nelems;
            } else {
                if (r.span0 < 0 || r.span1 >= 0) rc = perr(p, DENER_ERR_RULE, "\">\" without \"<\"", NULL, 0);
                r.span1 = (int)r.nelems;
            }
            continue;
        }
        rc = parse_elem(p);
    }
    if (rc == DENER_OK && r.nelems == 0) rc = perr(p, DENER_ERR_RULE, "empty pattern", NULL, 0);
    if (rc == DENER_OK && r.span0 >= 0 && r.span1 < 0) rc = perr(p, DENER_ERR_RULE, "\"<\" without \">\"", NULL, 0);
    if (rc == DENER_OK && r.span0 >= 0 && r.span1 <= r.span0) rc = perr(p, DENER_ERR_RULE, "empty span between < and >", NULL, 0);
    if (rc == DENER_OK && r.span0 < 0) {
        r.span0 = 0;
        r.span1 = (int)r.nelems;
    }
    if (rc == DENER_OK && (!compile_rule(&p->m->alloc, &r) || !index_rule(p->m, &r) || !build_progs(&p->m->alloc, &r) ||
                           !note_needs(p->m, &r) || !build_filters(&p->m->alloc, &r)))
        rc = perr(p, DENER_ERR_NOMEM, "out of memory", NULL, 0);
    if (rc == DENER_OK) {
        if (!DN_GROW(&p->m->alloc, p->m->rules, p->m->rules_cap, p->m->nrules + 1)) rc = perr(p, DENER_ERR_NOMEM, "out of memory", NULL, 0);
        else p->m->rules[p->m->nrules++] = r;
    }
    if (rc) rule_free(&p->m->alloc, &r);
    return rc;
}

int dn_rules_load(dener_model *m, const char *path, const char *data, size_t len, dener_error *err) {
    size_t line = 0, i = 0;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < len) {
        size_t j = i;
        while (j < len && data[j] != '\n') j++;
        line++;
        size_t e = j;
        if (e > i && data[e - 1] == '\r') e--;
        parser p = {m, path, line, data + i, e - i, 0, err, NULL, 0, 0};
        i = j + 1;
        skip_ws(&p);
        if (p.i >= p.n || p.l[p.i] == '#') continue;
        if (memchr(p.l, 0, p.n)) return dn_error(err, DENER_ERR_RULE, line, 0, "%s:%zu: NUL byte in line", path, line);
        int rc = parse_line(&p);
        if (rc) return rc;
    }
    if (!index_needs(m)) return dn_error(err, DENER_ERR_NOMEM, line, 0, "%s: out of memory", path);
    return DENER_OK;
}

void dn_rules_free(dener_model *m) {
    for (size_t i = 0; i < m->nrules; i++) {
        if (m->rule_index && i < m->rule_index->packed) m->rules[i].filt = NULL, m->rules[i].elems = NULL; /* (in the pack) */
        rule_free(&m->alloc, &m->rules[i]);
    }
    dn_free(&m->alloc, m->rules);
    m->rules = NULL;
    m->nrules = 0;
    index_free(&m->alloc, m->rule_index);
    m->rule_index = NULL;
    dn_dates_free(m);
}

/* ------------------------------------------------------------------ matching */

typedef struct mctx {
    const dener_model *m;
    dn_rule_scratch *rs;
    const char *text;
    const dn_tokens *tk;
    const dn_gaz_view *gz;
    const dn_rule *r;
    size_t pos[64];
    size_t end;
    unsigned steps;
    bool oom; /* PCRE2 ran out of memory */
    const uint64_t *bs; /* the document's bit sets (BS_*), nw words each */
    size_t nw;
} mctx;

/* The regular expression cache of a document: entries (key << 1 | result) + 1 with key = rule id
 * << 48 | test id << 32 | form (rule id and test id below 65535), 0 free. Equal forms are equal
 * bytes, and a test's result depends on the token's bytes alone. */
static uint64_t re_key(const mctx *c, const dn_test *t, const dn_token *tok) {
    size_t ri = (size_t)(c->r - c->m->rules), ti = (size_t)(t - c->r->tests);
    if (ri >= 65535 || ti >= 65535 || tok->form == UINT32_MAX) return 0;
    return ((uint64_t)(ri + 1) << 48) | ((uint64_t)ti << 32) | tok->form;
}

static int re_get(const dn_rule_scratch *rs, uint64_t key) {
    if (!rs->recache_cap) return -1;
    size_t mask = rs->recache_cap - 1;
    for (size_t i = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 20) & mask; rs->recache[i]; i = (i + 1) & mask)
        if ((rs->recache[i] - 1) >> 1 == key) return (int)((rs->recache[i] - 1) & 1u);
    return -1;
}

static void re_put(dn_rule_scratch *rs, uint64_t key, bool ok) {
    if (2 * (rs->recache_n + 1) > rs->recache_cap) {
        size_t ncap = rs->recache_cap ? 2 * rs->recache_cap : 1024;
        uint64_t *nt = dn_calloc(rs->alloc, ncap, sizeof *nt);
        uint32_t *ns = dn_malloc(rs->alloc, ncap / 2 * sizeof *ns);
        if (!nt || !ns || ncap > UINT32_MAX) { /* no caching */
            dn_free(rs->alloc, nt);
            dn_free(rs->alloc, ns);
            return;
        }
        size_t n = 0;
        for (size_t j = 0; j < rs->recache_cap; j++) {
            uint64_t e = rs->recache[j];
            if (!e) continue;
            size_t i = (size_t)((((e - 1) >> 1) * 0x9E3779B97F4A7C15ull) >> 20) & (ncap - 1);
            while (nt[i]) i = (i + 1) & (ncap - 1);
            nt[i] = e;
            ns[n++] = (uint32_t)i;
        }
        dn_free(rs->alloc, rs->recache);
        dn_free(rs->alloc, rs->reslot);
        rs->recache = nt;
        rs->reslot = ns;
        rs->recache_cap = ncap;
    }
    size_t mask = rs->recache_cap - 1;
    size_t i = (size_t)((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
    while (rs->recache[i]) i = (i + 1) & mask;
    rs->recache[i] = ((key << 1) | (ok ? 1u : 0u)) + 1;
    rs->reslot[rs->recache_n++] = (uint32_t)i; /* (recache_n < recache_cap / 2: room) */
}

_Static_assert(DN_RX_BYTES <= 24, "the slots' bytes compare with dn_eq24");

/* The results of regular expression tests kept from one document to the next (a test's result
 * depends on the token's bytes alone): direct-mapped by rule, test and bytes (up to DN_RX_BYTES). */
static uint32_t rx_hash(size_t ri, size_t ti, const unsigned char *u, size_t n) {
    uint32_t h = (uint32_t)(ri * 0x9E3779B1u) ^ (uint32_t)(ti * 0x85EBCA77u) ^ (uint32_t)n;
    for (size_t i = 0; i < n; i++) h = (h ^ u[i]) * 0x01000193u;
    h ^= h >> 15;
    return h * 0x2C1B3C6Du;
}

/* The slot of test t on token tok: its len is 0 if it holds no result for them (a miss), else
 * the byte count | 0x80 if the result was a match. NULL: no cache for this token. */
static dn_rx_slot *rx_slot(mctx *c, const dn_test *t, const dn_token *tok) {
    dn_rule_scratch *rs = c->rs;
    size_t n = tok->b1 - tok->b0, ri = (size_t)(c->r - c->m->rules), ti = (size_t)(t - c->r->tests);
    if (n == 0 || n > DN_RX_BYTES || ri >= 65535 || ti >= 65535) return NULL;
    if (rs->rx_m != c->m) { /* (without memory: no cache) */
        if (!rs->rx) rs->rx = dn_malloc(rs->alloc, ((size_t)1 << DN_RX_BITS) * sizeof *rs->rx);
        if (rs->rx) memset(rs->rx, 0, ((size_t)1 << DN_RX_BITS) * sizeof *rs->rx);
        rs->rx_m = c->m;
    }
    if (!rs->rx) return NULL;
    const unsigned char *u = (const unsigned char *)c->text + tok->b0;
    uint32_t h = rx_hash(ri, ti, u, n);
    dn_rx_slot *s = &rs->rx[h >> (32 - DN_RX_BITS)];
    if ((s->len & 0x7F) == n && s->hash == h && s->ri == ri && s->ti == ti && dn_eq24(s->bytes, (const char *)u, n)) return s;
    rs->rx_h = h;
    rs->rx_at = s;
    return &rs->rx_miss;
}

static void rx_put(mctx *c, dn_rx_slot *xs, const dn_test *t, const dn_token *tok, bool ok) {
    dn_rule_scratch *rs = c->rs;
    if (xs != &rs->rx_miss) return;
    dn_rx_slot *s = rs->rx_at;
    size_t n = tok->b1 - tok->b0;
    s->hash = rs->rx_h;
    s->ri = (uint16_t)(c->r - c->m->rules);
    s->ti = (uint16_t)(t - c->r->tests);
    s->len = (uint8_t)(n | (ok ? 0x80u : 0u));
    memcpy(s->bytes, c->text + tok->b0, n);
}

/* Notes the result ok of the regular expression of pattern bit b for form fo: with the form, and in
 * the word cache slot it holds (for the next documents). */
static void rx_note(mctx *c, dn_form *fo, uint64_t b, bool ok) {
    fo->rrx[0] |= b;
    if (ok) fo->rrx[1] |= b;
    if (c->tk->wc && fo->slot == UINT32_MAX) { /* (it holds its slot) */
        dn_wc_slot *w = &c->tk->wc[fo->wslot];
        w->rrx[0] = fo->rrx[0], w->rrx[1] = fo->rrx[1];
    }
}

/* The result of regular expression test t (pattern bit b) on tok (form fo), not known for the form
 * (dn_form.rrx): kept from an earlier document by pattern id and bytes (the forms that hold no word
 * cache slot), or matched now. */
static bool rx_form(mctx *c, const dn_test *t, const dn_token *tok, dn_form *fo, uint64_t b) {
    dn_rule_scratch *rs = c->rs;
    bool ok;
    size_t n = tok->b1 - tok->b0;
    const unsigned char *u = (const unsigned char *)c->text + tok->b0;
    dn_rx_slot *s = NULL;
    uint32_t h = 0;
    if (n && n <= DN_RX_BYTES && !(c->tk->wc && fo->slot == UINT32_MAX)) {
        if (rs->rx_m != c->m) { /* (without memory: no cache) */
            if (!rs->rx) rs->rx = dn_malloc(rs->alloc, ((size_t)1 << DN_RX_BITS) * sizeof *rs->rx);
            if (rs->rx) memset(rs->rx, 0, ((size_t)1 << DN_RX_BITS) * sizeof *rs->rx);
            rs->rx_m = c->m;
        }
        if (rs->rx) {
            h = fo->hash * 0x9E3779B1u ^ (uint32_t)(t->rxid + 1) * 0x85EBCA77u;
            h ^= h >> 15;
            h *= 0x2C1B3C6Du;
            s = &rs->rx[h >> (32 - DN_RX_BITS)];
            /* (ti 0xFFFF: a slot by pattern id, ri = the id) */
            if ((s->len & 0x7F) == n && s->hash == h && s->ri == t->rxid && s->ti == 0xFFFF && dn_eq24(s->bytes, (const char *)u, n)) {
                ok = s->len >> 7;
                rx_note(c, fo, b, ok);
                return ok;
            }
        }
    }
    if (t->suf && n && !suf_match(c->m->pool + t->suf, u, n)) { /* (known for the form from now on) */
        rx_note(c, fo, b, false);
        return false;
    }
    /* compiled with PCRE2_MATCH_INVALID_UTF: the JIT's own entry needs no checks */
    int rc = t->jit ? pcre2_jit_match(t->re, (PCRE2_SPTR)u, n, 0, 0, rs->md, rs->mc)
                    : pcre2_match(t->re, (PCRE2_SPTR)u, n, 0, 0, rs->md, rs->mc);
    ok = rc >= 0;
    if (rc == PCRE2_ERROR_NOMEMORY) { /* a limit error is just no match */
        c->oom = true;
        return ok;
    }
    rx_note(c, fo, b, ok);
    if (s) {
        s->hash = h;
        s->ri = t->rxid;
        s->ti = 0xFFFF;
        s->len = (uint8_t)(n | (ok ? 0x80u : 0u));
        memcpy(s->bytes, u, n);
    }
    return ok;
}

/* The quick rejects of a regular expression test by the most code points and the last byte of a
 * match (rx_analyse): false if it cannot match the bytes u[0..n) of ncp code points. */
static inline bool rx_len_last(const dn_test *t, const unsigned char *u, size_t n, size_t ncp) {
    return ncp <= t->maxlen && (!n || ((t->lastb[u[n - 1] >> 6] >> (u[n - 1] & 63)) & 1u));
}

bool dn_rule_regex_may_match(const dener_model *m, const dn_test *t, const char *s, size_t n, size_t ncp) {
    const unsigned char *u = (const unsigned char *)s;
    return rx_len_last(t, u, n, ncp) && (!t->suf || !n || suf_match(m->pool + t->suf, u, n));
}

static bool test_tok(mctx *c, const dn_test *t, const dn_token *tok) {
    bool ok;
    switch (t->op) {
    case DN_OP_LIT: {
        if (t->litid != DN_LIT_NONE) {
            size_t ti = (size_t)(tok - c->tk->t);
            ok = (c->bs[(BS_L + (size_t)t->litid) * c->nw + (ti >> 6)] >> (ti & 63)) & 1u;
            break;
        }
        ok = false;
        if (!((t->lenmask >> (tok->keylen < 63 ? tok->keylen : 63)) & 1u)) break;
        const char *lit = c->m->pool + t->lit;
        const char *key = c->tk->keys.p + tok->key;
        unsigned char k0 = (unsigned char)key[0];
        if (!((t->litfirst[k0 >> 6] >> (k0 & 63)) & 1u)) break;
        const uint8_t *lens = t->litlens ? (const uint8_t *)c->m->pool + t->litlens : NULL;
        for (unsigned k = 0; k < t->arg; k++) {
            size_t ll = lens && lens[k] < 255 ? lens[k] : strlen(lit);
            if (ll == tok->keylen && memcmp(lit, key, ll) == 0) { ok = true; break; }
            lit += ll + 1;
        }
        break;
    }
    case DN_OP_CLASS: ok = (tok->classes >> t->arg) & 1u; break;
    case DN_OP_HEAD: ok = (tok->head >> t->arg) & 1u; break;
    case DN_OP_PART1: ok = (tok->part1 & t->arg) != 0; break;
    case DN_OP_FLAG: ok = (tok->flags & t->arg) != 0; break;
    case DN_OP_ANY: ok = true; break;
    case DN_OP_KNOWN: { /* the set BS_K (no look-up of the node) */
        size_t ti = (size_t)(tok - c->tk->t);
        ok = (c->bs[BS_K * c->nw + (ti >> 6)] >> (ti & 63)) & 1u;
        break;
    }
    case DN_OP_REGEX: {
        /* (the result for the form, known from an earlier token or document: dn_form.rrx) */
        dn_form *fo = t->rxid != DN_RXID_NONE && tok->form < c->tk->nforms ? &c->tk->forms[tok->form] : NULL;
        uint64_t fb = fo ? 1ull << t->rxid : 0;
        if (fo && (fo->rrx[0] & fb)) {
            ok = (fo->rrx[1] & fb) != 0;
            break;
        }
        ok = false;
        uint8_t b0 = tok->b1 > tok->b0 ? (uint8_t)c->text[tok->b0] : 0;
        uint32_t ncp = tok->c1 - tok->c0;
        bool rej = ncp < t->minlen || !rx_len_last(t, (const unsigned char *)c->text + tok->b0, tok->b1 - tok->b0, ncp) ||
                   (t->first_cu >= 0 && b0 != t->first_cu) ||
                   (t->first_bm && !((t->first_bm[b0 >> 3] >> (b0 & 7)) & 1u)) ||
                   (t->lead == 1 && b0 < 0x80 && !(b0 >= 'A' && b0 <= 'Z')) ||
                   (t->lead == 2 && b0 < 0x80 && !(b0 >= 'a' && b0 <= 'z'));
        if (rej) {
            if (fo) rx_note(c, fo, fb, false);
            break;
        }
        if (fo) {
            ok = rx_form(c, t, tok, fo, fb);
            break;
        }
        uint64_t key = re_key(c, t, tok);
        if (key) {
            int hit = re_get(c->rs, key);
            if (hit >= 0) {
                ok = hit;
                break;
            }
        }
        if (t->suf && tok->b1 > tok->b0 &&
            !suf_match(c->m->pool + t->suf, (const unsigned char *)c->text + tok->b0, tok->b1 - tok->b0))
            break; /* (after the caches: a loop over the endings) */
        /* the same test on the same bytes in an earlier document */
        dn_rx_slot *xs = rx_slot(c, t, tok);
        if (xs && xs->len) {
            ok = xs->len >> 7;
            if (key) re_put(c->rs, key, ok);
            break;
        }
        /* compiled with PCRE2_MATCH_INVALID_UTF: the JIT's own entry needs no checks */
        int rc = t->jit ? pcre2_jit_match(t->re, (PCRE2_SPTR)(c->text + tok->b0), tok->b1 - tok->b0, 0, 0, c->rs->md, c->rs->mc)
                        : pcre2_match(t->re, (PCRE2_SPTR)(c->text + tok->b0), tok->b1 - tok->b0, 0, 0, c->rs->md, c->rs->mc);
        ok = rc >= 0;
        if (rc == PCRE2_ERROR_NOMEMORY) c->oom = true; /* a limit error is just no match */
        else {
            if (key) re_put(c->rs, key, ok);
            if (xs) rx_put(c, xs, t, tok, ok);
        }
        break;
    }
    default: ok = false;
    }
    return ok != (t->neg != 0);
}

/* The bit mask tests of an alternative. */
static inline bool alt_masks(const dn_alt *al, const dn_token *tok) {
    return (tok->flags & al->req_f) == al->req_f && !(tok->flags & al->forb_f) && !al->never &&
           (tok->classes & al->req_c) == al->req_c && !(tok->classes & al->forb_c) &&
           (tok->head & al->req_h) == al->req_h && !(tok->head & al->forb_h);
}

/* True if token ti passes element e: one of its alternatives (see dn_alt) holds. */
static bool elem_tok(mctx *c, const dn_elem *e, size_t ti) {
    const dn_token *tok = &c->tk->t[ti];
    const dn_rule *r = c->r;
    const dn_alt *al = r->alts + e->alt0;
    for (uint32_t k = 0; k < e->nalts; k++, al++) {
        if (!alt_masks(al, tok)) continue;
        bool ok = true;
        for (uint32_t s = 0; s < al->nslow && ok; s++) ok = test_tok(c, &r->tests[r->slow[al->slow0 + s]], tok);
        if (ok) return true;
    }
    return e->nalts == 0;
}

/* True if every test of e is negated: a context element that says what must NOT be there. */
static bool neg_only(const dn_rule *r, const dn_elem *e) {
    (void)r;
    return e->negonly;
}
static bool neg_only_of(const dn_rule *r, const dn_elem *e) {
    if (e->ent || e->min != 1) return false;
    for (unsigned k = 0; k < e->ntests; k++)
        if (!r->tests[e->test0 + k].neg) return false;
    return e->ntests > 0;
}

/* Whether token ti passes element e: by its set if the filters computed it there (a bit test;
 * then, if the set can hold more tokens than the element accepts, the element's tests), else by
 * the element's tests. */
static const uint64_t *eset_words(mctx *c, unsigned alias, uint32_t pid, size_t a, size_t b);
static __attribute__((noinline)) uint64_t eset_one_fill(mctx *c, uint32_t pid);
static __attribute__((noinline)) bool elem_ok_tests(mctx *c, const dn_elem *e, size_t ti) {
    if (e->xone) { /* the tests the set leaves out */
        const dn_token *tok = &c->tk->t[ti];
        for (uint32_t k = 0; k < e->nxt; k++)
            if (!test_tok(c, &c->r->tests[c->r->xt[e->xt0 + k]], tok)) return false;
        return true;
    }
    return elem_tok(c, e, ti);
}
/* (inline: the bit test and an exact element's answer; the tests out of line) */
static inline __attribute__((always_inline)) bool elem_ok(mctx *c, const dn_elem *e, size_t ti) {
    dn_rule_scratch *rs = c->rs;
    size_t w = ti >> 6, vw = (c->nw + 63) >> 6;
    if (e->alias) {
        if (!((c->bs[(size_t)(e->alias - 1) * c->nw + w] >> (ti & 63)) & 1u)) return false;
    } else if (c->nw == 1) {
        const struct dn_eone *o = &rs->eone[e->pid];
        if (!(((o->gen == rs->gen ? o->w : eset_one_fill(c, e->pid)) >> ti) & 1u)) return false;
    } else {
        if (!(rs->egen[e->pid] == rs->gen && ((rs->evalid[(size_t)e->pid * vw + (w >> 6)] >> (w & 63)) & 1u)))
            eset_words(c, e->alias, e->pid, w, w + 1);
        if (!((rs->eset[(size_t)e->pid * c->nw + w] >> (ti & 63)) & 1u)) return false;
    }
    if (e->exact) return true;
    return elem_ok_tests(c, e, ti);
}

static bool match_from(mctx *c, size_t ei, size_t ti) {
    const dn_rule *r = c->r;
    size_t n = c->tk->n;
    for (;;) { /* (a loop where the next element has one way to go on: a tail call) */
        if (++c->steps > 10000) return false; /* bound on backtracking per start token */
        if (ei < 64) c->pos[ei] = ti;
        if (ei == r->nelems) {
            c->end = ti;
            return true;
        }
        const dn_elem *e = &r->elems[ei];
        if (e->ent) {
            if (ti >= n) return false;
            uint32_t end = c->gz->end[ti][e->ent - 1];
            if (!end) return false;
            ei++, ti = end;
            continue;
        }
        if (e->min == 1 && e->max == 1) {
            if (ti < n && elem_ok(c, e, ti)) {
                ei++, ti++;
                continue;
            }
            if (ti >= n && (int)ei >= r->span1 && neg_only(r, e)) { /* "not followed by X" at the end */
                ei++;
                continue;
            }
            return false;
        }
        size_t k = 0;
        while (k < e->max && ti + k < n && elem_ok(c, e, ti + k)) k++;
        if (k < e->min && ti >= n && (int)ei >= r->span1 && neg_only(r, e))
            return match_from(c, ei + 1, ti); /* "not followed by X" holds at the end of the text */
        if (k < e->min) return false;
        for (size_t cnt = k + 1; cnt-- > e->min;)
            if (match_from(c, ei + 1, ti + cnt)) return true;
        return false;
    }
}

/* The general loop of cand_and_tail (and of cand_and for ranges of 64 offsets or more, which
 * build_filters does not make): cand &= the tokens t with some token in [t + lo, t + hi] in w, or
 * (with_tail) at or after position tail; inlined with with_tail constant. */
static inline __attribute__((always_inline)) bool cand_and_span(uint64_t *cand, const uint64_t *w, size_t nw, size_t lo,
                                                                size_t hi, size_t tail, const bool with_tail) {
    uint64_t any = 0;
    size_t tw = tail >> 6;
    uint64_t tm = tail == SIZE_MAX ? 0 : ~((1ull << (tail & 63)) - 1);
    for (size_t i = 0; i < nw; i++) {
        if (!cand[i]) continue;
        uint64_t acc = 0;
        for (size_t o = lo; o <= hi; o++) {
            size_t q = i + (o >> 6);
            unsigned sh = (unsigned)(o & 63);
            uint64_t x0 = q < nw ? w[q] : 0, x1 = q + 1 < nw ? w[q + 1] : 0;
            if (with_tail) {
                x0 |= q > tw ? ~0ull : q == tw ? tm : 0;
                x1 |= q + 1 > tw ? ~0ull : q + 1 == tw ? tm : 0;
            }
            if (q < nw) acc |= x0 >> sh;
            if (sh && q + 1 < nw) acc |= x1 << (64 - sh);
        }
        cand[i] &= acc;
        any |= cand[i];
    }
    return any != 0;
}

/* cand &= the tokens t such that some token in [t + lo, t + hi] is in set w; false if no candidate
 * is left. */
static bool cand_and(uint64_t *cand, const uint64_t *w, size_t nw, size_t lo, size_t hi) {
    uint64_t any = 0;
    if (lo == hi) { /* one offset */
        size_t qo = lo >> 6;
        unsigned sh = (unsigned)(lo & 63);
        if (!sh) {
            for (size_t i = 0; i + qo < nw; i++) cand[i] &= w[i + qo], any |= cand[i];
            for (size_t i = nw > qo ? nw - qo : 0; i < nw; i++) cand[i] = 0;
            return any != 0;
        }
        /* (the words whose next word is in the set too, then the last one) */
        size_t i = 0;
        for (; i + qo + 1 < nw; i++) cand[i] &= w[i + qo] >> sh | w[i + qo + 1] << (64 - sh), any |= cand[i];
        if (i + qo < nw) cand[i] &= w[i + qo] >> sh, any |= cand[i], i++;
        for (; i < nw; i++) cand[i] = 0;
        return any != 0;
    }
    /* a range of offsets (hi - lo <= 8, see build_filters): word i of the set moved by lo (x), the
     * word after it (y, the next word's x), and the OR of x and y moved by 1 .. hi - lo: each word
     * of the set moved once, not once per offset */
    if (hi - lo >= 64) return cand_and_span(cand, w, nw, lo, hi, SIZE_MAX, false); /* (not reached) */
    const size_t qo = lo >> 6, d = hi - lo;
    const unsigned sh = (unsigned)(lo & 63);
#define MOVED(q) ((q) < nw ? (sh ? w[q] >> sh | ((q) + 1 < nw ? w[(q) + 1] << (64 - sh) : 0) : w[q]) : 0)
    uint64_t x = MOVED(qo);
    for (size_t i = 0; i < nw; i++) {
        const uint64_t y = MOVED(i + qo + 1);
        if (cand[i]) {
            uint64_t acc = x;
            for (size_t k = 1; k <= d; k++) acc |= x >> k | y << (64 - k);
            cand[i] &= acc;
            any |= cand[i];
        }
        x = y;
    }
#undef MOVED
    return any != 0;
}

/* Word i of the token set of an element, from its program in the form of flat_prog (the sets 4 at
 * a time, with the padding). */
static inline __attribute__((always_inline)) uint64_t elem_word(const uint16_t *f, const uint64_t *bs, size_t nw, size_t i) {
    const uint64_t *b = bs + i;
    uint64_t e = 0;
    for (unsigned k = 0, nalt = *f++; k < nalt; k++) {
        unsigned nor = f[1], gpos = f[3], gneg = f[4];
        f += 5;
        /* (the sets 4 at a time: padded with BS_ONE, the complemented ones with BS_ZERO) */
        uint64_t a = b[(size_t)f[0] * nw] & b[(size_t)f[1] * nw] & b[(size_t)f[2] * nw] & b[(size_t)f[3] * nw], u = 0;
        f += 4;
        for (unsigned g = 1; g < gpos; g++, f += 4)
            a &= b[(size_t)f[0] * nw] & b[(size_t)f[1] * nw] & b[(size_t)f[2] * nw] & b[(size_t)f[3] * nw];
        for (unsigned g = 0; g < nor; g++) {
            unsigned cnt = *f++;
            uint64_t o = 0;
            for (unsigned j = 0; j < cnt; j++) o |= b[(size_t)f[j] * nw];
            f += cnt;
            a &= o;
        }
        for (unsigned g = 0; g < gneg; g++, f += 4)
            u |= b[(size_t)f[0] * nw] | b[(size_t)f[1] * nw] | b[(size_t)f[2] * nw] | b[(size_t)f[3] * nw];
        e |= a & ~u;
    }
    return e;
}

/* out = the token set of an element (its program in the form of flat_prog) over the words [w0, w1):
 * blocks of 4 words, each set of the program read for the 4 at once. (The words after w1 that a
 * block reads are another set's, the work space or the 4 words after it, see dn_rules_apply; their
 * results are not stored.) */
static void elem_set(uint64_t *out, const uint16_t *f0, const uint64_t *bs, size_t nw, size_t w0, size_t w1) {
    if (w1 - w0 == 1) {
        out[w0] = elem_word(f0, bs, nw, w0);
        return;
    }
    for (size_t i = w0; i < w1; i += 4) {
        size_t m = w1 - i < 4 ? w1 - i : 4;
        const uint64_t *b = bs + i;
        const uint16_t *f = f0;
        uint64_t e0 = 0, e1 = 0, e2 = 0, e3 = 0;
        for (unsigned k = 0, nalt = *f++; k < nalt; k++) {
            unsigned npos = f[0], nor = f[1], nneg = f[2], gpos = f[3], gneg = f[4];
            f += 5;
            uint64_t a0 = ~0ull, a1 = ~0ull, a2 = ~0ull, a3 = ~0ull, u0 = 0, u1 = 0, u2 = 0, u3 = 0;
            for (unsigned j = 0; j < npos; j++) { /* (not the padding) */
                const uint64_t *p = b + (size_t)f[j] * nw;
                a0 &= p[0], a1 &= p[1], a2 &= p[2], a3 &= p[3];
            }
            f += 4 * (size_t)gpos;
            for (unsigned g = 0; g < nor; g++) {
                unsigned cnt = *f++;
                uint64_t o0 = 0, o1 = 0, o2 = 0, o3 = 0;
                for (unsigned j = 0; j < cnt; j++) {
                    const uint64_t *p = b + (size_t)f[j] * nw;
                    o0 |= p[0], o1 |= p[1], o2 |= p[2], o3 |= p[3];
                }
                f += cnt;
                a0 &= o0, a1 &= o1, a2 &= o2, a3 &= o3;
            }
            for (unsigned j = 0; j < nneg; j++) {
                const uint64_t *p = b + (size_t)f[j] * nw;
                u0 |= p[0], u1 |= p[1], u2 |= p[2], u3 |= p[3];
            }
            f += 4 * (size_t)gneg;
            e0 |= a0 & ~u0, e1 |= a1 & ~u1, e2 |= a2 & ~u2, e3 |= a3 & ~u3;
        }
        out[i] = e0;
        if (m > 1) out[i + 1] = e1;
        if (m > 2) out[i + 2] = e2;
        if (m > 3) out[i + 3] = e3;
    }
}

/* The words [a, b) of an element's token set (its program pid, elem_set) in this document: the set
 * itself if the program is one (alias), else computed where not yet (dn_rule_scratch.eone in a
 * document of one word, eset otherwise). (By the element's dn_elem.alias and pid, which the
 * filters copy: the filters need not read the element.) */
static const uint64_t *eset_words(mctx *c, unsigned alias, uint32_t pid, size_t a, size_t b) {
    if (alias) return c->bs + (size_t)(alias - 1) * c->nw;
    dn_rule_scratch *rs = c->rs;
    if (c->nw == 1) { /* (a document of one word: dn_rule_scratch.eone) */
        if (rs->eone[pid].gen != rs->gen) eset_one_fill(c, pid);
        return &rs->eone[pid].w;
    }
    size_t nw = c->nw, vw = (nw + 63) >> 6;
    uint64_t *s = rs->eset + (size_t)pid * nw;
    uint64_t *v = rs->evalid + (size_t)pid * vw;
    if (rs->egen[pid] != rs->gen) {
        if (vw == 1) v[0] = 0;
        else memset(v, 0, vw * sizeof *v);
        rs->egen[pid] = rs->gen;
    }
    if (vw == 1 && b == a + 1) { /* (one word, as elem_ok asks) */
        if (!((v[0] >> a) & 1u)) {
            const uint16_t *f = c->m->rule_index->fcodes + c->m->rule_index->foff[pid];
            s[a] = elem_word(f, c->bs, nw, a);
            v[0] |= 1ull << a;
        }
        return s;
    }
    if (vw == 1) { /* (up to 64 words: the runs of invalid words in one mask) */
        uint64_t rm = (b - a >= 64 ? ~0ull : ((1ull << (b - a)) - 1)) << a, need = rm & ~v[0];
        while (need) {
            size_t i = (size_t)__builtin_ctzll(need);
            uint64_t run = need >> i;
            size_t j = i + (~run ? (size_t)__builtin_ctzll(~run) : 64 - i);
            const uint16_t *f = c->m->rule_index->fcodes + c->m->rule_index->foff[pid];
            if (j == i + 1) s[i] = elem_word(f, c->bs, nw, i); /* (one word: inline) */
            else elem_set(s, f, c->bs, nw, i, j);
            need &= j >= 64 ? 0 : ~0ull << j;
        }
        v[0] |= rm;
        return s;
    }
    for (size_t i = a; i < b;) {
        if ((v[i >> 6] >> (i & 63)) & 1u) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < b && !((v[j >> 6] >> (j & 63)) & 1u)) j++;
        elem_set(s, c->m->rule_index->fcodes + c->m->rule_index->foff[pid], c->bs, nw, i, j);
        for (size_t k = i; k < j; k++) v[k >> 6] |= 1ull << (k & 63);
        i = j;
    }
    return s;
}


/* cand &= the tokens t such that some token in [t + lo, t + hi] is in set w, where the positions
 * from tail on count as in it too (tail SIZE_MAX: none); false if no candidate is left. */
static __attribute__((noinline)) bool cand_and_tail(uint64_t *cand, const uint64_t *w, size_t nw, size_t lo, size_t hi, size_t tail) {
    return cand_and_span(cand, w, nw, lo, hi, tail, true);
}

/* A filter after the entity element (dn_filt.rel): cand &= the tokens t with a gazetteer match of
 * the rule's entity kind at t + entoff such that some token in [end + f->lo, end + f->hi] is in the
 * filter's set, end being where that match ends (the entity element takes the longest match, see
 * match_from); for a tail filter the positions from n on count as in the set. One look-up per
 * candidate: these filters come last, when few candidates are left. False if none is left. */
static bool filt_rel(mctx *c, const dn_filt *f, uint64_t *cand, size_t n) {
    const dn_rule *r = c->r;
    const dn_elem *e = &r->elems[f->ei];
    const uint32_t(*gend)[3] = c->gz->end;
    size_t nw = c->nw, k = (size_t)r->entk, off = r->entoff, a = SIZE_MAX, b = 0;
    /* the candidates without a match go; the words of the set that the others reach */
    for (size_t i = 0; i < nw; i++)
        for (uint64_t x = cand[i]; x; x &= x - 1) {
            size_t p = (i << 6) + (size_t)__builtin_ctzll(x) + off;
            size_t end = p < n ? gend[p][k] : 0;
            if (!end) {
                cand[i] &= ~(x & -x);
                continue;
            }
            size_t q0 = end + f->lo, q1 = end + f->hi < n ? end + f->hi : n - 1;
            if (q0 >= n) continue;
            if (q0 >> 6 < a) a = q0 >> 6;
            if ((q1 >> 6) + 1 > b) b = (q1 >> 6) + 1;
        }
    const uint64_t *s = a < b ? eset_words(c, e->alias, e->pid, a, b)
                      : e->alias ? c->bs + (size_t)(e->alias - 1) * nw
                                 : c->rs->eset + (size_t)e->pid * nw;
    uint64_t any = 0;
    for (size_t i = 0; i < nw; i++) {
        for (uint64_t x = cand[i]; x; x &= x - 1) {
            size_t end = gend[(i << 6) + (size_t)__builtin_ctzll(x) + off][k];
            bool ok = false;
            for (size_t q = end + f->lo; q <= end + f->hi && !ok; q++) {
                if (q >= n) {
                    ok = f->tail;
                    break;
                }
                ok = (s[q >> 6] >> (q & 63)) & 1u;
            }
            if (!ok) cand[i] &= ~(x & -x);
        }
        any |= cand[i];
    }
    return any != 0;
}

/* The set of program pid in a document of one word (up to 63 tokens), computed if not yet. */
static inline __attribute__((always_inline)) uint64_t eset_one(mctx *c, uint32_t pid) {
    dn_rule_scratch *rs = c->rs;
    struct dn_eone *o = &rs->eone[pid];
    if (o->gen == rs->gen) return o->w;
    const struct dn_rule_index *ix = c->m->rule_index;
    o->gen = rs->gen;
    return o->w = elem_word(ix->fcodes + ix->foff[pid], c->bs, 1, 0);
}
static __attribute__((noinline)) uint64_t eset_one_fill(mctx *c, uint32_t pid) { return eset_one(c, pid); }

/* The tokens where r can start (in cand, nw words; false if r cannot match in this document): for
 * each element that needs a token (or a gazetteer match) at an offset from the start in a small
 * range [lo, hi] (the elements before it have fixed or nearly fixed lengths), some token in that
 * range must be in the element's token set (the filters, build_filters). An element that says what
 * must not follow the span holds at the end of the text too (match_from), and then the elements
 * after it no longer have their offsets: the filters stop there. The first token is always a
 * candidate of a rule with a context before its span (the special case at the start of the text).
 * False if the set of a filter element that every match needs (dn_elem.req) is empty (tested up
 * to the filter that leaves no candidate: the filters after it are not computed). *applied:
 * the exact elements that every candidate passes at its filter's offsets (the pivots that
 * dn_rules_apply need not test again); 0 if no candidate is left but the first token (the pivots
 * only save work: match_from tests every element itself). The filters keep subsets of the
 * candidates, so their order does not change the result: they go in pattern order, those after
 * the entity element last (they test candidate by candidate).
 *
 * rule_cand_one: a document of one word (up to 63 tokens), each set one word. */
static bool rule_cand_one(mctx *c, const dn_rule *r, size_t n, uint64_t *cand, uint64_t *applied) {
    uint64_t nmask = (1ull << n) - 1, cd = ~0ull, ap = 0;
    bool rel = false;
    for (size_t j = 0; j < r->nfilt; j++) {
        const dn_filt *f = &r->filt[j];
        uint64_t w;
        if (f->ent) {
            w = c->bs[BS_E + (size_t)f->ent - 1];
        } else {
            w = f->alias ? c->bs[f->alias - 1] : eset_one(c, f->pid);
            if (f->req && !(w & nmask)) return false;
            ap |= (uint64_t)f->exact << f->ei;
            if (f->rel) {
                rel = true;
                continue;
            }
            if (f->tail) w |= ~0ull << n;
        }
        size_t lo = f->lo, hi = f->hi;
        uint64_t acc = lo < 64 ? w >> lo : 0;
        for (size_t o = lo + 1; o <= hi && o < 64; o++) acc |= w >> o;
        cd &= acc;
        if (!(cd & nmask)) break; /* (no candidate left: the other filters need not be computed) */
    }
    if (rel && (cd & nmask))
        for (size_t j = 0; j < r->nfilt; j++)
            if (r->filt[j].rel && !filt_rel(c, &r->filt[j], &cd, n)) break;
    cd &= nmask;
    if (!cd) ap = 0;
    if (r->span0 > 0) cd |= 1u;
    *cand = cd;
    *applied = ap;
    return true;
}

/* rule_cand_one for a document of more than one word: each element's set over the whole text
 * (computed anyway where the candidates are spread over it). When no candidate is left, the sets
 * of the filters after it are not computed (nor their elements' emptiness tested). Returns the
 * words of cand that dn_rules_apply goes through: 0 instead of false, 1 if only the first token is
 * left (cand[0] = 1, cand[1..] not written), else nw. */
static size_t rule_cand_words(mctx *c, const dn_rule *r, size_t n, uint64_t *cand, uint64_t *applied) {
    size_t nw = c->nw;
    uint64_t ap = 0;
    bool rel = false, any = true;
    memset(cand, 0xFF, nw * sizeof *cand);
    for (size_t j = 0; j < r->nfilt && any; j++) {
        const dn_filt *f = &r->filt[j];
        if (f->ent) {
            any = cand_and(cand, c->bs + (BS_E + (size_t)f->ent - 1) * nw, nw, f->lo, f->hi);
            continue;
        }
        const uint64_t *w = eset_words(c, f->alias, f->pid, 0, nw);
        if (f->req) {
            uint64_t x = w[n >> 6] & ((1ull << (n & 63)) - 1); /* (tokens < n: nw > n >> 6) */
            for (size_t i = 0; i < n >> 6 && !x; i++) x = w[i];
            if (!x) return 0;
        }
        ap |= (uint64_t)f->exact << f->ei;
        if (f->rel) {
            rel = true;
            continue;
        }
        any = f->tail ? cand_and_tail(cand, w, nw, f->lo, f->hi, n) : cand_and(cand, w, nw, f->lo, f->hi);
    }
    if (!any) { /* (no candidate: no more passes over the words, here or in dn_rules_apply) */
        if (r->span0 <= 0) return 0;
        cand[0] = 1;
        *applied = 0;
        return 1;
    }
    if (rel)
        for (size_t j = 0; j < r->nfilt; j++)
            if (r->filt[j].rel && !filt_rel(c, &r->filt[j], cand, n)) break;
    cand[n >> 6] &= (1ull << (n & 63)) - 1; /* tokens < n */
    for (size_t i = (n >> 6) + 1; i < nw; i++) cand[i] = 0;
    uint64_t left = 0;
    for (size_t i = 0; i < nw; i++) left |= cand[i];
    if (!left) ap = 0;
    if (r->span0 > 0) cand[0] |= 1u;
    *applied = ap;
    return nw;
}

/* Stores row b of the transposed rows[] as word w of set base + b of bs, for each bit b of used. */
static inline void store_rows(uint64_t *bs, size_t base, size_t nw, size_t w, uint64_t used, const uint64_t *rows) {
    for (uint64_t x = used; x; x &= x - 1) {
        const unsigned b = (unsigned)__builtin_ctzll(x);
        bs[(base + b) * nw + w] = rows[b];
    }
}

int dn_rules_apply(const dener_model *m, dn_rule_scratch *rs, const char *text, const dn_tokens *tk,
                   const dn_gaz_view *gz, dn_rule_emit emit, void *user) {
    if (!rs->gc) rs->gc = pcre2_general_context_create(p2_malloc, p2_free, (void *)(uintptr_t)&m->alloc);
    if (!rs->gc) return DENER_ERR_NOMEM;
    if (!rs->mc) {
        rs->mc = pcre2_match_context_create(rs->gc);
        if (!rs->mc) return DENER_ERR_NOMEM;
        /* every regular expression test runs under these limits (a hit counts as no match) */
        pcre2_set_match_limit(rs->mc, DN_RULE_MATCH_LIMIT);
        pcre2_set_depth_limit(rs->mc, DN_RULE_DEPTH_LIMIT);
        pcre2_set_heap_limit(rs->mc, DN_RULE_HEAP_LIMIT_KB);
    }
    if (!rs->md) rs->md = pcre2_match_data_create(4, rs->gc);
    if (!rs->md) return DENER_ERR_NOMEM;
    const struct dn_rule_index *ix = m->rule_index;
    size_t nsets = BS_L + (ix ? ix->nids : 0);
    /* the bit sets over the tokens, and work space: nw words each, up to the word of position n
     * (rule_cand_words masks it; a tail filter counts the positions from n on as in its set). No word
     * after it: the elements before a filter's element take at least lo tokens of the text, so a
     * match has that element at or before position n */
    size_t nw = tk->n / 64 + 1;
    rs->alloc = &m->alloc;
    if ((nsets + 2) * nw + 4 > rs->bits_cap) {
        dn_free(&m->alloc, rs->bits);
        rs->bits_cap = 0;
        rs->bits_nw = 0;
        /* zeroed: afterwards only the sets a document filled are cleared (see ne below); 4 words
         * more, which elem_set may read after the last set (a block of 4 words) */
        rs->bits = dn_calloc(&m->alloc, (nsets + 2) * nw + 4, sizeof *rs->bits);
        if (!rs->bits) return DENER_ERR_NOMEM;
        rs->bits_cap = (nsets + 2) * nw + 4;
        memset(rs->ne, 0, sizeof rs->ne);
    }
    uint64_t *bs = rs->bits;
    /* the last document's non-empty sets, cleared in its layout (bits_nw words each): then the
     * first nsets * nw words are all zero (the work space after them is written before it is read) */
    if (rs->bits_nw) {
        size_t onw = rs->bits_nw;
        /* (a document of one word: the fixed sets (BS_F .. BS_L) at once, fewer instructions
         * than one by one; then the literal lists, mostly empty, one by one) */
        size_t q0 = 0;
        if (onw == 1) {
            memset(bs, 0, BS_L * sizeof *bs);
            q0 = BS_L / 64;
        }
        for (size_t q = q0; q < sizeof rs->ne / sizeof rs->ne[0]; q++)
            for (uint64_t x = rs->ne[q] & (q == q0 && q0 ? ~0ull << (BS_L % 64) : ~0ull); x; x &= x - 1) {
                uint64_t *z = bs + (q * 64 + (size_t)__builtin_ctzll(x)) * onw;
                if (onw <= 4) /* (short documents: no call) */
                    for (size_t i = 0; i < onw; i++) z[i] = 0;
                else
                    memset(z, 0, onw * sizeof *bs);
            }
        /* the old work space, which the new layout may cover */
        size_t wend = (nsets + 2) * onw < rs->bits_cap ? (nsets + 2) * onw : rs->bits_cap;
        if (nsets * onw < wend) memset(bs + nsets * onw, 0, (wend - nsets * onw) * sizeof *bs);
    }
    memset(rs->ne, 0, sizeof rs->ne);
    rs->bits_nw = nw;
    /* the regular expression cache: emptied, or given back if far larger than this document needs */
    if (rs->recache_cap > 8 * tk->n + 4096) {
        dn_free(&m->alloc, rs->recache);
        dn_free(&m->alloc, rs->reslot);
        rs->recache = NULL;
        rs->reslot = NULL;
        rs->recache_cap = 0;
    } else {
        for (size_t k = 0; k < rs->recache_n; k++) rs->recache[rs->reslot[k]] = 0; /* the slots used */
    }
    rs->recache_n = 0;
    rs->nlids = 0;
    if (ix && ix->cap && tk->nforms) {
        if (!DN_GROW(&m->alloc, rs->flit, rs->flit_cap, tk->nforms)) return DENER_ERR_NOMEM;
        memset(rs->flit, 0, tk->nforms * sizeof *rs->flit);
    }
    const char *keys = tk->keys.p;
    const bool lits = ix && ix->cap; /* (the literal lists of the tokens: below) */
    /* the unions of what the tokens have: which sets are not empty (rs->ne) */
    uint64_t u_f = 0, u_c = 0, u_h = 0, u_b = 0;
    unsigned u_e = 0, u_k = 0, u_p = 0;
    uint32_t u_len = 0;
    uint64_t *ne = rs->ne;
    /* only the flag and class sets that programs use */
    const uint64_t need_f = ix ? ix->need_f : 0, need_c = ix ? ix->need_c : 0, need_h = ix ? ix->need_h : 0;
    const uint64_t need_r = ix ? ix->need_r : 0;
    uint64_t u_r = 0;
    /* (word by word: the sets of the length, A-Z, Known and the gazetteer kinds in registers, one
     * store each at the end of the word) */
    /* (locals: the stores to the sets could alias the fields) */
    const dn_token *toks = tk->t;
    const size_t ntok = tk->n, nforms = tk->nforms;
    const uint32_t(*gend)[3] = gz->end;
    uint32_t *flit = rs->flit;
    for (size_t w = 0; w * 64 < ntok; w++) {
        size_t tend = ntok - w * 64 > 64 ? w * 64 + 64 : ntok;
        uint64_t lenw[7] = {0}, upw = 0, kw = 0, ew0 = 0, ew1 = 0, ew2 = 0;
        /* the flags, classes and patterns known not to match of the word's tokens, by token;
         * transposed at its end into the sets (transpose64); the head classes set token by token */
        uint64_t mf[64], mc[64], mr[64], wf = 0, wc = 0, wh = 0, wr = 0;
        if (tend - w * 64 < 64) memset(mf, 0, sizeof mf), memset(mc, 0, sizeof mc), memset(mr, 0, sizeof mr);
        for (size_t ti = w * 64; ti < tend; ti++) {
            const dn_token *t = &toks[ti];
            uint64_t bit = 1ull << (ti & 63);
            uint64_t xf = t->flags & need_f, xc = t->classes & need_c, xh = t->head & need_h;
            mf[ti & 63] = xf, mc[ti & 63] = xc, mr[ti & 63] = 0;
            wf |= xf, wc |= xc, wh |= xh;
            /* (head classes: few tokens have one (2 in 100 on the generated corpus), so set by set
             * instead of a transposition of the 64 tokens' words) */
            for (uint64_t x = xh; x; x &= x - 1) bs[(BS_H + (size_t)__builtin_ctzll(x)) * nw + w] |= bit;
            const uint32_t *ge = gend[ti];
            if (ge[0] | ge[1] | ge[2]) {
                ew0 |= bit & -(uint64_t)(ge[0] != 0), ew1 |= bit & -(uint64_t)(ge[1] != 0);
                ew2 |= bit & -(uint64_t)(ge[2] != 0);
            }
            /* (the node's ent_mask as the tokenizer copied it into the token: no read of the node) */
            kw |= bit & -(uint64_t)((t->node_ent >> DN_NODE_STRONG_SHIFT) != 0);
            unsigned bg = BGROUP[t->b1 > t->b0 ? (uint8_t)text[t->b0] : 0];
            bs[(BS_B + bg) * nw + w] |= bit;
            upw |= bit & -(uint64_t)(bg < 26); /* the union of A-Z */
            u_b |= 1ull << bg;
            uint32_t len = t->c1 - t->c0;
            u_len = len > u_len ? len : u_len;
            /* the tokens of min(len, 6) code points in this word; at its end the sets of at least
             * 2 .. 6 code points (no branch on the length) */
            lenw[len < 6 ? len : 6] |= bit;
            if (t->part1) {
                for (int k = 0; k < 3; k++)
                    if (t->part1 & (1u << k)) bs[(BS_P + (size_t)k) * nw + w] |= bit, u_p |= 1u << k;
                if (t->part1 & DN_PART1_MODNOUN) bs[(BS_P + 3) * nw + w] |= bit, u_p |= 8u;
            }
            if (need_r && t->form < nforms) { /* the patterns its form is known not to match (BS_R) */
                const dn_form *fo = &tk->forms[t->form];
                uint64_t kf = fo->rrx[0] & ~fo->rrx[1] & need_r;
                mr[ti & 63] = kf;
                wr |= kf;
            }
            if (!lits) continue;
            if (t->form < nforms) { /* the lists of the form, looked up once */
                dn_form *fo = &tk->forms[t->form];
                /* (known with the form: from its word cache slot, or an earlier token of the form) */
                unsigned nr = fo->rlits[0];
                if (nr - 1u < DN_RLITS) {
                    for (unsigned k = 1; k < nr; k++) {
                        bs[(BS_L + (size_t)fo->rlits[k]) * nw + w] |= bit;
                        ne_set(ne, BS_L + (size_t)fo->rlits[k]);
                    }
                    continue;
                }
                uint32_t *fl = &flit[t->form];
                if (!*fl) {
                    size_t at = rs->nlids;
                    if (at + 1 > rs->lids_cap && !DN_GROW(&m->alloc, rs->lids, rs->lids_cap, at + 1))
                        return DENER_ERR_NOMEM;
                    rs->lids[rs->nlids++] = 0;
                    uint32_t h;
                    if (lit_candidate(ix, keys + t->key, t->keylen, &h))
                        for (size_t i = lit_next(m, ix, keys + t->key, t->keylen, h, h); i != SIZE_MAX;
                             i = lit_next(m, ix, keys + t->key, t->keylen, h, i + 1)) {
                            uint16_t id = ix->slots[i].id;
                            if (rs->nlids + 1 > rs->lids_cap &&
                                !DN_GROW(&m->alloc, rs->lids, rs->lids_cap, rs->nlids + 1))
                                return DENER_ERR_NOMEM;
                            rs->lids[rs->nlids++] = id;
                            rs->lids[at]++;
                            ne_set(ne, BS_L + (size_t)id);
                        }
                    if (rs->nlids > UINT32_MAX - 1) return DENER_ERR_NOMEM;
                    *fl = (uint32_t)at + 1;
                    const uint16_t n = rs->lids[at];
                    /* with the form (for its next tokens), and in the word cache slot it holds (for
                     * the next documents) */
                    bool small = n < DN_RLITS; /* (1 + the count, the ids: a byte each, so ids < 256) */
                    for (unsigned k = 1; k <= n && small; k++) small = rs->lids[at + k] < 256;
                    if (small) {
                        fo->rlits[0] = (uint8_t)(n + 1);
                        for (unsigned k = 1; k < DN_RLITS; k++) fo->rlits[k] = (uint8_t)(k <= n ? rs->lids[at + k] : 0);
                    } else {
                        memset(fo->rlits, 0, sizeof fo->rlits);
                        fo->rlits[0] = UINT8_MAX; /* (more than it holds: by flit) */
                    }
                    if (tk->wc && fo->slot == UINT32_MAX && fo->len && fo->len <= DN_WC_BYTES)
                        memcpy(tk->wc[fo->wslot].rlits, fo->rlits, sizeof fo->rlits);
                }
                const uint16_t *ids = rs->lids + *fl - 1;
                for (uint16_t k = 1; k <= ids[0]; k++) bs[(BS_L + (size_t)ids[k]) * nw + w] |= bit;
                continue;
            }
            uint32_t h;
            if (lit_candidate(ix, keys + t->key, t->keylen, &h))
                for (size_t i = lit_next(m, ix, keys + t->key, t->keylen, h, h); i != SIZE_MAX;
                     i = lit_next(m, ix, keys + t->key, t->keylen, h, i + 1)) {
                    uint16_t id = ix->slots[i].id;
                    bs[(BS_L + (size_t)id) * nw + w] |= bit;
                    ne_set(ne, BS_L + (size_t)id);
                }
        }
        /* (the sets were empty: stored, not or-ed) */
        if (wf) transpose64x16(mf), store_rows(bs, BS_F, nw, w, wf, mf);
        if (wc) transpose64(mc), store_rows(bs, BS_C, nw, w, wc, mc);
        if (wr) transpose64(mr), store_rows(bs, BS_R, nw, w, wr, mr);
        u_f |= wf, u_c |= wc, u_h |= wh, u_r |= wr;
        uint64_t *bn = bs + BS_N * nw + w, acc = 0;
        for (int k = 6; k >= 2; k--) acc |= lenw[k], bn[(size_t)(k - 2) * nw] = acc;
        bs[(BS_B + BG_UPPER) * nw + w] = upw;
        bs[BS_K * nw + w] = kw;
        bs[BS_E * nw + w] = ew0, bs[(BS_E + 1) * nw + w] = ew1, bs[(BS_E + 2) * nw + w] = ew2;
        u_k |= kw != 0;
        u_e |= (unsigned)(ew0 != 0) | (unsigned)(ew1 != 0) << 1 | (unsigned)(ew2 != 0) << 2;
    }
    for (uint64_t x = u_f; x; x &= x - 1) ne_set(ne, BS_F + (size_t)__builtin_ctzll(x));
    for (uint64_t x = u_c; x; x &= x - 1) ne_set(ne, BS_C + (size_t)__builtin_ctzll(x));
    for (uint64_t x = u_h; x; x &= x - 1) ne_set(ne, BS_H + (size_t)__builtin_ctzll(x));
    for (uint64_t x = u_b; x; x &= x - 1) ne_set(ne, BS_B + (size_t)__builtin_ctzll(x));
    for (uint64_t x = u_r; x; x &= x - 1) ne_set(ne, BS_R + (size_t)__builtin_ctzll(x));
    if (u_b & ((1ull << 26) - 1)) ne_set(ne, BS_B + BG_UPPER);
    for (int k = 0; k < 3; k++)
        if ((u_e >> k) & 1u) ne_set(ne, BS_E + (size_t)k);
    if (u_k) ne_set(ne, BS_K);
    for (int k = 0; k < 4; k++)
        if ((u_p >> k) & 1u) ne_set(ne, BS_P + (size_t)k);
    for (uint32_t k = 2; k <= 6 && u_len >= k; k++) ne_set(ne, BS_N + (size_t)k - 2);
    for (size_t i = 0; i < nw; i++) bs[BS_ONE * nw + i] = ~0ull; /* (cleared as the others by ne) */
    ne_set(ne, BS_ONE);
    /* the element sets: room for this document, and a new generation (nothing valid) */
    size_t npid = ix ? ix->npids : 0, vw = (nw + 63) >> 6;
    if (npid * nw > rs->eset_cap) {
        dn_free(&m->alloc, rs->eset);
        rs->eset_cap = 0;
        rs->eset = dn_calloc(&m->alloc, npid * nw, sizeof *rs->eset);
        if (!rs->eset) return DENER_ERR_NOMEM;
        rs->eset_cap = npid * nw;
    }
    if (npid * vw > rs->evalid_cap) {
        dn_free(&m->alloc, rs->evalid);
        rs->evalid_cap = 0;
        rs->evalid = dn_malloc(&m->alloc, npid * vw * sizeof *rs->evalid);
        if (!rs->evalid) return DENER_ERR_NOMEM;
        rs->evalid_cap = npid * vw;
    }
    if (npid > rs->egen_cap) {
        dn_free(&m->alloc, rs->egen);
        rs->egen_cap = 0;
        rs->egen = dn_calloc(&m->alloc, npid, sizeof *rs->egen);
        if (!rs->egen) return DENER_ERR_NOMEM;
        rs->egen_cap = npid;
    }
    if (nw == 1 && npid > rs->eone_cap) {
        dn_free(&m->alloc, rs->eone);
        rs->eone_cap = 0;
        rs->eone = dn_calloc(&m->alloc, npid, sizeof *rs->eone);
        if (!rs->eone) return DENER_ERR_NOMEM;
        rs->eone_cap = npid;
    }
    if (++rs->gen == 0) { /* (wrapped) */
        memset(rs->egen, 0, rs->egen_cap * sizeof *rs->egen);
        for (size_t k = 0; k < rs->eone_cap; k++) rs->eone[k].gen = 0;
        rs->gen = 1;
    }
    uint64_t *wk = bs + nsets * nw;
    /* (pos not cleared: match_from writes each element's position before a match reads it) */
    mctx c;
    c.m = m, c.rs = rs, c.text = text, c.tk = tk, c.gz = gz, c.r = NULL;
    c.end = 0, c.steps = 0, c.oom = false, c.bs = bs, c.nw = nw;
    uint64_t dead[4] = {0};
    /* the rules whose needed sets are all there (the index: 4 words of 64 rules at a time, in
     * order; without it, by each rule's sets) */
    bool byix = ix && ix->rn_rules == m->nrules;
    for (size_t rw = 0; rw < (m->nrules + 63) / 64; rw++) {
        uint64_t alive = m->nrules - rw * 64 >= 64 ? ~0ull : (1ull << (m->nrules - rw * 64)) - 1;
        if (byix && rw % 4 == 0) { /* (a row has a multiple of 4 words) */
            uint64_t ab[sizeof rs->ne / sizeof rs->ne[0]]; /* the needed sets that are empty */
            for (size_t q = 0; q < sizeof rs->ne / sizeof rs->ne[0]; q++) ab[q] = ix->need_any[q] & ~ne[q];
            const uint64_t *nt = ix->ntab + rw;
            const size_t st = ix->nt_stride;
            uint64_t d0 = 0, d1 = 0, d2 = 0, d3 = 0;
            /* (no branch on the nibble: 0 reads the empty row 0) */
            for (size_t k = 0; k < ix->nnib; k++) {
                unsigned at = ix->nib_at[k];
                size_t x = (size_t)(ab[at >> 6] >> (at & 63)) & 15u;
                const uint64_t *rn = nt + (x ? (15 * k + x) * st : 0);
                d0 |= rn[0], d1 |= rn[1], d2 |= rn[2], d3 |= rn[3];
            }
            dead[0] = d0, dead[1] = d1, dead[2] = d2, dead[3] = d3;
        }
        if (byix) alive &= ~dead[rw % 4];
        for (; alive; alive &= alive - 1) {
            const dn_rule *r = &m->rules[rw * 64 + (size_t)__builtin_ctzll(alive)];
            /* (the next rule and its start filters on their way while this one runs: a document's
             * other stages evict them) */
            /* (two ahead the rule, one ahead its filters, read from the rule prefetched the visit
             * before) */
            uint64_t an = alive & (alive - 1);
            if (an) {
                const dn_rule *rn = &m->rules[rw * 64 + (size_t)__builtin_ctzll(an)];
                if (an & (an - 1)) __builtin_prefetch(&m->rules[rw * 64 + (size_t)__builtin_ctzll(an & (an - 1))]);
                if (rn->filt) __builtin_prefetch(rn->filt);
            }
            if (r->nelems >= 63) continue;
            if (!byix) {
                bool ok = true;
                for (unsigned k = 0; k < r->nneed && ok; k++) ok = !(r->need[k] & ~ne[r->need_w[k]]);
                if (!ok) continue;
            }
            c.r = r;
            uint64_t applied;
            const uint64_t *cand = wk;
            size_t ncw = 1; /* (the words of cand to go through) */
            if (nw == 1) {
                if (!rule_cand_one(&c, r, tk->n, wk, &applied)) continue;
            } else {
                if (!(ncw = rule_cand_words(&c, r, tk->n, wk, &applied))) continue;
            }
            const dn_elem *e0 = &r->elems[0];
            /* an entity element after a fixed number of tokens: it needs a gazetteer match there */
            int entk = r->entk;
            size_t entoff = r->entoff;
            /* the pivots the start tokens do not already pass (exact sets at their offsets) */
            uint8_t piv[4], poff[4], np = 0;
            for (unsigned k = 0; k < r->npivots; k++)
                if (!((applied >> r->pivot[k]) & 1u)) piv[np] = r->pivot[k], poff[np++] = r->pivot_off[k];
            for (size_t cw = 0; cw < ncw; cw++)
            for (uint64_t cx = cand[cw]; cx; cx &= cx - 1) {
                size_t ti = (cw << 6) + (size_t)__builtin_ctzll(cx);
                bool edge = ti == 0 && r->span0 > 0; /* "not preceded by" at the start of the text: below */
                if (entk >= 0 && !edge && (ti + entoff >= tk->n || !gz->end[ti + entoff][entk])) continue;
                bool ok = false, pre = true;
                for (unsigned k = 0; k < np && pre; k++) {
                    size_t at = ti + poff[k];
                    pre = at >= tk->n || elem_ok(&c, &r->elems[piv[k]], at);
                }
                /* at the first token of a rule whose context before the span says only what must
                 * not precede: a match with that token as the context, and one with the context
                 * before the text ("not preceded by X" holds there), each its own candidate ("Fritz
                 * Rudolf Körper sagte" at the start: "Fritz" the context, "Rudolf Körper" the
                 * name; or no context, the whole name) */
                const bool edge2 = ti == 0 && r->span0 > 0 && neg_only(r, e0);
                for (int pass = 0; pass < 1 + edge2; pass++) {
                    c.steps = 0;
                    if (pass == 0) {
                        if (!pre) continue;
                        ok = match_from(&c, 0, ti);
                    } else {
                        c.pos[0] = 0;
                        ok = match_from(&c, 1, 0);
                    }
                    if (c.oom) return DENER_ERR_NOMEM;
                    if (!ok) continue;
                    size_t t0 = c.pos[r->span0], t1 = (size_t)r->span1 == r->nelems ? c.end : c.pos[r->span1];
                    if (t1 <= t0) continue;
                    /* an entity never spans a line break ("Karl-Heinz Patzer\nFrank Roselieb") */
                    bool nl = false;
                    for (size_t t = t0 + 1; t < t1 && !nl; t++) nl = (tk->t[t].flags & DN_T_NL) != 0;
                    if (nl) continue;
                    int rc = emit(user, r, t0, t1);
                    if (rc) return rc;
                }
            }
        }
    }
    return DENER_OK;
}

void dn_rule_scratch_free(dn_rule_scratch *rs) {
    if (rs->bits) dn_free(rs->alloc, rs->bits);
    rs->bits = NULL;
    if (rs->rx) dn_free(rs->alloc, rs->rx);
    rs->rx = NULL;
    rs->rx_m = NULL;
    if (rs->recache) dn_free(rs->alloc, rs->recache);
    if (rs->reslot) dn_free(rs->alloc, rs->reslot);
    rs->recache = NULL;
    rs->reslot = NULL;
    rs->recache_cap = rs->recache_n = 0;
    if (rs->eset) dn_free(rs->alloc, rs->eset);
    if (rs->evalid) dn_free(rs->alloc, rs->evalid);
    if (rs->egen) dn_free(rs->alloc, rs->egen);
    rs->eset = rs->evalid = NULL;
    rs->egen = NULL;
    rs->eset_cap = rs->evalid_cap = rs->egen_cap = 0;
    if (rs->eone) dn_free(rs->alloc, rs->eone);
    rs->eone = NULL;
    rs->eone_cap = 0;
    rs->gen = 0;
    if (rs->flit) dn_free(rs->alloc, rs->flit);
    if (rs->lids) dn_free(rs->alloc, rs->lids);
    rs->flit = NULL;
    rs->lids = NULL;
    rs->flit_cap = rs->lids_cap = rs->nlids = 0;
    rs->bits_cap = 0;
    if (rs->md) pcre2_match_data_free(rs->md);
    if (rs->mc) pcre2_match_context_free(rs->mc);
    if (rs->gc) pcre2_general_context_free(rs->gc);
    rs->md = NULL;
    rs->mc = NULL;
    rs->gc = NULL;
}
