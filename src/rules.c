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

static bool is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

static int add_test(parser *p, dn_test *t) {
    dn_rule *r = p->r;
    if (!DN_GROW(&p->m->alloc, r->tests, p->tests_cap, r->ntests + 1)) return perr(p, DENER_ERR_NOMEM, "out of memory", NULL, 0);
    r->tests[r->ntests++] = *t;
    return DENER_OK;
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
        for (size_t k = 0, z; k < b.len; k = z + 1) {
            z = k + strlen(b.p + k);
            t.lenmask |= 1ull << (z - k < 63 ? z - k : 63);
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
        t.re = pcre2_compile((PCRE2_SPTR)(p->l + s), e - s, opts, &ec, &eo, NULL);
        if (!t.re) {
            PCRE2_UCHAR msg[256];
            pcre2_get_error_message(ec, msg, sizeof msg);
            p->i = s + eo;
            return perr(p, DENER_ERR_RULE, "regular expression does not compile: ", (const char *)msg,
                        (int)strlen((const char *)msg));
        }
        pcre2_jit_compile(t.re, PCRE2_JIT_COMPLETE); /* optional: falls back to the interpreter */
        t.op = DN_OP_REGEX;
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
                int used = 0;
                if (sscanf(p->l + p->i, "{%u,%u}%n", &a, &b, &used) == 2 && used > 0) { /* {m,n} */ }
                else if (sscanf(p->l + p->i, "{%u}%n", &a, &used) == 1 && used > 0) b = a;
                else return perr(p, DENER_ERR_RULE, "bad repetition, expected {m,n}", NULL, 0);
                if (a > b || b > 16 || b == 0) return perr(p, DENER_ERR_RULE, "repetition out of range (0 <= m <= n <= 16, n > 0)", NULL, 0);
                e.min = (uint8_t)a;
                e.max = (uint8_t)b;
                p->i += (size_t)used;
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
    return r->ntests < 65536;
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
    int prio = 0, used = 0;
    if (pl == 0 || sscanf(w, "%d%n", &prio, &used) != 1 || (size_t)used != pl || prio < -1000 || prio > 1000) {
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
    if (rc == DENER_OK && !compile_rule(&p->m->alloc, &r)) rc = perr(p, DENER_ERR_NOMEM, "out of memory", NULL, 0);
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
    return DENER_OK;
}

void dn_rules_free(dener_model *m) {
    for (size_t i = 0; i < m->nrules; i++) rule_free(&m->alloc, &m->rules[i]);
    dn_free(&m->alloc, m->rules);
    m->rules = NULL;
    m->nrules = 0;
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
} mctx;

static bool test_tok(mctx *c, const dn_test *t, const dn_token *tok) {
    bool ok;
    switch (t->op) {
    case DN_OP_LIT: {
        ok = false;
        if (!((t->lenmask >> (tok->keylen < 63 ? tok->keylen : 63)) & 1u)) break;
        const char *lit = c->m->pool + t->lit;
        const char *key = c->tk->keys.p + tok->key;
        for (unsigned k = 0; k < t->arg; k++) {
            size_t ll = strlen(lit);
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
    case DN_OP_KNOWN: ok = tok->node && c->m->nodes[tok->node].ent_mask; break;
    case DN_OP_REGEX: {
        int rc = pcre2_match(t->re, (PCRE2_SPTR)(c->text + tok->b0), tok->b1 - tok->b0, 0, 0, c->rs->md, c->rs->mc);
        ok = rc >= 0;
        break;
    }
    default: ok = false;
    }
    return ok != (t->neg != 0);
}

/* True if token ti passes element e: one of its alternatives (see dn_alt) holds. */
static bool elem_tok(mctx *c, const dn_elem *e, size_t ti) {
    const dn_token *tok = &c->tk->t[ti];
    const dn_rule *r = c->r;
    const dn_alt *al = r->alts + e->alt0;
    for (uint32_t k = 0; k < e->nalts; k++, al++) {
        if ((tok->flags & al->req_f) != al->req_f || (tok->flags & al->forb_f) || al->never) continue;
        if ((tok->classes & al->req_c) != al->req_c || (tok->classes & al->forb_c)) continue;
        if ((tok->head & al->req_h) != al->req_h || (tok->head & al->forb_h)) continue;
        bool ok = true;
        for (uint32_t s = 0; s < al->nslow && ok; s++) ok = test_tok(c, &r->tests[r->slow[al->slow0 + s]], tok);
        if (ok) return true;
    }
    return e->nalts == 0;
}

/* True if every test of e is negated: a context element that says what must NOT be there. */
static bool neg_only(const dn_rule *r, const dn_elem *e) {
    if (e->ent || e->min != 1) return false;
    for (unsigned k = 0; k < e->ntests; k++)
        if (!r->tests[e->test0 + k].neg) return false;
    return e->ntests > 0;
}

static bool match_from(mctx *c, size_t ei, size_t ti) {
    const dn_rule *r = c->r;
    if (++c->steps > 10000) return false; /* bound on backtracking per start token */
    if (ei < 64) c->pos[ei] = ti;
    if (ei == r->nelems) {
        c->end = ti;
        return true;
    }
    const dn_elem *e = &r->elems[ei];
    if (e->ent) {
        if (ti >= c->tk->n) return false;
        uint32_t end = c->gz->end[ti][e->ent - 1];
        if (!end) return false;
        return match_from(c, ei + 1, end);
    }
    size_t k = 0;
    while (k < e->max && ti + k < c->tk->n && elem_tok(c, e, ti + k)) k++;
    if (k < e->min && ti >= c->tk->n && (int)ei >= r->span1 && neg_only(r, e))
        return match_from(c, ei + 1, ti); /* "not followed by X" holds at the end of the text */
    if (k < e->min) return false;
    for (size_t cnt = k + 1; cnt-- > e->min;)
        if (match_from(c, ei + 1, ti + cnt)) return true;
    return false;
}

int dn_rules_apply(const dener_model *m, dn_rule_scratch *rs, const char *text, const dn_tokens *tk,
                   const dn_gaz_view *gz, dn_rule_emit emit, void *user) {
    if (!rs->md) {
        rs->md = pcre2_match_data_create(4, NULL);
        rs->mc = pcre2_match_context_create(NULL);
        if (!rs->md || !rs->mc) return DENER_ERR_NOMEM;
        pcre2_set_match_limit(rs->mc, 100000);
        pcre2_set_depth_limit(rs->mc, 1000);
    }
    mctx c = {m, rs, text, tk, gz, NULL, {0}, 0, 0};
    for (size_t ri = 0; ri < m->nrules; ri++) {
        const dn_rule *r = &m->rules[ri];
        if (r->nelems >= 63) continue;
        c.r = r;
        const dn_elem *e0 = &r->elems[0];
        bool pre = !e0->ent && e0->min >= 1;
        for (size_t ti = 0; ti < tk->n; ti++) {
            bool ok = false;
            if (!pre || elem_tok(&c, e0, ti)) {
                c.steps = 0;
                ok = match_from(&c, 0, ti);
            }
            if (!ok && ti == 0 && r->span0 > 0 && neg_only(r, e0)) {
                /* "not preceded by X" holds at the start of the text */
                c.steps = 0;
                c.pos[0] = 0;
                ok = match_from(&c, 1, 0);
            }
            if (!ok) continue;
            size_t t0 = c.pos[r->span0], t1 = (size_t)r->span1 == r->nelems ? c.end : c.pos[r->span1];
            if (t1 <= t0) continue;
            int rc = emit(user, r, t0, t1);
            if (rc) return rc;
        }
    }
    return DENER_OK;
}

void dn_rule_scratch_free(dn_rule_scratch *rs) {
    if (rs->md) pcre2_match_data_free(rs->md);
    if (rs->mc) pcre2_match_context_free(rs->mc);
    rs->md = NULL;
    rs->mc = NULL;
}
