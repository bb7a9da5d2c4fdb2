/* dates.c - stage 3b: date rules (PCRE2 regular expressions over the whole text) and the
 * normalisation of DATE values to ISO 8601 / TIMEX3-style strings.
 *
 * A date rule is a regular expression with named groups and an action (see the header of
 * lexicons/dates.rules for the language). Group names give the groups their meaning: "d" is a day
 * number, "month" a month name looked up in the word class "month", "dir" a direction word of class
 * "dir", and so on; a trailing "2" ("d2", "month2", "span2") marks the second date of a pair or a
 * range. Every group whose meaning needs the lexicon is wrapped at load time as
 * (?:(?<name>...)(?C1)); the callout looks the captured text up in the word class and makes the
 * match backtrack when it is not there, so rules may be generous ("\p{L}+").
 *
 * Matching collects candidates (fields still unresolved), removes those vetoed by NODATE rules,
 * keeps the longest (then highest-priority) non-overlapping ones, chooses a reference date (the
 * document date, or the first absolute date of the text that agrees with it) and only then writes
 * the values, so that relative expressions ("am Vortag", "Mittwoch") resolve against it.
 *
 * The calendar arithmetic (days from civil dates, ISO weeks, Easter by the anonymous Gregorian
 * algorithm) is done here; no word of German is: every word lives in lexicons/date-words.lex and
 * lexicons/dates.rules.
 */
#include "dates.h"
#include "lexicon.h"

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include <pcre2.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ucal.h>

#define UNK INT_MIN
#define MATCH_LIMIT 200000
#define DEPTH_LIMIT 2000
#define MERGE_MAX 16384 /* longest search range made of merged windows (bytes) */
#define SENT_WINDOW 80 /* tokens looked at on each side of a weekday for a tense cue */

/* ------------------------------------------------------------------ group roles */

enum {
    R_NONE, R_SPAN, R_BC, R_AD,
    /* numbers: digits, or a word of class "numword" */
    R_D, R_M, R_Y, R_N, R_Q, R_HALF, R_WK, R_CENT, R_DEC, R_HH, R_MI,
    /* words of the class of the same name */
    R_MONTH, R_WEEKDAY, R_SEASON, R_HOLIDAY, R_DEICTIC, R_UNIT, R_DIR, R_MOD, R_DAYPART, R_NTH,
    R_COUNT
};
#define R_NUM0 R_D
#define R_NUM1 R_MI
#define R_CLS0 R_MONTH
#define R_CLS1 R_NTH

static const char *const ROLE_NAMES[R_COUNT] = {
    "", "span", "bc", "ad", "d", "m", "y", "n", "q", "half", "wk", "cent", "dec", "hh", "mi",
    "month", "weekday", "season", "holiday", "deictic", "unit", "dir", "mod", "daypart", "nth",
};

static bool role_is_num(int r) { return r >= R_NUM0 && r <= R_NUM1; }
static bool role_is_cls(int r) { return r >= R_CLS0 && r <= R_CLS1; }

/* Role of a group name; *which is 1 for a name ending in "2" (the second date). -1 if unknown. */
static int role_of(const char *name, size_t len, int *which) {
    *which = 0;
    if (len > 1 && name[len - 1] == '2') {
        *which = 1;
        len--;
    }
    for (int r = 1; r < R_COUNT; r++)
        if (strlen(ROLE_NAMES[r]) == len && memcmp(ROLE_NAMES[r], name, len) == 0) return r;
    return -1;
}

typedef struct gmap {
    uint8_t role, which;
    int8_t cls; /* class to look the text up in (numword for numbers), -1 if none */
} gmap;

enum { ACT_NONE, ACT_DATE, ACT_RANGE };
/* what a rule's relative date counts from instead of the reference date (its "anchor=") */
enum { ANCHOR_LAST = 1, ANCHOR_PREV = 2, ANCHOR_NEXT = 3 };

#define LB_BYTES 8 /* bytes before a start checked against a leading positive look-behind */
struct dn_date_rule {
    pcre2_code *re;
    gmap *g;          /* indexed by group number, 0..ngroups */
    uint32_t ngroups;
    uint32_t src;     /* pool offset of "date:NAME" */
    uint32_t line;
    int prio;
    bool neg;
    uint8_t action;
    uint32_t def[R_COUNT]; /* pool offsets of default values ("dir=-1"), 0 if none */
    uint32_t defmask;      /* the roles with a default, a bit each */
    uint32_t fixed;        /* pool offset of "value=...", 0 if none */
    uint64_t need;         /* word classes its groups look up: it runs only near such a word... */
    bool need_digit;       /* ...or near a digit, if it has number groups */
    /* start filter (see rule_first): a match starts at a byte in fb or at a word of a class in
     * fcls; only if fast */
    bool fast;
    bool jit; /* compiled by the JIT */
    bool filt; /* has a start filter (fast unless switched off by dn_dates_use_filters) */
    int32_t slot; /* among the rules with a start filter (see dn_date_words.nslots), -1 if none */
    uint32_t breadth; /* how many starts its filter lets through, roughly (see slots_order) */
    bool mid; /* may start right after an ASCII letter */
    uint8_t prevbad[32]; /* ASCII characters it cannot start right after (its first look-behind) */
    /* a leading "(?<=...)" (see lb_bytes): the byte k + 1 before a start is in lb[k], for k < lbn
     * (so a start needs lbn bytes before it) */
    uint8_t lbn;
    uint8_t lb[LB_BYTES][32];
    uint8_t fb[32];
    uint64_t fcls;
    struct dn_nfa *nfa; /* whether it can match at a start position (see nfa_build), NULL if not known */
    struct dn_nfa *nfaw; /* the same with the words of the classes its groups look up, NULL if none */
    bool use_nfa;       /* nfa is used (unless switched off by dn_dates_use_filters) */
    uint8_t anchor;     /* ANCHOR_LAST ("anchor=last"), ANCHOR_PREV ("anchor=prev"), ANCHOR_NEXT ("anchor=next") or 0 */
};

/* ------------------------------------------------------------------ calendar */

static bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m) {
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return m == 2 && is_leap(y) ? 29 : dim[m - 1];
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
static int64_t days_from_civil(int64_t y, int m, int d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(int64_t z, int *y, int *m, int *d) {
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t yy = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t dd = doy - (153 * mp + 2) / 5 + 1;
    int64_t mm = mp < 10 ? mp + 3 : mp - 9;
    *y = (int)(yy + (mm <= 2));
    *m = (int)mm;
    *d = (int)dd;
}

/* ISO weekday, 1 = Monday .. 7 = Sunday. */
static int iso_wd(int64_t z) { return (int)(((z % 7 + 7) % 7 + 3) % 7) + 1; }

/* The Monday of ISO week wk of year wy (the inverse of iso_week below). */
static int64_t iso_week_monday(int wy, int wk) {
    const int64_t jan4 = days_from_civil(wy, 1, 4);
    return jan4 - (iso_wd(jan4) - 1) + 7 * (int64_t)(wk - 1);
}

static void iso_week(int64_t z, int *wy, int *wk) {
    int64_t thu = z - iso_wd(z) + 4;
    int y, m, d;
    civil_from_days(thu, &y, &m, &d);
    *wy = y;
    *wk = (int)((thu - days_from_civil(y, 1, 1)) / 7) + 1;
}

/* Orthodox Easter Sunday of year y (Meeus' Julian algorithm), as a Gregorian day: the Julian date is
 * converted by ICU's Gregorian calendar switched to the Julian rules for all dates. -1 if ICU fails. */
static int64_t orthodox_easter(int y) {
    int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
    int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
    static const UChar utc[] = {'U', 'T', 'C', 0};
    UErrorCode st = U_ZERO_ERROR;
    UCalendar *cal = ucal_open(utc, -1, "@calendar=gregorian", UCAL_GREGORIAN, &st);
    if (U_FAILURE(st)) return -1;
    ucal_setGregorianChange(cal, 1e300, &st); /* (Julian rules throughout) */
    ucal_setDateTime(cal, y, month - 1, day, 12, 0, 0, &st);
    UDate ms = ucal_getMillis(cal, &st);
    ucal_close(cal);
    if (U_FAILURE(st)) return -1;
    int64_t z = (int64_t)(ms / 86400000.0);
    if ((double)z * 86400000.0 > ms) z--;
    return z;
}

/* Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
static int64_t easter(int y) {
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int mm = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * mm + 114) / 31, day = (h + l - 7 * mm + 114) % 31 + 1;
    return days_from_civil(y, month, day);
}

int dn_parse_iso_date(const char *s, int *y, int *mo, int *d) {
    int yy = 0, mm = 0, dd = 0;
    if (y) *y = 0;
    if (mo) *mo = 0;
    if (d) *d = 0;
    if (!s) return 0;
    for (int i = 0; i < 4; i++) {
        if (s[i] < '0' || s[i] > '9') return 0;
        yy = yy * 10 + (s[i] - '0');
    }
    int prec = 1;
    const char *p = s + 4;
    if (*p == '-' && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9') {
        mm = (p[1] - '0') * 10 + (p[2] - '0');
        if (mm < 1 || mm > 12) return 0;
        prec = 2;
        p += 3;
        if (*p == '-' && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9') {
            dd = (p[1] - '0') * 10 + (p[2] - '0');
            if (dd < 1 || dd > days_in_month(yy, mm)) return 0;
            prec = 3;
            p += 3;
            if (*p && *p != 'T' && *p != 't' && *p != ' ') return 0;
            p = "";
        }
    }
    if (*p) return 0;
    if (y) *y = yy;
    if (mo) *mo = mm;
    if (d) *d = dd;
    return prec;
}

/* ------------------------------------------------------------------ lexicon look-up */

/* Length of the white space at k[j] (ASCII blanks and U+00A0), 0 if none. */
static size_t space_at(const char *k, size_t j, size_t n) {
    unsigned char c = (unsigned char)k[j];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
    if (c == 0xC2 && j + 1 < n && (unsigned char)k[j + 1] == 0xA0) return 2;
    return 0;
}

static bool starts_upper(const char *s, size_t n) {
    size_t i = 0;
    int32_t c = dn_u8_next(s, &i, n, NULL);
    return u_isupper(c) || u_istitle(c);
}

/* Looks s[0..n-1] (one or more words) up in word class cls through the token trie; returns the
 * entry's value ("" if it has none) or NULL. fb is scratch for the case-folded key. */
static const char *class_lookup(const dener_model *m, const dn_trie_cache *tc, dn_buf *fb, int cls, const char *s, size_t n) {
    if (cls < 0 || n == 0 || n > 256) return NULL;
    if (fb->oom) return NULL; /* sticky: dn_dates_find reports it */
    fb->len = 0;
    dn_fold_append(m, fb, s, n);
    if (fb->oom) return NULL;
    const char *k = fb->p;
    size_t kl = fb->len, i = 0;
    uint32_t node = 0;
    while (i < kl) {
        size_t sp;
        while (i < kl && (sp = space_at(k, i, kl)) > 0) i += sp;
        if (i >= kl) break;
        size_t j = i;
        while (j < kl && space_at(k, j, kl) == 0) j++;
        uint32_t c = dn_trie_lookup(m, tc, node, k + i, j - i);
        if (!c && j - i > 1 && k[j - 1] == '.') { /* "Nov." stored as "nov" + "." */
            c = dn_trie_lookup(m, tc, node, k + i, j - i - 1);
            if (c) c = dn_trie_lookup(m, tc, c, ".", 1);
        }
        if (!c) return NULL;
        node = c;
        i = j;
    }
    if (!node || !((m->nodes[node].class_mask >> cls) & 1u)) return NULL;
    for (uint32_t e = m->nodes[node].first; e != UINT32_MAX; e = m->entries[e].next) {
        const dn_entry *en = &m->entries[e];
        if (en->kind != DN_KIND_CLASS0 + cls) continue;
        if ((en->flags & DN_ENT_NEED_CAP) && !starts_upper(s, n)) return NULL;
        return dn_pool_str(m, en->value);
    }
    return NULL;
}

static bool all_digits(const char *s, size_t n) {
    if (!n) return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

/* Parses a signed decimal integer that makes up the whole of s; false otherwise. */
static bool parse_int(const char *s, int *out) {
    char *end;
    if (!*s) return false;
    long v = strtol(s, &end, 10);
    if (*end || v < -100000 || v > 100000) return false;
    *out = (int)v;
    return true;
}

/* ------------------------------------------------------------------ fields of a date */

typedef struct fields {
    int y, ylen, m, d, wd, q, half, wk, cent, dec, declen, hh, mi, n, dir;
    int nth; /* the nth weekday of a month (1..5; -1: the last): "am ersten Sonntag im Mai" */
    bool wdset, bc, ad;
    char season[4], unit[4], mod[8], daypart[4];
    uint32_t hol, deictic, fixed; /* pool offsets, 0 if none */
    uint32_t set;                 /* bit per role that has a value */
} fields;

/* (a copy of a constant: no call to memset, whose size classes mispredict) */
static const fields fields_unset = {.y = UNK, .m = UNK, .d = UNK, .wd = UNK, .q = UNK, .half = UNK, .wk = UNK, .cent = UNK,
                                    .dec = UNK, .hh = UNK, .mi = UNK, .n = UNK, .dir = UNK, .nth = UNK};
static void fields_init(fields *f) { *f = fields_unset; }

static void copy_code(char *dst, size_t cap, const char *v) {
    size_t i = 0;
    while (v[i] && i + 1 < cap) {
        dst[i] = v[i];
        i++;
    }
    dst[i] = 0;
}

/* Sets role r of f from num (numeric roles; len = digits) or val (class roles: the lexicon value).
 * Returns false if the value is unusable. */
static bool set_role(const dener_model *m, fields *f, int r, int num, size_t len, const char *val) {
    if (f->set & (1u << r)) return true; /* the first group of a name that matched wins */
    int v;
    switch (r) {
    case R_D: f->d = num; break;
    case R_M: f->m = num; break;
    case R_Y: f->y = num; f->ylen = (int)len; break;
    case R_N: f->n = num; break;
    case R_Q: f->q = num; break;
    case R_HALF: f->half = num; break;
    case R_WK: f->wk = num; break;
    case R_CENT: f->cent = num; break;
    case R_DEC: f->dec = num; f->declen = (int)len; break;
    case R_HH: f->hh = num; break;
    case R_MI: f->mi = num; break;
    case R_NTH:
        if (!parse_int(val, &v)) return false;
        f->nth = v;
        break;
    case R_BC: f->bc = true; break;
    case R_AD: f->ad = true; break;
    case R_MONTH:
        if (!parse_int(val, &v)) return false;
        f->m = v;
        break;
    case R_WEEKDAY: {
        char tmp[8];
        copy_code(tmp, sizeof tmp, val);
        size_t l = strlen(tmp);
        if (l && tmp[l - 1] == '*') {
            f->wdset = true;
            tmp[l - 1] = 0;
        }
        if (!parse_int(tmp, &v)) return false;
        f->wd = v;
        break;
    }
    case R_SEASON: copy_code(f->season, sizeof f->season, val); break;
    case R_UNIT: copy_code(f->unit, sizeof f->unit, val); break;
    case R_MOD: copy_code(f->mod, sizeof f->mod, val); break;
    case R_DAYPART: copy_code(f->daypart, sizeof f->daypart, val); break;
    case R_DIR:
        if (!parse_int(val, &v)) return false;
        f->dir = v;
        break;
    case R_HOLIDAY: f->hol = (uint32_t)(val - m->pool); break;
    case R_DEICTIC: f->deictic = (uint32_t)(val - m->pool); break;
    default: return true;
    }
    f->set |= 1u << r;
    return true;
}

#define HAS(f, r) (((f)->set >> (r)) & 1u)

/* Does f carry a date at all (not only a direction, a mod or a time)? */
static bool fields_any(const fields *f) {
    const int need[] = {R_D, R_M, R_Y, R_Q, R_HALF, R_WK, R_CENT, R_DEC, R_MONTH, R_WEEKDAY, R_SEASON, R_HOLIDAY, R_DEICTIC, R_UNIT};
    if (f->fixed) return true;
    for (size_t i = 0; i < sizeof need / sizeof need[0]; i++)
        if (HAS(f, need[i])) return true;
    return false;
}

static bool fields_valid(const fields *f) {
    if (f->m != UNK && (f->m < 1 || f->m > 12)) return false;
    if (f->d != UNK) {
        if (f->d < 1 || f->d > 31) return false;
        if (f->m != UNK) {
            int yy = f->y != UNK && f->ylen >= 3 && !f->bc ? f->y : 2000; /* leap unless the year says so */
            if (f->d > days_in_month(yy, f->m)) return false;
        }
    }
    if (f->y != UNK && f->y == 0 && f->ylen >= 3) return false;
    if (f->y != UNK && f->y > 9999) return false;
    if (f->wd != UNK && (f->wd < 1 || f->wd > 7)) return false;
    if (f->nth != UNK && (f->nth == 0 || f->nth < -1 || f->nth > 5 || f->wd == UNK || f->m == UNK)) return false;
    if (f->q != UNK && (f->q < 1 || f->q > 4)) return false;
    if (f->half != UNK && (f->half < 1 || f->half > 2)) return false;
    if (f->wk != UNK && (f->wk < 1 || f->wk > 53)) return false;
    if (f->cent != UNK && (f->cent < 1 || f->cent > 40)) return false;
    if (f->dec != UNK) {
        if (f->declen == 2 && (f->dec % 10 != 0 || f->dec > 90)) return false;
        if (f->declen == 4 && f->dec % 10 != 0) return false;
        if (f->declen != 2 && f->declen != 4) return false;
    }
    if (f->hh != UNK && (f->hh < 0 || f->hh > 24)) return false;
    if (f->mi != UNK && (f->mi < 0 || f->mi > 59)) return false;
    return true;
}

/* The first date of a pair takes what it lacks from the second ("19. und 20. Januar 2010"); a
 * two-digit second year follows the first ("2012/13"). */
static void fields_borrow(fields *a, fields *b) {
    if (a->d != UNK && a->m == UNK && b->m != UNK) a->m = b->m, a->set |= 1u << R_M;
    if (a->y == UNK && b->y != UNK && (a->m != UNK || a->d != UNK || a->season[0] || a->q != UNK || a->half != UNK ||
                                       a->hol))
    {
        a->y = b->y, a->ylen = b->ylen, a->set |= 1u << R_Y;
        if (a->m != UNK && b->m != UNK && a->m > b->m && !b->bc) a->y--; /* "20. Dezember bis 6. Januar 2024" */
    }
    if (b->bc && a->y != UNK) a->bc = true;
    if (b->ad && a->y != UNK) a->ad = true;
    if (a->y != UNK && a->ylen >= 3 && b->y != UNK && b->ylen == 2 && !b->bc) {
        int y = a->y / 100 * 100 + b->y;
        if (y < a->y) y += 100;
        b->y = y;
        b->ylen = 4;
    }
}

/* ------------------------------------------------------------------ rule parsing */

static int rerr(dener_error *err, const char *path, size_t line, size_t col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
static int rerr(dener_error *err, const char *path, size_t line, size_t col, const char *fmt, ...) {
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return dn_error(err, DENER_ERR_RULE, line, col, "%s:%zu: column %zu: %s", path, line, col + 1, msg);
}

static void *p2_malloc(PCRE2_SIZE n, void *data) { return dn_malloc((const dn_alloc *)data, n); }
static void p2_free(void *p, void *data) {
    if (p) dn_free((const dn_alloc *)data, p);
}

typedef struct insertion {
    size_t at, len; /* position in the output, bytes inserted there */
} insertion;

/* Copies the regex re[0..n-1] to out, wrapping each named group that needs a look-up as
 * (?:(?<name>...)(?C1)). On an error returns the offset in re and sets *msg. */
static long wrap_groups(const char *re, size_t n, dn_buf *out, const dn_alloc *a, insertion *ins, size_t *nins,
                        size_t maxins, const char **msg) {
    bool stack[256];
    size_t sp = 0, i = 0;
    *nins = 0;
    while (i < n) {
        char c = re[i];
        if (c == '\\') {
            if (i + 1 < n && re[i + 1] == 'Q') {
                size_t j = i + 2;
                while (j + 1 < n && !(re[j] == '\\' && re[j + 1] == 'E')) j++;
                j = j + 1 < n ? j + 2 : n;
                dn_buf_put(a, out, re + i, j - i);
                i = j;
                continue;
            }
            size_t l = i + 1 < n ? 2 : 1;
            dn_buf_put(a, out, re + i, l);
            i += l;
            continue;
        }
        if (c == '[') {
            size_t j = i + 1;
            if (j < n && re[j] == '^') j++;
            if (j < n && re[j] == ']') j++;
            while (j < n && re[j] != ']') {
                if (re[j] == '\\') j += 2;
                else if (re[j] == '[' && j + 1 < n && (re[j + 1] == ':' || re[j + 1] == '.' || re[j + 1] == '=')) {
                    char t = re[j + 1];
                    j += 2;
                    while (j + 1 < n && !(re[j] == t && re[j + 1] == ']')) j++;
                    j += 2;
                } else j++;
            }
            if (j >= n) {
                *msg = "unterminated character class";
                return (long)i;
            }
            dn_buf_put(a, out, re + i, j + 1 - i);
            i = j + 1;
            continue;
        }
        if (c == '(') {
            if (i + 2 < n && re[i + 1] == '?' && re[i + 2] == '#') {
                size_t j = i;
                while (j < n && re[j] != ')') j++;
                j = j < n ? j + 1 : n;
                dn_buf_put(a, out, re + i, j - i);
                i = j;
                continue;
            }
            bool wrap = false;
            size_t ns = 0;
            if (i + 3 < n && re[i + 1] == '?' && re[i + 2] == '<' && re[i + 3] != '=' && re[i + 3] != '!') ns = i + 3;
            else if (i + 4 < n && re[i + 1] == '?' && re[i + 2] == 'P' && re[i + 3] == '<') ns = i + 4;
            else if (i + 2 < n && re[i + 1] == '?' && re[i + 2] == '\'') {
                *msg = "write named groups as (?<name>...)";
                return (long)i;
            }
            if (ns) {
                size_t ne = ns;
                while (ne < n && re[ne] != '>') ne++;
                int which, role = role_of(re + ns, ne - ns, &which);
                if (role < 0) {
                    *msg = "unknown group name (see the header of dates.rules for the names)";
                    return (long)ns;
                }
                wrap = role_is_num(role) || role_is_cls(role);
            }
            if (sp >= sizeof stack / sizeof stack[0]) {
                *msg = "groups nested too deeply";
                return (long)i;
            }
            stack[sp++] = wrap;
            if (wrap) {
                if (*nins >= maxins) {
                    *msg = "too many named groups";
                    return (long)i;
                }
                ins[(*nins)++] = (insertion){out->len, 3};
                dn_buf_puts(a, out, "(?:");
            }
            dn_buf_putc(a, out, '(');
            i++;
            continue;
        }
        if (c == ')') {
            bool wrap = sp ? stack[--sp] : false;
            dn_buf_putc(a, out, ')');
            if (wrap) {
                if (*nins >= maxins) {
                    *msg = "too many named groups";
                    return (long)i;
                }
                ins[(*nins)++] = (insertion){out->len, 6};
                dn_buf_puts(a, out, "(?C1))");
            }
            i++;
            continue;
        }
        dn_buf_putc(a, out, c);
        i++;
    }
    return -1;
}

/* ------------------------------------------------------------------ where a rule can start
 *
 * Most date rules begin with a group that the callout looks up in a word class ("month", "dir",
 * "numword" for numbers, ...), often after look-arounds or optional parts that begin with a
 * letter, so PCRE2's own start-of-match optimisation finds nothing to skip by. The first consuming
 * item of each rule is derived from its regular expression at load time, as a set of possible
 * first bytes of the text and a set of word classes: a match that starts with a looked-up group
 * starts with a word (as far as the next blank) of which some prefix is, folded, the first word of
 * an entry of that class (the callout rejects anything else). Rules whose start is a class word
 * or a rare byte (a digit, punctuation) are then only tried at such positions; any construct the
 * analysis does not know makes the rule run everywhere as before. */

typedef struct wnode {
    uint32_t child, sib; /* first child, next sibling (0: none) */
    /* (set by words_freeze) f0 and f0[i + 1] - f0[i] of this node i (see dn_date_words.f0), for
     * wnext: the node's line is in the cache after the step into it, f0's seldom */
    uint32_t k0;
    uint16_t nch;
    uint8_t byte;
    uint64_t cls;        /* kinds of the words that end here */
    uint64_t sub;        /* kinds of the words that go through here */
    uint64_t cm;         /* for a word of the lexicon: its node's class_mask & the date classes */
} wnode;

/* Words that date rules can start with, folded, as a byte trie. Each word has "kinds" (bits): the
 * word classes that date rules look up (bit = class id), and for each rule that starts with
 * literal words, one more bit of its own. */
#define SFX3_BITS 8192
#define CPFX_BITS 512 /* (one cache line: few nodes have a trigger class in class_prefix) */
static inline uint32_t cpfx_hash(uint32_t node) { return (node * 0x9E3779B1u) >> (32 - 9); }
_Static_assert(CPFX_BITS == 1u << 9, "cpfx_hash");
static inline uint32_t sfx3_hash(const char *k, size_t n) {
    const unsigned char *u = (const unsigned char *)k + n - 3;
    return ((uint32_t)u[0] * 0x9E3779B1u ^ (uint32_t)u[1] * 0x85EBCA77u ^ (uint32_t)u[2] * 0xC2B2AE3Du) >> 19;
}
/* 64 slots (see dn_date_words.nslots): for each kind, byte and preceding ASCII byte, the slots
 * that can (kindr, byter) or cannot (prevr) start there; nonmid: the slots that cannot start right
 * after an ASCII letter; of the rules as they are (rules_summary): the slots whose automaton is used
 * (fwd_checks: nfa_incl, and nfaw_incl with the words of the classes), the rule of each slot */
struct dn_slot_bank {
    uint64_t kindr[64], byter[256], prevr[128], nonmid;
    uint64_t kinds; /* the kinds with a slot in kindr */
    uint64_t nfa_incl, nfaw_incl;
    /* the slots whose rule checks the bytes before a start (dn_date_rule.lbn), and those that check
     * more than 2; lbr[k][b]: the slots whose rule cannot start k + 1 bytes after byte b */
    uint64_t lb_incl, lb_more, lbr[2][256];
    uint32_t slot_rule[64];
};
struct dn_date_words {
    wnode *n;
    size_t nn, cap;
    uint32_t root[256];
    uint64_t used; /* kinds in use */
    uint64_t mid;  /* kinds of rules that can start inside a word (no look-behind for a letter) */
    /* the rules with a start filter ("slots", see priv.spos), in banks of 64 (slot s: bit s & 63
     * of bank s >> 6; bank 0 here, the others in xb: most rule sets need one) */
    int nslots, nbanks;
    struct dn_slot_bank b0, *xb;
    /* of the banks but 0: the kinds and bytes (a bit each) that some of their rules start at */
    uint64_t xkinds, xbytes[4];
    /* the children of node i, for the search: bytes fb[f0[i] .. f0[i + 1]) and nodes fn[...]
     * (rebuilt by words_freeze when words are added); per byte (ASCII folded): FS_* flags */
    uint32_t *f0, *fn;
    uint8_t *fb;
    uint8_t first[256];
    /* for two ASCII bytes (folded) that a word starts with: whether the walk through this trie
     * can find a kind at all (pairw) / a kind in mid (pairm); bit b1 of row b0 */
    uint64_t pairw[128][2], pairm[128][2];
    /* the same by the bytes as they are (either case), with white space as the second byte
     * (a word of one byte) always let through: [0] as pairw, [1] as pairm */
    uint64_t pairr[2][128][2];
    /* pairr with the first byte's flags in: row b of [0] empty unless first[b] has FS_WORD, of [1]
     * unless it has FS_WORD and FS_MID (chunk_scan: one test for an ASCII byte) */
    uint64_t pairq[2][128][2];
    /* the node of two ASCII letters (folded, 'a'..'z' as 0..25) that a word starts with, or 0
     * (word_at: the first step below the root without a search of the children) */
    uint32_t d2[26][26];
    /* for three ASCII letters (folded, 'a'..'z' as 0..25) that a word starts with: whether the
     * walk can find a kind ([0]) / a kind in mid ([1]) past the first two - bit (a * 26 + b) * 26 + c
     * of tri - and whether it finds one in the first two already (bit b of tri2[][a]) */
    uint64_t tri[2][(26 * 26 * 26 + 63) / 64];
    uint32_t tri2[2][26];
    bool dirty; /* words, classes or mid changed since the last words_freeze */
    /* for the automata (nfa_build): the entries of each word class that a group looks up, folded,
     * words joined by one space, each ended by a 0 byte (ckeys[c][0..cklen[c]-1]) */
    char *ckeys[DN_MAX_CLASSES];
    size_t cklen[DN_MAX_CLASSES];
    /* of the rules as they are (rules_summary): whether some / all rules have a start filter, the
     * most groups (the slots' automata and rules: dn_slot_bank) */
    bool any_fast, all_fast;
    uint32_t max_groups;
    /* the entries of the classes in used (root edges whose node has one in its class_mask), by a
     * hash of their last three bytes (sfx3_hash): no other key of three bytes or more can end like
     * one of them (the closed compound test of dn_dates_find) */
    uint64_t sfx3[SFX3_BITS / 64];
    uint64_t sfx3_cls; /* the classes of sfx3 */
    /* the nodes whose class_prefix has a class of m->date_triggers, a bit each by cpfx_hash (the
     * windows read class_prefix only there: the nodes are lines of the model that are seldom in
     * the cache; one cache line of bits, itself seldom in the cache when the windows are made, so
     * that a token costs no miss here) */
    uint64_t cpfx[CPFX_BITS / 64];
};
static inline const struct dn_slot_bank *wbank(const struct dn_date_words *w, int b) { return b ? &w->xb[b - 1] : &w->b0; }
#define FS_RARE 1u /* rare_byte */
#define FS_WORD 2u /* a word starts with this byte (or it is not ASCII) */
#define FS_MID 4u  /* ...a word of a kind in mid */

static uint32_t wchild(const struct dn_date_words *w, uint32_t node, uint8_t b) {
    if (!node) return w->root[b];
    for (uint32_t c = w->n[node].child; c; c = w->n[c].sib)
        if (w->n[c].byte == b) return c;
    return 0;
}

/* wchild over the frozen arrays. */
static inline uint32_t wnext(const struct dn_date_words *w, uint32_t node, uint8_t b) {
    if (!node) return w->root[b];
    for (uint32_t k = w->n[node].k0, e = k + w->n[node].nch; k < e; k++)
        if (w->fb[k] == b) return w->fn[k];
    return 0;
}

static bool words_add(const dn_alloc *a, struct dn_date_words *w, const char *k, size_t n, uint64_t cls, uint64_t cm) {
    uint32_t node = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t b = (uint8_t)k[i];
        uint32_t c = wchild(w, node, b);
        if (!c) {
            if (!DN_GROW(a, w->n, w->cap, w->nn + 1)) return false;
            w->dirty = true;
            c = (uint32_t)w->nn++;
            w->n[c] = (wnode){.byte = b};
            if (!node) w->root[b] = c;
            else {
                w->n[c].sib = w->n[node].child;
                w->n[node].child = c;
            }
        }
        node = c;
        if ((w->n[c].sub | cls) != w->n[c].sub) w->dirty = true;
        w->n[c].sub |= cls;
    }
    if (node && (w->n[node].cls | cls) != w->n[node].cls) w->dirty = true;
    if (node) w->n[node].cls |= cls, w->n[node].cm |= cm;
    return true;
}

static void words_free(const dn_alloc *a, struct dn_date_words *w);
static bool words_freeze(const dn_alloc *a, struct dn_date_words *w);

static bool class_keys_build(dener_model *m, const uint32_t *par);

/* Builds m->date_words from the first words (children of the trie root) of the entries of the
 * classes in want, and its ckeys. Called once the lexicons are loaded (rules come after them). */
static bool words_build(dener_model *m, uint64_t want) {
    const dn_alloc *a = &m->alloc;
    struct dn_date_words *w = dn_calloc(a, 1, sizeof *w);
    if (!w) return false;
    if (!DN_GROW(a, w->n, w->cap, 64)) {
        dn_free(a, w);
        return false;
    }
    w->nn = 1; /* node 0: none */
    memset(&w->n[0], 0, sizeof w->n[0]);
    uint32_t *par = dn_calloc(a, m->nnodes + 1, sizeof *par); /* the edge into each node, + 1 */
    if (!par) {
        dn_free(a, w->n);
        dn_free(a, w);
        return false;
    }
    for (size_t i = 0; i < m->edges_cap; i++) {
        const dn_edge *e = &m->edges[i];
        if (!e->child) continue;
        if (e->child < m->nnodes) par[e->child] = (uint32_t)i + 1;
        if (e->class_prefix & want) { /* (every node but the root is an edge: the node itself) */
            uint32_t h = cpfx_hash(e->child);
            w->cpfx[h >> 6] |= 1ull << (h & 63);
        }
        if (e->parent != 0) continue;
        const dn_node *nd = &m->nodes[e->child];
        uint64_t cls = (nd->class_mask | nd->class_prefix) & want;
        if ((nd->class_mask & want) && e->keylen >= 3) {
            uint32_t h = sfx3_hash(m->pool + e->key, e->keylen);
            w->sfx3[h >> 6] |= 1ull << (h & 63);
        }
        if (cls && e->keylen && !words_add(a, w, m->pool + e->key, e->keylen, cls, nd->class_mask & want)) {
            dn_free(a, par);
            dn_free(a, w->n);
            dn_free(a, w);
            return false;
        }
    }
    m->date_words = w;
    bool ok = class_keys_build(m, par);
    dn_free(a, par);
    m->date_words = NULL;
    if (!ok) {
        words_free(a, w);
        return false;
    }
    w->used = want;
    w->sfx3_cls = want;
    if (!words_freeze(a, w)) {
        words_free(a, w);
        return false;
    }
    m->date_words = w;
    return true;
}

static void words_free(const dn_alloc *a, struct dn_date_words *w) {
    if (!w) return;
    for (int k = 0; k < DN_MAX_CLASSES; k++) dn_free(a, w->ckeys[k]);
    dn_free(a, w->n);
    dn_free(a, w->f0);
    dn_free(a, w->fn);
    dn_free(a, w->fb);
    dn_free(a, w->xb);
    dn_free(a, w);
}

static bool rare_byte(unsigned c);
static bool words_freeze(const dn_alloc *a, struct dn_date_words *w);

/* Rebuilds the search arrays of w (see dn_date_words.f0) after words or kinds were added. */
static bool words_freeze(const dn_alloc *a, struct dn_date_words *w) {
    uint32_t *f0 = dn_malloc(a, (w->nn + 1) * sizeof *f0), *fn = dn_malloc(a, (w->nn + 1) * sizeof *fn);
    uint8_t *fb = dn_malloc(a, w->nn + 1);
    if (!f0 || !fn || !fb) {
        dn_free(a, f0);
        dn_free(a, fn);
        dn_free(a, fb);
        return false;
    }
    uint32_t k = 0;
    for (size_t i = 0; i < w->nn; i++) {
        f0[i] = k;
        if (i == 0) continue; /* the root's children are in root[] */
        for (uint32_t c = w->n[i].child; c; c = w->n[c].sib) {
            fb[k] = w->n[c].byte;
            fn[k++] = c;
        }
    }
    f0[w->nn] = k;
    for (size_t i = 0; i < w->nn; i++) w->n[i].k0 = f0[i], w->n[i].nch = (uint16_t)(f0[i + 1] - f0[i]);
    dn_free(a, w->f0);
    dn_free(a, w->fn);
    dn_free(a, w->fb);
    w->f0 = f0, w->fn = fn, w->fb = fb;
    w->dirty = false;
    for (unsigned b = 0; b < 256; b++) {
        uint8_t f = rare_byte(b) ? FS_RARE : 0;
        if (b >= 0x80) f |= FS_WORD | FS_MID;
        else {
            uint32_t r = w->root[b >= 'A' && b <= 'Z' ? b + 32 : b];
            if (r) f |= FS_WORD | (w->n[r].sub & w->mid ? FS_MID : 0);
        }
        w->first[b] = f;
    }
    memset(w->pairw, 0, sizeof w->pairw);
    memset(w->pairm, 0, sizeof w->pairm);
    for (unsigned b = 0; b < 128; b++) {
        uint32_t n1 = w->root[b];
        if (!n1) continue;
        if (w->n[n1].cls) w->pairw[b][0] = w->pairw[b][1] = ~0ull; /* a word of one byte */
        if (w->n[n1].cls & w->mid) w->pairm[b][0] = w->pairm[b][1] = ~0ull;
        for (uint32_t c = w->n[n1].child; c; c = w->n[c].sib) {
            uint8_t b1 = w->n[c].byte;
            if (b1 >= 128) continue;
            if (w->n[c].sub) w->pairw[b][b1 >> 6] |= 1ull << (b1 & 63);
            if (w->n[c].sub & w->mid) w->pairm[b][b1 >> 6] |= 1ull << (b1 & 63);
        }
    }
    memset(w->d2, 0, sizeof w->d2);
    for (unsigned a = 0; a < 26; a++) {
        uint32_t n1 = w->root['a' + a];
        if (!n1) continue;
        for (uint32_t k = w->f0[n1], e = w->f0[n1 + 1]; k < e; k++) {
            unsigned b = (unsigned)w->fb[k] - 'a';
            if (b < 26 && !w->d2[a][b]) w->d2[a][b] = w->fn[k]; /* (the first, as wnext) */
        }
    }
    memset(w->tri, 0, sizeof w->tri);
    memset(w->tri2, 0, sizeof w->tri2);
    for (unsigned a = 0; a < 26; a++) {
        uint32_t n1 = w->root['a' + a];
        if (!n1) continue;
        for (int k = 0; k < 2; k++)
            if (w->n[n1].cls & (k ? w->mid : ~0ull)) w->tri2[k][a] = (1u << 26) - 1;
        for (uint32_t n2 = w->n[n1].child; n2; n2 = w->n[n2].sib) {
            unsigned b = (unsigned)w->n[n2].byte - 'a';
            if (b >= 26) continue;
            for (int k = 0; k < 2; k++)
                if (w->n[n2].cls & (k ? w->mid : ~0ull)) w->tri2[k][a] |= 1u << b;
            for (uint32_t n3 = w->n[n2].child; n3; n3 = w->n[n3].sib) {
                unsigned c = (unsigned)w->n[n3].byte - 'a';
                if (c >= 26) continue;
                unsigned x = (a * 26 + b) * 26 + c;
                for (int k = 0; k < 2; k++)
                    if (w->n[n3].sub & (k ? w->mid : ~0ull)) w->tri[k][x >> 6] |= 1ull << (x & 63);
            }
        }
    }
    /* (upper case second bytes 'A'..'Z' are bits 1..26 of word 1, their lower case bits 33..58) */
    const uint64_t ws = 1ull << ' ' | 1ull << '\t' | 1ull << '\n' | 1ull << '\r', up = 0x7FFFFFEull;
    for (unsigned b = 0; b < 128; b++) {
        unsigned c0 = b >= 'A' && b <= 'Z' ? b + 32 : b;
        for (int k = 0; k < 2; k++) {
            const uint64_t *f = k ? w->pairm[c0] : w->pairw[c0];
            w->pairr[k][b][0] = f[0] | ws;
            w->pairr[k][b][1] = f[1] | ((f[1] >> 32) & up);
            const uint8_t need = k ? FS_WORD | FS_MID : FS_WORD;
            bool ok = (w->first[b] & need) == need;
            w->pairq[k][b][0] = ok ? w->pairr[k][b][0] : 0;
            w->pairq[k][b][1] = ok ? w->pairr[k][b][1] : 0;
        }
    }
    return true;
}

/* First bytes and first word classes of a (part of a) pattern. */
#define FS_MAXSTR 96
#define FS_STRLEN 40

typedef struct fset {
    uint8_t b[32];
    uint64_t cls;
    bool notnd; /* b has bytes that do not begin a decimal digit (U+0660.. lead bytes D9..F4 do) */
    uint8_t nstr;
    uint16_t str[FS_MAXSTR]; /* literal prefixes: offsets in fctx.strs (length byte, then bytes) */
} fset;

static void fs_set(fset *f, unsigned c) {
    f->b[c >> 3] |= (uint8_t)(1u << (c & 7));
    if (!(c >= '0' && c <= '9') && !(c >= 0xD9 && c <= 0xF4)) f->notnd = true;
}
static bool fs_has_b(const uint8_t *b, unsigned c) { return (b[c >> 3] >> (c & 7)) & 1u; }
static bool fs_has(const fset *f, unsigned c) { return fs_has_b(f->b, c); }
static void fs_range(fset *f, unsigned lo, unsigned hi) {
    for (unsigned c = lo; c <= hi; c++) fs_set(f, c);
}
static bool fs_or(fset *f, const fset *g) {
    for (int i = 0; i < 32; i++) f->b[i] |= g->b[i];
    f->cls |= g->cls;
    f->notnd |= g->notnd;
    if (f->nstr + g->nstr > FS_MAXSTR) return false;
    for (unsigned k = 0; k < g->nstr; k++) f->str[f->nstr++] = g->str[k];
    return true;
}
static void fs_nonascii(fset *f) { fs_range(f, 0xC2, 0xF4); } /* lead bytes of every non-ASCII character */

/* An ASCII character, with its other case and (for k and s) the non-ASCII characters that
 * Unicode caseless matching equates with it (U+212A KELVIN SIGN, U+017F LONG S). */
static void fs_ascii(fset *f, unsigned c, bool caseless) {
    fs_set(f, c);
    if (!caseless) return;
    unsigned lc = c | 0x20u;
    if (lc >= 'a' && lc <= 'z') {
        fs_set(f, lc);
        fs_set(f, lc - 32);
        if (lc == 'k') fs_set(f, 0xE2);
        if (lc == 's') fs_set(f, 0xC5);
    }
}

/* A character given as a code point. */
static void fs_cp(fset *f, uint32_t c, bool caseless) {
    if (c >= 0x80) f->notnd = true; /* may fold to another lead byte */
    if (c < 0x80) fs_ascii(f, c, caseless);
    else if (caseless) fs_nonascii(f);
    else fs_set(f, c < 0x800 ? 0xC0 | (c >> 6) : c < 0x10000 ? 0xE0 | (c >> 12) : 0xF0 | (c >> 18));
}

static bool is_alnum_ascii(unsigned char e) { return (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9'); }

/* The character of a control escape "\t", "\n", "\r", "\f", "\e" or "\a" (both analysers of the
 * date rules' regular expressions read them the same way). */
static uint32_t ctl_escape(char e) {
    switch (e) {
    case 't': return '\t';
    case 'n': return '\n';
    case 'r': return '\r';
    case 'f': return '\f';
    case 'e': return 0x1B;
    default: return 0x07; /* 'a' */
    }
}

/* The code point of a regular expression's "\x" escape: "\x{HHHHHH}" or up to two hex digits;
 * *i is just after the "x" and moves past the escape. Sets *bad on a malformed one. Shared by the
 * start-filter analysis (fctx) and the pre-check automaton (gctx). */
static uint32_t re_hex_escape(const char *s, size_t n, size_t *i, bool *bad) {
    uint32_t v = 0;
    bool braced = *i < n && s[*i] == '{';
    if (braced) ++*i;
    for (size_t d = 0; *i < n && (braced ? s[*i] != '}' : d < 2); d++) {
        char h = s[*i];
        int x = h >= '0' && h <= '9' ? h - '0' : (h | 0x20) >= 'a' && (h | 0x20) <= 'f' ? (h | 0x20) - 'a' + 10 : -1;
        if (x < 0 || d >= 6) {
            if (braced) *bad = true;
            break;
        }
        v = v * 16 + (uint32_t)x;
        ++*i;
    }
    if (braced && !*bad) {
        if (*i >= n) *bad = true;
        else ++*i;
    }
    if (v > 0x10FFFF) *bad = true;
    return v;
}

typedef struct fctx {
    const char *s;
    size_t i, n;
    const dener_model *m;
    int numword;
    bool bad;     /* a construct the analysis does not know */
    int depth;    /* of groups */
    bool top_alt; /* the pattern is an alternation at the top level */
    uint8_t strs[FS_MAXSTR * (FS_STRLEN + 1)];
    size_t nstrs;
} fctx;

static fset fs_alt(fctx *c, bool caseless, bool *nullable);

/* A UTF-8 code point at s[i] (advancing i), or -1. */
static long fs_u8(fctx *c) {
    bool bad = false;
    int32_t cp = dn_u8_next(c->s, &c->i, c->n, &bad);
    return bad ? -1 : cp;
}

/* \p{..} / \P{..} (after the letter): ASCII members and, conservatively, every non-ASCII one. */
static void fs_prop(fctx *c, fset *f, bool neg, bool caseless) {
    size_t s0, s1;
    if (c->i < c->n && c->s[c->i] == '{') {
        s0 = ++c->i;
        while (c->i < c->n && c->s[c->i] != '}') c->i++;
        if (c->i >= c->n) { c->bad = true; return; }
        s1 = c->i++;
    } else if (c->i < c->n) {
        s0 = c->i++;
        s1 = c->i;
    } else { c->bad = true; return; }
    const char *p = c->s + s0;
    size_t l = s1 - s0;
    if (neg || l == 0 || p[0] == '^') {
        fs_range(f, 0, 255);
        return;
    }
    fs_nonascii(f);
    if (p[0] == 'L' && (l == 1 || (l == 2 && p[1] == '&'))) fs_range(f, 'a', 'z'), fs_range(f, 'A', 'Z');
    else if (p[0] == 'L' && l == 2 && p[1] == 'u') fs_range(f, 'A', 'Z');
    else if (p[0] == 'L' && l == 2 && p[1] == 'l') fs_range(f, 'a', 'z');
    else if (p[0] == 'L' && l == 2) { /* Lt, Lm, Lo: no ASCII letter */ }
    else if (p[0] == 'N' && (l == 1 || (l == 2 && p[1] == 'd'))) fs_range(f, '0', '9');
    else fs_range(f, 0, 255);
    if (caseless && (fs_has(f, 'a') || fs_has(f, 'A'))) fs_range(f, 'a', 'z'), fs_range(f, 'A', 'Z');
}

/* An escape after the backslash that stands for characters (in or outside a class); false if it
 * is not one (an assertion or something unknown). */
static bool fs_escape_chars(fctx *c, fset *f, bool caseless) {
    if (c->i >= c->n) { c->bad = true; return true; }
    char e = c->s[c->i++];
    switch (e) {
    case 'd': fs_range(f, '0', '9'); fs_range(f, 0xD9, 0xF4); return true; /* U+0660 is the first non-ASCII digit */
    case 'w': fs_range(f, '0', '9'); fs_range(f, 'a', 'z'); fs_range(f, 'A', 'Z'); fs_set(f, '_'); fs_nonascii(f); return true;
    case 's': case 'h': case 'v':
        fs_set(f, ' '); fs_range(f, '\t', '\r'); fs_nonascii(f); return true;
    case 'D': case 'W': case 'S': case 'H': case 'V': case 'N': case 'R': case 'X': fs_range(f, 0, 255); return true;
    case 'p': case 'P': fs_prop(c, f, e == 'P', caseless); return true;
    case 't': case 'n': case 'r': case 'f': case 'e': case 'a': fs_set(f, ctl_escape(e)); return true;
    case 'x': {
        uint32_t v = re_hex_escape(c->s, c->n, &c->i, &c->bad);
        if (c->bad) return true;
        fs_cp(f, v, caseless);
        return true;
    }
    default:
        if ((unsigned char)e < 0x80 && !is_alnum_ascii((unsigned char)e)) {
            fs_ascii(f, (unsigned char)e, caseless); /* an escaped punctuation character */
            return true;
        }
        c->i--;
        return false;
    }
}

/* A character class; c->i is just after "[". */
static fset fs_class(fctx *c, bool caseless) {
    fset f;
    memset(&f, 0, sizeof f);
    bool neg = false;
    if (c->i < c->n && c->s[c->i] == '^') neg = true, c->i++;
    bool first = true;
    long prev = -1; /* the previous single character, for ranges */
    while (c->i < c->n && !c->bad) {
        char ch = c->s[c->i];
        if (ch == ']' && !first) {
            c->i++;
            if (neg) fs_range(&f, 0, 255);
            return f;
        }
        first = false;
        if (ch == '[' && c->i + 1 < c->n && c->s[c->i + 1] == ':') { /* POSIX class: anything */
            size_t j = c->i + 2;
            while (j + 1 < c->n && !(c->s[j] == ':' && c->s[j + 1] == ']')) j++;
            if (j + 1 >= c->n) { c->bad = true; break; }
            c->i = j + 2;
            fs_range(&f, 0, 255);
            prev = -1;
            continue;
        }
        if (ch == '-' && prev >= 0 && c->i + 1 < c->n && c->s[c->i + 1] != ']') {
            c->i++;
            long hi;
            if (c->s[c->i] == '\\') {
                c->i++;
                if (c->i >= c->n) { c->bad = true; break; }
                char e = c->s[c->i];
                if ((unsigned char)e < 0x80 && !((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z') || (e >= '0' && e <= '9'))) {
                    hi = (unsigned char)e;
                    c->i++;
                } else { c->bad = true; break; }
            } else hi = fs_u8(c);
            if (hi < prev) { c->bad = true; break; }
            if (prev < 0x80) {
                for (long x = prev; x <= hi && x < 0x80; x++) fs_ascii(&f, (unsigned)x, caseless);
                if (hi >= 0x80) fs_nonascii(&f);
            } else fs_nonascii(&f);
            prev = -1;
            continue;
        }
        if (ch == '\\') {
            c->i++;
            size_t at = c->i;
            fset g;
            memset(&g, 0, sizeof g);
            if (!fs_escape_chars(c, &g, caseless)) { c->bad = true; break; }
            if (!fs_or(&f, &g)) c->bad = true;
            /* a single escaped punctuation character can start a range */
            prev = c->i == at + 1 && (unsigned char)c->s[at] < 0x80 && !((c->s[at] | 0x20) >= 'a' && (c->s[at] | 0x20) <= 'z') &&
                           !(c->s[at] >= '0' && c->s[at] <= '9')
                       ? (unsigned char)c->s[at]
                       : -1;
            continue;
        }
        long cp = fs_u8(c);
        if (cp < 0) { c->bad = true; break; }
        fs_cp(&f, (uint32_t)cp, caseless);
        prev = cp;
    }
    c->bad = true;
    return f;
}

/* Skips a quantifier at c->i; *min0 is set if it allows zero repetitions. */
static void fs_quant(fctx *c, bool *min0) {
    if (c->i >= c->n) return;
    char q = c->s[c->i];
    if (q == '?' || q == '*') *min0 = true, c->i++;
    else if (q == '+') c->i++;
    else if (q == '{') {
        size_t j = c->i + 1, d0 = j;
        unsigned long lo = 0;
        while (j < c->n && c->s[j] >= '0' && c->s[j] <= '9') lo = lo * 10 + (unsigned long)(c->s[j++] - '0');
        if (j == d0) { c->bad = true; return; } /* "{,n}" or a literal brace: not analysed */
        if (j < c->n && c->s[j] == ',') {
            j++;
            while (j < c->n && c->s[j] >= '0' && c->s[j] <= '9') j++;
        }
        if (j >= c->n || c->s[j] != '}') { c->bad = true; return; }
        c->i = j + 1;
        if (lo == 0) *min0 = true;
    } else return;
    if (c->i < c->n && (c->s[c->i] == '?' || c->s[c->i] == '+')) c->i++;
}

/* One item (an atom and its quantifier). */
static fset fs_item(fctx *c, bool caseless, bool *nullable) {
    fset f;
    memset(&f, 0, sizeof f);
    *nullable = false;
    char ch = c->s[c->i];
    if (ch == '(') {
        c->i++;
        bool look = false, inner_ci = caseless, wrapped = false;
        int cls = -1, role = 0;
        if (c->i < c->n && c->s[c->i] == '*') { c->bad = true; return f; }
        if (c->i < c->n && c->s[c->i] == '?') {
            c->i++;
            char k = c->i < c->n ? c->s[c->i] : 0;
            if (k == ':' || k == '>') c->i++;
            else if (k == '=' || k == '!') c->i++, look = true;
            else if (k == '<' && c->i + 1 < c->n && (c->s[c->i + 1] == '=' || c->s[c->i + 1] == '!')) c->i += 2, look = true;
            else if (k == '#') {
                while (c->i < c->n && c->s[c->i] != ')') c->i++;
                if (c->i >= c->n) c->bad = true;
                else c->i++;
                *nullable = true;
                return f;
            } else if (k == 'i' && c->i + 1 < c->n && c->s[c->i + 1] == ':') c->i += 2, inner_ci = true;
            else if (k == '-' && c->i + 2 < c->n && c->s[c->i + 1] == 'i' && c->s[c->i + 2] == ':') c->i += 3, inner_ci = false;
            else if (k == '<' || (k == 'P' && c->i + 1 < c->n && c->s[c->i + 1] == '<')) {
                c->i += k == 'P' ? 2 : 1;
                size_t ns = c->i;
                while (c->i < c->n && c->s[c->i] != '>') c->i++;
                if (c->i >= c->n) { c->bad = true; return f; }
                int which;
                role = role_of(c->s + ns, c->i - ns, &which);
                c->i++;
                if (role < 0) { c->bad = true; return f; }
                if (role_is_num(role)) wrapped = true, cls = c->numword;
                else if (role_is_cls(role)) wrapped = true, cls = dn_class_id(c->m, ROLE_NAMES[role]);
            } else { c->bad = true; return f; }
        }
        bool inner_null;
        c->depth++;
        fset g = fs_alt(c, inner_ci, &inner_null);
        c->depth--;
        if (c->bad) return f;
        if (c->i >= c->n || c->s[c->i] != ')') { c->bad = true; return f; }
        c->i++;
        if (look) {
            *nullable = true;
        } else if (wrapped) {
            /* the callout rejects what the class lookup (or, for numbers, an ASCII digit) does not
             * accept, never an empty capture; a capture that begins with white space is looked up
             * from its first word, so such starts are kept as they are */
            static const uint8_t blank[] = {' ', '\t', '\n', '\r', 0xC2};
            for (size_t k = 0; k < sizeof blank; k++)
                if (fs_has(&g, blank[k])) fs_set(&f, blank[k]);
            if (role_is_num(role)) {
                fs_range(&f, '0', '9');
                /* a number group whose text starts with a digit reaches the lookup of number
                 * words only if some number word starts with that digit (digits do not fold) */
                bool word = g.notnd || g.nstr;
                const struct dn_date_words *w = c->m->date_words;
                for (unsigned b = 0; b < 256 && !word && cls >= 0; b++)
                    if (fs_has(&g, b) && (!w || (w->root[b] && (w->n[w->root[b]].sub >> cls) & 1u))) word = true;
                if (word && cls >= 0) f.cls |= 1ull << cls;
            } else if (cls >= 0) f.cls |= 1ull << cls;
        } else {
            f = g;
            *nullable = inner_null;
        }
    } else if (ch == '[') {
        c->i++;
        f = fs_class(c, caseless);
    } else if (ch == '\\') {
        c->i++;
        if (c->i < c->n && c->s[c->i] == 'Q') {
            c->i++;
            if (c->i + 1 < c->n && c->s[c->i] == '\\' && c->s[c->i + 1] == 'E') { c->bad = true; return f; }
            if (c->i >= c->n) { c->bad = true; return f; }
            long cp = fs_u8(c);
            if (cp < 0) { c->bad = true; return f; }
            fs_cp(&f, (uint32_t)cp, caseless);
            while (c->i + 1 < c->n && !(c->s[c->i] == '\\' && c->s[c->i + 1] == 'E')) c->i++;
            c->i = c->i + 1 < c->n ? c->i + 2 : c->n;
            return f; /* no quantifier analysis after \Q..\E (it applies to the last character only) */
        }
        if (!fs_escape_chars(c, &f, caseless)) {
            char e = c->i < c->n ? c->s[c->i++] : 0;
            if (e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G') *nullable = true;
            else c->bad = true; /* back references, \K, \g, \k, \c, ...: not analysed */
            return f;
        }
    } else if (ch == '.') {
        c->i++;
        fs_range(&f, 0, 255);
    } else if (ch == '^' || ch == '$') {
        c->i++;
        *nullable = true;
        return f;
    } else if (ch == '*' || ch == '+' || ch == '?' || ch == '{') {
        c->bad = true;
        return f;
    } else {
        long cp = fs_u8(c);
        if (cp < 0) { c->bad = true; return f; }
        fs_cp(&f, (uint32_t)cp, caseless);
    }
    bool min0 = false;
    fs_quant(c, &min0);
    if (min0) *nullable = true;
    return f;
}

static bool fs_meta(char ch) { return ch != 0 && strchr("\\^$.|?*+()[]{}", ch) != NULL; }

/* The literal text at c->i that every match of the rest of the sequence starts with (letters and
 * other characters up to a meta character, white space or a character that may repeat zero
 * times), stored in c->strs; returns its offset + 1 there, 0 if there is none. */
static size_t fs_literal(fctx *c) {
    uint8_t buf[FS_STRLEN];
    size_t n = 0, j = c->i;
    unsigned char c0 = (unsigned char)c->s[j];
    if (!((c0 | 0x20) >= 'a' && (c0 | 0x20) <= 'z') && c0 < 0xC2) return 0;
    while (j < c->n) {
        unsigned char ch = (unsigned char)c->s[j];
        if (fs_meta((char)ch) || ch == ' ' || (ch >= '\t' && ch <= '\r') || ch == '#') break;
        size_t k = j;
        if (ch >= 0x80) {
            bool bad = false;
            int32_t cp = dn_u8_next(c->s, &k, c->n, &bad);
            if (bad || cp == 0xA0) break;
        } else k = j + 1;
        char q = k < c->n ? c->s[k] : 0;
        if (q == '?' || q == '*' || (q == '{' && k + 1 < c->n && c->s[k + 1] == '0')) break;
        if (n + (k - j) > sizeof buf) break;
        memcpy(buf + n, c->s + j, k - j);
        n += k - j;
        j = k;
        if (q == '+' || q == '{') break;
    }
    if (!n || c->nstrs + n + 1 > sizeof c->strs) return 0;
    size_t at = c->nstrs;
    c->strs[at] = (uint8_t)n;
    memcpy(c->strs + at + 1, buf, n);
    c->nstrs += n + 1;
    return at + 1;
}

static fset fs_seq(fctx *c, bool caseless, bool *nullable) {
    fset f;
    memset(&f, 0, sizeof f);
    bool open = true; /* all items so far can be empty */
    while (c->i < c->n && !c->bad && c->s[c->i] != '|' && c->s[c->i] != ')') {
        bool nl;
        size_t lit = open ? fs_literal(c) : 0;
        fset g = fs_item(c, caseless, &nl);
        if (lit) { /* the match starts with this text: a word to look for rather than its first byte */
            if (f.nstr >= FS_MAXSTR) c->bad = true;
            else f.str[f.nstr++] = (uint16_t)(lit - 1);
            nl = false;
        } else if (open && !fs_or(&f, &g)) c->bad = true;
        if (!nl) open = false;
    }
    *nullable = open;
    return f;
}

static fset fs_alt(fctx *c, bool caseless, bool *nullable) {
    fset f;
    memset(&f, 0, sizeof f);
    *nullable = false;
    for (;;) {
        bool nl;
        fset g = fs_seq(c, caseless, &nl);
        if (!fs_or(&f, &g)) c->bad = true;
        if (nl) *nullable = true;
        if (c->bad || c->i >= c->n || c->s[c->i] != '|') break;
        if (c->depth == 0) c->top_alt = true;
        c->i++;
    }
    return f;
}

/* Bytes that are rare as the first byte of a match position: not ASCII letters or blanks, not
 * continuation bytes, not the lead byte of the Latin-1 letters (U+00C0..U+00FF). */
static bool rare_byte(unsigned c) {
    if (c < 0x80) return !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && c != ' ' && !(c >= '\t' && c <= '\r');
    return c >= 0xC0 && c != 0xC3;
}

/* The ASCII members of the character class of a negative look-behind "(?<![...])" at re[j] (just
 * after "["), into out (a bit set over bytes) - exactly, or nothing (out stays empty) if the class
 * holds anything whose ASCII members are not known here (negation, POSIX classes, other escapes). */
static void lb_class(const char *re, size_t n, size_t j, uint8_t *out) {
    uint8_t b[32];
    memset(b, 0, sizeof b);
    if (j < n && (re[j] == '^' || re[j] == ']')) return;
    long prev = -1;
    while (j < n && re[j] != ']') {
        unsigned char ch = (unsigned char)re[j];
        long lit = -1;
        if (ch == '\\') {
            if (j + 1 >= n) return;
            char e = re[j + 1];
            if (e == 'p' && j + 3 < n && re[j + 2] == '{') {
                size_t k = j + 3;
                while (k < n && re[k] != '}') k++;
                if (k >= n) return;
                size_t l = k - (j + 3);
                const char *nm = re + j + 3;
                if (l == 1 && nm[0] == 'L') { for (unsigned x = 'a'; x <= 'z'; x++) b[x >> 3] |= (uint8_t)(1u << (x & 7)), b[(x - 32) >> 3] |= (uint8_t)(1u << ((x - 32) & 7)); }
                else if (l == 2 && nm[0] == 'L' && nm[1] == 'u') { for (unsigned x = 'A'; x <= 'Z'; x++) b[x >> 3] |= (uint8_t)(1u << (x & 7)); }
                else if (l == 2 && nm[0] == 'L' && nm[1] == 'l') { for (unsigned x = 'a'; x <= 'z'; x++) b[x >> 3] |= (uint8_t)(1u << (x & 7)); }
                else if ((l == 1 && nm[0] == 'N') || (l == 2 && nm[0] == 'N' && nm[1] == 'd')) { for (unsigned x = '0'; x <= '9'; x++) b[x >> 3] |= (uint8_t)(1u << (x & 7)); }
                else return;
                j = k + 1;
                prev = -1;
                continue;
            }
            if (e == 'd') {
                for (unsigned x = '0'; x <= '9'; x++) b[x >> 3] |= (uint8_t)(1u << (x & 7));
                j += 2;
                prev = -1;
                continue;
            }
            if ((unsigned char)e < 0x80 && !((e | 0x20) >= 'a' && (e | 0x20) <= 'z') && !(e >= '0' && e <= '9')) {
                lit = (unsigned char)e;
                j += 2;
            } else return;
        } else if (ch == '[') {
            return;
        } else if (ch == '-' && prev >= 0 && j + 1 < n && re[j + 1] != ']') {
            unsigned char hi = (unsigned char)re[j + 1];
            if (hi == '\\' || hi >= 0x80 || (long)hi < prev) return;
            for (long x = prev; x <= hi; x++) b[x >> 3] |= (uint8_t)(1u << (x & 7));
            j += 2;
            prev = -1;
            continue;
        } else if (ch >= 0x80) {
            j++; /* a non-ASCII character: only its ASCII members matter */
            while (j < n && ((unsigned char)re[j] & 0xC0) == 0x80) j++;
            prev = -1;
            continue;
        } else {
            lit = ch;
            j++;
        }
        b[lit >> 3] |= (uint8_t)(1u << (lit & 7));
        prev = lit;
    }
    if (j + 1 >= n || re[j] != ']' || re[j + 1] != ')') return;
    memcpy(out, b, sizeof b);
}

/* The bytes right before a start that a leading positive look-behind "(?<=A|B|...)" of re[0..n-1]
 * allows (r->lb, r->lbn; lbn 0 if nothing is known): read backwards from each alternative's end,
 * a literal character gives its UTF-8 bytes, a class of ASCII characters one of them, \s and \d an
 * ASCII member or any byte of a longer character (and nothing is known before it); anything else
 * (groups, quantifiers, other escapes and classes) leaves the rule without the check. Case must
 * matter (caseless ASCII letters may match longer characters: "k", "s"). */
static void lb_bytes(const char *re, size_t n, dn_date_rule *r) {
    r->lbn = 0;
    if (n < 5 || memcmp(re, "(?<=", 4) != 0) return;
    uint8_t allow[LB_BYTES][32];
    memset(allow, 0, sizeof allow);
    unsigned known = LB_BYTES; /* the least over the alternatives of the bytes known before a start */
    size_t j = 4;
    for (;;) { /* one alternative */
        enum { MAXIT = 64 };
        uint8_t set[MAXIT][32];
        bool stop[MAXIT]; /* nothing is known before this item (it may be a longer character) */
        unsigned ni = 0;
        while (j < n && re[j] != '|' && re[j] != ')') {
            if (ni == MAXIT) return;
            uint8_t *b = set[ni];
            memset(b, 0, 32);
            stop[ni] = false;
            unsigned char ch = (unsigned char)re[j];
            if (ch == '\\') {
                if (j + 1 >= n) return;
                unsigned char e = (unsigned char)re[j + 1];
                if (e == 's' || e == 'd') {
                    static const char ws[] = " \t\n\v\f\r", dg[] = "0123456789";
                    for (const char *q = e == 's' ? ws : dg; *q; q++) b[(unsigned char)*q >> 3] |= (uint8_t)(1u << (*q & 7));
                    for (unsigned x = 0x80; x < 0x100; x++) b[x >> 3] |= (uint8_t)(1u << (x & 7));
                    stop[ni] = true;
                } else if (e < 0x80 && !((e | 0x20) >= 'a' && (e | 0x20) <= 'z') && !(e >= '0' && e <= '9'))
                    b[e >> 3] |= (uint8_t)(1u << (e & 7));
                else
                    return;
                j += 2;
                ni++;
            } else if (ch == '[') {
                size_t k = j + 1;
                if (k < n && (re[k] == '^' || re[k] == ']')) return;
                for (; k < n && re[k] != ']'; k++) {
                    unsigned char x = (unsigned char)re[k];
                    if (x == '\\' || x == '[' || x >= 0x80) return;
                    if (x == '-' && k > j + 1 && k + 1 < n && re[k + 1] != ']') { /* (a range, or "-": both allowed) */
                        unsigned char lo = (unsigned char)re[k - 1], hi = (unsigned char)re[k + 1];
                        if (hi == '\\' || hi == '[' || hi >= 0x80 || hi < lo) return;
                        for (unsigned y = lo; y <= hi; y++) b[y >> 3] |= (uint8_t)(1u << (y & 7));
                    }
                    b[x >> 3] |= (uint8_t)(1u << (x & 7));
                }
                if (k >= n) return;
                j = k + 1;
                ni++;
            } else if (ch >= 0x80) { /* a character written as itself: its bytes */
                size_t k = j + 1;
                while (k < n && ((unsigned char)re[k] & 0xC0) == 0x80) k++;
                for (; j < k; j++) {
                    if (ni == MAXIT) return;
                    memset(set[ni], 0, 32);
                    stop[ni] = false;
                    set[ni][(unsigned char)re[j] >> 3] |= (uint8_t)(1u << ((unsigned char)re[j] & 7));
                    ni++;
                }
            } else if (strchr("()|.*+?{}^$", ch)) {
                return;
            } else {
                b[ch >> 3] |= (uint8_t)(1u << (ch & 7));
                j++;
                ni++;
            }
            /* (a quantifier after an item: not known here) */
            if (j < n && strchr("*+?{", re[j])) return;
        }
        if (j >= n || !ni) return;
        unsigned k = 0;
        for (; k < ni && k < LB_BYTES; k++) {
            const unsigned it = ni - 1 - k;
            for (unsigned x = 0; x < 32; x++) allow[k][x] |= set[it][x];
            if (stop[it]) {
                k++;
                break;
            }
        }
        if (k < known) known = k;
        if (re[j] == ')') break;
        j++; /* (past "|") */
    }
    r->lbn = (uint8_t)known;
    memcpy(r->lb, allow, sizeof r->lb);
}

/* Puts r's start filter into slot q of its bank (bit q & 63 of bank q >> 6): its word kinds,
 * start bytes and the bytes it cannot follow. */
static void slot_put(struct dn_date_words *w, dn_date_rule *r, int q) {
    const uint64_t bit = 1ull << (q & 63);
    struct dn_slot_bank *bk = (struct dn_slot_bank *)wbank(w, q >> 6);
    r->slot = q;
    for (uint64_t x = r->fcls; x; x &= x - 1) bk->kindr[__builtin_ctzll(x)] |= bit;
    bk->kinds |= r->fcls;
    for (unsigned b = 0; b < 256; b++)
        if (fs_has_b(r->fb, b)) bk->byter[b] |= bit;
    for (unsigned b = 0; b < 128; b++)
        if (fs_has_b(r->prevbad, b)) bk->prevr[b] |= bit;
    if (!r->mid) bk->nonmid |= bit;
}

/* Derives r's start filter from its pattern re[0..n-1] (see above); literal words it starts with
 * are added to m->date_words under a kind of the rule's own. False on no memory. */
static bool rule_first(dener_model *m, dn_date_rule *r, const char *re, size_t n, bool caseless) {
    fctx *c = dn_calloc(&m->alloc, 1, sizeof *c);
    if (!c) return false;
    *c = (fctx){.s = re, .n = n, .m = m, .numword = dn_class_id(m, "numword")};
    bool nullable, ok = true;
    fset f = fs_alt(c, caseless, &nullable);
    struct dn_date_words *w = m->date_words;
    r->fast = false;
    r->slot = -1;
    if (c->bad || c->i != n || nullable || !w) goto done;
    for (unsigned b = 0; b < 256; b++)
        if (fs_has(&f, b) && !rare_byte(b)) goto done;
    /* (see slots_order: a digit starts most, then a word of a class, another rare byte, a literal
     * word, a short one more than a long one) */
    uint32_t breadth = 0;
    for (unsigned b = 0; b < 256; b++)
        if (fs_has(&f, b)) breadth += b >= '0' && b <= '9' ? 1000 : 10;
    breadth += 100 * (uint32_t)__builtin_popcountll(f.cls);
    if (f.nstr) {
        if (!~w->used) goto done; /* no kind left */
        int kind = 0;
        while ((w->used >> kind) & 1u) kind++;
        dn_buf fb = {0};
        for (unsigned k = 0; k < f.nstr && ok; k++) {
            const uint8_t *sp = c->strs + f.str[k];
            breadth += sp[0] <= 3 ? 5 : 1;
            fb.len = 0;
            dn_fold_append(m, &fb, (const char *)sp + 1, sp[0]);
            ok = !fb.oom && words_add(&m->alloc, w, fb.p, fb.len, 1ull << kind, 0);
        }
        dn_buf_free(&m->alloc, &fb);
        if (!ok) goto done;
        w->used |= 1ull << kind;
        f.cls |= 1ull << kind;
    }
    memcpy(r->fb, f.b, sizeof r->fb);
    r->fcls = f.cls;
    r->breadth = breadth;
    r->fast = r->filt = true;
    /* "(?<![...])" first: the rule cannot start right after an ASCII character of that class */
    memset(r->prevbad, 0, sizeof r->prevbad);
    if (!c->top_alt && !caseless && n > 5 && memcmp(re, "(?<![", 5) == 0) lb_class(re, n, 5, r->prevbad);
    r->lbn = 0;
    if (!c->top_alt && !caseless) lb_bytes(re, n, r);
    r->mid = false;
    for (unsigned b = 'A'; b <= 'z' && !r->mid; b++)
        if (((b | 0x20) >= 'a' && (b | 0x20) <= 'z') && !fs_has_b(r->prevbad, b)) r->mid = true;
    uint64_t mid0 = w->mid;
    if (r->mid) w->mid |= r->fcls;
    if (w->mid != mid0) w->dirty = true;
    ok = !w->dirty || words_freeze(&m->alloc, w); /* (unchanged: the arrays are the same) */
    r->slot = -1;
    if (ok && w->nslots == 64 * w->nbanks && w->nbanks) { /* (a bank more; 0: b0 is there) */
        struct dn_slot_bank *nb = dn_malloc(&m->alloc, (size_t)w->nbanks * sizeof *nb);
        if (!nb) ok = false;
        else {
            if (w->nbanks > 1) memcpy(nb, w->xb, (size_t)(w->nbanks - 1) * sizeof *nb);
            memset(&nb[w->nbanks - 1], 0, sizeof *nb);
            dn_free(&m->alloc, w->xb);
            w->xb = nb;
            w->nbanks++;
        }
    }
    if (ok && w->nslots < INT32_MAX) {
        if (!w->nbanks) w->nbanks = 1;
        slot_put(w, r, (int)w->nslots++);
    }
    if (r->slot < 0) r->fast = r->filt = false; /* (no memory: run as without) */
done:
    dn_free(&m->alloc, c);
    return ok;
}

/* ------------------------------------------------------------------ whether a rule can match at a start
 *
 * The start filter above looks at the first item of a rule only. Most of the positions it lets
 * through (a number, for the dozen rules that begin with one) still cannot match: "2023" is no
 * "16.11." and no "3. Mai". For each rule with a start filter, an automaton that accepts more
 * than the rule is derived from its regular expression at load time and run from a candidate
 * start before PCRE2 is called there: if it dies before reaching an end, no match starts there.
 *
 * The automaton is the Glushkov (position) automaton of the regular expression with everything
 * that only restricts a match left out: look-arounds and other assertions match the empty string,
 * a looked-up group is its inner expression (the callout can only reject), atomic groups and
 * possessive or lazy quantifiers are ordinary ones, x{a,b} is at most four copies of x followed by
 * optional copies or x*. Characters are compared exactly for ASCII text; any non-ASCII text
 * character is taken to match every item that may match some non-ASCII character (and caseless
 * items are closed under ASCII case and the Unicode characters that fold to ASCII). Any construct
 * the derivation does not know leaves the rule without an automaton (it is then run as before). */

#define NFA_MAXW 8               /* positions: at most 64 * NFA_MAXW */
#define NFA_NA 128               /* symbol of a non-ASCII character (or a byte that is not UTF-8) */
#define NFA_STEPS 64             /* characters followed forwards before giving up (the rule may match) */
#define DFA_MAXST 4000           /* states of the forward automaton of one rule (see priv.dfa) */

/* The automaton of one rule: positions, and the symbols (ASCII bytes and NFA_NA) in classes of
 * symbols that the same positions match. Each is run forwards from the start positions of its rule
 * as a deterministic automaton whose states are built when first reached, in the per-call scratch
 * (see ldfa, fwd_checks). (A pass backwards over the text with all automata at once, tried before,
 * ruled out almost nothing that the forward runs did not, at a higher cost: it is gone.) */
struct dn_nfa {
    uint8_t cmap[256];           /* byte -> class (bytes >= 0x80: the class of NFA_NA); first: the
                                  * bytes of text (to 'z') in its first two lines if it is aligned */
    uint32_t npos, nw, ncls;
    uint64_t *first, *last;      /* nw words each */
    uint64_t *cmask;             /* ncls * nw: the positions that may match a symbol of the class */
    uint64_t *follow;            /* npos * nw */
};

typedef struct pset { uint64_t b[NFA_MAXW]; } pset;
typedef struct gres { pset first, last; bool nullable; } gres;

typedef struct gctx {
    const char *s;
    size_t i, n;
    const dener_model *m;        /* for the word classes of looked-up groups, NULL: not used */
    int nwords;                  /* groups read as the words of their class */
    bool bad;
    int discard;                 /* > 0 inside a look-around: no positions */
    int depth;                   /* groups open around the item being read */
    uint32_t npos, cap;
    uint64_t (*asc)[2];          /* per position: ASCII members */
    bool *na;                    /* per position: may match a non-ASCII character */
    pset *follow;
    const dn_alloc *a;
} gctx;

typedef struct cset { uint64_t a[2]; bool na; } cset;

static void cs_add(cset *c, unsigned b) { c->a[b >> 6] |= 1ull << (b & 63); }
static bool cs_has(const cset *c, unsigned b) { return (c->a[b >> 6] >> (b & 63)) & 1u; }
static void cs_range(cset *c, unsigned lo, unsigned hi) {
    for (unsigned b = lo; b <= hi && b < 128; b++) cs_add(c, b);
}
static void cs_all(cset *c) { c->a[0] = c->a[1] = ~0ull, c->na = true; }
/* caseless: both cases of every ASCII letter in c; k and s also match U+212A and U+017F */
static void cs_close(cset *c) {
    for (unsigned b = 'a'; b <= 'z'; b++)
        if (cs_has(c, b) || cs_has(c, b - 32)) {
            cs_add(c, b), cs_add(c, b - 32);
            if (b == 'k' || b == 's') c->na = true;
        }
}
static void cs_complement(cset *c) { c->a[0] = ~c->a[0], c->a[1] = ~c->a[1], c->na = true; }

static void ps_or(pset *a, const pset *b) {
    for (int k = 0; k < NFA_MAXW; k++) a->b[k] |= b->b[k];
}

static gres g_empty(void) {
    gres r;
    memset(&r, 0, sizeof r);
    r.nullable = true;
    return r;
}

/* a = a b */
static void g_cat(gctx *c, gres *a, const gres *b) {
    for (int k = 0; k < NFA_MAXW; k++)
        for (uint64_t x = a->last.b[k]; x; x &= x - 1) ps_or(&c->follow[k * 64 + __builtin_ctzll(x)], &b->first);
    if (a->nullable) ps_or(&a->first, &b->first);
    if (b->nullable) ps_or(&a->last, &b->last);
    else a->last = b->last;
    a->nullable = a->nullable && b->nullable;
}

static void g_star(gctx *c, gres *a) {
    for (int k = 0; k < NFA_MAXW; k++)
        for (uint64_t x = a->last.b[k]; x; x &= x - 1) ps_or(&c->follow[k * 64 + __builtin_ctzll(x)], &a->first);
}

static gres g_pos(gctx *c, const cset *cs) {
    gres r;
    memset(&r, 0, sizeof r);
    if (c->discard) {
        r.nullable = true; /* inside a look-around: nothing is added */
        return r;
    }
    if (c->npos >= 64 * NFA_MAXW) {
        c->bad = true;
        return r;
    }
    if (c->npos >= c->cap) {
        uint32_t nc = c->cap ? c->cap * 2 : 64;
        uint64_t(*asc)[2] = dn_malloc(c->a, nc * sizeof *asc);
        bool *na = dn_malloc(c->a, nc * sizeof *na);
        pset *fo = dn_calloc(c->a, nc, sizeof *fo);
        if (!asc || !na || !fo) {
            dn_free(c->a, asc);
            dn_free(c->a, na);
            dn_free(c->a, fo);
            c->bad = true;
            return r;
        }
        if (c->npos) {
            memcpy(asc, c->asc, c->npos * sizeof *asc);
            memcpy(na, c->na, c->npos * sizeof *na);
            memcpy(fo, c->follow, c->npos * sizeof *fo);
        }
        dn_free(c->a, c->asc);
        dn_free(c->a, c->na);
        dn_free(c->a, c->follow);
        c->asc = asc, c->na = na, c->follow = fo, c->cap = nc;
    }
    uint32_t p = c->npos++;
    c->asc[p][0] = cs->a[0], c->asc[p][1] = cs->a[1];
    c->na[p] = cs->na;
    r.first.b[p >> 6] = r.last.b[p >> 6] = 1ull << (p & 63);
    return r;
}

/* A code point of the pattern as a character set. */
static void cs_cp(cset *c, uint32_t cp, bool ci) {
    if (cp < 0x80) {
        cs_add(c, cp);
        if (ci) cs_close(c);
    } else {
        c->na = true;
        if (ci) cs_range(c, 'A', 'Z'), cs_range(c, 'a', 'z'); /* characters that fold to ASCII */
    }
}

/* \p{..} / \P{..} after the letter. */
static void g_prop(gctx *c, cset *cs, bool neg, bool ci) {
    size_t s0, s1;
    if (c->i < c->n && c->s[c->i] == '{') {
        s0 = ++c->i;
        while (c->i < c->n && c->s[c->i] != '}') c->i++;
        if (c->i >= c->n) { c->bad = true; return; }
        s1 = c->i++;
    } else if (c->i < c->n) {
        s0 = c->i++;
        s1 = c->i;
    } else { c->bad = true; return; }
    const char *p = c->s + s0;
    size_t l = s1 - s0;
    cs->na = true;
    if (neg || l == 0 || p[0] == '^') { cs_all(cs); return; }
    if (p[0] == 'L' && (l == 1 || (l == 2 && p[1] == '&'))) cs_range(cs, 'a', 'z'), cs_range(cs, 'A', 'Z');
    else if (p[0] == 'L' && l == 2 && p[1] == 'u') cs_range(cs, 'A', 'Z');
    else if (p[0] == 'L' && l == 2 && p[1] == 'l') cs_range(cs, 'a', 'z');
    else if (p[0] == 'L' && l == 2) { /* Lt, Lm, Lo: no ASCII letter */ }
    else if (p[0] == 'N' && (l == 1 || (l == 2 && p[1] == 'd'))) cs_range(cs, '0', '9');
    else cs_all(cs);
    if (ci) cs_close(cs);
}


/* An escape (after the backslash) that stands for characters; false if it is not one. */
static bool g_escape_chars(gctx *c, cset *cs, bool ci) {
    if (c->i >= c->n) { c->bad = true; return true; }
    char e = c->s[c->i++];
    cset t;
    memset(&t, 0, sizeof t);
    switch (e) {
    case 'd': cs_range(cs, '0', '9'); cs->na = true; return true;
    case 'D': cs_range(&t, '0', '9'); cs_complement(&t); break;
    case 'w': cs_range(cs, '0', '9'); cs_range(cs, 'a', 'z'); cs_range(cs, 'A', 'Z'); cs_add(cs, '_'); cs->na = true; return true;
    case 'W': cs_range(&t, '0', '9'); cs_range(&t, 'a', 'z'); cs_range(&t, 'A', 'Z'); cs_add(&t, '_'); cs_complement(&t); break;
    case 's': cs_range(cs, '\t', '\r'); cs_add(cs, ' '); cs->na = true; return true;
    case 'S': cs_range(&t, '\t', '\r'); cs_add(&t, ' '); cs_complement(&t); break;
    case 'h': cs_add(cs, '\t'); cs_add(cs, ' '); cs->na = true; return true;
    case 'H': cs_add(&t, '\t'); cs_add(&t, ' '); cs_complement(&t); break;
    case 'v': cs_range(cs, '\n', '\r'); cs->na = true; return true;
    case 'V': cs_range(&t, '\n', '\r'); cs_complement(&t); break;
    case 'N': cs_all(&t); break;
    case 'p': case 'P': g_prop(c, cs, e == 'P', ci); return true;
    case 't': case 'n': case 'r': case 'f': case 'e': case 'a': cs_add(cs, ctl_escape(e)); return true;
    case 'x': {
        uint32_t v = re_hex_escape(c->s, c->n, &c->i, &c->bad);
        if (c->bad) return true;
        cs_cp(cs, v, ci);
        return true;
    }
    default:
        if ((unsigned char)e < 0x80 && !is_alnum_ascii((unsigned char)e)) {
            cs_cp(cs, (unsigned char)e, ci); /* an escaped punctuation character */
            return true;
        }
        c->i--;
        return false;
    }
    /* a negated class escape */
    cs->a[0] |= t.a[0], cs->a[1] |= t.a[1];
    cs->na |= t.na;
    return true;
}

/* A character class; c->i is just after "[". */
static void g_class(gctx *c, cset *cs, bool ci) {
    bool neg = false;
    if (c->i < c->n && c->s[c->i] == '^') neg = true, c->i++;
    bool first = true;
    long prev = -1;
    while (c->i < c->n && !c->bad) {
        char ch = c->s[c->i];
        if (ch == ']' && !first) {
            c->i++;
            if (ci) cs_close(cs);
            if (neg) cs_complement(cs);
            return;
        }
        first = false;
        if (ch == '[' && c->i + 1 < c->n && (c->s[c->i + 1] == ':' || c->s[c->i + 1] == '.' || c->s[c->i + 1] == '=')) {
            char t = c->s[c->i + 1];
            size_t j = c->i + 2;
            while (j + 1 < c->n && !(c->s[j] == t && c->s[j + 1] == ']')) j++;
            if (j + 1 >= c->n) break;
            c->i = j + 2;
            cs_all(cs);
            prev = -1;
            continue;
        }
        if (ch == '-' && prev >= 0 && c->i + 1 < c->n && c->s[c->i + 1] != ']') {
            c->i++;
            long hi;
            if (c->s[c->i] == '\\') {
                c->i++;
                if (c->i >= c->n) break;
                unsigned char e = (unsigned char)c->s[c->i];
                if (e < 0x80 && !is_alnum_ascii(e)) hi = e, c->i++;
                else break;
            } else {
                bool bad = false;
                hi = dn_u8_next(c->s, &c->i, c->n, &bad);
                if (bad) break;
            }
            if (hi < prev) break;
            cs_range(cs, (unsigned)prev, (unsigned)(hi < 0x7F ? hi : 0x7F));
            if (hi >= 0x80) cs_cp(cs, 0x80, ci);
            prev = -1;
            continue;
        }
        if (ch == '\\') {
            c->i++;
            size_t at = c->i;
            if (at < c->n && c->s[at] == 'b') { /* backspace inside a class */
                c->i++;
                cs_add(cs, 0x08);
                prev = 0x08;
                continue;
            }
            if (!g_escape_chars(c, cs, ci)) break;
            prev = c->i == at + 1 && (unsigned char)c->s[at] < 0x80 && !is_alnum_ascii((unsigned char)c->s[at])
                       ? (unsigned char)c->s[at]
                       : -1;
            continue;
        }
        bool bad = false;
        int32_t cp = dn_u8_next(c->s, &c->i, c->n, &bad);
        if (bad) break;
        cs_cp(cs, (uint32_t)cp, ci);
        prev = cp;
    }
    c->bad = true;
}

static gres g_alt(gctx *c, bool ci);

#define WORDS_MAXPOS 192 /* positions of the automaton of a word class (else the group's own) */

/* The automaton of a group that the callout looks up in a word class, from the class's entries
 * (keys: folded, words joined by a space, each ended by a 0 byte): the callout folds the text,
 * splits it at white space and follows the words through the lexicon, so an ASCII text in the
 * class is an entry with ASCII letters in either case and any run of ASCII white space (or none:
 * "Nov." is "nov" "."), with white space before and after. Anything non-ASCII (a letter, a
 * character that folds to several, U+00A0) may be anywhere: from the first non-ASCII character of
 * the text on, the automaton takes any text. The entries are a trie, cut at their first non-ASCII
 * byte; a position per trie node, and four more. If that is too many, the entries are cut after
 * fewer bytes, and from there on the automaton takes any text. */
static gres g_words(gctx *c, const char *keys, size_t klen) {
    typedef struct tn { uint16_t child, sib; uint8_t b; bool end, cut; } tn;
    tn t[WORDS_MAXPOS + 1];
    uint32_t nt = 1;
    for (size_t depth = 64;; depth = depth > 16 ? 16 : depth - 2) {
        if (depth < 3) { c->bad = true; return g_empty(); }
        nt = 1;
        t[0] = (tn){0, 0, 0, false, false};
        bool full = false;
        for (size_t i = 0; i < klen && !full;) {
            uint32_t node = 0;
            bool cut = false;
            size_t d = 0;
            for (; i < klen && keys[i]; i++) {
                unsigned char b = (unsigned char)keys[i];
                if (cut) continue;
                if (b >= 0x80) { cut = true; continue; }
                if (d++ == depth) {
                    t[node].cut = true; /* more bytes follow: anything */
                    cut = true;
                    continue;
                }
                uint32_t ch = t[node].child;
                while (ch && t[ch].b != b) ch = t[ch].sib;
                if (!ch) {
                    if (nt > WORDS_MAXPOS) { full = true; break; }
                    ch = nt++;
                    t[ch] = (tn){0, t[node].child, b, false, false};
                    t[node].child = (uint16_t)ch;
                }
                node = ch;
            }
            if (!cut && node) t[node].end = true;
            while (i < klen && keys[i]) i++;
            i++;
        }
        if (!full) break;
    }
    gres r;
    memset(&r, 0, sizeof r);
    cset ws, cs;
    memset(&ws, 0, sizeof ws);
    cs_add(&ws, ' '), cs_add(&ws, '\t'), cs_add(&ws, '\n'), cs_add(&ws, '\r');
    uint32_t p0 = c->npos; /* trie node k (1..nt-1) is position p0 + k - 1 */
    for (uint32_t k = 1; k < nt && !c->bad; k++) {
        memset(&cs, 0, sizeof cs);
        if (t[k].b == ' ') cs = ws;
        else if ((t[k].b | 0x20) >= 'a' && (t[k].b | 0x20) <= 'z') cs_add(&cs, t[k].b | 0x20), cs_add(&cs, t[k].b & ~0x20u);
        else cs_cp(&cs, t[k].b, true);
        (void)g_pos(c, &cs);
    }
    memset(&cs, 0, sizeof cs);
    cs.na = true;
    uint32_t pn = c->npos;
    (void)g_pos(c, &cs); /* a non-ASCII character */
    cs_all(&cs);
    (void)g_pos(c, &cs); /* anything after it */
    (void)g_pos(c, &ws); /* white space before */
    (void)g_pos(c, &ws); /* and after */
    if (c->bad) return g_empty();
    uint32_t pu = pn + 1, pl = pn + 2, pt = pn + 3;
#define FOLLOW(x, y) (c->follow[x].b[(y) >> 6] |= 1ull << ((y) & 63))
#define FIRSTS(x) for (uint32_t ch_ = t[0].child; ch_; ch_ = t[ch_].sib) FOLLOW(x, p0 + ch_ - 1)
    for (uint32_t k = 1; k < nt; k++) {
        uint32_t pk = p0 + k - 1;
        for (uint32_t ch = t[k].child; ch; ch = t[ch].sib) {
            FOLLOW(pk, p0 + ch - 1);
            if (t[ch].b == ' ') /* no white space at all */
                for (uint32_t g = t[ch].child; g; g = t[g].sib) FOLLOW(pk, p0 + g - 1);
        }
        if (t[k].b == ' ') FOLLOW(pk, pk);
        FOLLOW(pk, pn);
        if (t[k].cut) FOLLOW(pk, pu);
        if (t[k].end) {
            FOLLOW(pk, pt);
            r.last.b[pk >> 6] |= 1ull << (pk & 63);
        }
    }
    FOLLOW(pn, pu);
    FOLLOW(pu, pu);
    FOLLOW(pl, pl);
    FOLLOW(pl, pn);
    FIRSTS(pl);
    FOLLOW(pt, pt);
    FOLLOW(pt, pn);
    for (uint32_t ch = t[0].child; ch; ch = t[ch].sib) r.first.b[(p0 + ch - 1) >> 6] |= 1ull << ((p0 + ch - 1) & 63);
#undef FIRSTS
#undef FOLLOW
    r.first.b[pn >> 6] |= 1ull << (pn & 63);
    r.first.b[pl >> 6] |= 1ull << (pl & 63);
    r.last.b[pn >> 6] |= 1ull << (pn & 63);
    r.last.b[pu >> 6] |= 1ull << (pu & 63);
    r.last.b[pt >> 6] |= 1ull << (pt & 63);
    r.nullable = false;
    return r;
}

/* One atom (without its quantifier). */
static gres g_atom(gctx *c, bool ci) {
    cset cs;
    memset(&cs, 0, sizeof cs);
    char ch = c->s[c->i];
    if (ch == '(') {
        c->i++;
        bool look = false, inner_ci = ci;
        int words = -1; /* a group the callout looks up in this word class */
        if (c->i < c->n && c->s[c->i] == '*') { c->bad = true; return g_empty(); }
        if (c->i < c->n && c->s[c->i] == '?') {
            c->i++;
            char k = c->i < c->n ? c->s[c->i] : 0;
            if (k == ':' || k == '>') c->i++;
            else if (k == '=' || k == '!') c->i++, look = true;
            else if (k == '<' && c->i + 1 < c->n && (c->s[c->i + 1] == '=' || c->s[c->i + 1] == '!')) c->i += 2, look = true;
            else if (k == '#') {
                while (c->i < c->n && c->s[c->i] != ')') c->i++;
                if (c->i >= c->n) c->bad = true;
                else c->i++;
                return g_empty();
            } else if (k == 'i' && c->i + 1 < c->n && c->s[c->i + 1] == ':') c->i += 2, inner_ci = true;
            else if (k == '-' && c->i + 2 < c->n && c->s[c->i + 1] == 'i' && c->s[c->i + 2] == ':') c->i += 3, inner_ci = false;
            else if (k == '<' || (k == 'P' && c->i + 1 < c->n && c->s[c->i + 1] == '<')) {
                c->i += k == 'P' ? 2 : 1;
                size_t n0 = c->i;
                while (c->i < c->n && c->s[c->i] != '>') c->i++;
                if (c->i >= c->n) { c->bad = true; return g_empty(); }
                int which, role = role_of(c->s + n0, c->i - n0, &which);
                if (c->m && role >= 0 && role_is_cls(role)) words = dn_class_id(c->m, ROLE_NAMES[role]);
                c->i++;
            } else { c->bad = true; return g_empty(); }
        }
        const char *keys = NULL;
        size_t klen = 0;
        if (words >= 0 && !c->discard && c->m->date_words && c->m->date_words->ckeys[words])
            keys = c->m->date_words->ckeys[words], klen = c->m->date_words->cklen[words];
        if (look || keys) c->discard++;
        c->depth++;
        gres g = g_alt(c, inner_ci);
        c->depth--;
        if (look || keys) c->discard--;
        if (c->bad) return g;
        if (c->i >= c->n || c->s[c->i] != ')') { c->bad = true; return g; }
        c->i++;
        if (keys) {
            c->nwords++;
            return g_words(c, keys, klen);
        }
        return look ? g_empty() : g;
    }
    if (ch == '[') {
        c->i++;
        g_class(c, &cs, ci);
        return g_pos(c, &cs);
    }
    if (ch == '\\') {
        c->i++;
        if (c->i < c->n && c->s[c->i] == 'Q') { c->bad = true; return g_empty(); }
        if (!g_escape_chars(c, &cs, ci)) {
            char e = c->i < c->n ? c->s[c->i++] : 0;
            if (!(e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G')) c->bad = true;
            return g_empty(); /* an assertion */
        }
        return g_pos(c, &cs);
    }
    if (ch == '.') {
        c->i++;
        cs_all(&cs);
        return g_pos(c, &cs);
    }
    if (ch == '^' || ch == '$') {
        c->i++;
        return g_empty();
    }
    if (ch == '*' || ch == '+' || ch == '?' || ch == '{') {
        c->bad = true;
        return g_empty();
    }
    bool bad = false;
    int32_t cp = dn_u8_next(c->s, &c->i, c->n, &bad);
    if (bad) { c->bad = true; return g_empty(); }
    cs_cp(&cs, (uint32_t)cp, ci);
    return g_pos(c, &cs);
}

/* Reads a quantifier at c->i into [*lo, *hi] (hi -1: unbounded); false if there is none. */
static bool g_quant(gctx *c, long *lo, long *hi) {
    if (c->i >= c->n) return false;
    char q = c->s[c->i];
    if (q == '?') *lo = 0, *hi = 1, c->i++;
    else if (q == '*') *lo = 0, *hi = -1, c->i++;
    else if (q == '+') *lo = 1, *hi = -1, c->i++;
    else if (q == '{') {
        size_t j = c->i + 1, d0 = j;
        long a = 0, b;
        while (j < c->n && c->s[j] >= '0' && c->s[j] <= '9' && a < 100000) a = a * 10 + (c->s[j++] - '0');
        if (j == d0) { c->bad = true; return false; }
        b = a;
        if (j < c->n && c->s[j] == ',') {
            j++;
            size_t e0 = j;
            b = 0;
            while (j < c->n && c->s[j] >= '0' && c->s[j] <= '9' && b < 100000) b = b * 10 + (c->s[j++] - '0');
            if (j == e0) b = -1;
        }
        if (j >= c->n || c->s[j] != '}' || (b >= 0 && b < a)) { c->bad = true; return false; }
        c->i = j + 1;
        *lo = a, *hi = b;
    } else return false;
    if (c->i < c->n && (c->s[c->i] == '?' || c->s[c->i] == '+')) c->i++;
    return true;
}

/* An atom and its quantifier: x{a,b} as min(a, 4) copies of x, then x* or up to two optional x. */
static gres g_item(gctx *c, bool ci) {
    size_t st = c->i;
    gres x = g_atom(c, ci);
    if (c->bad) return x;
    long lo, hi;
    if (!g_quant(c, &lo, &hi)) return x;
    if (c->bad) return x;
    size_t after = c->i;
    long r = lo < 4 ? lo : 4;
    bool star = hi < 0 || hi - r > 2;
    long opt = star ? 0 : hi - r;
    gres seq = g_empty();
    bool used = false; /* x (the first parse) is used */
    for (long k = 0; k < r + (star ? 1 : opt) && !c->bad; k++) {
        gres y;
        if (!used) y = x, used = true;
        else {
            c->i = st;
            y = g_atom(c, ci);
            c->i = after;
        }
        if (k >= r) {
            if (star) g_star(c, &y);
            y.nullable = true;
        }
        g_cat(c, &seq, &y);
    }
    return seq;
}

static gres g_seq(gctx *c, bool ci) {
    gres r = g_empty();
    while (c->i < c->n && !c->bad && c->s[c->i] != '|' && c->s[c->i] != ')') {
        if (c->depth == 0 && !c->discard && !c->m && c->i + 2 < c->n && c->s[c->i] == '(' && c->s[c->i + 1] == '?' &&
            c->s[c->i + 2] == '=') {
            /* a look-ahead (?=A) in the top-level sequence of a branch: every match of the branch
             * has a text in A at this point, so the automaton is the items before it followed by
             * A, and it may match once A is through (the rest of the branch is left out); not in
             * the automaton with the words of the classes, which reads the rest instead */
            c->i += 3;
            c->depth++;
            gres y = g_alt(c, ci);
            c->depth--;
            if (c->bad) break;
            if (c->i >= c->n || c->s[c->i] != ')') { c->bad = true; break; }
            c->i++;
            if (c->i < c->n && (c->s[c->i] == '*' || c->s[c->i] == '+' || c->s[c->i] == '?' || c->s[c->i] == '{')) {
                c->bad = true; /* a quantified look-ahead: not known here */
                break;
            }
            g_cat(c, &r, &y);
            c->discard++;
            while (c->i < c->n && !c->bad && c->s[c->i] != '|' && c->s[c->i] != ')') (void)g_item(c, ci);
            c->discard--;
            break;
        }
        gres y = g_item(c, ci);
        if (c->bad) break;
        g_cat(c, &r, &y);
    }
    return r;
}

static gres g_alt(gctx *c, bool ci) {
    gres r = g_seq(c, ci);
    while (!c->bad && c->i < c->n && c->s[c->i] == '|') {
        c->i++;
        gres y = g_seq(c, ci);
        ps_or(&r.first, &y.first);
        ps_or(&r.last, &y.last);
        r.nullable = r.nullable || y.nullable;
    }
    return r;
}

static void nfa_free(const dn_alloc *a, struct dn_nfa *f) {
    if (f) dn_free(a, f);
}

static uint64_t words_hash(const uint64_t *w, uint32_t nw) {
    uint64_t h = 0x9E3779B97F4A7C15ull;
    for (uint32_t k = 0; k < nw; k++) h = (h ^ w[k]) * 0xFF51AFD7ED558CCDull;
    return h ^ (h >> 29);
}

/* Collects m->date_words->ckeys (see there) from the lexicon trie. False on no memory. */
static bool class_keys_build(dener_model *m, const uint32_t *par) {
    const dn_alloc *a = &m->alloc;
    struct dn_date_words *w = m->date_words;
    uint64_t want = 0;
    for (int role = R_CLS0; role <= R_CLS1; role++) {
        int id = dn_class_id(m, ROLE_NAMES[role]);
        if (id >= 0) want |= 1ull << id;
    }
    dn_buf kb = {0}, *out = dn_calloc(a, DN_MAX_CLASSES, sizeof *out);
    bool ok = out != NULL;
    for (size_t nd = 1; ok && nd < m->nnodes; nd++) {
        uint64_t cm = m->nodes[nd].class_mask & want;
        if (!cm) continue;
        /* the words from the root to nd, joined by a space */
        uint32_t path[32], np = 0;
        for (uint32_t x = (uint32_t)nd; x && np < 32 && par[x]; x = m->edges[par[x] - 1].parent) path[np++] = par[x] - 1;
        if (np == 0 || np == 32 || m->edges[path[np - 1]].parent != 0) continue; /* (not expected) */
        kb.len = 0;
        for (uint32_t k = np; k-- > 0;) {
            dn_buf_put(a, &kb, m->pool + m->edges[path[k]].key, m->edges[path[k]].keylen);
            dn_buf_putc(a, &kb, k ? ' ' : 0);
        }
        for (uint64_t x = cm; x; x &= x - 1) dn_buf_put(a, &out[__builtin_ctzll(x)], kb.p, kb.len);
        ok = !kb.oom;
    }
    for (int k = 0; k < DN_MAX_CLASSES && out; k++) {
        ok = ok && !out[k].oom;
        if (ok && out[k].len) {
            w->ckeys[k] = out[k].p, w->cklen[k] = out[k].len;
            out[k].p = NULL;
        }
        dn_buf_free(a, &out[k]);
    }
    dn_free(a, out);
    dn_buf_free(a, &kb);
    return ok;
}

/* The automaton of pattern re[0..n-1], or NULL (a construct not known here, a pattern that can
 * match the empty string, too many positions, no memory). */
static struct dn_nfa *nfa_build(const dener_model *m, const char *re, size_t n, bool caseless, bool use_words) {
    const dn_alloc *a = &m->alloc;
    gctx *c = dn_calloc(a, 1, sizeof *c);
    struct dn_nfa *f = NULL;
    uint64_t *sym = NULL;
    if (!c) return NULL;
    c->s = re, c->n = n, c->a = a, c->m = use_words ? m : NULL;
    gres g = g_alt(c, caseless);
    if (c->bad || c->i != n || g.nullable || c->npos == 0 || (use_words && !c->nwords)) goto done;
    uint32_t np = c->npos, nw = (np + 63) / 64;
    /* the positions each symbol may match, then the classes of equal ones */
    sym = dn_calloc(a, (size_t)(NFA_NA + 1) * nw, sizeof *sym);
    if (!sym) goto done;
    for (uint32_t p = 0; p < np; p++) {
        uint64_t bit = 1ull << (p & 63);
        for (int k = 0; k < 2; k++)
            for (uint64_t x = c->asc[p][k]; x; x &= x - 1) sym[(size_t)(k * 64 + __builtin_ctzll(x)) * nw + (p >> 6)] |= bit;
        if (c->na[p]) sym[(size_t)NFA_NA * nw + (p >> 6)] |= bit;
    }
    uint8_t cls[NFA_NA + 1];
    uint64_t hs[NFA_NA + 1];
    uint32_t rep[NFA_NA + 1], ncls = 0;
    for (uint32_t b = 0; b <= NFA_NA; b++) {
        uint64_t h = words_hash(sym + (size_t)b * nw, nw);
        uint32_t k = 0;
        while (k < ncls && !(hs[k] == h && memcmp(sym + (size_t)rep[k] * nw, sym + (size_t)b * nw, nw * sizeof *sym) == 0)) k++;
        if (k == ncls) hs[ncls] = h, rep[ncls++] = b;
        cls[b] = (uint8_t)k;
    }
    size_t words = (size_t)nw * (2 + ncls + np);
    f = dn_malloc(a, sizeof *f + words * sizeof(uint64_t));
    if (!f) goto done;
    uint64_t *w = (uint64_t *)(f + 1);
    f->npos = np, f->nw = nw, f->ncls = ncls;
    for (unsigned b = 0; b < 256; b++) f->cmap[b] = cls[b < 0x80 ? b : NFA_NA];
    f->first = w, f->last = w + nw, f->cmask = w + 2 * nw, f->follow = w + (2 + (size_t)ncls) * nw;
    memcpy(f->first, g.first.b, nw * sizeof *w);
    memcpy(f->last, g.last.b, nw * sizeof *w);
    for (uint32_t k = 0; k < ncls; k++) memcpy(f->cmask + (size_t)k * nw, sym + (size_t)rep[k] * nw, nw * sizeof *w);
    for (uint32_t p = 0; p < np; p++) memcpy(f->follow + (size_t)p * nw, c->follow[p].b, nw * sizeof *w);
done:
    dn_free(a, sym);
    dn_free(a, c->asc);
    dn_free(a, c->na);
    dn_free(a, c->follow);
    dn_free(a, c);
    return f;
}

static size_t unwrap_offset(const insertion *ins, size_t nins, size_t off) {
    size_t sub = 0;
    for (size_t k = 0; k < nins; k++)
        if (ins[k].at < off) sub += ins[k].at + ins[k].len <= off ? ins[k].len : off - ins[k].at;
    return off - sub;
}

static bool is_blank(char c) { return c == ' ' || c == '\t'; }

static void rule_free(const dn_alloc *a, dn_date_rule *r) {
    if (r->re) pcre2_code_free(r->re);
    nfa_free(a, r->nfa);
    nfa_free(a, r->nfaw);
    r->nfa = r->nfaw = NULL;
    dn_free(a, r->g);
    r->re = NULL;
    r->g = NULL;
}

/* With more than one bank of slots (dn_date_words.nslots > 64): gives the slots anew, bank 0 to
 * the rules whose filters let the most starts through (dn_date_rule.breadth, by rule order if
 * equal), the last banks to the fewest, and fills the banks' masks (as rule_first) for them.
 * Each bank pays for its starts apart (find_starts, fwd_checks: the automata of the rules of one
 * bank walk once from a start that all of them share), so that the rules with few starts are the
 * ones that cost a bank more, and at few positions. (The rules run in rule order all the same:
 * dn_dates_find.) */
static void slots_order(dener_model *m) {
    struct dn_date_words *w = m->date_words;
    const int ns = w->nslots;
    uint32_t *ord = dn_malloc(&m->alloc, (size_t)ns * sizeof *ord);
    if (!ord) return; /* (without memory: the slots stay in rule order) */
    int n = 0;
    for (size_t i = 0; i < m->ndate_rules && n < ns; i++) { /* (by breadth, stable: insertion) */
        const dn_date_rule *r = &m->date_rules[i];
        if (r->slot < 0) continue;
        int j = n++;
        while (j > 0 && m->date_rules[ord[j - 1]].breadth < r->breadth) ord[j] = ord[j - 1], j--;
        ord[j] = (uint32_t)i;
    }
    /* each bank's rules in rule order (the bank they are in is what counts) */
    for (int b0 = 0; b0 < n; b0 += 64) {
        const int e = b0 + 64 < n ? b0 + 64 : n;
        for (int q = b0 + 1; q < e; q++) {
            const uint32_t v = ord[q];
            int j = q;
            while (j > b0 && ord[j - 1] > v) ord[j] = ord[j - 1], j--;
            ord[j] = v;
        }
    }
    w->xkinds = 0;
    memset(w->xbytes, 0, sizeof w->xbytes);
    for (int b = 0; b < w->nbanks; b++) {
        struct dn_slot_bank *bk = (struct dn_slot_bank *)wbank(w, b);
        memset(bk->kindr, 0, sizeof bk->kindr);
        memset(bk->byter, 0, sizeof bk->byter);
        memset(bk->prevr, 0, sizeof bk->prevr);
        bk->nonmid = bk->kinds = 0;
    }
    for (int q = 0; q < n; q++) {
        dn_date_rule *r = &m->date_rules[ord[q]];
        slot_put(w, r, q);
        if (q >= 64) {
            w->xkinds |= r->fcls;
            for (unsigned b = 0; b < 256; b++)
                if (fs_has_b(r->fb, b)) w->xbytes[b >> 6] |= 1ull << (b & 63);
        }
    }
    dn_free(&m->alloc, ord);
}

/* Fills the summary of m's date rules in m->date_words (see there). */
static void rules_summary(dener_model *m) {
    struct dn_date_words *w = m->date_words;
    if (!w) return;
    if (w->nbanks > 1) slots_order(m);
    for (int b = 0; b < w->nbanks; b++) {
        struct dn_slot_bank *bk = (struct dn_slot_bank *)wbank(w, b);
        bk->nfa_incl = bk->nfaw_incl = bk->lb_incl = bk->lb_more = 0;
        memset(bk->lbr, 0, sizeof bk->lbr);
    }
    w->any_fast = false;
    w->all_fast = true;
    w->max_groups = 0;
    for (size_t i = 0; i < m->ndate_rules; i++) {
        const dn_date_rule *r = &m->date_rules[i];
        struct dn_slot_bank *bk = r->slot >= 0 ? (struct dn_slot_bank *)wbank(w, r->slot >> 6) : NULL;
        const uint64_t bit = 1ull << (r->slot & 63);
        if (bk && r->fast && r->use_nfa && r->nfa) bk->nfa_incl |= bit;
        if (bk && r->fast && r->use_nfa && r->nfaw) bk->nfaw_incl |= bit;
        if (bk && r->fast && r->lbn) {
            bk->lb_incl |= bit;
            if (r->lbn > 2) bk->lb_more |= bit;
            for (unsigned k = 0; k < 2 && k < r->lbn; k++)
                for (unsigned b = 0; b < 256; b++)
                    if (!fs_has_b(r->lb[k], b)) bk->lbr[k][b] |= bit;
        }
        w->any_fast |= r->fast;
        if (!r->fast || r->slot < 0) w->all_fast = false;
        if (bk) bk->slot_rule[r->slot & 63] = (uint32_t)i;
        if (r->ngroups > w->max_groups) w->max_groups = r->ngroups;
    }
}

int dn_date_rule_parse(dener_model *m, const char *path, size_t line, bool negative, int prio, uint32_t src,
                       const char *s, size_t n, size_t col, dener_error *err) {
    const dn_alloc *a = &m->alloc;
    size_t i = 0;
    while (i < n && is_blank(s[i])) i++;
    if (i >= n || s[i] != '/') return rerr(err, path, line, col + i, "expected a regular expression /.../");
    size_t r0 = ++i;
    while (i < n && s[i] != '/') {
        if (s[i] == '\\' && i + 1 < n) i++;
        i++;
    }
    if (i >= n) return rerr(err, path, line, col + r0 - 1, "unterminated regular expression (write \"/\" inside it as \"\\/\")");
    size_t r1 = i++;
    if (r1 == r0) return rerr(err, path, line, col + r0, "empty regular expression");
    uint32_t opts = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | PCRE2_DUPNAMES | PCRE2_USE_OFFSET_LIMIT;
    while (i < n && !is_blank(s[i]) && s[i] != '#') {
        if (s[i] == 'i') opts |= PCRE2_CASELESS;
        else return rerr(err, path, line, col + i, "unknown regex flag \"%c\" (only i)", s[i]);
        i++;
    }

    dn_date_rule r;
    memset(&r, 0, sizeof r);
    r.src = src;
    r.line = (uint32_t)line;
    r.prio = prio;
    r.neg = negative;
    r.action = ACT_NONE;

    /* action and defaults */
    while (i < n && is_blank(s[i])) i++;
    if (i < n && s[i] != '#') {
        if (i + 1 >= n || s[i] != '=' || s[i + 1] != '>')
            return rerr(err, path, line, col + i, "expected \"=> date\" or \"=> range\" after the regular expression");
        if (negative) return rerr(err, path, line, col + i, "a NODATE rule takes no action");
        i += 2;
        while (i < n && is_blank(s[i])) i++;
        size_t w = i;
        while (i < n && !is_blank(s[i])) i++;
        if (i - w == 4 && memcmp(s + w, "date", 4) == 0) r.action = ACT_DATE;
        else if (i - w == 5 && memcmp(s + w, "range", 5) == 0) r.action = ACT_RANGE;
        else return rerr(err, path, line, col + w, "unknown action \"%.*s\" (date or range)", (int)(i - w), s + w);
        for (;;) {
            while (i < n && is_blank(s[i])) i++;
            if (i >= n || s[i] == '#') break;
            size_t k0 = i;
            while (i < n && s[i] != '=' && !is_blank(s[i])) i++;
            if (i >= n || s[i] != '=')
                return rerr(err, path, line, col + k0, "expected key=value (value=, mod=, dir=, unit=, n=, ...)");
            size_t k1 = i++;
            size_t v0 = i;
            while (i < n && !is_blank(s[i])) i++;
            if (i == v0) return rerr(err, path, line, col + v0, "empty value");
            uint32_t off = dn_pool_add(m, s + v0, i - v0);
            if (!off) return dn_error(err, DENER_ERR_NOMEM, line, 0, "%s:%zu: out of memory", path, line);
            int which, role;
            if (k1 - k0 == 6 && memcmp(s + k0, "anchor", 6) == 0) {
                if (i - v0 == 4 && memcmp(s + v0, "last", 4) == 0) r.anchor = ANCHOR_LAST;
                else if (i - v0 == 4 && memcmp(s + v0, "prev", 4) == 0) r.anchor = ANCHOR_PREV;
                else if (i - v0 == 4 && memcmp(s + v0, "next", 4) == 0) r.anchor = ANCHOR_NEXT;
                else return rerr(err, path, line, col + v0, "anchor= takes \"last\", \"prev\" or \"next\"");
                continue;
            }
            if (k1 - k0 == 5 && memcmp(s + k0, "value", 5) == 0) {
                if (i - v0 >= DN_DATE_VALUE_MAX) return rerr(err, path, line, col + v0, "value too long");
                r.fixed = off;
                continue;
            }
            role = role_of(s + k0, k1 - k0, &which);
            if (role < 0 || which || role == R_SPAN || role == R_HOLIDAY || role == R_DEICTIC) {
                if (role == R_HOLIDAY || role == R_DEICTIC) { /* allowed: the value is a lexicon value */ }
                else return rerr(err, path, line, col + k0, "unknown key \"%.*s\"", (int)(k1 - k0), s + k0);
            }
            if (role_is_num(role) || role == R_DIR || role == R_MONTH) {
                int v;
                if (!parse_int(m->pool + off, &v)) return rerr(err, path, line, col + v0, "expected an integer");
            }
            r.def[role] = off;
            r.defmask |= 1u << role;
        }
    } else if (!negative) {
        return rerr(err, path, line, col + i, "expected \"=> date\" or \"=> range\" after the regular expression");
    }

    /* wrap the groups that need a look-up, compile */
    dn_buf pat = {0};
    insertion ins[256];
    size_t nins = 0;
    const char *msg = NULL;
    long bad = wrap_groups(s + r0, r1 - r0, &pat, a, ins, &nins, sizeof ins / sizeof ins[0], &msg);
    if (bad >= 0) {
        dn_buf_free(a, &pat);
        return rerr(err, path, line, col + r0 + (size_t)bad, "%s", msg);
    }
    if (pat.oom) {
        dn_buf_free(a, &pat);
        return dn_error(err, DENER_ERR_NOMEM, line, 0, "%s:%zu: out of memory", path, line);
    }
    if (!m->date_words) { /* the lexicons are complete once rules are read */
        uint64_t want = 0;
        for (int role = R_CLS0; role <= R_CLS1; role++) {
            int id = dn_class_id(m, ROLE_NAMES[role]);
            if (id >= 0) want |= 1ull << id;
        }
        int nw = dn_class_id(m, "numword");
        if (nw >= 0) want |= 1ull << nw;
        if (!words_build(m, want)) {
            dn_buf_free(a, &pat);
            return dn_error(err, DENER_ERR_NOMEM, line, 0, "%s:%zu: out of memory", path, line);
        }
    }
    /* a rule with a start filter is only run at its candidate starts, a few at a time: PCRE2's
     * own start-up scans (for a first or a required character, up to the end of the text) would
     * cost more than they save there */
    if (!rule_first(m, &r, s + r0, r1 - r0, (opts & PCRE2_CASELESS) != 0)) {
        dn_buf_free(a, &pat);
        return dn_error(err, DENER_ERR_NOMEM, line, 0, "%s:%zu: out of memory", path, line);
    }
    /* (without memory for it the rule simply has none) */
    if (r.slot >= 0) r.nfa = nfa_build(m, s + r0, r1 - r0, (opts & PCRE2_CASELESS) != 0, false);
    r.use_nfa = r.nfa != NULL;
    pcre2_general_context *gc = pcre2_general_context_create(p2_malloc, p2_free, (void *)a);
    pcre2_compile_context *cc = gc ? pcre2_compile_context_create(gc) : NULL;
    if (!cc) {
        nfa_free(a, r.nfa);
        nfa_free(a, r.nfaw);
        if (gc) pcre2_general_context_free(gc);
        dn_buf_free(a, &pat);
        return dn_error(err, DENER_ERR_NOMEM, line, 0, "%s:%zu: out of memory", path, line);
    }
    int ec;
    PCRE2_SIZE eo;
    if (r.fast) opts |= PCRE2_NO_START_OPTIMIZE;
    r.re = pcre2_compile((PCRE2_SPTR)pat.p, pat.len, opts, &ec, &eo, cc);
    pcre2_compile_context_free(cc);
    pcre2_general_context_free(gc);
    if (!r.re) {
        nfa_free(a, r.nfa);
        nfa_free(a, r.nfaw);
        r.nfa = r.nfaw = NULL;
    }
    if (!r.re && ec == PCRE2_ERROR_HEAP_FAILED) {
        dn_buf_free(a, &pat);
        return dn_error(err, DENER_ERR_NOMEM, line, 0, "%s:%zu: out of memory", path, line);
    }
    if (!r.re) {
        PCRE2_UCHAR emsg[256];
        pcre2_get_error_message(ec, emsg, sizeof emsg);
        size_t at = unwrap_offset(ins, nins, eo);
        dn_buf_free(a, &pat);
        if (at > r1 - r0) at = r1 - r0;
        return rerr(err, path, line, col + r0 + at, "regular expression does not compile: %s", (const char *)emsg);
    }
    dn_buf_free(a, &pat);
    /* the word classes this model's date rules look up trigger the date search (see windows) */
    for (int role = R_CLS0; role <= R_CLS1; role++) {
        int id = dn_class_id(m, ROLE_NAMES[role]);
        if (id >= 0) m->date_triggers |= 1ull << id;
    }
    {
        int id = dn_class_id(m, "numword");
        if (id >= 0) m->date_triggers |= 1ull << id;
        m->date_numword = id;
    }

    /* group table */
    uint32_t ncap = 0, namecount = 0, entsize = 0;
    PCRE2_SPTR table = NULL;
    pcre2_pattern_info(r.re, PCRE2_INFO_CAPTURECOUNT, &ncap);
    pcre2_pattern_info(r.re, PCRE2_INFO_NAMECOUNT, &namecount);
    pcre2_pattern_info(r.re, PCRE2_INFO_NAMEENTRYSIZE, &entsize);
    pcre2_pattern_info(r.re, PCRE2_INFO_NAMETABLE, &table);
    r.ngroups = ncap;
    r.g = dn_calloc(a, ncap + 1, sizeof *r.g);
    if (!r.g) {
        rule_free(a, &r);
        return dn_error(err, DENER_ERR_NOMEM, line, 0, "%s:%zu: out of memory", path, line);
    }
    int numword = dn_class_id(m, "numword");
    bool have[2][R_COUNT];
    memset(have, 0, sizeof have);
    for (uint32_t k = 0; k < namecount; k++) {
        PCRE2_SPTR e = table + (size_t)k * entsize;
        uint32_t gno = ((uint32_t)e[0] << 8) | e[1];
        const char *name = (const char *)e + 2;
        int which, role = role_of(name, strlen(name), &which);
        if (gno > ncap || role < 0) continue; /* cannot happen: names were checked while wrapping */
        int cls = -1;
        if (role_is_num(role)) cls = numword;
        else if (role_is_cls(role)) {
            cls = dn_class_id(m, ROLE_NAMES[role]);
            if (cls < 0) { /* the message first: name points into r.re, which rule_free frees */
                int rc = rerr(err, path, line, col + r0,
                              "group \"%s\" needs the word class \"%s\", which has no lexicon entries (date-words.lex)", name,
                              ROLE_NAMES[role]);
                rule_free(a, &r);
                return rc;
            }
        }
        r.g[gno] = (gmap){(uint8_t)role, (uint8_t)which, (int8_t)cls};
        have[which][role] = true;
        if (role_is_num(role)) r.need_digit = true;
        if (cls >= 0) r.need |= 1ull << cls;
    }
    bool pair = false;
    for (int k = 0; k < R_COUNT; k++)
        if (have[1][k]) pair = true;
    if (!negative) {
        bool any = r.fixed != 0;
        for (int k = R_D; k < R_COUNT; k++)
            if (have[0][k] || r.def[k]) any = true;
        if (!any) {
            rule_free(a, &r);
            return rerr(err, path, line, col + r0, "a DATE rule needs a group that carries a date (d, month, y, ...) or value=");
        }
        if (pair && r.action == ACT_DATE && (!have[0][R_SPAN] || !have[1][R_SPAN])) {
            rule_free(a, &r);
            return rerr(err, path, line, col + r0, "a rule with a second date (names ending in 2) needs groups span and span2");
        }
    } else if (pair) {
        rule_free(a, &r);
        return rerr(err, path, line, col + r0, "a NODATE rule has no second date");
    }
    /* the automaton with the words of the classes, if it looks some up (not number words) */
    if (r.nfa && (r.need & ~(numword >= 0 ? 1ull << numword : 0)))
        r.nfaw = nfa_build(m, s + r0, r1 - r0, (opts & PCRE2_CASELESS) != 0, true);
    r.jit = pcre2_jit_compile(r.re, PCRE2_JIT_COMPLETE) == 0; /* optional: falls back to the interpreter */
    if (!DN_GROW(a, m->date_rules, m->date_rules_cap, m->ndate_rules + 1)) {
        rule_free(a, &r);
        return dn_error(err, DENER_ERR_NOMEM, line, 0, "%s:%zu: out of memory", path, line);
    }
    m->date_rules[m->ndate_rules++] = r;
    rules_summary(m);
    return DENER_OK;
}

void dn_dates_use_filters(dener_model *m, bool on) {
    for (size_t i = 0; i < m->ndate_rules; i++) {
        m->date_rules[i].fast = on && m->date_rules[i].filt;
        m->date_rules[i].use_nfa = on && m->date_rules[i].nfa;
    }
    rules_summary(m);
}

void dn_dates_use_nfa(dener_model *m, bool on) {
    for (size_t i = 0; i < m->ndate_rules; i++) m->date_rules[i].use_nfa = on && m->date_rules[i].nfa;
    rules_summary(m);
}

void dn_dates_free(dener_model *m) {
    words_free(&m->alloc, m->date_words);
    m->date_words = NULL;
    for (size_t i = 0; i < m->ndate_rules; i++) rule_free(&m->alloc, &m->date_rules[i]);
    dn_free(&m->alloc, m->date_rules);
    m->date_rules = NULL;
    m->ndate_rules = m->date_rules_cap = 0;
}

/* ------------------------------------------------------------------ matching */

typedef struct cand {
    uint32_t b0, b1;
    int prio;
    uint32_t src;
    uint32_t order; /* rule order, then match order: ties keep the earlier */
    uint8_t neg, range;
    uint8_t anchor; /* the rule's anchor (ANCHOR_LAST, ANCHOR_PREV or 0) */
    int8_t pm; /* a date of a pair: the month of its first date (the year of both is chosen by it), else 0 */
    int8_t pl; /* a date of a pair: the month of its second date, else 0 */
    fields f, f2;
} cand;

/* The states of a lazily built deterministic automaton: a key of kw words each (and ext more
 * words of data that are not part of the key), and their transitions on ncls classes of symbols. */
typedef struct ltab {
    uint32_t kw, ext, ncls;
    bool var;             /* keys end with zero words that are not hashed (see ltab_getn) */
    uint64_t *keys;       /* nst * (kw + ext) */
    uint16_t *trans;      /* nst * ncls: 0 not built yet, else the next state + 1 */
    uint32_t *ht;         /* open addressing: state + 1, 0 free */
    uint32_t nst, cap, htcap;
} ltab;

/* The deterministic automaton of a rule's dn_nfa with word classes (dn_date_rule.nfaw), run forwards
 * from a start, built as it is used: states are sets of positions (those that may match the next
 * character). */
typedef struct ldfa {
    uint16_t *trans;  /* nst * ncls: DFA_UNKNOWN (not built yet), DFA_NO, DFA_MAY, or DFA_ST0 + state */
    uint64_t *sets;   /* nst * nw */
    uint32_t *ht;     /* open addressing: state + 1, 0 free */
    uint32_t nst, cap, htcap;
    bool dead;        /* no memory: every start may match */
    uint16_t ncls;    /* the automaton's (set with trans; dfa_run_from: the automaton's line seldom in the cache) */
} ldfa;
enum { DFA_UNKNOWN, DFA_NO, DFA_MAY, DFA_ST0 };

/* The forward checks of fwd_checks at one start, for all the rules that may start there at once:
 * a lazily built deterministic automaton whose states are tuples of the states of the rules'
 * automata (ldfa) run from that start. Its components are the automata of the slots (a slot's nfa,
 * then its nfaw, numbered in the order of the slots: fprod.comp); a key holds first the slots that
 * some automaton of theirs ruled out (those stop running), then the components running, by
 * number, as component << 16 | (its ldfa state + 1) (up to FP_PAIRS, 0 after the last; the zero
 * words at the end are not hashed: ltab.var); ext: the slots still running, and how often the
 * state lacked a transition since the last one was built. Symbols are the classes of bytes that
 * every component maps alike. Only transitions (and start states) asked for FP_HOT times are
 * built, so that text unlike that seen before (where nearly every tuple is new and building would
 * cost more than running the rules one by one) leaves it alone: where a transition is missing,
 * each automaton of the state goes on by itself. Kept from one document to the next (the rules'
 * ldfa states are never dropped), up to FP_MAXST states, then afresh. */
#define FP_MAXST 8192
#define FP_STARTS 512 /* the start states by the set of automata to run, two-way (see fwd_checks) */
#define FP_HOT 3      /* see above (3: germeval and generated text measured, checking every start forwards) */
#define FP_PAIRS 48   /* automata running at once (more: each alone) */
#define FP_STOP 0x8000 /* fprod.t.trans: the next state has no automaton running (FP_MAXST < FP_STOP) */
typedef struct fprod {
    const dener_model *m;
    uint64_t c0, cw;        /* the slots with a nfa / nfaw component it was built for */
    uint32_t srule[64];     /* ...and their rules */
    int nslots;
    bool ok;                /* built (false: each rule is checked alone) */
    uint32_t ncls, ncomp;
    uint8_t comp[128];      /* by 2 * slot (+ 1 for the nfaw): its component + 1, 0: none */
    struct fp_comp { const struct dn_nfa *f; uint32_t di, slot, other; } cd[128]; /* other: + 1 */
    uint8_t cmap[256];      /* byte -> class */
    uint8_t rep[256];       /* a byte of each class */
    ltab t;
    struct fp_start { uint64_t x; uint32_t st, n; bool need0; } start[FP_STARTS]; /* st UINT32_MAX: none yet */
    uint64_t key[FP_PAIRS / 2 + 1];
    /* by state: the first word of its key (the slots ruled out) and its first ext word (the slots
     * still running), apart from the keys (of kw + 2 = 27 words, 216 bytes, each) so that the end of a
     * walk reads a small table (fp_lanes) */
    uint64_t (*fin)[2];
    uint32_t fincap;
    uint32_t drops;         /* how often the states were dropped (fp_drop) */
} fprod;

#define LKB_BITS 11  /* priv.lkb */
#define CCS_BITS 11  /* priv.ccs */
#define CCS_BYTES 50 /* (a slot fills one cache line) */
#define CCS_AHEAD 8  /* the slots of the tokens so far ahead are fetched early */
#define LKB_BYTES 22
_Static_assert(LKB_BYTES <= 24, "dn_eq24");

/* find_starts: the start positions of a chunk of text between white space, by its bytes */
#define SC_BITS 12
#define SC_BYTES 22 /* (at most 24: dn_eq24; 22: a slot fills one cache line) */
#define SC_NE 4     /* start positions of a chunk in its slot, at most (more: not cached) */
struct sc_slot {
    uint64_t em[SC_NE]; /* the start positions' slots as emit_found finds them (see slot_lists), but
                         * for what the byte before the chunk rules out at offset 0 */
    uint32_t hash;
    uint8_t len, ne;    /* len 0: free; ne: the start positions */
    uint8_t eo[SC_NE];  /* their offsets in the chunk, ascending (0 past ne) */
    char bytes[SC_BYTES];
};
_Static_assert(sizeof(struct sc_slot) == 64, "one cache line per sc_slot");

/* The start positions of a bank of slots (see dn_slot_bank): their masks of slots (sm, by position
 * in priv.spos; see slot_lists), the slots with starts (some) and their lists (sbeg, scnt: see
 * priv.spos), the forward checks of all its rules at a start at once (fwd_checks); wb, ns: the
 * bank and its slots in the model */
struct pbank {
    uint64_t *sm;
    uint64_t some;
    const struct dn_slot_bank *wb;
    int ns;
    const uint32_t *spos; /* (priv.spos and .dfa, for fwd_checks) */
    struct ldfa *dfa;
    uint32_t *own; /* banks but 0: their own start positions (n of them; sm: their masks; room for cap) */
    size_t n, cap;
    uint32_t sbeg[64], scnt[64];
    fprod fp;
};

typedef struct priv {
    pcre2_general_context *gc;
    pcre2_match_data *md;
    uint32_t md_pairs;
    pcre2_match_context *mc;
    cand *c;
    size_t nc, cc;
    const cand **idx;
    size_t idx_cap;
    uint8_t *bits;
    size_t bits_cap;
    dn_buf fold;
    /* callout context */
    const dener_model *m;
    const dn_trie_cache *tc; /* the tokens' cache of trie look-ups */
    const dn_date_rule *rule;
    /* windows of the text that can hold a date, one per trigger token (see dn_dates_find) */
    struct win { size_t from, to; uint64_t cls; bool digit; } *win;
    size_t nwin, wcap;
    /* per token form of this document: the closed compound test of the windows (dn_dates_find) */
    uint8_t *fst;
    size_t nfst, fst_cap;
    uint64_t *fcc;
    size_t fcc_cap;
    /* the same by key bytes, kept from one document to the next (1 << CCS_BITS, direct-mapped, len
     * 0: free; at the form's hash, ccs_index: the slot can be fetched early); ccs_m: the model they
     * are for; ccs_raw: the allocation (ccs is aligned to a cache line in it) */
    struct ccs { uint64_t cls; uint32_t hash; uint8_t len; bool node; char bytes[CCS_BYTES]; } *ccs;
    void *ccs_raw;
    const dener_model *ccs_m;
    struct win *mwin; /* the windows merged as run_rule merges them for a rule that runs on all */
    size_t nmwin, mwcap;
    /* where rules with a start filter can start (see rule_first): words with a prefix in
     * m->date_words, and rare bytes */
    struct cw { uint32_t pos; bool mid; uint64_t cls; } *cw;
    size_t ncw, cwcap;
    uint32_t *rare;
    size_t nrare, rarecap;
    /* the start positions of chunks seen before, kept from one document to the next (find_starts);
     * sc_raw: its allocation (sc is aligned to a cache line in it) */
    struct sc_slot *sc;
    void *sc_raw;
    const dener_model *sc_m;
    /* the extra banks' masks of the cached chunks (for p->sc[i], scx[(i * nxb + b - 1) * SC_NE +
     * e]: of bank b, start e; scxn[i]: whether any is not 0), if the model has more than one bank
     * (nxb of them) */
    uint64_t *scx;
    uint8_t *scxn;
    /* the same, per rule with a start filter ("slots", by bank: pbank): a slot s in some has the
     * positions spos[sbeg[s] .. sbeg[s] + scnt[s]), the others none (scnt is 0 but while
     * slot_lists fills it); the masks of the positions: pbank.sm of bank 0 (0 where only other
     * banks start), the others have their own positions (pbank.own: few, as their rules) */
    uint32_t *spos;
    size_t spcap, nsp;
    size_t smask_cap; /* (of the sm of every bank) */
    size_t sproom; /* room in both spos and the masks (at most spcap and smask_cap) */
    struct pbank b0, *xb; /* (bank 0, the others: nxb of them, for the model xb_m) */
    int nxb;
    bool xadded; /* emit_found appended to the other banks' starts (since chunk_scan cleared it) */
    const dener_model *xb_m;
    /* per rule (by index), the lazy automaton of its nfaw, then (at m->ndate_rules + index) of its
     * nfa; ndfa = 2 * m->ndate_rules */
    ldfa *dfa;
    size_t ndfa;
    const dener_model *tense_m; /* the model cls_tense is for */
    int cls_tense, cls_det, cls_event; /* (the word classes "tense", "determiner" and "event") */
    /* the look-ups of this text (rules look the same words up again): direct-mapped, valid for
     * the call whose number is gen */
    struct lkc { uint32_t s, n, gen; int32_t cls; const char *val; } *lk;
    uint32_t gen;
    /* the same by bytes and class, kept from one document to the next (1 << LKB_BITS, direct-mapped;
     * len 0: free); lkb_m: the model they are for */
    struct lkb { const char *val; uint32_t hash; uint8_t len, cls; char bytes[LKB_BYTES]; } *lkb;
    const dener_model *lkb_m;
} priv;

#define LK_SIZE 256 /* a power of two (a document looks up a few hundred) */

static inline struct pbank *pbk(priv *p, int b) { return b ? &p->xb[b - 1] : &p->b0; }
static void ltab_free(const dn_alloc *a, ltab *t);

/* Grows the masks of every bank (pbank.sm) to need entries at least. */
static bool sm_grow(const dn_alloc *a, priv *p, size_t need) {
    if (need <= p->smask_cap) return true;
    return DN_GROW(a, p->b0.sm, p->smask_cap, need);
}

/* Appends start pos with mask mk to bank pb (not 0). */
static bool own_put(const dn_alloc *a, struct pbank *pb, uint32_t pos, uint64_t mk) {
    if (pb->n == pb->cap) {
        size_t c = pb->cap;
        if (!DN_GROW(a, pb->own, c, pb->n + 1)) return false;
        size_t c2 = pb->cap;
        if (!DN_GROW(a, pb->sm, c2, c)) return false;
        pb->cap = c;
    }
    pb->own[pb->n] = pos, pb->sm[pb->n++] = mk;
    return true;
}

static void pbank_free(const dn_alloc *a, struct pbank *pb) {
    dn_free(a, pb->sm);
    dn_free(a, pb->own);
    ltab_free(a, &pb->fp.t);
    dn_free(a, pb->fp.fin);
}

/* Sets p's banks (pbank) up for m's slots (the extra ones made anew for another number of them). */
static int banks_setup(const dener_model *m, priv *p) {
    const dn_alloc *a = &m->alloc;
    const struct dn_date_words *w = m->date_words;
    const int nx = w->nbanks > 1 ? w->nbanks - 1 : 0;
    if (nx != p->nxb) {
        for (int b = 0; b < p->nxb; b++) pbank_free(a, &p->xb[b]);
        dn_free(a, p->xb);
        dn_free(a, p->scx);
        dn_free(a, p->scxn);
        p->xb = NULL, p->scx = NULL, p->scxn = NULL, p->nxb = 0;
        p->sc_m = NULL; /* (the cached chunks lack the masks of the banks) */
        if (nx) {
            p->xb = dn_calloc(a, (size_t)nx, sizeof *p->xb);
            p->scx = dn_malloc(a, ((size_t)1 << SC_BITS) * (size_t)nx * SC_NE * sizeof *p->scx);
            p->scxn = dn_malloc(a, (size_t)1 << SC_BITS);
            if (!p->xb || !p->scx || !p->scxn) {
                dn_free(a, p->xb);
                dn_free(a, p->scx);
                dn_free(a, p->scxn);
                p->xb = NULL, p->scx = NULL, p->scxn = NULL;
                return DENER_ERR_NOMEM;
            }
            p->nxb = nx;
        }
    }
    for (int b = 0; b <= nx; b++) {
        struct pbank *pb = pbk(p, b);
        pb->wb = wbank(w, b);
        pb->ns = w->nslots - 64 * b < 64 ? w->nslots - 64 * b : 64;
    }
    return DENER_OK;
}
_Static_assert(sizeof(struct ccs) == 64, "one cache line per ccs slot");

/* The slot of priv.ccs for a token of form hash h (dn_form.hash: of its bytes, which give its key)
 * and node nd. (Slots hold the key: tokens of other bytes with the same key may find it too.) */
static inline uint32_t ccs_index(uint32_t h, uint32_t nd) { return (h ^ (nd ? 0x5bd1e995u : 0)) >> (32 - CCS_BITS); }

/* class_lookup of text[s..s+n-1] through p's caches: by position in this text, then by the bytes
 * (the look-up depends on them and the class alone) in this and earlier documents. */
static const char *cached_lookup(priv *p, int cls, const char *text, size_t s, size_t n) {
    if (!p->lk || n > 256) return class_lookup(p->m, p->tc, &p->fold, cls, text + s, n);
    uint32_t h = ((uint32_t)s * 0x9E3779B1u) ^ ((uint32_t)n * 0x85EBCA77u) ^ ((uint32_t)cls * 0xC2B2AE3Du);
    struct lkc *e = &p->lk[(h ^ (h >> 15)) & (LK_SIZE - 1)];
    if (e->gen == p->gen && e->s == s && e->n == n && e->cls == cls) return e->val;
    struct lkb *b = NULL;
    uint32_t hb = 0;
    if (p->lkb && n <= LKB_BYTES && cls >= 0 && cls < 256) {
        hb = (uint32_t)(dn_hash_words(text + s, n, (uint64_t)cls) >> 32);
        b = &p->lkb[hb >> (32 - LKB_BITS)];
        if (b->len == n && b->cls == cls && b->hash == hb && dn_eq24(b->bytes, text + s, n)) { /* (n <= LKB_BYTES) */
            *e = (struct lkc){(uint32_t)s, (uint32_t)n, p->gen, cls, b->val};
            return b->val;
        }
    }
    const char *v = class_lookup(p->m, p->tc, &p->fold, cls, text + s, n);
    if (!p->fold.oom) {
        *e = (struct lkc){(uint32_t)s, (uint32_t)n, p->gen, cls, v};
        if (b) {
            b->hash = hb;
            b->len = (uint8_t)n;
            b->cls = (uint8_t)cls;
            b->val = v;
            memcpy(b->bytes, text + s, n);
        }
    }
    return v;
}

static void ltab_free(const dn_alloc *a, ltab *t) {
    dn_free(a, t->keys);
    dn_free(a, t->trans);
    dn_free(a, t->ht);
    t->keys = NULL, t->trans = NULL, t->ht = NULL;
    t->nst = t->cap = t->htcap = 0;
}

/* Drops all states (the memory stays). */
static void ltab_clear(ltab *t) {
    t->nst = 0;
    if (t->ht) memset(t->ht, 0, t->htcap * sizeof *t->ht);
}

#define LTAB_FULL (UINT32_MAX - 1)

/* The words of key that are not zero at its end (at least one): those hashed if t->var. */
static uint32_t ltab_len(const ltab *t, const uint64_t *key) {
    uint32_t n = t->kw;
    if (t->var)
        while (n > 1 && !key[n - 1]) n--;
    return n;
}

/* Puts state id into an open-addressing index of cap slots (a power of two; 0 = empty, else
 * id + 1) at the first free slot from its hash h: the index of the automata's state tables. */
static inline void ht_put(uint32_t *ht, uint32_t cap, uint64_t h, uint32_t id) {
    uint32_t k = (uint32_t)h & (cap - 1);
    while (ht[k]) k = (k + 1) & (cap - 1);
    ht[k] = id + 1;
}

/* The state of key (kw words), added if new (*added is then true; its ext words are for the
 * caller to fill). LTAB_FULL if there are max states already, UINT32_MAX on no memory. The key's
 * words from n on are zero (n is ltab_len of the key if t->var, else kw): only n words are hashed
 * and compared (and whether the stored key ends there). */
static uint32_t ltab_getn(const dn_alloc *a, ltab *t, const uint64_t *key, uint32_t n, uint32_t max, bool *added) {
    uint32_t kw = t->kw, st = kw + t->ext, nc = n < kw ? n + 1 : kw;
    uint64_t h = words_hash(key, n);
    *added = false;
    if (t->htcap) {
        for (uint32_t k = (uint32_t)h & (t->htcap - 1);; k = (k + 1) & (t->htcap - 1)) {
            uint32_t v = t->ht[k];
            if (!v) break;
            const uint64_t *o = t->keys + (size_t)(v - 1) * st;
            bool eq = true;
            for (uint32_t q = 0; q < nc && eq; q++) eq = o[q] == key[q];
            if (eq) return v - 1;
        }
    }
    if (t->nst >= max) return LTAB_FULL;
    if (t->nst >= t->cap) {
        uint32_t nc = t->cap ? t->cap * 2 : 16;
        if (nc > max) nc = max;
        uint64_t *ks = dn_malloc(a, (size_t)nc * st * sizeof *ks);
        uint16_t *tr = dn_malloc(a, (size_t)nc * t->ncls * sizeof *tr);
        if (!ks || !tr) {
            dn_free(a, ks);
            dn_free(a, tr);
            return UINT32_MAX;
        }
        if (t->nst) {
            memcpy(ks, t->keys, (size_t)t->nst * st * sizeof *ks);
            memcpy(tr, t->trans, (size_t)t->nst * t->ncls * sizeof *tr);
        }
        dn_free(a, t->keys);
        dn_free(a, t->trans);
        t->keys = ks, t->trans = tr, t->cap = nc;
    }
    if ((t->nst + 1) * 2 > t->htcap) {
        uint32_t nh = t->htcap ? t->htcap * 2 : 32;
        uint32_t *ht = dn_calloc(a, nh, sizeof *ht);
        if (!ht) return UINT32_MAX;
        for (uint32_t s = 0; s < t->nst; s++) {
            const uint64_t *o = t->keys + (size_t)s * st;
            ht_put(ht, nh, words_hash(o, ltab_len(t, o)), s);
        }
        dn_free(a, t->ht);
        t->ht = ht, t->htcap = nh;
    }
    uint32_t id = t->nst++;
    memcpy(t->keys + (size_t)id * st, key, kw * sizeof *key);
    memset(t->trans + (size_t)id * t->ncls, 0, t->ncls * sizeof *t->trans);
    ht_put(t->ht, t->htcap, h, id);
    *added = true;
    return id;
}

/* The state of position set st (nw words), added if new; DFA_MAY if there is no room. */
static uint16_t dfa_state(const dn_alloc *a, ldfa *d, const struct dn_nfa *f, const uint64_t *st) {
    uint32_t nw = f->nw;
    uint64_t h = words_hash(st, nw);
    if (d->htcap) {
        for (uint32_t k = (uint32_t)h & (d->htcap - 1);; k = (k + 1) & (d->htcap - 1)) {
            uint32_t v = d->ht[k];
            if (!v) break;
            if (memcmp(d->sets + (size_t)(v - 1) * nw, st, nw * sizeof *st) == 0) return (uint16_t)(DFA_ST0 + v - 1);
        }
    }
    if (d->nst >= DFA_MAXST) return DFA_MAY;
    if (d->nst >= d->cap) {
        uint32_t nc = d->cap ? d->cap * 2 : 16;
        if (nc > DFA_MAXST) nc = DFA_MAXST;
        uint16_t *tr = dn_malloc(a, (size_t)nc * f->ncls * sizeof *tr);
        uint64_t *se = dn_malloc(a, (size_t)nc * nw * sizeof *se);
        if (!tr || !se) {
            dn_free(a, tr);
            dn_free(a, se);
            d->dead = true;
            return DFA_MAY;
        }
        if (d->nst) {
            memcpy(tr, d->trans, (size_t)d->nst * f->ncls * sizeof *tr);
            memcpy(se, d->sets, (size_t)d->nst * nw * sizeof *se);
        }
        dn_free(a, d->trans);
        dn_free(a, d->sets);
        d->trans = tr, d->sets = se, d->cap = nc;
        d->ncls = (uint16_t)f->ncls;
    }
    if ((d->nst + 1) * 2 > d->htcap) {
        uint32_t nh = d->htcap ? d->htcap * 2 : 32;
        uint32_t *ht = dn_calloc(a, nh, sizeof *ht);
        if (!ht) {
            d->dead = true;
            return DFA_MAY;
        }
        for (uint32_t s = 0; s < d->nst; s++) ht_put(ht, nh, words_hash(d->sets + (size_t)s * nw, nw), s);
        dn_free(a, d->ht);
        d->ht = ht, d->htcap = nh;
    }
    uint32_t id = d->nst++;
    memcpy(d->sets + (size_t)id * nw, st, nw * sizeof *st);
    memset(d->trans + (size_t)id * f->ncls, 0, f->ncls * sizeof *d->trans);
    ht_put(d->ht, d->htcap, h, id);
    return (uint16_t)(DFA_ST0 + id);
}

/* Builds the transition of state st on symbol class c. */
static uint16_t dfa_build(const dn_alloc *a, ldfa *d, const struct dn_nfa *f, uint32_t st, uint32_t c) {
    uint32_t nw = f->nw;
    uint64_t cur[NFA_MAXW], next[NFA_MAXW], any = 0, fin = 0;
    const uint64_t *set = d->sets + (size_t)st * nw, *cm = f->cmask + (size_t)c * nw;
    for (uint32_t k = 0; k < nw; k++) {
        cur[k] = set[k] & cm[k];
        any |= cur[k];
        fin |= cur[k] & f->last[k];
        next[k] = 0;
    }
    uint16_t t;
    if (fin) t = DFA_MAY; /* a match may end here */
    else if (!any) t = DFA_NO;
    else {
        uint64_t nz = 0;
        for (uint32_t k = 0; k < nw; k++)
            for (uint64_t x = cur[k]; x; x &= x - 1) {
                const uint64_t *fw = f->follow + (size_t)(k * 64 + (uint32_t)__builtin_ctzll(x)) * nw;
                for (uint32_t q = 0; q < nw; q++) next[q] |= fw[q], nz |= fw[q];
            }
        t = nz ? dfa_state(a, d, f, next) : DFA_NO;
    }
    if (t == DFA_MAY && d->dead) return t;
    d->trans[(size_t)st * f->ncls + c] = t;
    return t;
}

/* Runs ldfa d (of automaton f) from state st at text[i] up to text[end]: false if it cannot reach
 * an end (a match is ruled out); true if it may, or if it reaches end with the text going on. Each
 * character is one symbol (and each byte that is not UTF-8). */
static inline bool dfa_run_from(const dener_model *m, ldfa *d, const struct dn_nfa *f, const char *text, size_t len,
                                size_t end, size_t i, uint32_t st) {
    const unsigned char *t = (const unsigned char *)text;
    const uint8_t *cm = f->cmap;
    const uint32_t ncls = d->ncls;
    const uint16_t *tr = d->trans;
    while (i < end) {
        unsigned b = t[i++];
        if (b >= 0x80) /* one symbol for a character (and for each byte that is not UTF-8) */
            for (int k = 0; k < 3 && i < len && (t[i] & 0xC0) == 0x80; k++) i++;
        uint32_t c = cm[b];
        uint16_t e = tr[st * ncls + c];
        if (e < DFA_ST0) {
            if (e != DFA_UNKNOWN) return e == DFA_MAY;
            e = dfa_build(&m->alloc, d, f, st, c);
            tr = d->trans;
            if (e < DFA_ST0) return e == DFA_MAY;
        }
        st = e - DFA_ST0;
    }
    return i < len; /* at the end of the text the rule needs more */
}

/* False if no match of rule ri (with automaton f) can start at text[s]. It follows at most
 * NFA_STEPS bytes (so at most as many characters) before it gives up (the rule may match). */
static inline __attribute__((always_inline)) bool dfa_may_match(const dener_model *m, ldfa *dfa, size_t ri, const struct dn_nfa *f, const char *text, size_t len,
                          size_t s) {
    ldfa *d = &dfa[ri];
    if (d->dead) return true;
    if (!d->nst && dfa_state(&m->alloc, d, f, f->first) != DFA_ST0) return true;
    return dfa_run_from(m, d, f, text, len, len - s > NFA_STEPS ? s + NFA_STEPS : len, s, 0);
}

static int on_callout(pcre2_callout_block *cb, void *data) {
    priv *p = data;
    uint32_t g = cb->capture_last;
    const dn_date_rule *r = p->rule;
    if (g == 0 || g > r->ngroups || g >= cb->capture_top) return 0;
    PCRE2_SIZE s = cb->offset_vector[2 * g], e = cb->offset_vector[2 * g + 1];
    if (s == PCRE2_UNSET || e < s) return 0;
    const gmap *gm = &r->g[g];
    const char *t = (const char *)cb->subject + s;
    size_t n = e - s;
    if (role_is_num(gm->role)) {
        if (all_digits(t, n)) return n <= 6 ? 0 : 1;
        return cached_lookup(p, gm->cls, (const char *)cb->subject, s, n) ? 0 : 1;
    }
    if (role_is_cls(gm->role)) return cached_lookup(p, gm->cls, (const char *)cb->subject, s, n) ? 0 : 1;
    return 0;
}

static int push_cand(const dener_model *m, priv *p, const cand *c) {
    if (p->nc >= p->cc && !DN_GROW(&m->alloc, p->c, p->cc, p->nc + 1)) return DENER_ERR_NOMEM;
    p->c[p->nc] = *c;
    p->c[p->nc].order = (uint32_t)p->nc;
    p->nc++;
    return DENER_OK;
}

/* Turns one match into candidates. Returns 1 if taken, 0 if rejected, < 0 on no memory. */
static int take_match(const dener_model *m, priv *p, const dn_date_rule *r, const char *text, const PCRE2_SIZE *ov) {
    fields f[2];
    fields_init(&f[0]);
    fields_init(&f[1]);
    PCRE2_SIZE span[2][2] = {{PCRE2_UNSET, PCRE2_UNSET}, {PCRE2_UNSET, PCRE2_UNSET}};
    bool second = false;
    if (!r->neg) {
        for (uint32_t g = 1; g <= r->ngroups; g++) {
            PCRE2_SIZE s = ov[2 * g], e = ov[2 * g + 1];
            const gmap *gm = &r->g[g];
            if (s == PCRE2_UNSET || gm->role == R_NONE) continue;
            fields *ff = &f[gm->which];
            if (gm->which) second = true;
            const char *t = text + s;
            size_t n = e - s;
            if (gm->role == R_SPAN) {
                if (span[gm->which][0] == PCRE2_UNSET) span[gm->which][0] = s, span[gm->which][1] = e;
                continue;
            }
            if (gm->role == R_BC || gm->role == R_AD) {
                set_role(m, ff, gm->role, 0, 0, "");
                continue;
            }
            if (role_is_num(gm->role)) {
                int v = 0;
                size_t len = n;
                if (all_digits(t, n) && n <= 6) {
                    for (size_t k = 0; k < n; k++) v = v * 10 + (t[k] - '0');
                } else {
                    const char *val = cached_lookup(p, gm->cls, text, s, n);
                    if (!val || !parse_int(val, &v)) return 0;
                    len = strlen(val);
                    if (gm->role == R_Y) len = 4;
                }
                if (!set_role(m, ff, gm->role, v, len, NULL)) return 0;
                continue;
            }
            if (role_is_cls(gm->role)) {
                const char *val = cached_lookup(p, gm->cls, text, s, n);
                if (!val || !set_role(m, ff, gm->role, 0, 0, val)) return 0;
            }
        }
        /* defaults of the rule */
        _Static_assert(R_COUNT <= 32, "dn_date_rule.defmask");
        for (uint32_t x = r->defmask & ~1u; x; x &= x - 1) { /* (roles 1 ..) */
            const int k = __builtin_ctz(x);
            if (HAS(&f[0], k)) continue;
            const char *val = m->pool + r->def[k];
            int v = 0;
            if (role_is_num(k)) {
                if (!parse_int(val, &v)) return 0;
                if (!set_role(m, &f[0], k, v, strlen(val), NULL)) return 0;
            } else if (!set_role(m, &f[0], k, 0, 0, val)) return 0;
        }
        f[0].fixed = r->fixed;
        if (!fields_any(&f[0])) return 0;
        if (second) {
            if (!fields_any(&f[1])) return 0;
            fields_borrow(&f[0], &f[1]);
            if (!fields_valid(&f[1])) return 0;
        }
        if (!fields_valid(&f[0])) return 0;
    } else {
        for (uint32_t g = 1; g <= r->ngroups; g++)
            if (r->g[g].role == R_SPAN && ov[2 * g] != PCRE2_UNSET) {
                span[0][0] = ov[2 * g], span[0][1] = ov[2 * g + 1];
                break;
            }
    }
    static const cand cand0;
    cand c = cand0; /* (as fields_init) */
    c.prio = r->prio;
    c.src = r->src;
    c.neg = r->neg;
    c.anchor = r->anchor;
    if (second) c.pm = f[0].m != UNK && f[0].m > 0 && f[0].m <= 12 ? (int8_t)f[0].m : 0;
    if (second) c.pl = f[1].m != UNK && f[1].m > 0 && f[1].m <= 12 ? (int8_t)f[1].m : 0;
    if (second && r->action == ACT_DATE) {
        for (int w = 0; w < 2; w++) {
            if (span[w][0] == PCRE2_UNSET || span[w][1] <= span[w][0]) return 0;
        }
        for (int w = 0; w < 2; w++) {
            c.b0 = (uint32_t)span[w][0];
            c.b1 = (uint32_t)span[w][1];
            c.f = f[w];
            int rc = push_cand(m, p, &c);
            if (rc) return rc;
        }
        return 1;
    }
    c.b0 = (uint32_t)(span[0][0] != PCRE2_UNSET ? span[0][0] : ov[0]);
    c.b1 = (uint32_t)(span[0][0] != PCRE2_UNSET ? span[0][1] : ov[1]);
    if (c.b1 <= c.b0) return 0;
    c.f = f[0];
    if (second) {
        c.range = 1;
        c.f2 = f[1];
    }
    int rc = push_cand(m, p, &c);
    return rc ? rc : 1;
}

static bool is_limit_error(int rc) {
    return rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT ||
           rc == PCRE2_ERROR_JIT_STACKLIMIT || rc == PCRE2_ERROR_CALLOUT;
}

static size_t next_char(const char *text, size_t len, size_t i) {
    if (i >= len) return len + 1;
    i++;
    while (i < len && ((unsigned char)text[i] & 0xC0) == 0x80) i++;
    return i;
}

/* Runs one rule over the windows that can hold its dates: those around a word of a class it looks
 * up, or around a digit if it has number groups (all windows if it has neither). Within a window
 * the search is unanchored but may only start up to the window's end (an offset limit); the
 * subject is the whole text, so look-behinds and look-aheads see past the window. Windows
 * overlap; a start position is never searched twice. */
/* Searches for matches of r that start in [*off, to] (the subject is the whole text); *off ends
 * past the range or past the last match. */
static int search(const dener_model *m, priv *p, const dn_date_rule *r, const char *text, size_t len, size_t *offp,
                  size_t to) {
    size_t off = *offp;
    pcre2_set_offset_limit(p->mc, to);
    bool anchored = false; /* after a limit error: one start position at a time until the next match */
    while (off <= to) {
        /* the JIT's own entry skips pcre2_match's checks (nothing to check: the text is known) */
        int rc = r->jit && !anchored ? pcre2_jit_match(r->re, (PCRE2_SPTR)text, len, off, 0, p->md, p->mc)
                                     : pcre2_match(r->re, (PCRE2_SPTR)text, len, off, anchored ? PCRE2_ANCHORED : 0, p->md, p->mc);
        if (rc == PCRE2_ERROR_NOMATCH) {
            if (!anchored) { off = to + 1; break; }
            off = next_char(text, len, off);
            continue;
        }
        if (rc < 0) {
            if (!is_limit_error(rc) && rc != PCRE2_ERROR_NOMEMORY) { off = to + 1; break; }
            if (anchored) off = next_char(text, len, off);
            anchored = true;
            continue;
        }
        anchored = false;
        const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
        int t = take_match(m, p, r, text, ov);
        if (t < 0) return t;
        off = t == 0 || ov[1] <= ov[0] ? next_char(text, len, ov[0]) : ov[1];
    }
    *offp = off;
    return DENER_OK;
}

#define START_GAP 6 /* start positions closer than this are searched in one call */

/* Runs one rule over the windows that can hold its dates: those around a word of a class it looks
 * up, or around a digit if it has number groups (all windows if it has neither). Within a window
 * the search is unanchored but may only start up to the window's end (an offset limit); the
 * subject is the whole text, so look-behinds and look-aheads see past the window. Windows
 * overlap; a start position is never searched twice. A rule with a start filter is searched only
 * around the positions where it can start (close ones together): the same matches. */
static inline __attribute__((always_inline)) int run_rule(const dener_model *m, priv *p, const dn_date_rule *r, int slot, const char *text, size_t len) {
    p->rule = r;
    /* (the starts were checked with the rule's automata in slot_lists) */
    const struct pbank *pb = slot >= 0 ? pbk(p, slot >> 6) : NULL;
    const int sj = slot & 63;
    const bool has = pb && ((pb->some >> sj) & 1u);
    const uint32_t *sl = pb ? p->spos + (has ? pb->sbeg[sj] : 0) : NULL;
    size_t sn = has ? pb->scnt[sj] : 0, li = 0;
    /* the class filter is only a hint: rules with number groups read number words and words
     * inside compounds ("Neunzigerjahre"), so they run on every window */
    bool all = (!r->need && !r->need_digit) || r->need_digit;
    size_t off = 0;
    const struct win *wins = all ? p->mwin : p->win;
    size_t nwins = all ? p->nmwin : p->nwin;
    if (slot >= 0 && r->fast && !sn) return DENER_OK; /* no start left */
    for (size_t w = 0; w < nwins; w++) {
        const struct win *wi = &wins[w];
        if (sl && r->fast) {
            if (li >= sn) break;          /* no start left */
            if (wi->to < sl[li]) continue; /* none in this window */
        }
        if (!all && !(wi->cls & r->need) && !(wi->digit && r->need_digit)) continue;
        /* windows that overlap or touch (their starts and ends both grow with w) make one search
         * range: the same start positions, one pcre2_match call instead of one per window */
        size_t from = wi->from, to = wi->to;
        while (!all && w + 1 < nwins && to - from < MERGE_MAX) {
            const struct win *nx = &wins[w + 1];
            if (nx->from > to + 1) break;
            if (!all && !(nx->cls & r->need) && !(nx->digit && r->need_digit)) break;
            if (nx->to > to) to = nx->to;
            w++;
        }
        if (off < from) off = from;
        if (off > to) continue;
        if (!r->fast) {
            int rc = search(m, p, r, text, len, &off, to);
            if (rc) return rc;
            continue;
        }
        while (sl) { /* the rule's own list of start positions (those where it may match) */
            while (li < sn && sl[li] < off) li++;
            if (li >= sn || sl[li] > to) break;
            size_t a = sl[li], b = a;
            while (li + 1 < sn && sl[li + 1] <= b + START_GAP && sl[li + 1] <= to) b = sl[++li];
            off = a;
            int rc = search(m, p, r, text, len, &off, b);
            if (rc) return rc;
            if (off > to) break;
        }
    }
    return DENER_OK;
}

/* ------------------------------------------------------------------ overlaps */

/* Comparators over arrays of candidate pointers (no shared state: docs run in parallel). */
static int cmp_nodate(const void *x, const void *y) {
    const cand *a = *(const cand *const *)x, *b = *(const cand *const *)y;
    if (a->b0 != b->b0) return a->b0 < b->b0 ? -1 : 1;
    return a->b1 < b->b1 ? -1 : a->b1 > b->b1;
}

/* The orders of the candidates, as "less than": by preference (longest, then highest priority,
 * then earliest) and by position; both total (the candidates' order numbers differ), so any sort
 * gives the same order. sort_cands: a merge sort with them inline (tmp: room for n). */
static inline bool pref_lt(const cand *a, const cand *b) {
    uint32_t la = a->b1 - a->b0, lb = b->b1 - b->b0;
    if (la != lb) return la > lb;
    if (a->prio != b->prio) return a->prio > b->prio;
    if (a->b0 != b->b0) return a->b0 < b->b0;
    return a->order < b->order;
}

static inline bool pos_lt(const cand *a, const cand *b) {
    if (a->b0 != b->b0) return a->b0 < b->b0;
    return a->order < b->order;
}

static inline __attribute__((always_inline)) void sort_cands(const cand **a, size_t n, const cand **tmp, bool pref) {
    enum { RUN = 8 };
    for (size_t s = 0; s < n; s += RUN) { /* runs of RUN by insertion */
        size_t e = s + RUN < n ? s + RUN : n;
        for (size_t i = s + 1; i < e; i++) {
            const cand *x = a[i];
            size_t j = i;
            while (j > s && (pref ? pref_lt(x, a[j - 1]) : pos_lt(x, a[j - 1]))) a[j] = a[j - 1], j--;
            a[j] = x;
        }
    }
    const cand **src = a, **dst = tmp;
    for (size_t w = RUN; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n, i = lo, j = mid, k = lo;
            while (i < mid && j < hi) dst[k++] = (pref ? pref_lt(src[j], src[i]) : pos_lt(src[j], src[i])) ? src[j++] : src[i++];
            while (i < mid) dst[k++] = src[i++];
            while (j < hi) dst[k++] = src[j++];
        }
        const cand **t = src;
        src = dst, dst = t;
    }
    if (src != a) memcpy(a, src, n * sizeof *a);
}

/* Drops the DATE candidates vetoed by a NODATE span of equal or higher priority, then keeps the
 * longest (then highest-priority, then earliest) non-overlapping ones. They end up in
 * p->idx[0..k-1] sorted by position; returns k, or < 0 on no memory. */
static long select_cands(const dener_model *m, priv *p, size_t len) {
    size_t nc = p->nc;
    if (!DN_GROW(&m->alloc, p->idx, p->idx_cap, nc * 2 + 1)) return DENER_ERR_NOMEM;
    const cand **dates = p->idx, **nods = p->idx + nc;
    size_t nd = 0, nn = 0;
    for (size_t i = 0; i < nc; i++) {
        if (p->c[i].neg) nods[nn++] = &p->c[i];
        else dates[nd++] = &p->c[i];
    }
    if (!nd) return 0;
    if (nn) {
        /* NODATE spans sorted by start, with the running maximum of their ends */
        qsort(nods, nn, sizeof *nods, cmp_nodate);
        uint32_t *maxend = dn_malloc(&m->alloc, nn * sizeof *maxend);
        if (!maxend) return DENER_ERR_NOMEM;
        for (size_t k = 0; k < nn; k++) {
            uint32_t e = nods[k]->b1;
            maxend[k] = k && maxend[k - 1] > e ? maxend[k - 1] : e;
        }
        size_t w = 0;
        for (size_t k = 0; k < nd; k++) {
            const cand *c = dates[k];
            size_t lo = 0, hi = nn; /* lo: number of NODATE spans starting before c ends */
            while (lo < hi) {
                size_t mid = (lo + hi) / 2;
                if (nods[mid]->b0 < c->b1) lo = mid + 1;
                else hi = mid;
            }
            bool veto = false;
            for (size_t j = lo; j-- > 0;) {
                if (maxend[j] <= c->b0) break;
                if (nods[j]->b1 > c->b0 && nods[j]->prio >= c->prio) {
                    veto = true;
                    break;
                }
            }
            if (!veto) dates[w++] = c;
        }
        nd = w;
        dn_free(&m->alloc, maxend);
    }
    if (!nd) return 0;
    sort_cands(dates, nd, p->idx + nc, true); /* (nods is done with: room for nc) */
    size_t nbytes = len / 8 + 1;
    if (!DN_GROW(&m->alloc, p->bits, p->bits_cap, nbytes)) return DENER_ERR_NOMEM;
    memset(p->bits, 0, nbytes);
    size_t w = 0;
    for (size_t k = 0; k < nd; k++) {
        const cand *c = dates[k];
        if (c->b0 < c->b1) { /* (the bits b0..b1-1, a byte at a time: masks for the first and last) */
            const uint32_t i0 = c->b0 >> 3, i1 = (c->b1 - 1) >> 3;
            const uint8_t m0 = (uint8_t)(0xFFu << (c->b0 & 7)), m1 = (uint8_t)(0xFFu >> (7 - ((c->b1 - 1) & 7)));
            bool taken;
            if (i0 == i1) taken = p->bits[i0] & m0 & m1;
            else {
                taken = (p->bits[i0] & m0) || (p->bits[i1] & m1);
                for (uint32_t i = i0 + 1; i < i1 && !taken; i++) taken = p->bits[i] != 0;
            }
            if (taken) continue;
            if (i0 == i1) p->bits[i0] |= (uint8_t)(m0 & m1);
            else {
                p->bits[i0] |= m0, p->bits[i1] |= m1;
                if (i1 > i0 + 1) memset(p->bits + i0 + 1, 0xFF, i1 - i0 - 1);
            }
        }
        dates[w++] = c;
    }
    sort_cands(dates, w, p->idx + nc, false);
    return (long)w;
}

/* ------------------------------------------------------------------ normalisation */

/* snprintf into a value buffer (a wrapper, so that values are cut rather than warned about). */
static void put(char *out, size_t cap, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
static void put(char *out, size_t cap, const char *fmt, ...) {
    /* the conversions the values use (%s %.Ns %c %d %ld, flag 0, a width), as snprintf does them */
    va_list ap;
    va_start(ap, fmt);
    size_t n = 0;
#define PUTC(ch) (n + 1 < cap ? (void)(out[n++] = (char)(ch)) : (void)0)
    for (const char *f = fmt; *f; f++) {
        if (*f != '%') {
            PUTC(*f);
            continue;
        }
        f++;
        bool zero = false;
        if (*f == '0') zero = true, f++;
        int width = 0, prec = -1;
        while (*f >= '0' && *f <= '9') width = width * 10 + (*f++ - '0');
        if (*f == '.') {
            prec = 0;
            for (f++; *f >= '0' && *f <= '9'; f++) prec = prec * 10 + (*f - '0');
        }
        bool lng = false;
        if (*f == 'l') lng = true, f++;
        char tmp[24];
        const char *str = tmp;
        size_t sl = 0;
        if (*f == 's') {
            str = va_arg(ap, const char *);
            while (str[sl] && (prec < 0 || sl < (size_t)prec)) sl++;
            zero = false;
        } else if (*f == 'c') {
            tmp[0] = (char)va_arg(ap, int);
            sl = 1;
            zero = false;
        } else if (*f == 'd') {
            long v = lng ? va_arg(ap, long) : va_arg(ap, int);
            unsigned long uv = v < 0 ? 0ul - (unsigned long)v : (unsigned long)v;
            char dig[24];
            size_t nd = 0;
            do dig[nd++] = (char)('0' + uv % 10); while ((uv /= 10) != 0);
            if (v < 0) tmp[sl++] = '-';
            size_t pad = zero && (size_t)width > nd + sl ? (size_t)width - nd - sl : 0;
            while (pad--) tmp[sl++] = '0';
            while (nd) tmp[sl++] = dig[--nd];
            zero = false;
        } else if (*f == '%') {
            tmp[0] = '%';
            sl = 1;
        } else break; /* (not used) */
        for (size_t k = sl; k < (size_t)width; k++) PUTC(' ');
        for (size_t k = 0; k < sl; k++) PUTC(str[k]);
    }
#undef PUTC
    if (cap) out[n] = 0;
    va_end(ap);
}

typedef struct refdate {
    int y, m, d; /* UNK if unknown */
    int pivot;   /* year for two-digit years, UNK if none */
} refdate;

static bool ref_full(const refdate *r) { return r->y != UNK && r->m != UNK && r->d != UNK; }

static int year_of(const fields *f, const refdate *r) {
    if (f->y == UNK) return UNK;
    if (f->ylen == 2 && !f->bc && !f->ad) {
        if (r->pivot != UNK) {
            int y = r->pivot / 100 * 100 + f->y;
            if (y > r->pivot + 20) y -= 100;
            else if (y <= r->pivot - 80) y += 100;
            return y;
        }
        return f->y < 50 ? 2000 + f->y : 1900 + f->y;
    }
    return f->y;
}

/* The conversions of the frequent values written directly, as put writes them: into out[0..cap-1],
 * cut short and ended by a 0 as put does. */
typedef struct obuf {
    char *out;
    size_t cap, n;
} obuf;
static inline void ob_ch(obuf *b, char c) {
    if (b->n + 1 < b->cap) b->out[b->n++] = c;
}
static inline void ob_str(obuf *b, const char *s) {
    for (; *s; s++) ob_ch(b, *s);
}
/* v as "%0<width>d" */
static inline void ob_num(obuf *b, int v, size_t width) {
    if (v >= 0 && v < 100 && width == 2) { /* (the frequent ones) */
        ob_ch(b, (char)('0' + v / 10));
        ob_ch(b, (char)('0' + v % 10));
        return;
    }
    unsigned uv = v < 0 ? 0u - (unsigned)v : (unsigned)v;
    char dig[12];
    size_t nd = 0, sl = v < 0;
    do dig[nd++] = (char)('0' + uv % 10); while ((uv /= 10) != 0);
    if (v < 0) ob_ch(b, '-');
    for (size_t pad = width > nd + sl ? width - nd - sl : 0; pad; pad--) ob_ch(b, '0');
    while (nd) ob_ch(b, dig[--nd]);
}
static inline void ob_end(obuf *b) {
    if (b->cap) b->out[b->n] = 0;
}

static void put_year(char *out, size_t cap, int y, bool bc) {
    if (y == UNK) put(out, cap, "XXXX");
    else if (bc) put(out, cap, "BC%04d", y);
    else if (y < 0 || y > 9999) put(out, cap, "XXXX");
    else { /* put(out, cap, "%04d", y) */
        obuf b = {out, cap, 0};
        ob_num(&b, y, 4);
        ob_end(&b);
    }
}

static void put_day(char *out, size_t cap, int64_t z, const char *daypart) {
    int y, m, d;
    civil_from_days(z, &y, &m, &d);
    if (y < 0 || y > 9999) {
        put(out, cap, "XXXX-XX-XX");
        return;
    }
    /* put(out, cap, "%04d-%02d-%02d", y, m, d), then "T%s" with the daypart */
    obuf b = {out, cap, 0};
    ob_num(&b, y, 4);
    ob_ch(&b, '-');
    ob_num(&b, m, 2);
    ob_ch(&b, '-');
    ob_num(&b, d, 2);
    if (daypart && daypart[0]) {
        ob_ch(&b, 'T');
        ob_str(&b, daypart);
    }
    ob_end(&b);
}

static const char *ref_word(int off) { return off < 0 ? "PAST_REF" : off > 0 ? "FUTURE_REF" : "PRESENT_REF"; }

/* A value unit+off from the reference date. */
static void relative(char *out, size_t cap, const char *unit, int off, const refdate *r, const char *daypart) {
    if (strcmp(unit, "D") == 0) {
        if (ref_full(r)) put_day(out, cap, days_from_civil(r->y, r->m, r->d) + off, daypart);
        else if (r->y != UNK && r->m != UNK) put(out, cap, "%04d-%02d-XX", r->y, r->m);
        else if (r->y != UNK) put(out, cap, "%04d-XX-XX", r->y);
        else put(out, cap, "%s", ref_word(off));
    } else if (strcmp(unit, "W") == 0 || strcmp(unit, "WE") == 0) {
        const char *we = unit[1] ? "-WE" : "";
        if (ref_full(r)) {
            int wy, wk;
            int64_t z = days_from_civil(r->y, r->m, r->d);
            /* "kommendes Wochenende" on a Monday to Friday is the weekend of the same week */
            if (unit[1] && off > 0 && iso_wd(z) <= 5) off--;
            iso_week(z + 7 * (int64_t)off, &wy, &wk);
            put(out, cap, "%04d-W%02d%s", wy, wk, we);
        } else if (r->y != UNK && off == 0) put(out, cap, "%04d-WXX%s", r->y, we);
        else put(out, cap, "%s", ref_word(off));
    } else if (strcmp(unit, "M") == 0 || strcmp(unit, "Q") == 0 || strcmp(unit, "H") == 0) {
        int per = unit[0] == 'M' ? 1 : unit[0] == 'Q' ? 3 : 6;
        if (r->y != UNK && r->m != UNK) {
            long k = (long)r->y * (12 / per) + (r->m - 1) / per + off;
            long y = k >= 0 ? k / (12 / per) : -((-k + 12 / per - 1) / (12 / per));
            long i = k - y * (12 / per);
            if (per == 1) put(out, cap, "%04ld-%02ld", y, i + 1);
            else put(out, cap, "%04ld-%c%ld", y, unit[0], i + 1);
        } else if (r->y != UNK && off == 0) put(out, cap, "%04d-%s", r->y, per == 1 ? "XX" : unit[0] == 'Q' ? "QX" : "HX");
        else put(out, cap, "%s", ref_word(off));
    } else if (strcmp(unit, "YD") == 0) { /* years back to the same day: "heute vor 37 Jahren" */
        if (ref_full(r)) {
            int d = r->d > days_in_month(r->y + off, r->m) ? days_in_month(r->y + off, r->m) : r->d;
            put_day(out, cap, days_from_civil(r->y + off, r->m, d), daypart);
        } else if (r->y != UNK) put_year(out, cap, r->y + off, false);
        else put(out, cap, "%s", ref_word(off));
    } else if (strcmp(unit, "Y") == 0) {
        if (r->y != UNK) put_year(out, cap, r->y + off, false);
        else put(out, cap, "%s", ref_word(off));
    } else if (strcmp(unit, "DEC") == 0) {
        if (r->y != UNK) put(out, cap, "%03d", r->y / 10 + off);
        else put(out, cap, "%s", ref_word(off));
    } else if (strcmp(unit, "CEN") == 0) {
        if (r->y != UNK) put(out, cap, "%02d", r->y / 100 + off);
        else put(out, cap, "%s", ref_word(off));
    } else {
        put(out, cap, "%s", ref_word(off));
    }
}

/* The months of the Hebrew and Islamic calendars in ICU's numbering (UCAL_MONTH from 0: Tishri,
 * Muharram; Adar I, 5, exists in Hebrew leap years only), as holiday specs name them. */
static const char *const HEBREW_MONTHS[] = {"tishri", "heshvan", "kislev", "tevet", "shevat", "adar1", "adar",
                                            "nisan", "iyar", "sivan", "tamuz", "av", "elul"};
static const char *const ISLAMIC_MONTHS[] = {"muharram", "safar", "rabi1", "rabi2", "jumada1", "jumada2",
                                             "rajab", "shaban", "ramadan", "shawwal", "dhulqada", "dhulhijja"};
static const char *const CHINESE_MONTHS[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};

/* A holiday spec of a lunar calendar, "H:nisan:15" (Hebrew), "I:shawwal:1" (Islamic, ICU's Umm
 * al-Qura calendar) or "C:1:1" (Chinese, the month's number; not a leap month): the first day of
 * Gregorian year y that is that day of that month, by ICU's calendars (a Jewish or Muslim holiday
 * begins the evening before; the value is the day itself). False if malformed or if ICU fails. */
static bool lunar_day(const char *spec, int y, int64_t *z) {
    const bool cn = spec[0] == 'C';
    const char *const *names = spec[0] == 'H' ? HEBREW_MONTHS : cn ? CHINESE_MONTHS : ISLAMIC_MONTHS;
    int n = spec[0] == 'H' ? 13 : 12;
    if (spec[1] != ':') return false;
    const char *p = spec + 2, *c = strchr(p, ':');
    if (!c) return false;
    int mon = -1, day;
    for (int i = 0; i < n; i++)
        if (strlen(names[i]) == (size_t)(c - p) && memcmp(names[i], p, (size_t)(c - p)) == 0) mon = i;
    if (mon < 0 || !parse_int(c + 1, &day) || day < 1 || day > 30) return false;
    static const UChar utc[] = {'U', 'T', 'C', 0};
    UErrorCode st = U_ZERO_ERROR;
    UCalendar *cal = ucal_open(utc, -1, spec[0] == 'H' ? "@calendar=hebrew" : cn ? "@calendar=chinese" : "@calendar=islamic-umalqura",
                               UCAL_DEFAULT, &st);
    if (U_FAILURE(st)) return false;
    int64_t first = days_from_civil(y, 1, 1), next = days_from_civil(y + 1, 1, 1);
    ucal_setMillis(cal, (UDate)first * 86400000.0, &st);
    /* (the Chinese calendar counts its years in cycles of 60: the extended year runs on) */
    int32_t cy = ucal_get(cal, cn ? UCAL_EXTENDED_YEAR : UCAL_YEAR, &st);
    bool ok = false;
    /* the calendar year in which 1 January falls, and the two after it: the first hit in y counts */
    for (int k = 0; k < 3 && U_SUCCESS(st) && !ok; k++) {
        ucal_clear(cal);
        if (cn) {
            ucal_set(cal, UCAL_EXTENDED_YEAR, cy + k);
            ucal_set(cal, UCAL_MONTH, mon);
            ucal_set(cal, UCAL_IS_LEAP_MONTH, 0);
            ucal_set(cal, UCAL_DATE, day);
            ucal_set(cal, UCAL_HOUR_OF_DAY, 12);
        } else {
            ucal_setDateTime(cal, cy + k, mon, day, 12, 0, 0, &st);
        }
        UDate ms = ucal_getMillis(cal, &st);
        if (U_FAILURE(st) || ucal_get(cal, UCAL_MONTH, &st) != mon) break;
        int64_t d = (int64_t)(ms / 86400000.0);
        if ((double)d * 86400000.0 > ms) d--;
        if (d >= first && d < next) {
            *z = d;
            ok = true;
        }
    }
    ucal_close(cal);
    return ok;
}

/* A holiday spec ("12-25", "E+1", "O+0", "05-08>7", "11-22<3", "H:tishri:10", "I:shawwal:1", "C:1:1") in year y;
 * false if malformed. */
static bool holiday_day(const char *spec, int y, int64_t *z) {
    if (spec[0] == 'H' || spec[0] == 'I' || spec[0] == 'C') return lunar_day(spec, y, z);
    if (spec[0] == 'E') {
        int off;
        if (!parse_int(spec + 1, &off)) return false;
        *z = easter(y) + off;
        return true;
    }
    if (spec[0] == 'O') { /* (Orthodox Easter) */
        int off;
        if (!parse_int(spec + 1, &off)) return false;
        const int64_t e = orthodox_easter(y);
        if (e < 0) return false;
        *z = e + off;
        return true;
    }
    int mm, dd, n = 0;
    if (sscanf(spec, "%2d-%2d%n", &mm, &dd, &n) != 2 || mm < 1 || mm > 12 || dd < 1 || dd > days_in_month(y, mm))
        return false;
    int64_t d = days_from_civil(y, mm, dd);
    if (spec[n] == '>' || spec[n] == '<') {
        int wd = spec[n + 1] - '0';
        if (wd < 1 || wd > 7 || spec[n + 2]) return false;
        while (iso_wd(d) != wd) d += spec[n] == '>' ? 1 : -1;
    } else if (spec[n]) return false;
    *z = d;
    return true;
}

/* First month of a season code (SP, SU, FA, WI), 0 if unknown. */
static int season_month(const char *s) {
    return strcmp(s, "SP") == 0 ? 3 : strcmp(s, "SU") == 0 ? 6 : strcmp(s, "FA") == 0 ? 9 : strcmp(s, "WI") == 0 ? 12 : 0;
}

/* The year of a month m (1..12) that has none, around the reference date r whose year is y: the
 * tense cue of its sentence decides (-1: the last such month on or before the reference month, +1:
 * the next on or after it); without one, the reference year, unless the month lies more than half a
 * year ahead: then the year before (news mostly reports the past), or more than eight months back:
 * then the year after ("am 6. Januar" in a late December article). pm: for a date of a pair, the
 * month of the first, whose year both take (the second over the year's end where m comes earlier);
 * pl: the month of the pair's second date, or 0. A pair is one period: in a past sentence it has
 * begun, in a future one it has not yet ended ("Von April bis Juni wird gebaut" in May: this year). */
static int year_around(int y, int m, const refdate *r, int tense, int pm, int pl) {
    int a = pm ? pm : m;
    int e = pm && pl >= pm ? pl : a;
    if (tense < 0) y -= a > r->m;
    else if (tense > 0) y += e < r->m;
    else y += (r->m - a > 8) - (a - r->m > 6);
    if (pm && m < pm) y++;
    return y;
}

/* Writes the value of f into out (and its mod into mod). tense: -1 past (-2: a past verb right after
 * a date that opens its sentence), +1 future, 0 unknown. pm,
 * pl: for a date of a pair, the months of the pair's first and second dates (see year_around), else 0. */
static void normalise(const dener_model *m, const fields *f, const refdate *r, int tense, int pm, int pl, char *out,
                      char *mod) {
    const size_t cap = DN_DATE_VALUE_MAX;
    const char *dp = f->daypart[0] ? f->daypart : NULL;
    copy_code(mod, 8, f->mod);
    out[0] = 0;
    if (f->nth != UNK && f->wd != UNK && f->m >= 1 && f->m <= 12 && f->d == UNK) {
        /* the nth (or last) weekday of a month: its year as a month's, then the day */
        int y = year_of(f, r);
        if (y == UNK && r->y != UNK) y = r->m != UNK ? year_around(r->y, f->m, r, tense, pm, pl) : r->y;
        if (y == UNK || y < 1) {
            put(out, cap, "XXXX-%02d", f->m);
            return;
        }
        int dim = days_in_month(y, f->m), d;
        if (f->nth > 0) {
            int w1 = iso_wd(days_from_civil(y, f->m, 1));
            d = 1 + (f->wd - w1 + 7) % 7 + 7 * (f->nth - 1);
        } else {
            int wl = iso_wd(days_from_civil(y, f->m, dim));
            d = dim - (wl - f->wd + 7) % 7;
        }
        if (d > dim) return; /* (no fifth such day) */
        fields g = *f;
        g.y = y, g.ylen = 4, g.d = d, g.wd = UNK, g.nth = UNK;
        normalise(m, &g, r, tense, pm, pl, out, mod);
        return;
    }
    if (f->fixed) {
        copy_code(out, cap, m->pool + f->fixed);
        return;
    }
    if (f->deictic) {
        const char *v = m->pool + f->deictic;
        char unit[4];
        size_t k = 0;
        while (v[k] >= 'A' && v[k] <= 'Z' && k < 3) k++;
        int off = 0;
        char *end = NULL;
        if (k && (v[k] == '+' || v[k] == '-')) off = (int)strtol(v + k, &end, 10);
        if (!end || end == v + k + 1) { /* a literal such as PRESENT_REF */
            copy_code(out, cap, v);
            return;
        }
        memcpy(unit, v, k);
        unit[k] = 0;
        /* "~": the nearest such period; for a year's end ("/END") in January or February, in a
         * sentence that does not point ahead, the one just past ("um den Jahreswechsel" on 6 January) */
        const bool nearest = *end == '~';
        if (nearest) end++;
        if (*end == '/' && !mod[0]) copy_code(mod, 8, end + 1);
        int y = year_of(f, r);
        /* "am Wochenende" in a past sentence written on a Monday to Friday is the weekend before */
        if (off == 0 && tense < 0 && strcmp(unit, "WE") == 0 && ref_full(r) && iso_wd(days_from_civil(r->y, r->m, r->d)) <= 5)
            off = -1;
        if (nearest && off == 0 && tense <= 0 && strcmp(unit, "Y") == 0 && r->m != UNK && r->m <= 2 && strcmp(end, "/END") == 0)
            off = -1;
        /* (... and for a year's start in December, in a sentence that does not point back, the one
         * ahead: "steigt zum Jahresbeginn" on 29 December) */
        if (nearest && off == 0 && tense >= 0 && strcmp(unit, "Y") == 0 && r->m == 12 && strcmp(end, "/START") == 0) off = 1;
        if (y != UNK && strcmp(unit, "Y") == 0) put_year(out, cap, y, f->bc); /* "Jahresende 2023" */
        else relative(out, cap, unit, off, r, dp);
        return;
    }
    int y = year_of(f, r);
    bool explicit_year = y != UNK;
    if (y == UNK && r->y != UNK) {
        y = r->y;
        /* "vergangenen Dezember", "nächsten Sommer": the nearest such month before or after */
        int tm = f->m != UNK ? f->m : f->season[0] ? season_month(f->season) : 0;
        if (f->dir != UNK && f->unit[0] == 'Y' && !f->unit[1] && (tm || f->q != UNK || f->half != UNK))
            y += f->dir; /* "Juni kommenden Jahres", "im vierten Quartal des vergangenen Jahres" */
        else if (f->dir != UNK && f->dir != 0 && tm && r->m != UNK) {
            /* (a season other than winter counts as past once it has ended: "vergangenen
             * Herbst" in November is the autumn of the year before) */
            int tl = f->season[0] && f->m == UNK && strcmp(f->season, "WI") != 0 ? tm + 2 : tm;
            if (f->dir < 0) y += (tl < r->m ? 0 : -1) + (f->dir + 1);
            else y += (tm > r->m ? 0 : 1) + (f->dir - 1);
        } else if (f->dir != UNK && f->dir != 0 && tm) y += f->dir;
        else if ((f->dir == UNK || f->dir == 0) && f->m != UNK && !f->season[0] && r->m != UNK) {
            y = year_around(y, f->m, r, tense, pm, pl);
            /* (a day of the reference month more than a day after the reference day, in a clause
             * that it opens before a past verb (tense -2), is last year's: "Am 27. Oktober begann
             * ..." written on 7 October) */
            if (tense < -1 && !pm && f->m == r->m && f->d != UNK && r->d != UNK && f->d > r->d + 1 && y == r->y) y--;
        }
        else if ((f->dir == UNK || f->dir == 0) && f->season[0] && f->m == UNK && r->m != UNK &&
                 strcmp(f->season, "WI") != 0 && season_month(f->season)) {
            /* a season but winter (which spans the year's end) follows the tense as a quarter does:
             * "ab dem Frühjahr" in November is next spring, "seit dem Sommer" this summer */
            int first = season_month(f->season), last = first + 2;
            if (tense < 0) y -= first > r->m;
            else if (tense > 0) y += last < r->m;
        } else if ((f->dir == UNK || f->dir == 0) && (f->q != UNK || f->half != UNK) && f->m == UNK && r->m != UNK) {
            /* a quarter or half-year: one that has not begun lies in the year before in a past
             * sentence ("im vierten Quartal steigerte" in February), or without a cue more than
             * half a year ahead; one that has ended, in the year after in a future sentence */
            int first = f->q != UNK ? f->q * 3 - 2 : f->half * 6 - 5, last = f->q != UNK ? f->q * 3 : f->half * 6;
            if (tense < 0) y -= first > r->m;
            else if (tense > 0) y += last < r->m;
            else y -= first - r->m > 6;
        }
        /* a weekday written with the day ("Mittwoch, 28. Oktober") picks the year, of the
         * reference year and the ones around it, in which that day is that weekday, if that puts
         * it within 300 days of the reference date */
        if (f->wd != UNK && f->wd >= 1 && f->wd <= 7 && f->d != UNK && f->m >= 1 && f->m <= 12 && f->d >= 1 &&
            ref_full(r) && f->d <= days_in_month(y, f->m) && iso_wd(days_from_civil(y, f->m, f->d)) != f->wd) {
            static const int tries[] = {0, 1, -1};
            const int64_t z0 = days_from_civil(r->y, r->m, r->d);
            for (int k = 0; k < 3; k++) {
                int yy = r->y + tries[k];
                int64_t z = f->d <= days_in_month(yy, f->m) ? days_from_civil(yy, f->m, f->d) : z0 + 1000;
                if (z - z0 <= 300 && z0 - z <= 300 && iso_wd(z) == f->wd) {
                    y = yy;
                    break;
                }
            }
        }
    }
    char ys[16];
    put_year(ys, sizeof ys, y, f->bc);
    if (f->cent != UNK) {
        if (f->bc) put(out, cap, "BC%02d", f->cent - 1);
        else put(out, cap, "%02d", f->cent - 1);
        return;
    }
    if (f->dec != UNK) {
        int start;
        if (f->declen == 4) start = f->dec;
        else {
            int ry = r->y != UNK ? r->y : r->pivot;
            if (ry == UNK) start = 1900 + f->dec;
            else {
                start = ry / 100 * 100 + f->dec;
                if (start + 10 > ry) start -= 100;
            }
        }
        put(out, cap, "%03d", start / 10);
        return;
    }
    if (f->hol) {
        const char *spec = m->pool + f->hol;
        int64_t z;
        if (y != UNK && !f->bc && y >= 1583 && holiday_day(spec, y, &z)) {
            if (!explicit_year && r->m != UNK) { /* "an Ostern" in a November article: the year around */
                int hy, hm, hd;
                civil_from_days(z, &hy, &hm, &hd);
                int y2 = year_around(y, hm, r, tense, 0, 0);
                if (y2 != y && y2 >= 1583) holiday_day(spec, y2, &z);
            }
            put_day(out, cap, z, dp);
        }
        else if (spec[0] >= '0' && spec[0] <= '9' && strlen(spec) >= 5) put(out, cap, "XXXX-%.5s", spec);
        else put(out, cap, "XXXX-XX-XX");
        return;
    }
    if (f->d != UNK && f->m != UNK) {
        /* put(out, cap, "%s-%02d-%02d", ys, f->m, f->d), then "T%02d:%02d" with the time, else
         * "T%s" with the daypart */
        obuf b = {out, cap, 0};
        ob_str(&b, ys);
        ob_ch(&b, '-');
        ob_num(&b, f->m, 2);
        ob_ch(&b, '-');
        ob_num(&b, f->d, 2);
        if (f->hh != UNK && f->mi != UNK) {
            ob_ch(&b, 'T');
            ob_num(&b, f->hh, 2);
            ob_ch(&b, ':');
            ob_num(&b, f->mi, 2);
        } else if (dp) {
            ob_ch(&b, 'T');
            ob_str(&b, dp);
        }
        ob_end(&b);
        return;
    }
    if (f->m != UNK) { /* put(out, cap, "%s-%02d", ys, f->m) */
        obuf b = {out, cap, 0};
        ob_str(&b, ys);
        ob_ch(&b, '-');
        ob_num(&b, f->m, 2);
        ob_end(&b);
        return;
    }
    if (f->season[0]) {
        put(out, cap, "%s-%s", ys, f->season);
        return;
    }
    if (f->q != UNK) {
        put(out, cap, "%s-Q%d", ys, f->q);
        return;
    }
    if (f->half != UNK) {
        put(out, cap, "%s-H%d", ys, f->half);
        return;
    }
    if (f->wk != UNK) { /* "KW 47", "in der 47. Kalenderwoche" (an ISO week of the year) */
        put(out, cap, "%s-W%02d", ys, f->wk);
        return;
    }
    if (f->wd != UNK) {
        if (f->wdset || !ref_full(r)) {
            if (!f->wdset && r->y != UNK) put(out, cap, "%04d-WXX-%d", r->y, f->wd);
            else put(out, cap, "XXXX-WXX-%d", f->wd);
            return;
        }
        int64_t z = days_from_civil(r->y, r->m, r->d), d;
        int rw = iso_wd(z);
        if (f->dir != UNK && f->unit[0] == 'W' && !f->unit[1]) /* "Montag vergangener Woche" */
            d = z - (rw - 1) + 7 * (int64_t)f->dir + (f->wd - 1);
        else if (f->dir != UNK) {
            int k = f->dir * (f->n != UNK ? f->n : 1);
            if (k > 0) {
                int ahead = (f->wd - rw + 7) % 7;
                if (!ahead) ahead = 7;
                d = z + ahead + 7 * (int64_t)(k - 1);
            } else if (k < 0) {
                int back = (rw - f->wd + 7) % 7;
                if (!back) back = 7;
                d = z - back - 7 * (int64_t)(-k - 1);
            } else d = z - rw + f->wd;
        } else if (tense > 0) d = z + (f->wd - rw + 7) % 7;
        else d = z - (rw - f->wd + 7) % 7;
        put_day(out, cap, d, dp);
        return;
    }
    if (explicit_year) { /* also "Anfang des Jahres 2016": an explicit year wins over a unit */
        obuf b = {out, cap, 0}; /* put(out, cap, "%s", ys) */
        ob_str(&b, ys);
        ob_end(&b);
        return;
    }
    if (f->unit[0]) {
        int off = f->dir != UNK ? f->dir * (f->n != UNK ? f->n : 1) : 0;
        relative(out, cap, f->unit, off, r, dp);
        return;
    }
    put(out, cap, "PRESENT_REF");
}

/* Does the clause (between commas) around the date [b0, b1) have a past cue of its own: a simple
 * past ("stieg", "galten", "war") or "haben"/"sein" with a participle ("hat angezogen")? "ab
 * März" points ahead unless it does: "Ab März stieg die Nachfrage" (the last March), "Ab März
 * gilt die Regel", "kündigte an, ab März die Preise zu erhöhen" (the next). */
static bool clause_past(const dener_model *m, const dn_tokens *tk, int cls, uint32_t b0, uint32_t b1, bool simple);

/* Does the text between two dates join them as the ends of one period or a pair ("1. Juni bis zum
 * 30. November", "Mai - Juli", "Dezember und Januar")? Then the second date's year is chosen by the
 * first's month, and its tense is the first's. */
static bool pair_gap(const char *s, size_t n) {
    while (n && (*s == ' ' || *s == ',')) s++, n--;
    /* a time after the first date: "von Mittwoch, 18 Uhr, bis Donnerstag", "18.30 Uhr" */
    size_t k = 0;
    while (k < n && k < 2 && s[k] >= '0' && s[k] <= '9') k++;
    if (k && k + 3 < n && (s[k] == '.' || s[k] == ':') && s[k + 1] >= '0' && s[k + 1] <= '9' && s[k + 2] >= '0' &&
        s[k + 2] <= '9')
        k += 3;
    if (k && k + 4 <= n && memcmp(s + k, " Uhr", 4) == 0) {
        s += k + 4, n -= k + 4;
        while (n && (*s == ' ' || *s == ',')) s++, n--;
    }
    while (n && s[n - 1] == ' ') n--;
    if (n == 1) return *s == '-' || *s == '/';
    if (n == 3 && memcmp(s, "und", 3) == 0) return true;
    if (n == 3 && memcmp(s, "\xe2\x80\x93", 3) == 0) return true; /* en dash */
    if (n < 3 || memcmp(s, "bis", 3) != 0) return false;
    s += 3, n -= 3;
    return n == 0 || (n == 4 && (memcmp(s, " zum", 4) == 0 || memcmp(s, " zur", 4) == 0));
}

/* Does text[..e) end with the word w (its first letter in either case) after a non-letter? Then
 * the start of the word, else UINT32_MAX. */
static uint32_t word_before(const char *text, uint32_t e, const char *w) {
    while (e && text[e - 1] == ' ') e--;
    uint32_t n = (uint32_t)strlen(w);
    if (e < n || memcmp(text + e - n + 1, w + 1, n - 1) != 0 || (text[e - n] | 0x20) != w[0]) return UINT32_MAX;
    uint32_t s = e - n;
    if (s && (((text[s - 1] | 0x20) >= 'a' && (text[s - 1] | 0x20) <= 'z') || (unsigned char)text[s - 1] >= 0x80))
        return UINT32_MAX;
    return s;
}

/* Is the word before byte z a capitalised word inside a sentence (a noun)? */
static bool noun_before_at(const char *text, uint32_t z) {
    while (z && text[z - 1] == ' ') z--;
    uint32_t w = z;
    while (w && (((text[w - 1] | 0x20) >= 'a' && (text[w - 1] | 0x20) <= 'z') || (unsigned char)text[w - 1] >= 0x80 || text[w - 1] == '-'))
        w--;
    if (w == z) return false;
    const unsigned char c0 = (unsigned char)text[w], c1 = (unsigned char)text[w + 1];
    const bool cap = (c0 >= 'A' && c0 <= 'Z') || (c0 == 0xc3 && (c1 == 0x84 || c1 == 0x96 || c1 == 0x9c));
    if (!cap) return false;
    while (w && (text[w - 1] == ' ' || text[w - 1] == '"' || text[w - 1] == '(')) w--;
    return w && text[w - 1] != '.' && text[w - 1] != '!' && text[w - 1] != '?' && text[w - 1] != ':' && text[w - 1] != '\n';
}

/* The tense a preposition right before a date (at text[b0]) gives it: "zum 1. Januar" after a noun,
 * "ab (dem) Mai", "für Montag" (weekdays) ahead; "zum 1. Januar" elsewhere 5 (see below); "bis März" ahead too, but 2 (the caller asks the
 * sentence: a past state ends at it in "war bis März gesperrt", also a perfect in "hat bis März
 * 200 Stellen abgebaut"); "für den 3. Dezember", "für das Wochenende", "für die Nacht zu Montag"
 * ahead, but 3 (a past state holds it in "war für den 3. Mai angesetzt"; a perfect announces it:
 * "hat für den 3. April einen Ersatzverkehr eingerichtet"); "auf den 3. April" ahead also after a
 * perfect ("hat den Termin auf den 3. April angesetzt"), but 5 (a simple past of its clause turns it
 * back: "Der Feiertag fiel auf den 3. Oktober"); "seit (dem) März" back; else 0
 * ("vom 3. Mai" is both "das Urteil vom 3. Mai" and "vom 3. bis 5. Mai"; "vom 3. Mai an" is "ab"). */
static int prep_cue(const char *text, size_t len, uint32_t b0, uint32_t b1, bool weekday) {
    /* "von Montag an", "vom 1. Juni an" as "ab" */
    if (b1 + 3 <= len && text[b1] == ' ' && text[b1 + 1] == 'a' && text[b1 + 2] == 'n' &&
        (b1 + 3 == len || (!((text[b1 + 3] | 0x20) >= 'a' && (text[b1 + 3] | 0x20) <= 'z') && (unsigned char)text[b1 + 3] < 0x80)) &&
        (word_before(text, b0, "von") != UINT32_MAX || word_before(text, b0, "vom") != UINT32_MAX))
        return 4;
    uint32_t d = word_before(text, b0, "dem");
    uint32_t e = d != UINT32_MAX ? d : b0;
    /* "ab" ahead, but "rückwirkend zum 1. Oktober", "rückwirkend ab Juli": back */
    const uint32_t ab = word_before(text, e, "ab");
    const uint32_t rz = ab != UINT32_MAX ? ab : word_before(text, b0, "zum");
    if (rz != UINT32_MAX && word_before(text, rz, "r\xc3\xbc" "ckwirkend") != UINT32_MAX) return -1;
    if (ab != UINT32_MAX) return 4;
    if (word_before(text, e, "seit") != UINT32_MAX) return -1;
    if (d != UINT32_MAX) return 0;
    /* "nicht vor Dezember", "frühestens im April", "spätestens im Mai": ahead */
    {
        const uint32_t v = word_before(text, b0, "vor");
        if (v != UINT32_MAX && word_before(text, v, "nicht") != UINT32_MAX) return 1;
        const uint32_t im = word_before(text, b0, "im");
        const uint32_t f = im != UINT32_MAX ? im : b0;
        if (word_before(text, f, "fr\xc3\xbchestens") != UINT32_MAX ||
            (im != UINT32_MAX && word_before(text, im, "sp\xc3\xa4testens") != UINT32_MAX))
            return 1;
    }
    if (weekday) { /* "der Brand vom (frühen) Montag", "die Schäden vom Wochenende" */
        uint32_t a = word_before(text, b0, "fr\xc3\xbchen");
        if (a == UINT32_MAX) a = word_before(text, b0, "sp\xc3\xa4ten");
        if (word_before(text, a != UINT32_MAX ? a : b0, "vom") != UINT32_MAX) return -1;
    }
    uint32_t z = word_before(text, b0, "zum");
    {
        /* "für die Nacht zu Dienstag" plans ahead as "für Dienstag" does (3); "in der Nacht zum
         * Sonntag" says nothing */
        uint32_t nz = z != UINT32_MAX ? z : word_before(text, b0, "zu");
        if (nz == UINT32_MAX) nz = word_before(text, b0, "auf");
        const uint32_t na = nz != UINT32_MAX ? word_before(text, nz, "nacht") : UINT32_MAX;
        if (na != UINT32_MAX) {
            const uint32_t nd = word_before(text, na, "die");
            return nd != UINT32_MAX && word_before(text, nd, "f\xc3\xbcr") != UINT32_MAX ? 3 : 0;
        }
    }
    /* ("bis einschließlich Mittwoch", "bis spätestens Freitag") */
    uint32_t x = word_before(text, b0, "einschlie\xc3\x9flich");
    if (x == UINT32_MAX) x = word_before(text, b0, "sp\xc3\xa4testens");
    if (x == UINT32_MAX) x = word_before(text, b0, "inklusive");
    if (word_before(text, z != UINT32_MAX ? z : x != UINT32_MAX ? x : b0, "bis") != UINT32_MAX) return 2;
    /* "zum 1. Januar" ahead, but 5 where it does not follow a noun (a simple past of its clause
     * turns it back: "Zum 1. Mai demonstrierten Tausende", "trat zum 1. Januar in Kraft"; not "kündigte
     * eine Erhöhung zum 1. Januar an") */
    if (z != UINT32_MAX && !weekday && !noun_before_at(text, z)) return 5;
    if (z != UINT32_MAX || (weekday && word_before(text, b0, "f\xc3\xbcr") != UINT32_MAX)) return 1;
    /* "für den 3. Dezember", "für das Wochenende" plan ahead also after a past verb ("lud für den
     * 3. Dezember ein", "hat für das Wochenende Kontrollen angekündigt"), unless a past state
     * holds it ("war für den 3. Mai angesetzt"): 3 */
    /* (only with "den" or "das", before a day or a weekend: "die Zahlen für Oktober" name a period
     * that may be past) */
    uint32_t fd = word_before(text, b0, "den");
    if (fd == UINT32_MAX) fd = word_before(text, b0, "das");
    if (fd != UINT32_MAX && word_before(text, fd, "f\xc3\xbcr") != UINT32_MAX) return 3;
    /* ... and "auf den 3. April" after a verb of setting a date ("hat den Prozess auf den 3. April
     * angesetzt", "auf den 5. Mai verschoben"), but not the second day of a pair ("in der Nacht
     * vom 2. auf den 3. April") */
    if (fd != UINT32_MAX && text[fd] == 'd') {
        const uint32_t au = word_before(text, fd, "auf");
        uint32_t q = au;
        while (q != UINT32_MAX && q > 0 && text[q - 1] == ' ') q--;
        if (au != UINT32_MAX && !(q > 0 && (text[q - 1] == '.' || (text[q - 1] >= '0' && text[q - 1] <= '9')))) return 5;
    }
    return 0;
}

/* separable verb prefixes: before "ge" of a participle ("umgekippt"), before "zu" of an infinitive
 * ("vorzustellen") */
static const char *const sep_prefix[] = {"zusammen", "zurück", "entgegen", "heraus", "herein", "hinaus", "davon",
                                         "fest", "fort", "heim", "nach", "weg", "los", "mit", "vor", "auf", "aus",
                                         "ein", "ab", "an", "bei", "zu", "um", "durch", "über", "unter", "her",
                                         "hin", "nieder", "wieder", "weiter", "statt", "teil",
                                         /* (adjectives as prefixes: "lahmgelegt", "stillgelegt") */
                                         "lahm", "still", "kaputt", "kalt", "tot", "offen", "frei", "hoch",
                                         "krank", "fern", "schwarz"};

/* Is the folded lower-case word k[0..n-1] an infinitive with "zu" inside: "vorzustellen",
 * "niederzulegen", "fortzusetzen"? */
static bool zu_infinitive(const char *k, size_t n) {
    if (n < 8 || k[n - 1] != 'n') return false;
    for (size_t q = 0; q < sizeof sep_prefix / sizeof sep_prefix[0]; q++) {
        size_t l = strlen(sep_prefix[q]);
        if (n > l + 5 && memcmp(k, sep_prefix[q], l) == 0 && k[l] == 'z' && k[l + 1] == 'u') return true;
    }
    return false;
}

/* Does the folded lower-case word k[0..n-1] look like a past participle: "ge...t"/"ge...en",
 * a separable prefix before "ge" ("umgekippt", "ausgebrannt", "zusammengestoßen"), "-iert"
 * ("kollidiert"), or an inseparable prefix with "-t"/"-en" ("verschwunden", "entgleist"; loose: also
 * "er-", "be-": "erzielt", "beschädigt", whose forms are as often a present or an infinitive)? */
static bool participle_like(const char *k, size_t n, bool loose) {
    if (n < 6 || n > 40) return false;
    const bool end_t = k[n - 1] == 't', end_en = k[n - 2] == 'e' && k[n - 1] == 'n';
    if (!end_t && !end_en) return false;
    if (end_t && n >= 6 && memcmp(k + n - 4, "iert", 4) == 0) return true;
    static const char *const not_pp[] = {"gegen", "genug", "gestern", "gerade", "gesamt", "gemeinsam", "genau",
                                         "gerne", "gelten", "gewinnen", "geben", "gehen", "gehört", "getan"};
    for (size_t q = 0; q < sizeof not_pp / sizeof not_pp[0]; q++)
        if (strlen(not_pp[q]) == n && memcmp(k, not_pp[q], n) == 0) return false;
    if (k[0] == 'g' && k[1] == 'e') return true;
    for (size_t q = 0; q < sizeof sep_prefix / sizeof sep_prefix[0]; q++) {
        size_t l = strlen(sep_prefix[q]);
        if (n > l + 4 && memcmp(k, sep_prefix[q], l) == 0 && k[l] == 'g' && k[l + 1] == 'e') return true;
    }
    static const char *const insep[] = {"ver", "ent", "zer", "emp", "miss", /* (loose:) */ "er", "be"};
    const size_t ninsep = sizeof insep / sizeof insep[0] - (loose ? 0 : 2);
    for (size_t q = 0; q < ninsep; q++) {
        size_t l = strlen(insep[q]);
        if (n > l + 3 && memcmp(k, insep[q], l) == 0) return true;
    }
    return false;
}

/* The value of token t in word class cls (a tense cue: "past", "future", ...), or NULL. */
static const char *tense_value(const dener_model *m, const dn_token *t, int cls) {
    if (!((t->classes >> cls) & 1u) || !t->node) return NULL;
    for (uint32_t en = m->nodes[t->node].first; en != UINT32_MAX; en = m->entries[en].next)
        if (m->entries[en].kind == DN_KIND_CLASS0 + cls) return dn_pool_str(m, m->entries[en].value);
    return NULL;
}

/* The value in word class cls of the key k[0..n-1], or NULL. */
static const char *key_class_value(const dener_model *m, int cls, const char *k, size_t n) {
    uint32_t nd = dn_trie_lookup(m, NULL, 0, k, n);
    if (!nd || !((m->nodes[nd].class_mask >> cls) & 1u)) return NULL;
    for (uint32_t en = m->nodes[nd].first; en != UINT32_MAX; en = m->entries[en].next)
        if (m->entries[en].kind == DN_KIND_CLASS0 + cls) return dn_pool_str(m, m->entries[en].value);
    return NULL;
}

/* Is cue value v a simple past ("past"; "report": a verb of saying, "sagte", "teilte", which
 * decides only in the date's own clause, see tense_at)? */
static bool past_cue(const char *v) { return strcmp(v, "past") == 0 || strcmp(v, "report") == 0; }

/* Is key k[0..n-1] a past plural: its form without "n" or "en" a simple past of the lists
 * ("versammelten", "kamen")? */
static bool past_plural(const dener_model *m, int cls, const char *k, size_t n) {
    for (size_t cut = 1; cut <= 2 && cut < n; cut++) {
        uint32_t nd = dn_trie_lookup(m, NULL, 0, k, n - cut);
        if (!nd || !((m->nodes[nd].class_mask >> cls) & 1u)) continue;
        for (uint32_t en = m->nodes[nd].first; en != UINT32_MAX; en = m->entries[en].next)
            if (m->entries[en].kind == DN_KIND_CLASS0 + cls) {
                const char *v = dn_pool_str(m, m->entries[en].value);
                if (past_cue(v) || strcmp(v, "paststate") == 0) return true;
            }
    }
    /* (a weak verb's: a finite present in "-t" and "en": "versammelt" + "en") */
    const int fv = dn_class_id(m, "finiteverb");
    if (fv >= 0 && n > 5 && k[n - 3] == 't') {
        uint32_t nd = dn_trie_lookup(m, NULL, 0, k, n - 2);
        if (nd && ((m->nodes[nd].class_mask >> fv) & 1u)) return true;
    }
    return false;
}

/* Is cue value v a past participle of the lists ("pastpart": "beschlossen"; "announce": "eingeladen",
 * which also sets ahead a date of the noun before it, see tense_at)? */
static bool pastpart(const char *v) {
    return strcmp(v, "pastpart") == 0 || strcmp(v, "announce") == 0;
}

/* Is cue value v a participle of a state ("stative": "gesperrt"; "hours": "geöffnet")? */
static bool stative(const char *v) {
    return strcmp(v, "stative") == 0 || strcmp(v, "hours") == 0;
}

/* Is token t a lower-case past participle: a cue "pastpart" or of its shape (participle_like, loose or
 * not)? */
static bool participle_tok(const dener_model *m, const dn_tokens *tk, const dn_token *t, int cls, bool loose) {
    if (!(t->flags & DN_T_LOWER)) return false;
    const char *v = tense_value(m, t, cls);
    if (v && (stative(v) || strcmp(v, "term") == 0)) return false;
    return (v && pastpart(v)) || participle_like(tk->keys.p + t->key, t->keylen, loose);
}

/* Does token t open a subordinate clause: a relative pronoun or a conjunction ("der", "die",
 * "nachdem", "weil", "seit")? */
static bool sub_clause_word(const dn_tokens *tk, const dn_token *t) {
    static const char *const W[] = {"der", "die", "das", "dem", "den", "deren", "dessen", "welcher", "welche",
                                    "welches", "nachdem", "weil", "da", "dass", "als", "wo", "seit", "seitdem", "wie", "ob"};
    for (size_t k = 0; k < sizeof W / sizeof W[0]; k++)
        if (strlen(W[k]) == t->keylen && memcmp(W[k], tk->keys.p + t->key, t->keylen) == 0) return true;
    return false;
}

/* The clause [*cs, *ce) of token i within the sentence [s, e): between commas or semicolons. */
static void clause_of(const dn_tokens *tk, size_t s, size_t e, size_t i, size_t *cs, size_t *ce) {
#define CLAUSE_END(t) (((t).flags & DN_T_PUNCT) && (t).keylen == 1 && (tk->keys.p[(t).key] == ',' || tk->keys.p[(t).key] == ';'))
    size_t a = i, b = i + 1;
    while (a > s && !CLAUSE_END(tk->t[a - 1])) a--;
    while (b < e && !CLAUSE_END(tk->t[b])) b++;
#undef CLAUSE_END
    *cs = a, *ce = b;
}

/* The index of the last token that starts at or before byte b0 (0 if none). tk has tokens. */
static size_t tok_at(const dn_tokens *tk, uint32_t b0) {
    size_t lo = 0, hi = tk->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (tk->t[mid].b0 <= b0) lo = mid + 1;
        else hi = mid;
    }
    return lo ? lo - 1 : 0;
}

/* Is the token before the one at byte b0 a capitalised word, one space before it, that does not
 * open its sentence ("die WM 2014", "Spiele 2028": a year that names an event or period; not "Der
 * 2010 gegründete", "Seit 2010")? */
static bool noun_before(const dn_tokens *tk, uint32_t b0) {
    if (!tk->n) return false;
    const size_t i = tok_at(tk, b0);
    if (!i || tk->t[i].b0 != b0) return false;
    const dn_token *w = &tk->t[i - 1];
    return (w->flags & (DN_T_WORD | DN_T_CAP | DN_T_SENT)) == (DN_T_WORD | DN_T_CAP) && w->b1 + 1 == b0;
}

/* The token at byte b0 (*i) and its sentence [*s, *e) (at most SENT_WINDOW tokens either way; a
 * lower-case word after a full stop goes on the sentence: "am 15.2. fiel ..."). tk has tokens. */
static void sentence_at(const dn_tokens *tk, uint32_t b0, size_t *ip, size_t *sp, size_t *ep) {
    size_t i = tok_at(tk, b0), s = i, e = i + 1;
#define SENT_START(t) (((t).flags & (DN_T_SENT | DN_T_LOWER)) == DN_T_SENT)
    while (s > 0 && !SENT_START(tk->t[s]) && i - s < SENT_WINDOW) s--;
    while (e < tk->n && !SENT_START(tk->t[e]) && e - i < SENT_WINDOW) e++;
#undef SENT_START
    *ip = i, *sp = s, *ep = e;
}

/* Does the clause of the date at b0..b1 report a past: a simple past, or an auxiliary and a
 * participle ("ab Montag galt", "hat ab Juli gezahlt")? simple: only a simple past other than that
 * of the passive ("fiel auf den 3. Oktober", not "wurde auf den 3. April verlegt"). */
static bool clause_past(const dener_model *m, const dn_tokens *tk, int cls, uint32_t b0, uint32_t b1, bool simple) {
    if (!tk || !tk->n || cls < 0) return false;
    size_t i, s, e, cs, ce;
    sentence_at(tk, b0, &i, &s, &e);
    clause_of(tk, s, e, i, &cs, &ce);
    bool aux = false, part = false;
    for (size_t j = cs; j < ce; j++) {
        const dn_token *t = &tk->t[j];
        if ((t->b0 >= b0 && t->b1 <= b1) || !(t->flags & DN_T_LOWER)) continue;
        const char *v = tense_value(m, t, cls);
        if (v && (strcmp(v, "future") == 0 || strcmp(v, "modal") == 0)) return false;
        if (v && simple && t->keylen >= 5 && memcmp(tk->keys.p + t->key, "wurde", 5) == 0) continue;
        if (v && (past_cue(v) || strcmp(v, "paststate") == 0)) return true;
        if (v && (strcmp(v, "perfhaben") == 0 || strcmp(v, "perfaux") == 0 || strcmp(v, "perfsein") == 0 ||
                  strcmp(v, "auxpresent") == 0))
            aux = true;
        else if (participle_tok(m, tk, t, cls, false)) part = true;
    }
    return aux && part && !simple;
}

/* Is the last word of tokens (j, end) after the date (b1) a noun (capitalised, not opening the
 * sentence) or a participle of opening hours ("hours": "geöffnet"; not any state: "hat die Strecke
 * gesperrt" is a perfect)? */
static bool noun_end(const dener_model *m, const dn_tokens *tk, int cls, size_t j, size_t end, uint32_t b1) {
    size_t q = end;
    while (q > j + 1 && !(tk->t[q - 1].flags & (DN_T_WORD | DN_T_NUM))) q--;
    if (q <= j + 1) return false;
    const dn_token *w = &tk->t[q - 1];
    if (w->b0 < b1 || !(w->flags & DN_T_WORD)) return false;
    if ((w->flags & (DN_T_CAP | DN_T_SENT)) == DN_T_CAP) return true;
    const char *v = (w->flags & DN_T_LOWER) ? tense_value(m, w, cls) : NULL;
    return v && strcmp(v, "hours") == 0;
}

/* Is the folded word k[0..n-1] an inflected adjective of the future ("künftigen", "kommende",
 * "bevorstehenden")? */
static bool future_adjective(const char *k, size_t n) {
    static const char *const stem[] = {"k\xc3\xbcnftig", "kommend", "bevorstehend", "anstehend"};
    if (n < 2 || !strchr("enrsm", k[n - 1])) return false;
    for (size_t q = 0; q < sizeof stem / sizeof stem[0]; q++) {
        size_t l = strlen(stem[q]);
        if (n > l && n <= l + 2 && memcmp(k, stem[q], l) == 0) return true;
    }
    return false;
}

/* Does the word t end in a word of class name, whose entries are word endings (incident:
 * "Großbrand", "Verkehrsunfalls"; figures: "Inflationsrate", "Arbeitsmarktzahlen")? */
static bool ending_noun(const dener_model *m, const dn_tokens *tk, const dn_token *t, const char *name) {
    const int cls = dn_class_id(m, name);
    if (cls < 0 || t->keylen < 3) return false;
    const char *k = tk->keys.p + t->key;
    for (size_t cut = 0; cut <= 2; cut++) { /* (the word, then without a genitive "-s", "-es") */
        const size_t n = t->keylen - cut;
        if (cut && (k[n] != (cut == 1 ? 's' : 'e') || k[t->keylen - 1] != 's')) continue;
        for (size_t off = 0; off + 3 <= n; off++) {
            if ((k[off] & 0xC0) == 0x80) continue;
            uint32_t nd = dn_trie_lookup(m, NULL, 0, k + off, n - off);
            if (nd && ((m->nodes[nd].class_mask >> cls) & 1u)) return true;
        }
    }
    return false;
}

/* Is the date at byte b0 a month or quarter of reported figures: after "für" (and an article), after
 * a noun of figures (class figures: "die Inflationsrate für August", "die Zahlen für das zweite
 * Quartal")? */
static bool figures_period(const dener_model *m, const dn_tokens *tk, uint32_t b0) {
    if (!tk || !tk->n) return false;
    size_t i = tok_at(tk, b0);
    if (i < 2) return false;
    size_t k = i - 1;
    const char *kk = tk->keys.p + tk->t[k].key;
    if ((tk->t[k].flags & DN_T_LOWER) && tk->t[k].keylen == 3 && (memcmp(kk, "das", 3) == 0 || memcmp(kk, "den", 3) == 0)) {
        if (k < 2) return false;
        k--;
        kk = tk->keys.p + tk->t[k].key;
    }
    if (!(tk->t[k].flags & DN_T_LOWER) || tk->t[k].keylen != 4 || memcmp(kk, "f\xc3\xbcr", 4) != 0) return false;
    const dn_token *n = &tk->t[k - 1];
    return (n->flags & (DN_T_CAP | DN_T_WORD)) == (DN_T_CAP | DN_T_WORD) && ending_noun(m, tk, n, "figures");
}

/* The token q, or, if q closes a short bracket after a word ("Uwe Melzer (CDU)", "die Firma (Jena)"),
 * the word before that bracket: the end of the subject before a verb at q + 1. */
static size_t subject_end(const dn_tokens *tk, size_t cs, size_t q) {
#define PUNCT_IS(t, ch) (((t).flags & DN_T_PUNCT) && (t).keylen == 1 && tk->keys.p[(t).key] == (ch))
    if (!PUNCT_IS(tk->t[q], ')')) return q;
    for (size_t p = q; p > cs + 1 && q - p <= 5; p--)
        if (PUNCT_IS(tk->t[p - 1], '(')) return p - 2;
    return q;
#undef PUNCT_IS
}

/* The tense value of the lower-case word right after a date that ends at b1, from its first token
 * i in a sentence ending at token e, or NULL. */
static const char *value_after(const dener_model *m, const dn_tokens *tk, int cls, size_t i, size_t e, uint32_t b1) {
    size_t k = i;
    while (k < e && tk->t[k].b0 < b1) k++;
    return k < e && (tk->t[k].flags & DN_T_LOWER) ? tense_value(m, &tk->t[k], cls) : NULL;
}

/* Does the date at text[b0..b1) open its sentence (alone or after one preposition) with a past
 * verb right after it: "Am 27. Oktober begann der Prozess"? */
__attribute__((noinline)) static bool opens_past(const dener_model *m, const dn_tokens *tk, int cls, uint32_t b0, uint32_t b1) {
    if (!tk || !tk->n || cls < 0) return false;
    size_t i, s, e;
    sentence_at(tk, b0, &i, &s, &e);
    const char *v = i <= s + 1 ? value_after(m, tk, cls, i, e, b1) : NULL;
    return v && strcmp(v, "past") == 0;
}

/* The year of a day of history (class event, date-words.lex) named by a word of the sentence
 * around byte b0 for the day d of month mo ("der Überfall der Hamas am 7. Oktober": 2023), or 0;
 * also 0 where a word of the sentence speaks of the day's return ("jährt sich", "Jahrestag"). A
 * word's value lists its days ("10-07=2023"); a token is looked up whole and by its hyphenated
 * parts ("Hamas-Überfall"). */
static int event_year(const dener_model *m, const dn_tokens *tk, int cls, uint32_t b0, int mo, int d) {
    if (!tk || !tk->n || cls < 0) return 0;
    size_t i, s, e;
    sentence_at(tk, b0, &i, &s, &e);
    int y = 0;
    for (size_t j = s; j < e; j++) {
        const dn_token *t = &tk->t[j];
        if (!(t->flags & DN_T_WORD)) continue;
        for (size_t q = 0; q <= t->nparts; q++) { /* (the token, then its hyphenated parts) */
            const char *v = q == 0 ? ((t->classes >> cls) & 1u ? key_class_value(m, cls, tk->keys.p + t->key, t->keylen) : NULL)
                                   : key_class_value(m, cls, tk->keys.p + tk->parts[t->part0 + q - 1].key,
                                                     tk->parts[t->part0 + q - 1].keylen);
            if (!v) continue;
            if (strcmp(v, "return") == 0) return 0;
            for (const char *c = v; c; c = strchr(c, ',') ? strchr(c, ',') + 1 : NULL) { /* "MM-DD=YYYY[,...]" */
                int vm, vd, vy;
                if (sscanf(c, "%d-%d=%d", &vm, &vd, &vy) == 3 && vm == mo && vd == d) y = vy;
            }
        }
    }
    return y;
}

/* Tense of the sentence around byte b0 from the nearest cue word: -1 past, +1 future, 0 none; -2
 * for a past of a state ("paststate": "war", "lief", "mussten"), which also turns "bis" back. det:
 * the word class "determiner" (-1 if none).
 * weekday: the date is a weekday alone, for which a present of "sein" ("present") points ahead
 * where nothing else decides (for a month it is mostly the auxiliary of a perfect: "ist im
 * Dezember gestiegen"). until: the date follows "bis"; then a perfect whose participle follows the
 * date ("hat bis Ende Oktober 200 Stellen abgebaut") is a past of a state too, unless the
 * participle or a noun of the sentence sets a term ("term": "hat die Frist bis Mai verlängert"). */
static int tense_at(const dener_model *m, const dn_tokens *tk, int cls, int det, uint32_t b0, uint32_t b1, bool weekday,
                    bool until) {
    if (!tk || !tk->n || cls < 0) return 0;
    size_t i, s, e;
    sentence_at(tk, b0, &i, &s, &e);
    /* an infinitive with "zu" after the date in its clause, whose clause has no cue of its own,
     * plans ahead also after a past verb ("kündigte an, die Forderung am 8. Dezember vorzustellen",
     * "drohte, im Dezember erneut zu streiken"); a perfect infinitive reports a past ("bestreitet,
     * am Montag dort gewesen zu sein") */
    size_t cs, ce; /* the date's clause */
    clause_of(tk, s, e, i, &cs, &ce);
    /* a participle with an adjective ending right after the date, whose preposition follows an
     * article, is attributive and decides: "aus dem am Montag publizierten Urteil" (back), "die am
     * Freitag geplante Sitzung" (ahead: a cue "future" or "stative") */
    if (!until && i >= 2) {
        size_t k = i;
        while (k < e && tk->t[k].b0 < b1) k++;
        const dn_token *a = k < e ? &tk->t[k] : NULL, *pr = &tk->t[i - 1], *ar = &tk->t[i - 2];
        /* (an adverb may stand between the article and the preposition: "die erst im Dezember
         * gegründete Partei") */
        if (i >= 3 && (ar->flags & DN_T_LOWER) && (ar->keylen == 4 || ar->keylen == 5 || ar->keylen == 7)) {
            const char *kx = tk->keys.p + ar->key;
            if ((ar->keylen == 4 && (memcmp(kx, "erst", 4) == 0 || memcmp(kx, "noch", 4) == 0)) ||
                (ar->keylen == 5 && memcmp(kx, "schon", 5) == 0) || (ar->keylen == 7 && memcmp(kx, "bereits", 7) == 0))
                ar = &tk->t[i - 3];
        }
        const char *ka = a ? tk->keys.p + a->key : NULL;
        size_t na = a ? a->keylen : 0, cut = 0;
        if (a && (a->flags & DN_T_LOWER) && na >= 7 && (pr->flags & DN_T_LOWER) && pr->keylen <= 4 && (ar->flags & DN_T_WORD)) {
            if (ka[na - 1] == 'e') cut = 1;
            else if (ka[na - 2] == 'e' && (ka[na - 1] == 'n' || ka[na - 1] == 'r' || ka[na - 1] == 's' || ka[na - 1] == 'm')) cut = 2;
        }
        if (cut && det >= 0 && ((ar->classes >> det) & 1u) && participle_like(ka, na - cut, false)) {
            const char *v = key_class_value(m, cls, ka, na - cut);
            return v && (strcmp(v, "future") == 0 || stative(v)) ? 1 : -1;
        }
    }
    /* a date after "am" or "im" and a noun with an adjective of the future is that noun's, which
     * lies ahead: "kritisierte die bevorstehende Wahl am Sonntag", "vor der anstehenden Wahl im
     * November" */
    if (!until && i >= 3 && i < e) {
        const dn_token *pr = &tk->t[i - 1], *nn = &tk->t[i - 2], *aj = &tk->t[i - 3];
        if ((pr->flags & DN_T_LOWER) && pr->keylen == 2 &&
            (memcmp(tk->keys.p + pr->key, "am", 2) == 0 || memcmp(tk->keys.p + pr->key, "im", 2) == 0) &&
            (nn->flags & (DN_T_CAP | DN_T_WORD | DN_T_SENT)) == (DN_T_CAP | DN_T_WORD) && (aj->flags & DN_T_LOWER) &&
            future_adjective(tk->keys.p + aj->key, aj->keylen))
            return 1;
    }
    /* a date after a noun of an incident and "am" or "vom" is the incident's, which has happened
     * (class incident: "Nach dem Großbrand am Sonntag ist die Ursache unklar") */
    if (!until && i >= 2 && i < e) {
        const dn_token *pr = &tk->t[i - 1], *nn = &tk->t[i - 2];
        if ((pr->flags & DN_T_LOWER) &&
            ((pr->keylen == 2 && memcmp(tk->keys.p + pr->key, "am", 2) == 0) ||
             (pr->keylen == 3 && memcmp(tk->keys.p + pr->key, "vom", 3) == 0)) &&
            (nn->flags & (DN_T_CAP | DN_T_WORD)) == (DN_T_CAP | DN_T_WORD) && ending_noun(m, tk, nn, "incident"))
            return -1;
    }
    /* a date after a noun and "am" is the noun's; a participle of calling or setting a meeting
     * ("announce": "eingeladen", "einberufen"; or of a state: "angesetzt") after it in its clause
     * sets it ahead also in the perfect: "hat zu einer Sondersitzung am 5. Juni eingeladen", "hat
     * eine Versammlung am Montag einberufen" (not "hat am Montag eingeladen": the inviting) */
    if (!until && i >= 2 && i < e) {
        const dn_token *pr = &tk->t[i - 1], *nn = &tk->t[i - 2];
        if ((pr->flags & DN_T_LOWER) && pr->keylen == 2 && memcmp(tk->keys.p + pr->key, "am", 2) == 0 &&
            (nn->flags & (DN_T_CAP | DN_T_SENT)) == DN_T_CAP && (nn->flags & DN_T_WORD)) {
            bool aux = false; /* (an auxiliary before: the date is in the middle field, not "Zum
                               * Beginn des Ramadan am Samstag hat die Moschee eingeladen") */
            for (size_t j = cs; j + 2 < i && !aux; j++) {
                const char *v = (tk->t[j].flags & DN_T_LOWER) ? tense_value(m, &tk->t[j], cls) : NULL;
                aux = v && (strcmp(v, "perfaux") == 0 || strcmp(v, "perfhaben") == 0 || strcmp(v, "paststate") == 0 ||
                            past_cue(v));
            }
            for (size_t j = i + 1; j < ce && aux; j++) {
                const dn_token *t = &tk->t[j];
                if (t->b0 < b1 || !(t->flags & DN_T_LOWER)) continue;
                const char *v = tense_value(m, t, cls);
                if (v && (strcmp(v, "announce") == 0 || strcmp(v, "stative") == 0)) return 1;
            }
        }
    }
    {
        int zu = 0;
        bool cue = false;
        for (size_t j = cs; j < ce && !cue; j++) {
            const dn_token *t = &tk->t[j];
            if (!(t->flags & DN_T_LOWER) || (t->b0 >= b0 && t->b1 <= b1)) continue;
            const char *v = tense_value(m, t, cls);
            const char *k = tk->keys.p + t->key;
            if (v && strcmp(v, "term") != 0 && !pastpart(v) && strcmp(v, "perfhaben") != 0 &&
                strcmp(v, "perfaux") != 0 && strcmp(v, "perfsein") != 0) {
                cue = true;
            } else if (t->b0 >= b1 && t->keylen == 2 && memcmp(k, "zu", 2) == 0 && j + 1 < ce) {
                const dn_token *t1 = &tk->t[j + 1];
                const char *v1 = tense_value(m, t1, cls);
                /* (not "zu" before an adjective and its noun: "zu mehrjährigen Haftstrafen verurteilt") */
                if (!(t1->flags & DN_T_LOWER) || t1->keylen < 4 || tk->keys.p[t1->key + t1->keylen - 1] != 'n' ||
                    (m->cls_stopword >= 0 && ((t1->classes >> m->cls_stopword) & 1u)) ||
                    (j + 2 < ce && (tk->t[j + 2].flags & (DN_T_CAP | DN_T_WORD)) == (DN_T_CAP | DN_T_WORD)))
                    continue;
                if (v1 && (strcmp(v1, "perfhaben") == 0 || strcmp(v1, "perfsein") == 0) && j > cs &&
                    participle_tok(m, tk, &tk->t[j - 1], cls, true))
                    zu = -1;
                else if (!zu)
                    zu = 1;
                j++;
            } else if (t->b0 >= b1 && zu_infinitive(k, t->keylen) && !zu) {
                zu = 1;
            }
        }
        if (zu && !cue) return zu;
    }
    /* "worden" or "gewesen" after the date in its clause is a perfect, whatever the auxiliary or
     * modal before it: "seien am Montagabend gezielt angegriffen worden", "sollen am Sonntag getötet
     * worden sein" (back) */
    if (!until)
        for (size_t j = cs; j < ce; j++) {
            const dn_token *t = &tk->t[j];
            if (t->b0 < b1 || !(t->flags & DN_T_LOWER) || (t->keylen != 6 && t->keylen != 7)) continue;
            const char *k = tk->keys.p + t->key;
            if ((t->keylen == 6 && memcmp(k, "worden", 6) == 0) || (t->keylen == 7 && memcmp(k, "gewesen", 7) == 0)) return -1;
        }
    /* a verb in the shape of a participle in "-t" right after a date in the first field of the
     * sentence (no verb and no comma before the date), before neither an auxiliary nor punctuation,
     * is the finite verb in the second place, a present: "Am 14. Dezember eröffnet die Bahn", "Mit
     * der Eröffnung am 14. Dezember verkürzt sich die Fahrzeit" (ahead; not "Am Montag verletzt
     * wurde ein Mann") */
    if (!until) {
        size_t k = i;
        while (k < e && tk->t[k].b0 < b1) k++;
        const dn_token *v = k < e ? &tk->t[k] : NULL, *v1 = k + 1 < e ? &tk->t[k + 1] : NULL;
        const char *xv = v ? tense_value(m, v, cls) : NULL; /* (no listed past: "erhielt") */
        if (v && v1 && (v->flags & DN_T_LOWER) && tk->keys.p[v->key + v->keylen - 1] == 't' && (!xv || pastpart(xv)) &&
            participle_tok(m, tk, v, cls, true) && (v1->flags & DN_T_WORD)) {
            const char *x1 = (v1->flags & DN_T_LOWER) ? tense_value(m, v1, cls) : NULL;
            bool first = !x1 || strcmp(x1, "term") == 0 || stative(x1);
            const int fv = first ? dn_class_id(m, "finiteverb") : -1;
            for (size_t j = s; j < i && first; j++) {
                const dn_token *t = &tk->t[j];
                if ((t->flags & DN_T_PUNCT) && t->keylen == 1 && tk->keys.p[t->key] == ',') first = false;
                else if (t->flags & DN_T_LOWER) {
                    const char *x = tense_value(m, t, cls);
                    first = (!x || strcmp(x, "term") == 0) && !(fv >= 0 && ((t->classes >> fv) & 1u)) &&
                            !participle_tok(m, tk, t, cls, false);
                }
            }
            if (first) return 1;
        }
    }
    /* a verb, "haben" and a modal in the date's clause are a perfect infinitive, whatever the
     * verb's shape: "..., der am Samstag einen Mann bedroht haben soll", "die eine Tankstelle
     * überfallen haben sollen" (back) */
    for (size_t j = cs; j + 2 < ce; j++) {
        const dn_token *t = &tk->t[j], *t1 = &tk->t[j + 1], *t2 = &tk->t[j + 2];
        if (!(t->flags & DN_T_LOWER) || !(t1->flags & DN_T_LOWER) || !(t2->flags & DN_T_LOWER) || t->b0 < b1) continue;
        const char *v1 = tense_value(m, t1, cls), *v2 = v1 ? tense_value(m, t2, cls) : NULL;
        if (v2 && strcmp(v1, "perfhaben") == 0 && strcmp(v2, "modal") == 0) return -1;
    }
    /* an auxiliary of the perfect or a past of a state before the date ("hat", "haben", "hatte":
     * as for the modal's perfect below) and an infinitive with a modal in "-en" or "lassen" at the
     * end of its clause are a perfect of the modal, whatever the infinitive's cue: "hatte am Montag
     * abstimmen müssen", "haben das Gesetz am Donnerstag passieren lassen" (back) */
    if (!until && i < ce) {
        size_t k = ce;
        while (k > i && !(tk->t[k - 1].flags & DN_T_WORD)) k--;
        const dn_token *x = k >= 2 ? &tk->t[k - 1] : NULL, *y = k >= 2 ? &tk->t[k - 2] : NULL;
        if (x && k - 2 > i && x->b0 >= b1 && (x->flags & DN_T_LOWER) && (y->flags & DN_T_LOWER) && y->keylen >= 4 &&
            tk->keys.p[y->key + y->keylen - 1] == 'n' && x->keylen >= 6 && tk->keys.p[x->key + x->keylen - 1] == 'n' &&
            tk->keys.p[x->key + x->keylen - 2] == 'e') {
            const char *kx = tk->keys.p + x->key, *vx = tense_value(m, x, cls);
            if ((x->keylen == 6 && memcmp(kx, "lassen", 6) == 0) || (vx && strcmp(vx, "modal") == 0))
                for (size_t q = cs; q < i; q++) {
                    const char *vq = (tk->t[q].flags & DN_T_LOWER) ? tense_value(m, &tk->t[q], cls) : NULL;
                    if (vq && (strcmp(vq, "perfaux") == 0 || strcmp(vq, "perfhaben") == 0 || strcmp(vq, "paststate") == 0))
                        return -1;
                }
        }
    }
    /* a subordinate clause that ends in a participle and "ist", "sind", "hat" or "haben" is a
     * perfect, whatever the main clause says: "trauert um Anna Brix, die am 3. Februar gestorben
     * ist" (back; not a participle of a state: "..., die bis Mai gesperrt ist") */
    if (!until && cs > s && ce - cs >= 4 && (tk->t[cs].flags & DN_T_LOWER) && sub_clause_word(tk, &tk->t[cs])) {
        size_t k = ce;
        while (k > cs && !(tk->t[k - 1].flags & DN_T_WORD)) k--;
        if (k >= cs + 3 && tk->t[k - 2].b0 >= b1 && participle_tok(m, tk, &tk->t[k - 2], cls, true)) {
            const dn_token *x = &tk->t[k - 1];
            const char *kx = tk->keys.p + x->key;
            if ((x->flags & DN_T_LOWER) &&
                ((x->keylen == 3 && (memcmp(kx, "ist", 3) == 0 || memcmp(kx, "hat", 3) == 0)) ||
                 (x->keylen == 4 && memcmp(kx, "sind", 4) == 0) || (x->keylen == 5 && memcmp(kx, "haben", 5) == 0)))
                return -1;
        }
    }
    /* the nearest cue; a past participle ("pastpart": "beschlossen", "vorgestellt") counts only
     * where no other cue is in the sentence, whose auxiliary decides ("wird am Freitag
     * beschlossen", "sollen am Dienstag vorgestellt werden"); a present of "sein", "gehen",
     * "stehen" ("present": "Am Sonntag ist die Wahl") only where neither is */
    /* ("sollte" with "ursprünglich", "eigentlich" or "zunächst" is a plan that changed, whose day
     * may lie either way: no cue, "Ursprünglich sollte am Donnerstag das Urteil fallen") */
    bool changed_plan = false, plan = false;
    for (size_t j = s; j < e && !changed_plan; j++) {
        const dn_token *t = &tk->t[j];
        const char *k = tk->keys.p + t->key;
        changed_plan = (t->keylen == 13 && memcmp(k, "urspr\xc3\xbcnglich", 13) == 0) ||
                       (t->keylen == 10 && memcmp(k, "eigentlich", 10) == 0) || (t->keylen == 8 && memcmp(k, "zun\xc3\xa4" "chst", 8) == 0);
    }
    int best = 0, part = 0, pres = 0, clause_pp = -1; /* (clause_pp: a participle in the clause; -1 not looked) */
    bool modal = false, term = false, future = false, report = false;
    size_t bestd = SIZE_MAX, bestj = 0;
    for (size_t j = s; j < e; j++) {
        const dn_token *t = &tk->t[j];
        if (t->b0 >= b0 && t->b1 <= b1) continue;
        const char *v = tense_value(m, t, cls);
        if (!v) continue;
        if (strcmp(v, "term") == 0) { /* (also capitalised: "Frist") */
            term = true;
            continue;
        }
        /* (a capitalised word inside a sentence is a noun, no cue: "das Treffen", "am Morgen") */
        if ((t->flags & (DN_T_CAP | DN_T_SENT)) == DN_T_CAP) continue;
        /* (nor is an adjective of the future before its noun: "ist am Montag ein Gebäude für die
         * künftigen Kampfjets eingeweiht worden", "für die kommende Saison") */
        if (strcmp(v, "future") == 0 && j + 1 < e && (tk->t[j + 1].flags & (DN_T_CAP | DN_T_SENT)) == DN_T_CAP &&
            future_adjective(tk->keys.p + t->key, t->keylen))
            continue;
        if (pastpart(v)) {
            part = -1;
            continue;
        }
        if (changed_plan && strcmp(v, "modal") == 0 && (t->keylen == 6 || t->keylen == 7) &&
            memcmp(tk->keys.p + t->key, "sollte", 6) == 0) {
            plan = true;
            continue;
        }
        if (strcmp(v, "present") == 0 || strcmp(v, "auxpresent") == 0) { /* (ahead where no other cue is: see date-words.lex) */
            pres = 1;
            continue;
        }
        /* (a verb of saying in a clause after the date's does not decide where that clause has a
         * present: "Am Samstag bleiben die Höfe geschlossen, teilte die Stadt mit" lies ahead; it
         * is a past only where nothing else is; before the date it counts: "sagte X, Chef der Y,
         * am Mittwoch") */
        if (strcmp(v, "report") == 0 && j >= ce) {
            report = true;
            continue;
        }
        int val = strcmp(v, "future") == 0 || strcmp(v, "modal") == 0 ? 1 : past_cue(v) ? -1
                  : strcmp(v, "paststate") == 0                          ? -2
                                                                         : 0;
        /* "hat", "habe" ("perfaux") are a perfect (back) unless the last word of their clause and
         * that of the sentence are each a noun or a participle of a state: then a present ("Am
         * Donnerstag hat Lanz den Minister zu Gast", "Am Sonntag hat das Museum geöffnet": ahead
         * where nothing else decides, as "ist"). A perfect ends a clause with the participle: its
         * own ("hat am Montag das Werk besucht, sagt ein Sprecher") or, after an apposition
         * between commas, the sentence ("hat X, den Chef der Y, empfangen") */
        if (strcmp(v, "perfaux") == 0) {
            size_t hs, he;
            clause_of(tk, s, e, j, &hs, &he);
            if (noun_end(m, tk, cls, j, he, b1) && (he == e || noun_end(m, tk, cls, j, e, b1))) {
                pres = 1;
                continue;
            }
            val = -1;
        }
        /* "haben" in the date's clause with a participle there is a perfect, as "hat" can be: "Unbekannte
         * haben am Wochenende einen Automaten gesprengt", "..., die am Freitag eine Tankstelle
         * überfallen haben" */
        if (!val && j >= cs && j < ce && strcmp(v, "perfhaben") == 0) {
            if (clause_pp < 0) {
                clause_pp = 0;
                for (size_t q = cs; q < ce && !clause_pp; q++) {
                    const char *vq = tense_value(m, &tk->t[q], cls); /* (not a cue of its own: "geplant") */
                    clause_pp = q != j && (tk->t[q].b1 <= b0 || tk->t[q].b0 >= b1) && (!vq || pastpart(vq)) &&
                                participle_tok(m, tk, &tk->t[q], cls, true);
                }
            }
            if (clause_pp) val = -1;
            else if (noun_end(m, tk, cls, j, ce, b1) && (ce == e || noun_end(m, tk, cls, j, e, b1))) {
                pres = 1; /* (a present, as "hat" above: "Am Sonntag haben die Geschäfte geöffnet") */
                continue;
            }
        }
        /* a present form that is also a participle, before an auxiliary, is the participle: "ist
         * am Mittwoch empfangen worden", "..., der am Montag beraten wurde" (that auxiliary decides);
         * not a possessive before its noun ("tritt sein Amt am 1. November an") */
        if (val == 1 && strcmp(v, "future") == 0 && j + 1 < e && (tk->t[j + 1].flags & DN_T_LOWER) &&
            !(det >= 0 && ((tk->t[j + 1].classes >> det) & 1u) && j + 2 < e && (tk->t[j + 2].flags & (DN_T_CAP | DN_T_SENT)) == DN_T_CAP)) {
            const char *v1 = tense_value(m, &tk->t[j + 1], cls);
            if (v1 && (past_cue(v1) || strcmp(v1, "paststate") == 0 || strcmp(v1, "perfhaben") == 0 ||
                       strcmp(v1, "perfaux") == 0 || strcmp(v1, "perfsein") == 0 || strcmp(v1, "auxpresent") == 0))
                continue;
        }
        future |= val == 1;
        /* (a cue of the date's own clause before any of another: "X werde im Dezember ...
         * aktualisieren, sagte Y am Mittwoch") */
        size_t d = (j > i ? j - i : i - j) + (j < cs || j >= ce ? SENT_WINDOW * 2 : 0);
        if (val && d < bestd) bestd = d, best = val, modal = strcmp(v, "modal") == 0, bestj = j;
    }
    /* a modal in "-en" after an infinitive, with "hat", "habe" or a past of a state ("hatte") before
     * them in the sentence, is the perfect of the modal: "hat das Konzert am Samstag unterbrechen
     * müssen" (back) */
    if (modal)
        for (size_t j = s + 1; j + 1 < e; j++) {
            const dn_token *t = &tk->t[j], *t1 = &tk->t[j + 1];
            const char *k = tk->keys.p + t->key, *k1 = tk->keys.p + t1->key;
            if (!(t->flags & DN_T_LOWER) || !(t1->flags & DN_T_LOWER) || t->keylen < 4 || t1->keylen < 5 ||
                k[t->keylen - 1] != 'n' || k1[t1->keylen - 1] != 'n' || k1[t1->keylen - 2] != 'e')
                continue;
            const char *v1 = tense_value(m, t1, cls);
            if (!v1 || strcmp(v1, "modal") != 0) continue;
            for (size_t q = s; q < j; q++) {
                const char *vq = (tk->t[q].flags & DN_T_LOWER) ? tense_value(m, &tk->t[q], cls) : NULL;
                if (vq && (strcmp(vq, "perfaux") == 0 || strcmp(vq, "paststate") == 0))
                    return -1;
            }
        }
    /* a modal with a perfect infinitive in its clause reports a past: "will ihn am Freitag gesehen
     * haben"; with "sein" only a listed participle of the perfect ("soll am Montag eingebrochen
     * sein"; not a state: "soll am 21. Juni beendet sein"); not one of another clause ("..., wenn
     * sich die Meere aufgeheizt haben, ... entfachen kann") */
    size_t ms = s, me = e;
    if (modal) clause_of(tk, s, e, bestj, &ms, &me);
    if (modal)
        for (size_t j = ms; j + 1 < me; j++) {
            const dn_token *t = &tk->t[j], *t1 = &tk->t[j + 1];

            if (!(t1->flags & DN_T_LOWER) || !participle_tok(m, tk, t, cls, false)) continue;
            const char *v1 = tense_value(m, t1, cls), *v = tense_value(m, t, cls);
            if (v1 && (strcmp(v1, "perfhaben") == 0 || (strcmp(v1, "perfsein") == 0 && v && pastpart(v))))
                return -1;
        }
    /* "bis" in a main clause of the perfect: its auxiliary before the date, its participle after
     * it, in the clause (between commas); no future cue or term in the sentence */
    if (until && !term && !future) {
        bool aux = false;
        for (size_t j = cs; j < i && !aux; j++) {
            const char *v = (tk->t[j].flags & DN_T_LOWER) ? tense_value(m, &tk->t[j], cls) : NULL;
            aux = v && (past_cue(v) || strcmp(v, "paststate") == 0 || strcmp(v, "perfhaben") == 0 ||
                        strcmp(v, "perfaux") == 0 ||
                        strcmp(v, "auxpresent") == 0); /* ("hat", "hatte", "haben", "ist", "sind") */
        }
        for (size_t j = i + 1; aux && j < ce; j++)
            if (tk->t[j].b0 >= b1 && participle_tok(m, tk, &tk->t[j], cls, true)) return -2;
        /* ... or, before a month or period (not a weekday: "sagte alle Abreisen bis Dienstag ab"), a
         * simple past in the date's clause: a period that has ended ("verdiente in den neun Monaten
         * bis Ende September weniger", "Bis Ende Oktober stieg der Umsatz") */
        for (size_t j = cs; !weekday && j < ce; j++) {
            const dn_token *t = &tk->t[j];
            if ((t->b0 >= b0 && t->b1 <= b1) || !(t->flags & DN_T_LOWER)) continue;
            const char *v = tense_value(m, t, cls);
            if (v && past_cue(v)) return -2;
        }
        /* ... and before a weekday, a simple past right after it where "bis" opens the sentence (the
         * verb in the second place): "Bis Donnerstagabend zählte die Polizei 300 Einsätze" */
        if (weekday && i == s + 1) {
            const char *v = value_after(m, tk, cls, i, e, b1);
            if (v && past_cue(v)) return -2;
        }
    }
    /* with no cue at all, a verb in the shape of a participle before a weekday in its clause, after
     * the subject, is a present: "Das Museum eröffnet am Sonntag", "Der Verlag präsentiert am
     * Mittwoch" (ahead; a month after a present is reported as often: "meldet für das dritte
     * Quartal") */
    if (weekday && !best && !part && !pres) {
        /* ... and a verb in "-en" right after a weekday that opens the sentence (alone or after its
         * preposition) is a present plural in the second place: "Am Montag fahren keine S-Bahnen",
         * "Am Mittwoch fallen alle Flüge aus" (ahead; not with a participle in the clause) */
        if (i <= s + 1) {
            size_t k = i;
            while (k < e && tk->t[k].b0 < b1) k++;
            const dn_token *v = k < e ? &tk->t[k] : NULL;
            if (v && (v->flags & DN_T_LOWER) && v->keylen >= 5 && tk->keys.p[v->key + v->keylen - 1] == 'n' &&
                tk->keys.p[v->key + v->keylen - 2] == 'e' &&
                !(m->cls_stopword >= 0 && ((v->classes >> m->cls_stopword) & 1u)) &&
                !past_plural(m, cls, tk->keys.p + v->key, v->keylen)) {
                bool pp = false;
                for (size_t j = k + 1; j < ce && !pp; j++) pp = participle_tok(m, tk, &tk->t[j], cls, false);
                if (!pp) return 1;
            }
        }
        for (size_t j = cs + 1; j < i && tk->t[j].b1 <= b0; j++) {
            const dn_token *t = &tk->t[j];
            if ((t->flags & DN_T_LOWER) && tk->keys.p[t->key + t->keylen - 1] == 't' &&
                (tk->t[subject_end(tk, cs, j - 1)].flags & DN_T_CAP) && participle_tok(m, tk, t, cls, true))
                return 1;
        }
    }
    if (!best && !part && !pres && report) best = -1;
    if (!best && !part && plan) return 0; /* (the infinitive of the plan is no present) */
    if (best || part || !pres) return best ? best : part;
    /* "ist" with a participle of the perfect that no list holds ("Am Dienstag ist ein Radfahrer
     * gegen einen Baum geprallt", "ist am 1. Januar in Kraft getreten"), but not one of a state
     * ("stative": "ist am Samstag geöffnet"): back; for a date other than a weekday only in its
     * clause ("Saison ist vom 1. Juni bis zum 30. November, wenn sich die Meere aufgeheizt haben") */
    size_t ps = weekday ? s : cs, pe = weekday ? e : ce;
    for (size_t j = ps; j < pe; j++)
        if (participle_tok(m, tk, &tk->t[j], cls, false)) return -1;
    return weekday ? pres : 0;
}

/* Is f an absolute date to the day, giving its year (explicit, else the document date's)? */
static bool absolute_day(const fields *f, const refdate *doc, int *y) {
    if (f->fixed || f->deictic || f->bc || f->d == UNK || f->m == UNK || f->hol || f->unit[0]) return false;
    int yy = year_of(f, doc);
    if (yy == UNK) yy = doc->y;
    if (yy == UNK || f->d > days_in_month(yy, f->m)) return false;
    *y = yy;
    return true;
}

/* ------------------------------------------------------------------ entry point */

static priv *get_priv(const dener_model *m, dn_date_scratch *ds) {
    priv *p = ds->md;
    if (p) return p;
    p = dn_calloc(&m->alloc, 1, sizeof *p);
    if (!p) return NULL;
    p->gc = pcre2_general_context_create(p2_malloc, p2_free, (void *)&m->alloc);
    p->mc = p->gc ? pcre2_match_context_create(p->gc) : NULL;
    if (!p->mc) {
        if (p->gc) pcre2_general_context_free(p->gc);
        dn_free(&m->alloc, p);
        return NULL;
    }
    pcre2_set_match_limit(p->mc, MATCH_LIMIT);
    pcre2_set_depth_limit(p->mc, DEPTH_LIMIT);
    pcre2_set_callout(p->mc, on_callout, p);
    ds->md = p;
    ds->mc = NULL;
    return p;
}

static int word_at(const dener_model *m, priv *p, const char *text, size_t len, size_t i, bool mid);

/* Whether a word of a kind that may start at text[i] (its byte b, flags fl0 = first[b], which
 * has FS_WORD) can begin there, by the byte before it (mid: an ASCII letter) and the first two. */
static inline bool word_may(const struct dn_date_words *w, const unsigned char *u, size_t len, size_t i, unsigned b,
                            uint8_t fl0, bool *midp) {
    /* right after an ASCII letter, only the kinds of rules without a look-behind for one */
    bool mid = i > 0 && ((u[i - 1] | 0x20) >= 'a' && (u[i - 1] | 0x20) <= 'z');
    *midp = mid;
    if (mid && !(fl0 & FS_MID)) return false;
    if (b < 0x80 && i + 1 < len && u[i + 1] < 0x80) { /* the first two bytes rule most words out */
        unsigned c1 = u[i + 1];
        if (!((w->pairr[mid][b][c1 >> 6] >> (c1 & 63)) & 1u)) return false;
    }
    return true;
}

/* Whether word_at(..., i, mid) can find a word, by the first three bytes if they are ASCII
 * letters (see dn_date_words.tri): the walk finds one in the first two letters, or goes on past
 * the third. */
static inline bool tri_may(const struct dn_date_words *w, const unsigned char *u, size_t len, size_t i, bool mid) {
    if (i + 2 >= len) return true;
    unsigned a = (unsigned)(u[i] | 0x20) - 'a', b = (unsigned)(u[i + 1] | 0x20) - 'a', c = (unsigned)(u[i + 2] | 0x20) - 'a';
    if (a >= 26 || b >= 26 || c >= 26) return true; /* (only ASCII letters map to 0..25) */
    if ((w->tri2[mid][a] >> b) & 1u) return true;
    unsigned x = (a * 26 + b) * 26 + c;
    return (w->tri[mid][x >> 6] >> (x & 63)) & 1u;
}

/* The start positions at text[i] (see find_starts): appended to p->cw and p->rare. */
static inline int starts_at(const dener_model *m, priv *p, const char *text, size_t len, size_t i) {
    const struct dn_date_words *w = m->date_words;
    const dn_alloc *a = &m->alloc;
    unsigned char b = (unsigned char)text[i];
    if (b >= 0x80 && b < 0xC0) return DENER_OK;
    uint8_t fl0 = w->first[b];
    if (fl0 & FS_RARE) {
        if (p->nrare == p->rarecap && !DN_GROW(a, p->rare, p->rarecap, p->nrare + 1)) return DENER_ERR_NOMEM;
        p->rare[p->nrare++] = (uint32_t)i;
    }
    if (!(fl0 & FS_WORD)) return DENER_OK;
    bool mid;
    if (!word_may(w, (const unsigned char *)text, len, i, b, fl0, &mid)) return DENER_OK;
    return word_at(m, p, text, len, i, mid);
}

/* The word start at text[i] if a word of m->date_words begins there (see starts_at). */
__attribute__((noinline)) static int word_at(const dener_model *m, priv *p, const char *text, size_t len, size_t i, bool mid) {
    const struct dn_date_words *w = m->date_words;
    const dn_alloc *a = &m->alloc;
    uint64_t want = mid ? w->mid : ~0ull;
    if (!want) return DENER_OK;
    uint32_t node = 0;
    uint64_t acc = 0;
    size_t j = i;
    const unsigned char *u = (const unsigned char *)text;
    unsigned a0, a1;
    if (i + 1 < len && (a0 = (unsigned)(u[i] | 0x20) - 'a') < 26u && (a1 = (unsigned)(u[i + 1] | 0x20) - 'a') < 26u) {
        /* two ASCII letters: the first two steps of the walk below by root and d2 */
        node = w->root['a' + a0];
        if (!node || !(w->n[node].sub & want)) goto done;
        acc |= w->n[node].cls;
        node = w->d2[a0][a1];
        if (!node || !(w->n[node].sub & want)) goto done;
        acc |= w->n[node].cls;
        j = i + 2;
    }
    while (j < len) {
        unsigned char c = (unsigned char)text[j];
        if (c < 0x80) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') break;
            node = wnext(w, node, (uint8_t)(c >= 'A' && c <= 'Z' ? c + 32 : c));
            if (!node || !(w->n[node].sub & want)) break;
            acc |= w->n[node].cls;
            j++;
            continue;
        }
        size_t k = j;
        bool bad = false;
        int32_t cp = dn_u8_next(text, &k, len, &bad);
        if (bad || cp == 0xA0) break;
        char f[32];
        int32_t fl;
        if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) { /* Latin-1 upper case: + 0x20 */
            f[0] = (char)0xC3;
            f[1] = (char)(0x80 + (cp - 0xC0) + 0x20);
            fl = 2;
        } else if (cp == 0xDF) {
            f[0] = f[1] = 's';
            fl = 2;
        } else if (cp >= 0xE0 && cp < 0x100) {
            memcpy(f, text + j, k - j);
            fl = (int32_t)(k - j);
        } else {
            UErrorCode st = U_ZERO_ERROR;
            fl = ucasemap_utf8FoldCase(m->casemap, f, (int32_t)sizeof f, text + j, (int32_t)(k - j), &st);
            if (U_FAILURE(st)) {
                memcpy(f, text + j, k - j);
                fl = (int32_t)(k - j);
            }
        }
        for (int32_t q = 0; q < fl && node != UINT32_MAX; q++) {
            node = wnext(w, node, (uint8_t)f[q]);
            if (!node || !(w->n[node].sub & want)) node = UINT32_MAX;
            else acc |= w->n[node].cls;
        }
        if (node == UINT32_MAX) break;
        j = k;
    }
done:
    acc &= want;
    if (acc) {
        if (p->ncw == p->cwcap && !DN_GROW(a, p->cw, p->cwcap, p->ncw + 1)) return DENER_ERR_NOMEM;
        p->cw[p->ncw++] = (struct cw){(uint32_t)i, mid, acc};
    }
    return DENER_OK;
}

static bool is_ws(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* Appends to p->spos/p->smask the start positions of text[c0..c1) found by starts_at (in p->cw and
 * p->rare, in order), with the slots that may start there (see slot_lists); room is reserved. At
 * position keep, what the byte before rules out is left to the caller (the entry is kept if it has
 * slots before that). */
static inline __attribute__((always_inline)) bool emit_found_t(const dn_alloc *a, const struct dn_date_words *w, priv *p,
                                                               const unsigned char *u, size_t keep, const bool multi) {
    size_t i = 0, j = 0, k = p->nsp;
    const struct dn_slot_bank *bk = &w->b0;
    while (i < p->ncw || j < p->nrare) {
        uint32_t pos = i < p->ncw ? p->cw[i].pos : UINT32_MAX;
        if (j < p->nrare && p->rare[j] < pos) pos = p->rare[j];
        const bool isw = i < p->ncw && p->cw[i].pos == pos, isr = j < p->nrare && p->rare[j] == pos;
        const bool prev = pos > 0 && pos != keep && u[pos - 1] < 0x80;
        uint64_t mk = 0, cls = 0;
        bool mid = false;
        if (isw) {
            cls = p->cw[i].cls, mid = p->cw[i].mid;
            for (uint64_t x = cls; x; x &= x - 1) mk |= bk->kindr[__builtin_ctzll(x)];
            if (mid) mk &= ~bk->nonmid;
            i++;
        }
        if (isr) {
            mk |= bk->byter[u[pos]];
            j++;
        }
        if (prev) mk &= ~bk->prevr[u[pos - 1]];
        uint64_t any = mk;
        if (multi && ((cls & w->xkinds) || (isr && ((w->xbytes[u[pos] >> 6] >> (u[pos] & 63)) & 1u))))
            /* (bank 0 kept if any bank starts here, the others if they do) */
            for (int b = 1; b <= p->nxb; b++) {
                const struct dn_slot_bank *xk = wbank(w, b);
                uint64_t xm = isr ? xk->byter[u[pos]] : 0;
                if (!xm && !(cls & xk->kinds)) continue; /* (none of its rules starts here) */
                for (uint64_t x = cls & xk->kinds; x; x &= x - 1) xm |= xk->kindr[__builtin_ctzll(x)];
                if (mid) xm &= ~xk->nonmid;
                if (prev) xm &= ~xk->prevr[u[pos - 1]];
                if (xm && !own_put(a, &p->xb[b - 1], pos, xm)) return false;
                p->xadded |= xm != 0;
                any |= xm;
            }
        if (!any) continue;
        p->spos[k] = pos;
        p->b0.sm[k++] = mk;
    }
    p->nsp = k;
    return true;
}
static bool emit_found(const dn_alloc *a, const struct dn_date_words *w, priv *p, const unsigned char *u, size_t keep) {
    return p->nxb ? emit_found_t(a, w, p, u, keep, true) : emit_found_t(a, w, p, u, keep, false);
}

/* Fills p->spos[0..p->nsp-1] with the positions where rules with a start filter may start (words
 * with a prefix in m->date_words, and rare bytes; ascending) and p->smask with the slots of those
 * rules (see slot_lists). A word ends at the white space that class_lookup splits at; it is folded
 * a character at a time (case folding maps characters independently, so the fold of a prefix is a
 * prefix of the fold). Between white space (the bytes where every walk ends, and after which no
 * position is "mid"), the positions depend on the bytes of that chunk alone (but for what the
 * byte before the chunk rules out): short chunks are looked up in a cache kept from one document
 * to the next (p->sc) and scanned only the first time. */
static int chunk_scan(const dener_model *m, priv *p, const char *text, size_t len, size_t i, size_t e, struct sc_slot *sl);

/* Appends the start positions of the chunk at text[i] from its cache slot sl (as emit_found
 * would from p->cw and p->rare, but for what the byte before the chunk rules out at i: left to
 * slot_lists, which applies it to every start); room for SC_NE is reserved. The first two
 * entries are always written (those past ne are not counted): no branch on their number but in
 * the rare chunks with more. */
static inline __attribute__((always_inline)) void emit_slot(priv *p, size_t i, const struct sc_slot *sl) {
    const size_t k = p->nsp;
    uint32_t *sp = p->spos + k;
    uint64_t *sm = p->b0.sm + k;
    _Static_assert(SC_NE == 4, "emit_slot");
    const uint32_t i32 = (uint32_t)i;
    sp[0] = i32 + sl->eo[0], sp[1] = i32 + sl->eo[1];
    sm[0] = sl->em[0], sm[1] = sl->em[1];
    if (__builtin_expect(sl->ne > 2, 0)) { /* (rare) */
        sp[2] = i32 + sl->eo[2], sp[3] = i32 + sl->eo[3];
        sm[2] = sl->em[2], sm[3] = sl->em[3];
    }
    p->nsp = k + sl->ne;
}

/* The starts of the other banks than 0 of the chunk at text[i] from its cache slot sl (see
 * emit_slot). */
__attribute__((noinline)) static int emit_slot_x(const dn_alloc *a, priv *p, size_t i, const struct sc_slot *sl) {
    const uint64_t *x = p->scx + (size_t)(sl - p->sc) * (size_t)p->nxb * SC_NE;
    for (int b = 0; b < p->nxb; b++, x += SC_NE)
        for (size_t q = 0; q < sl->ne; q++)
            if (x[q] && !own_put(a, &p->xb[b], (uint32_t)i + sl->eo[q], x[q])) return DENER_ERR_NOMEM;
    return DENER_OK;
}

/* The start positions of the chunk text[i..e) (h: its hash if it is short), see find_starts: from
 * the cache here, else by chunk_scan. */
static inline __attribute__((always_inline)) int chunk_starts(const dener_model *m, priv *p, const char *text, size_t len,
                                                              size_t i, size_t e, uint32_t h, const bool multi) {
    const dn_alloc *a = &m->alloc;
    size_t n = e - i;
    if (p->nsp + n + SC_NE > p->sproom) {
        if (!DN_GROW(a, p->spos, p->spcap, p->nsp + n + SC_NE) || !sm_grow(a, p, p->spcap))
            return DENER_ERR_NOMEM;
        p->sproom = p->spcap; /* (smask_cap >= spcap here) */
    }
    struct sc_slot *sl = NULL;
    if (p->sc && n <= SC_BYTES) {
        sl = &p->sc[h >> (32 - SC_BITS)];
#if defined(DN_HAVE_READ24)
        _Static_assert(SC_BYTES == 22, "the slot's bytes are the 22 that dn_eq22_read22 reads");
        /* (no branch on the length where 22 bytes of text may be read) */
        const bool eq = i + 22 <= len ? dn_eq22_read22(sl->bytes, text + i, n) : dn_eq24(sl->bytes, text + i, n);
#else
        const bool eq = dn_eq24(sl->bytes, text + i, n);
#endif
        if (sl->len == n && sl->hash == h && eq) {
            emit_slot(p, i, sl);
            if (multi && p->scxn[sl - p->sc]) return emit_slot_x(a, p, i, sl);
            return DENER_OK;
        }
        sl->len = 0; /* (refilled by chunk_scan if the chunk fits) */
        sl->hash = h;
    }
    return chunk_scan(m, p, text, len, i, e, sl);
}

/* One position j of chunk_scan (b = u[j], c1 = u[j + 1] or a space if there is none; mid: whether
 * the byte before j is an ASCII letter, updated for j + 1). An ASCII byte is rare only if it is not
 * a letter; whether a word may start there is one bit of pairq (a second byte that is not ASCII,
 * or none, read as a space, which pairr always lets through). */
static inline __attribute__((always_inline)) int scan_at(const dener_model *m, priv *p, const unsigned char *u, size_t len,
                                                         size_t j, unsigned b, unsigned c1, bool *mid) {
    const struct dn_date_words *w = m->date_words;
    const bool wmid = *mid;
    if (b < 0x80) {
        const bool let = (unsigned)((b | 0x20) - 'a') < 26u;
        *mid = let;
        if (!let && (w->first[b] & FS_RARE)) p->rare[p->nrare++] = (uint32_t)j;
        c1 = c1 < 0x80 ? c1 : ' ';
        if (__builtin_expect(!((w->pairq[wmid][b][c1 >> 6] >> (c1 & 63)) & 1u), 1)) return DENER_OK;
    } else {
        *mid = false;
        if (b < 0xC0) return DENER_OK;
        const uint8_t fl0 = w->first[b];
        if (fl0 & FS_RARE) p->rare[p->nrare++] = (uint32_t)j;
        if (!(fl0 & FS_WORD) || (wmid && !(fl0 & FS_MID))) return DENER_OK;
    }
    if (!tri_may(w, u, len, j, wmid)) return DENER_OK;
    return word_at(m, p, (const char *)u, len, j, wmid);
}

/* The start positions of the chunk text[i..e) by its bytes (see chunk_starts; sl: its cache slot
 * to fill, or NULL). */
__attribute__((noinline)) static int chunk_scan(const dener_model *m, priv *p, const char *text, size_t len, size_t i,
                                                size_t e, struct sc_slot *sl) {
    const dn_alloc *a = &m->alloc;
    const struct dn_date_words *w = m->date_words;
    const unsigned char *u = (const unsigned char *)text;
    size_t n = e - i;
    p->ncw = p->nrare = 0;
    if (p->rarecap < n && !DN_GROW(a, p->rare, p->rarecap, n)) return DENER_ERR_NOMEM;
    /* starts_at, with the word walk out of line and word_may here (see scan_at); the byte after
     * the last is read from the text (white space, or none: read as a space) */
    if (i < e) { /* (chunks are never empty) */
        bool mid = i > 0 && (unsigned)((u[i - 1] | 0x20) - 'a') < 26u;
        unsigned b = u[i];
        for (size_t j = i; j + 1 < e; j++) {
            const unsigned c1 = u[j + 1];
            int rc = scan_at(m, p, u, len, j, b, c1, &mid);
            if (rc) return rc;
            b = c1;
        }
        int rc = scan_at(m, p, u, len, e - 1, b, e < len ? u[e] : ' ', &mid);
        if (rc) return rc;
    }
    const size_t k0 = p->nsp;
    p->xadded = false;
    if (!emit_found(a, w, p, u, i)) return DENER_ERR_NOMEM; /* (what the byte before rules out at i: below) */
    const size_t ne = p->nsp - k0;
    if (sl && ne <= SC_NE) {
        memset(sl->eo, 0, sizeof sl->eo);
        memset(sl->em, 0, sizeof sl->em);
        for (size_t q = 0; q < ne; q++) {
            sl->eo[q] = (uint8_t)(p->spos[k0 + q] - i);
            sl->em[q] = p->b0.sm[k0 + q];
        }
        if (p->nxb) { /* (the other banks' masks: see emit_slot_x; their starts are among those of bank 0) */
            uint64_t *x = p->scx + (size_t)(sl - p->sc) * (size_t)p->nxb * SC_NE, any = 0;
            for (int b = 0; p->xadded && b < p->nxb; b++, x += SC_NE) {
                const struct pbank *pb = &p->xb[b];
                size_t j = pb->n; /* (its starts of this chunk: at i or after it, those before it are before) */
                while (j > 0 && pb->own[j - 1] >= i) j--;
                for (size_t q = 0; q < SC_NE; q++) {
                    x[q] = 0;
                    if (q < ne && j < pb->n && pb->own[j] == p->spos[k0 + q]) x[q] = pb->sm[j++];
                    any |= x[q];
                }
            }
            p->scxn[sl - p->sc] = any != 0;
        }
        sl->ne = (uint8_t)ne;
        memcpy(sl->bytes, text + i, n);
        sl->len = (uint8_t)n;
    }
    return DENER_OK; /* (what the byte before rules out at i: see emit_slot) */
}

/* Fills p->spos[0..p->nsp-1] with the positions where rules with a start filter may start (words
 * with a prefix in m->date_words, and rare bytes; ascending) and p->smask with the slots of those
 * rules (see slot_lists). A word ends at the white space that class_lookup splits at; it is folded
 * a character at a time (case folding maps characters independently, so the fold of a prefix is a
 * prefix of the fold). Between white space (the bytes where every walk ends, and after which no
 * position is "mid"), the positions depend on the bytes of that chunk alone (but for what the
 * byte before the chunk rules out): short chunks are looked up in a cache kept from one document
 * to the next (p->sc) and scanned only the first time. */
static inline __attribute__((always_inline)) int find_starts_t(const dener_model *m, priv *p, const dn_tokens *tk,
                                                               const char *text, size_t len, const bool multi) {
    const dn_alloc *a = &m->alloc;
    const struct dn_date_words *w = m->date_words;
    p->nsp = 0;
    for (int b = 0; b < p->nxb; b++) p->xb[b].n = 0;
    if (p->sc_m != m) { /* (without memory: no cache) */
        if (!p->sc_raw) {
            p->sc_raw = dn_malloc(a, (((size_t)1 << SC_BITS) + 1) * sizeof *p->sc);
            p->sc = p->sc_raw ? (struct sc_slot *)(void *)((char *)p->sc_raw + (-(uintptr_t)p->sc_raw & 63)) : NULL;
        }
        if (p->sc) memset(p->sc, 0, ((size_t)1 << SC_BITS) * sizeof *p->sc);
        p->sc_m = m;
    }
    const unsigned char *u = (const unsigned char *)text;
    const uint8_t *first = w->first;
    bool ws_starts = first[' '] || first['\t'] || first['\n'] || first['\r'];
    /* the tokenizer's chunks (the same: the maximal runs of bytes that are not white space), with
     * their hashes; the slots of the next ones are fetched ahead */
    const dn_chunk *ch = tk && tk->chunked && tk->nchunks ? tk->chunks : NULL;
    /* only starts inside a window are searched (run_rule: from <= start <= to of a window of
     * p->win, all of which lie in the merged windows p->mwin): the chunks that meet none are left
     * out (a chunk that meets one is taken whole) */
    const struct win *mw = p->mwin;
    const size_t nw = p->nmwin;
    if (ch && !ws_starts) { /* white space starts nothing: the chunks alone */
        const size_t nch = tk->nchunks;
        const dn_token *const tt = tk->t;
        dn_form *const fm = tk->forms;
        const size_t ntk = tk->n, nfm = tk->nforms;
        size_t ti = 0; /* (the first token that does not begin before the chunk) */
        /* window by window (from and to ascend): the first chunk that ends after its from (by a
         * binary search from the chunks not yet taken), then the chunks that begin up to its to;
         * the cache slots of the chunks ahead in the window are fetched early */
        size_t ci = 0;
        for (size_t wi = 0; wi < nw && ci < nch; wi++) {
            const size_t from = mw[wi].from, to = mw[wi].to;
            if (ch[ci].b1 <= from) {
                size_t lo = ci + 1, hi = nch; /* the first chunk in [lo, hi) with b1 > from */
                while (lo < hi) {
                    size_t mid = lo + (hi - lo) / 2;
                    if (ch[mid].b1 <= from) lo = mid + 1;
                    else hi = mid;
                }
                ci = lo;
                if (ci == nch) break;
            }
            if (ch[ci].b0 > to) continue; /* (no chunk meets it) */
            if (p->sc)
                for (size_t k = ci; k < nch && k < ci + 8 && ch[k].b0 <= to; k++)
                    if (ch[k].b1 - ch[k].b0 <= SC_BYTES) __builtin_prefetch(&p->sc[ch[k].hash >> (32 - SC_BITS)]);
            for (; ci < nch && ch[ci].b0 <= to; ci++) {
                if (p->sc && ci + 8 < nch) /* (past the window or not cached: a prefetch that does no harm) */
                    __builtin_prefetch(&p->sc[ch[ci + 8].hash >> (32 - SC_BITS)]);
                /* a chunk that is one token: its form may be known to start nothing (dn_form.dstart) */
                const uint32_t c0 = ch[ci].b0;
                while (ti < ntk && tt[ti].b0 < c0) ti++;
                dn_form *fo = ti < ntk && tt[ti].b0 == c0 && tt[ti].b1 == ch[ci].b1 && tt[ti].form < nfm ? &fm[tt[ti].form] : NULL;
                if (fo && fo->dstart == DN_DSTART_NONE) continue;
                const size_t nsp0 = p->nsp;
                int rc = chunk_starts(m, p, text, len, c0, ch[ci].b1, ch[ci].hash, multi);
                if (rc) return rc;
                if (fo && p->nsp == nsp0) { /* (no start of any bank: none of bank 0, see emit_found) */
                    fo->dstart = DN_DSTART_NONE;
                    if (fo->slot == UINT32_MAX && tk->wc) tk->wc[fo->wslot].dstart = DN_DSTART_NONE;
                }
            }
        }
        return DENER_OK;
    }
    size_t i = 0, wi = 0;
    while (i < len) {
        while (wi < nw && mw[wi].to < i) wi++;
        if (wi == nw) break;
        if (mw[wi].from > i) { /* (nothing before the next window is searched) */
            i = mw[wi].from;
            while (i > 0 && !is_ws(u[i - 1])) i--; /* (from the start of its chunk, not before the old i) */
        }
        if (is_ws(u[i])) {
            if (first[u[i]]) { /* (white space that starts nothing: not looked at) */
                p->ncw = p->nrare = 0;
                int rc = starts_at(m, p, text, len, i);
                if (rc) return rc;
                if ((p->nsp + 2 > p->spcap && !DN_GROW(a, p->spos, p->spcap, p->nsp + 2)) ||
                    !sm_grow(a, p, p->spcap))
                    return DENER_ERR_NOMEM;
                if (!emit_found(a, w, p, u, SIZE_MAX)) return DENER_ERR_NOMEM;
            }
            i++;
            continue;
        }
        size_t e = i + 1;
        while (e < len && !is_ws(u[e])) e++;
        uint32_t h = 0;
#if defined(DN_HAVE_READ24)
        if (e - i <= SC_BYTES && i + 24 <= len) h = (uint32_t)dn_hash_words24(text + i, e - i, 0); /* (dn_chunk_hash) */
        else
#endif
            h = e - i <= SC_BYTES ? dn_chunk_hash(text + i, e - i) : 0;
        int rc = chunk_starts(m, p, text, len, i, e, h, multi);
        if (rc) return rc;
        i = e;
    }
    return DENER_OK;
}

/* find_starts for one bank of slots (p->nxb 0) and for more. */
__attribute__((noinline)) static int find_starts_1(const dener_model *m, priv *p, const dn_tokens *tk, const char *text, size_t len) {
    return find_starts_t(m, p, tk, text, len, false);
}
__attribute__((noinline)) static int find_starts_x(const dener_model *m, priv *p, const dn_tokens *tk, const char *text, size_t len) {
    return find_starts_t(m, p, tk, text, len, true);
}

/* Sets pb->fp up for m's rules as they are now (its states are dropped if they were for others). */
static void fp_setup(const dener_model *m, struct pbank *pb) {
    fprod *fp = &pb->fp;
    int ns = pb->ns;
    if (fp->m == m && fp->c0 == pb->wb->nfa_incl && fp->cw == pb->wb->nfaw_incl && fp->nslots == ns &&
        memcmp(fp->srule, pb->wb->slot_rule, (size_t)ns * sizeof *fp->srule) == 0)
        return;
    ltab_free(&m->alloc, &fp->t);
    dn_free(&m->alloc, fp->fin);
    memset(fp, 0, sizeof *fp);
    fp->m = m, fp->c0 = pb->wb->nfa_incl, fp->cw = pb->wb->nfaw_incl, fp->nslots = ns;
    memcpy(fp->srule, pb->wb->slot_rule, (size_t)ns * sizeof *fp->srule);
    if (ns > 64) return;
    for (int sl = 0; sl < ns; sl++)
        for (uint32_t k = 0; k < 2; k++) {
            if (!(((k ? fp->cw : fp->c0) >> sl) & 1u)) continue;
            size_t ri = fp->srule[sl];
            const dn_date_rule *r = &m->date_rules[ri];
            uint32_t c = fp->ncomp++;
            fp->cd[c] = (struct fp_comp){k ? r->nfaw : r->nfa, (uint32_t)(k ? ri : ri + m->ndate_rules), (uint32_t)sl, 0};
            fp->comp[2 * sl + k] = (uint8_t)(c + 1);
            if (k && fp->comp[2 * sl]) {
                fp->cd[c].other = fp->comp[2 * sl];
                fp->cd[fp->comp[2 * sl] - 1].other = c + 1;
            }
        }
    /* the classes: bytes that every component maps to the same class of its own (by a hash of
     * their classes, then compared: the hash is only a quick test) */
    uint64_t hs[256] = {0};
    for (uint32_t c = 0; c < fp->ncomp; c++) {
        const uint8_t *cm = fp->cd[c].f->cmap;
        for (unsigned b = 0; b < 256; b++) hs[b] = (hs[b] << 7 | hs[b] >> 57) ^ cm[b];
    }
    for (unsigned b = 0; b < 256; b++) {
        uint32_t k = 0;
        for (; k < fp->ncls; k++) {
            unsigned r = fp->rep[k];
            if (hs[r] != hs[b]) continue;
            bool same = true;
            for (uint32_t c = 0; c < fp->ncomp && same; c++) same = fp->cd[c].f->cmap[b] == fp->cd[c].f->cmap[r];
            if (same) break;
        }
        if (k == fp->ncls) fp->rep[fp->ncls++] = (uint8_t)b;
        fp->cmap[b] = (uint8_t)k;
    }
    fp->t.kw = FP_PAIRS / 2 + 1;
    fp->t.ext = 2;
    fp->t.var = true;
    fp->t.ncls = fp->ncls;
    fp->ok = true;
}

/* The state of pb->fp->key (added if new: its ext is act, the slots still running); LTAB_FULL /
 * UINT32_MAX as ltab_getn. */
static uint32_t fp_state(const dener_model *m, fprod *fp, uint32_t npairs, uint64_t act) {
    bool added;
    uint32_t st = ltab_getn(&m->alloc, &fp->t, fp->key, 1 + (npairs + 1) / 2, FP_MAXST, &added);
    if (added) {
        uint64_t *e = fp->t.keys + (size_t)st * (fp->t.kw + 2) + fp->t.kw;
        e[0] = act, e[1] = 0;
        if (st >= fp->fincap) {
            uint32_t nc = fp->t.cap > st ? fp->t.cap : st + 1;
            uint64_t(*nf)[2] = dn_malloc(&m->alloc, (size_t)nc * sizeof *nf);
            if (!nf) return UINT32_MAX; /* (the states are dropped: fp_drop) */
            if (fp->fincap) memcpy(nf, fp->fin, (size_t)fp->fincap * sizeof *nf);
            dn_free(&m->alloc, fp->fin);
            fp->fin = nf, fp->fincap = nc;
        }
        fp->fin[st][0] = fp->key[0], fp->fin[st][1] = act;
    }
    return st;
}

/* Builds the transition of fp's state st on class cl (see fprod); LTAB_FULL / UINT32_MAX as
 * ltab_getn. */
__attribute__((noinline)) static uint32_t fp_build(const dener_model *m, struct pbank *pb, uint32_t st, uint32_t cl) {
    fprod *fp = &pb->fp;
    const uint32_t kw = fp->t.kw;
    uint32_t in[FP_PAIRS], out[FP_PAIRS] = {0}, n = 0;
    const uint64_t *ks = fp->t.keys + (size_t)st * (kw + 2);
    memcpy(in, ks + 1, sizeof in);
    uint64_t no = ks[0], act = 0;
    const unsigned b = fp->rep[cl];
    for (uint32_t q = 0; q < FP_PAIRS && in[q]; q++) {
        uint32_t c = in[q] >> 16, v = in[q] & 0xFFFFu;
        const struct fp_comp *cd = &fp->cd[c];
        if ((no >> cd->slot) & 1u) continue; /* (its other automaton ruled it out) */
        const struct dn_nfa *f = cd->f;
        ldfa *d = &pb->dfa[cd->di];
        uint32_t sc = f->cmap[b];
        uint16_t e = d->trans[(size_t)(v - 1) * f->ncls + sc];
        if (e == DFA_UNKNOWN) e = dfa_build(&m->alloc, d, f, v - 1, sc);
        if (e >= DFA_ST0) {
            out[n++] = c << 16 | (uint32_t)(e - DFA_ST0 + 1);
            act |= 1ull << cd->slot;
        } else if (e == DFA_NO) { /* the slot is ruled out: its other automaton stops too */
            if (n && (out[n - 1] >> 16) == cd->other - 1u) n--, out[n] = 0;
            no |= 1ull << cd->slot;
            act &= ~(1ull << cd->slot);
        }
    }
    fp->key[0] = no;
    memcpy(fp->key + 1, out, sizeof out);
    uint32_t nx = fp_state(m, fp, n, act);
    if (nx < LTAB_FULL) /* (FP_STOP: no automaton runs on from there) */
        fp->t.trans[(size_t)st * fp->ncls + cl] = (uint16_t)((nx + 1) | (fp->t.keys[(size_t)nx * (kw + 2) + kw] ? 0 : FP_STOP));
    return nx;
}

/* After ltab_getn found no room (st: LTAB_FULL) or no memory (UINT32_MAX): the states are
 * dropped, to be made afresh next time (without memory: pb->fp is not used again). */
static void fp_drop(fprod *fp, uint32_t st) {
    if (st == UINT32_MAX) fp->ok = false;
    ltab_clear(&fp->t);
    memset(fp->start, 0, sizeof fp->start);
    fp->drops++;
}

/* The state pb->fp starts in at a start for the slots x (need0: with their nfa as well), made the
 * first time it is asked for (sp: its entry); UINT32_MAX if it could not tell (then each rule is
 * checked alone; the states may have been dropped, see fp_resume). */
static uint32_t fp_begin(const dener_model *m, struct pbank *pb, uint64_t x, bool need0, struct fp_start *sp) {
    fprod *fp = &pb->fp;
    uint32_t st = sp->st;
    if (st != UINT32_MAX) return st;
    uint32_t in[FP_PAIRS] = {0}, n = 0;
    uint64_t act = 0;
    for (uint64_t y = x; y; y &= y - 1) {
        uint32_t sl = (uint32_t)__builtin_ctzll(y);
        for (uint32_t k = need0 ? 0 : 1; k < 2; k++) {
            uint32_t c = fp->comp[2 * sl + k];
            if (!c--) continue;
            const struct dn_nfa *f = fp->cd[c].f;
            ldfa *d = &pb->dfa[fp->cd[c].di];
            if (d->dead) continue; /* (may match) */
            if (!d->nst && dfa_state(&m->alloc, d, f, f->first) != DFA_ST0) continue;
            if (n == FP_PAIRS) return UINT32_MAX; /* (too many: each alone) */
            in[n++] = c << 16 | 1u;
            act |= 1ull << sl;
        }
    }
    fp->key[0] = 0;
    memcpy(fp->key + 1, in, sizeof in);
    st = fp_state(m, fp, n, act);
    if (st >= LTAB_FULL) {
        fp_drop(fp, st);
        return UINT32_MAX;
    }
    sp->st = st;
    return st;
}

/* The slots that the automata of pb->fp rule out at a start, by the state st it has reached at
 * text[i] (s: the start; its last byte is s + NFA_STEPS): in *nop, or false if it could not tell
 * (then each rule is checked alone). The automaton follows the transitions it has; where one is
 * missing, it is built if its state has been there FP_HOT times (text seen before), else each
 * automaton of the state goes on alone from there. When the states are full (or without memory)
 * they are dropped (fp->drops counts it: the states of other starts are then gone). */
__attribute__((noinline)) static bool fp_resume(const dener_model *m, struct pbank *pb, const char *text, size_t len, size_t s,
                                                uint32_t st, size_t i, uint64_t *nop) {
    fprod *fp = &pb->fp;
    const unsigned char *t = (const unsigned char *)text;
    const uint32_t kw2 = fp->t.kw + 2, ncls = fp->ncls;
    const size_t end = len - s > NFA_STEPS ? s + NFA_STEPS : len;
    const uint16_t *tr = fp->t.trans;
    if (!fp->t.keys[(size_t)st * kw2 + kw2 - 2]) i = end; /* (nothing runs) */
    while (i < end) {
        size_t i0 = i;
        unsigned b = t[i++];
        if (b >= 0x80) /* one symbol for a character (and for each byte that is not UTF-8), as dfa_may_match */
            for (int k = 0; k < 3 && i < len && (t[i] & 0xC0) == 0x80; k++) i++;
        uint32_t cl = fp->cmap[b];
        uint32_t nx = tr[(size_t)st * ncls + cl];
        if (nx) {
            st = (nx & (FP_STOP - 1)) - 1;
            if (nx & FP_STOP) break;
            continue;
        }
        uint64_t *ks = fp->t.keys + (size_t)st * kw2;
        if (++ks[kw2 - 1] < FP_HOT) { /* each automaton alone from here */
            uint64_t no = ks[0];
            const uint32_t *pr = (const uint32_t *)(const void *)(ks + 1);
            for (uint32_t q = 0; q < FP_PAIRS && pr[q]; q++) {
                const struct fp_comp *cd = &fp->cd[pr[q] >> 16];
                if ((no >> cd->slot) & 1u) continue;
                if (!dfa_run_from(m, &pb->dfa[cd->di], cd->f, text, len, end, i0, (pr[q] & 0xFFFFu) - 1))
                    no |= 1ull << cd->slot;
            }
            *nop = no;
            return true;
        }
        ks[kw2 - 1] = 0; /* (the next transition needs as many again) */
        st = fp_build(m, pb, st, cl);
        if (st >= LTAB_FULL) {
            fp_drop(fp, st);
            return false;
        }
        tr = fp->t.trans;
        if (!fp->t.keys[(size_t)st * kw2 + kw2 - 2]) break;
    }
    const uint64_t *k = fp->t.keys + (size_t)st * kw2;
    *nop = k[0] | (i < len ? 0 : k[kw2 - 2]);
    return true;
}

/* Removes from pb->sm[q] the rules that cannot match from pb->spos[q] by their automata run
 * forwards, each alone: the rule's own (dn_date_rule.nfa), then the one with the words of the
 * classes (dn_date_rule.nfaw). */
static void fwd_alone(const dener_model *m, struct pbank *pb, const char *text, size_t len, size_t q) {
    const uint64_t c0 = pb->wb->nfa_incl, cw = pb->wb->nfaw_incl;
    const size_t nr = m->ndate_rules, pos = pb->spos[q];
    uint64_t mk = pb->sm[q];
    for (uint64_t x = mk & (c0 | cw); x; x &= x - 1) {
        int s = __builtin_ctzll(x);
        size_t ri = pb->wb->slot_rule[s];
        const dn_date_rule *r = &m->date_rules[ri];
        if (((c0 >> s) & 1u) && !dfa_may_match(m, pb->dfa, ri + nr, r->nfa, text, len, pos)) mk &= ~(1ull << s);
        else if (((cw >> s) & 1u) && !dfa_may_match(m, pb->dfa, ri, r->nfaw, text, len, pos)) mk &= ~(1ull << s);
    }
    pb->sm[q] = mk;
}

/* The automata runs of fwd_alone for n (start, automaton), DFA_LANES at once, a step of each in
 * turn (as fp_lanes; a lane whose run ends takes the next at once); a run whose transition is
 * missing goes on alone (dfa_run_from) after the others. A slot with both automata runs both
 * (fwd_alone runs the second only if the first may match: the same slots are ruled out). */
#define DFA_LANES 12
#define DFA_BUF 64 /* runs gathered for one dfa_lanes (and up to 2 * 64 more of the last start) */
struct dfa_task { uint32_t q, di; uint8_t slot; const struct dn_nfa *f; };
static void dfa_lanes(const dener_model *m, struct pbank *pb, const char *text, size_t len, const struct dfa_task *tk, uint32_t n) {
    const unsigned char *t = (const unsigned char *)text;
    size_t li[DFA_LANES], le[DFA_LANES];
    uint32_t lst[DFA_LANES], lk[DFA_LANES], run = 0, next = 0, nb = 0;
    const uint16_t *tr[DFA_LANES];
    const uint8_t *cm[DFA_LANES];
    uint32_t nc[DFA_LANES];
    size_t bi[DFA_BUF + 2 * 64]; /* the runs that lack a transition: task, byte and state */
    uint32_t bk[DFA_BUF + 2 * 64], bst[DFA_BUF + 2 * 64];
    for (uint32_t j = 0; j < n; j++) { /* (first all the start states: making one may move a table) */
        ldfa *d = &pb->dfa[tk[j].di];
        if (!d->dead && !d->nst) dfa_state(&m->alloc, d, tk[j].f, tk[j].f->first);
    }
#define DFA_TAKE(l) /* lane l takes the next run (if any) */                                  \
    while (next < n) {                                                                     \
        const uint32_t j = next++;                                                         \
        const ldfa *d = &pb->dfa[tk[j].di];                                                 \
        if (d->dead || !d->nst) continue; /* (may match) */                                \
        const size_t s = pb->spos[tk[j].q];                                                 \
        tr[l] = d->trans, cm[l] = tk[j].f->cmap, nc[l] = d->ncls, lk[l] = j;               \
        li[l] = s, le[l] = len - s > NFA_STEPS ? s + NFA_STEPS : len, lst[l] = 0;          \
        run |= 1u << l;                                                                    \
        break;                                                                             \
    }
    for (uint32_t l = 0; l < DFA_LANES; l++) DFA_TAKE(l)
    while (run)
        for (uint32_t x = run; x; x &= x - 1) {
            const uint32_t l = (uint32_t)__builtin_ctz(x);
            size_t i = li[l];
            const unsigned b = t[i++];
            if (b >= 0x80) /* (as dfa_run_from) */
                for (int k = 0; k < 3 && i < len && (t[i] & 0xC0) == 0x80; k++) i++;
            const uint16_t e = tr[l][lst[l] * nc[l] + cm[l][b]];
            if (e >= DFA_ST0) {
                li[l] = i, lst[l] = e - DFA_ST0;
                if (i < le[l]) { /* (the next read, fetched while the other lanes step) */
                    __builtin_prefetch(&tr[l][lst[l] * nc[l] + cm[l][t[i]]]);
                    continue;
                }
                if (i >= len) pb->sm[tk[lk[l]].q] &= ~(1ull << tk[lk[l]].slot); /* (at the end of the text the rule needs more) */
            } else if (e == DFA_UNKNOWN) { /* (li stays at the byte: dfa_run_from goes on from there) */
                bk[nb] = lk[l], bi[nb] = li[l], bst[nb++] = lst[l];
            } else if (e == DFA_NO)
                pb->sm[tk[lk[l]].q] &= ~(1ull << tk[lk[l]].slot);
            run &= ~(1u << l);
            DFA_TAKE(l)
        }
#undef DFA_TAKE
    for (uint32_t j = 0; j < nb; j++) {
        const struct dfa_task *k = &tk[bk[j]];
        const size_t s = pb->spos[k->q];
        if (!dfa_run_from(m, &pb->dfa[k->di], k->f, text, len, len - s > NFA_STEPS ? s + NFA_STEPS : len, bi[j], bst[j]))
            pb->sm[k->q] &= ~(1ull << k->slot);
    }
}

/* The starts of fwd_checks run through pb->fp, FP_LANES at once: their walks along the
 * transitions pb->fp has are independent, so one step of each is taken in turn (the processor
 * overlaps their reads of the transition table, which mostly miss its caches); a lane whose walk
 * ends takes the next start at once (the walks differ in length: so as many reads are under way
 * until the last few starts); a start whose walk lacks a transition goes on alone (fp_resume)
 * after the others. ln: the starts (index in pb->spos) and their start states, all made since the
 * states were last dropped. */
#define FP_LANES 12
#define FP_BUF 64 /* starts gathered for one fp_lanes */
struct fp_lane { uint32_t q, st; };
static void fp_lanes(const dener_model *m, struct pbank *pb, const char *text, size_t len, struct fp_lane *ln, uint32_t nl) {
    fprod *fp = &pb->fp;
    const unsigned char *t = (const unsigned char *)text;
    const uint32_t ncls = fp->ncls;
    const uint16_t *tr = fp->t.trans;
    const uint64_t(*fin)[2] = fp->fin;
    size_t li[FP_LANES], le[FP_LANES];
    uint32_t lst[FP_LANES], lq[FP_LANES], run = 0, next = 0, nb = 0;
    /* (a walk that lacks a transition: its entry of ln is reused for (start, state), its byte in bi) */
    size_t bi[FP_BUF];
#define FP_TAKE(l) /* lane l takes the next start whose walk does not end at once (if any) */   \
    while (next < nl) {                                                                   \
        const uint32_t q = ln[next].q, st = ln[next++].st;                                \
        const uint64_t *k = fin[st];                                                      \
        if (!k[1]) { /* (nothing runs) */                                                 \
            pb->sm[q] &= ~k[0];                                                         \
            continue;                                                                     \
        }                                                                                 \
        const size_t s = pb->spos[q];                                                      \
        li[l] = s, le[l] = len - s > NFA_STEPS ? s + NFA_STEPS : len, lst[l] = st, lq[l] = q; \
        run |= 1u << l;                                                                   \
        break;                                                                            \
    }
    for (uint32_t l = 0; l < FP_LANES; l++) FP_TAKE(l)
    while (run)
        for (uint32_t x = run; x; x &= x - 1) {
            const uint32_t l = (uint32_t)__builtin_ctz(x);
            size_t i = li[l];
            const unsigned b = t[i++];
            if (b >= 0x80) /* (as fp_resume) */
                for (int k = 0; k < 3 && i < len && (t[i] & 0xC0) == 0x80; k++) i++;
            const uint32_t nx = tr[(size_t)lst[l] * ncls + fp->cmap[b]];
            if (!nx) /* (li stays at the byte: fp_resume goes on from there) */
                ln[nb] = (struct fp_lane){lq[l], lst[l]}, bi[nb++] = li[l];
            else {
                li[l] = i, lst[l] = (nx & (FP_STOP - 1)) - 1;
                if (!(nx & FP_STOP) && i < le[l]) { /* (the next read, fetched while the other lanes step) */
                    __builtin_prefetch(&tr[(size_t)lst[l] * ncls + fp->cmap[t[i]]]);
                    continue;
                }
                const uint64_t *k = fin[lst[l]];
                pb->sm[lq[l]] &= ~(k[0] | (i < len ? 0 : k[1]));
            }
            run &= ~(1u << l); /* (the walk ended: the lane takes the next start) */
            FP_TAKE(l)
        }
#undef FP_TAKE
    const uint32_t drops = fp->drops;
    for (uint32_t j = 0; j < nb; j++) {
        uint64_t no;
        if (fp->drops == drops && fp_resume(m, pb, text, len, pb->spos[ln[j].q], ln[j].st, bi[j], &no))
            pb->sm[ln[j].q] &= ~no;
        else /* (the states were dropped) */
            fwd_alone(m, pb, text, len, ln[j].q);
    }
}

/* Removes from pb->sm[0..k-1] the rules that cannot match from there by their automata run
 * forwards (see fwd_alone): all at once by pb->fp where it can (FP_LANES starts at a time), else
 * each alone. */
static void fwd_checks(const dener_model *m, struct pbank *pb, const char *text, size_t len, size_t k) {
    const uint64_t c0 = pb->wb->nfa_incl, cw = pb->wb->nfaw_incl, any = c0 | cw;
    fp_setup(m, pb);
    fprod *fp = &pb->fp;
    const bool use = fp->ok;
    struct fp_lane ln[FP_BUF];
    struct dfa_task dt[DFA_BUF + 2 * 64];
    uint32_t nl = 0, nd = 0, drops = fp->drops;
    const size_t nr = m->ndate_rules;
    for (size_t q = 0;; q++) {
        if (nl && (q == k || nl == FP_BUF)) {
            fp_lanes(m, pb, text, len, ln, nl);
            nl = 0, drops = fp->drops;
        }
        if (nd && (q == k || nd >= DFA_BUF)) {
            dfa_lanes(m, pb, text, len, dt, nd);
            nd = 0;
        }
        if (q == k) break;
        const uint64_t need0 = c0;
        const uint64_t x0 = pb->sm[q] & any;
        const uint64_t x1 = x0 & (x0 - 1);
        if (use && x1) { /* (one rule alone is as fast) */
            /* (two ways, the one used last first: two sets of rules that start often and meet in
             * one entry would push each other out before either is FP_HOT, each start alone) */
            const uint64_t key = x0 ^ (x0 >> 29) ^ ((uint64_t)(need0 != 0) << 40);
            struct fp_start *sp = &fp->start[(uint32_t)(key * 0x9E3779B97F4A7C15ull >> 56) * 2];
            if (sp->x != x0 || sp->need0 != (need0 != 0)) {
                const struct fp_start o = sp[0];
                if (sp[1].x == x0 && sp[1].need0 == (need0 != 0)) sp[0] = sp[1];
                else sp[0] = (struct fp_start){x0, UINT32_MAX, 0, need0 != 0};
                sp[1] = o;
            }
            if (++sp->n >= FP_HOT) {
                const uint32_t st = fp_begin(m, pb, x0, need0 != 0, sp);
                if (fp->drops != drops) { /* the states of the starts gathered are gone: each alone */
                    for (uint32_t l = 0; l < nl; l++) fwd_alone(m, pb, text, len, ln[l].q);
                    nl = 0, drops = fp->drops;
                }
                if (st != UINT32_MAX) {
                    ln[nl++] = (struct fp_lane){(uint32_t)q, st};
                    continue;
                }
            }
        }
        for (uint64_t x = x0; x; x &= x - 1) { /* each alone (see fwd_alone), by dfa_lanes */
            const int s = __builtin_ctzll(x);
            const size_t ri = pb->wb->slot_rule[s];
            const dn_date_rule *r = &m->date_rules[ri];
            if ((c0 >> s) & 1u) dt[nd++] = (struct dfa_task){(uint32_t)q, (uint32_t)(ri + nr), (uint8_t)s, r->nfa};
            if ((cw >> s) & 1u) dt[nd++] = (struct dfa_task){(uint32_t)q, (uint32_t)ri, (uint8_t)s, r->nfaw};
        }
    }
}

/* Splits the start positions (p->spos, p->smask: for each, the rules with a start filter ("slots")
 * that may start there) into one list per slot (see priv.spos), after removing the rules whose
 * automata cannot match there (fwd_checks), so that each rule visits only its own. */
static int slot_lists(const dener_model *m, priv *p, const char *text, size_t len) {
    const dn_alloc *a = &m->alloc;
    size_t k = p->nsp;
    const int nb = 1 + p->nxb;
    for (int b = 0; b < nb; b++) {
        struct pbank *pb = pbk(p, b);
        for (uint64_t x = pb->some; x; x &= x - 1) pb->scnt[__builtin_ctzll(x)] = 0; /* (the last call's) */
        pb->some = 0;
    }
    /* what the byte before each start rules out (find_starts leaves it to here at the start of a
     * chunk; elsewhere it is done already, and doing it again changes nothing) */
    const unsigned char *u = (const unsigned char *)text;
    for (int b = 0; b < nb; b++) {
        struct pbank *pb = pbk(p, b);
        const uint64_t *prevr = pb->wb->prevr;
        uint64_t *sm = pb->sm;
        const uint32_t *sp = b ? pb->own : p->spos;
        const size_t kb = b ? pb->n : k;
        const struct dn_slot_bank *wb = pb->wb;
        const uint64_t lbi = wb->lb_incl, lbm = wb->lb_more;
        for (size_t q = 0; q < kb; q++) {
            const size_t pos = sp[q];
            if (pos > 0 && u[pos - 1] < 0x80) sm[q] &= ~prevr[u[pos - 1]];
            if (!(sm[q] & lbi)) continue;
            /* the bytes that a leading look-behind allows before the start: the first two by
             * lbr, the others rule by rule */
            uint64_t x = sm[q] & lbm;
            if (pos >= 2) sm[q] &= ~(wb->lbr[0][u[pos - 1]] | wb->lbr[1][u[pos - 2]]);
            else x = sm[q] & lbi;
            for (x &= sm[q]; x; x &= x - 1) {
                const int s = __builtin_ctzll(x);
                const dn_date_rule *r = &m->date_rules[wb->slot_rule[s]];
                bool ok = pos >= r->lbn;
                for (unsigned k = 0; ok && k < r->lbn; k++) ok = fs_has_b(r->lb[k], u[pos - 1 - k]);
                if (!ok) sm[q] &= ~(1ull << s);
            }
        }
        pb->spos = sp, pb->dfa = p->dfa;
        if (kb && p->dfa) fwd_checks(m, pb, text, len, kb);
    }
    /* (scnt is all 0 here) */
    size_t tot = 0;
    for (int b = 0; b < nb; b++) {
        struct pbank *pb = pbk(p, b);
        uint32_t *cnt = pb->scnt;
        uint64_t some = 0;
        const size_t kb = b ? pb->n : k;
        for (size_t q = 0; q < kb; q++) {
            some |= pb->sm[q];
            for (uint64_t x = pb->sm[q]; x; x &= x - 1) cnt[__builtin_ctzll(x)]++;
        }
        for (uint64_t x = some; x; x &= x - 1) {
            int s = __builtin_ctzll(x);
            pb->sbeg[s] = (uint32_t)tot;
            tot += cnt[s];
        }
        pb->some = some;
    }
    /* positions per slot, in place of the merged list: a second buffer */
    if (!DN_GROW(a, p->rare, p->rarecap, tot + 1)) {
        for (int b = 0; b < nb; b++) {
            struct pbank *pb = pbk(p, b);
            for (uint64_t x = pb->some; x; x &= x - 1) pb->scnt[__builtin_ctzll(x)] = 0;
            pb->some = 0;
        }
        return DENER_ERR_NOMEM;
    }
    uint32_t *out = p->rare;
    for (int b = 0; b < nb; b++) {
        const struct pbank *pb = pbk(p, b);
        uint32_t fill[64];
        for (uint64_t x = pb->some; x; x &= x - 1) fill[__builtin_ctzll(x)] = pb->sbeg[__builtin_ctzll(x)];
        const uint32_t *sp = b ? pb->own : p->spos;
        const size_t kb = b ? pb->n : k;
        for (size_t q = 0; q < kb; q++)
            for (uint64_t x = pb->sm[q]; x; x &= x - 1) out[fill[__builtin_ctzll(x)]++] = sp[q];
    }
    p->sproom = 0; /* (spos grows alone) */
    if (!DN_GROW(a, p->spos, p->spcap, tot + 1)) return DENER_ERR_NOMEM;
    memcpy(p->spos, out, tot * sizeof *out);
    return DENER_OK;
}

/* Whether a value begins with a year ("2024", "2024-03", "2024-03-05", "2024-03-05T18:30", "2024-Q3",
 * "2024-H2"); if so, r gets its year, first month and day (UNK where the value names none). */
static bool value_ref(const char *v, refdate *r) {
    for (int q = 0; q < 4; q++)
        if (v[q] < '0' || v[q] > '9') return false;
    if (v[4] != 0 && v[4] != '-') return false;
    int y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0'), mo = UNK, d = UNK;
    if (v[4] == '-') {
        if (v[5] >= '0' && v[5] <= '1' && v[6] >= '0' && v[6] <= '9') {
            mo = (v[5] - '0') * 10 + (v[6] - '0');
            if (v[7] == '-' && v[8] >= '0' && v[8] <= '3' && v[9] >= '0' && v[9] <= '9' && (v[10] == 0 || v[10] == 'T'))
                d = (v[8] - '0') * 10 + (v[9] - '0');
        } else if (v[5] == 'Q' && v[6] >= '1' && v[6] <= '4') mo = 3 * (v[6] - '1') + 1;
        else if (v[5] == 'H' && v[6] >= '1' && v[6] <= '2') mo = 6 * (v[6] - '1') + 1;
        if (mo != UNK && (mo < 1 || mo > 12)) mo = d = UNK;
    }
    *r = (refdate){y, mo, d, y};
    return true;
}

/* Does the "." at text[i] (i > b1) end an ordinal, a regnal number or an initial ("am 9. November",
 * "Wilhelm II. floh", "Thomas K. sagte"), not a sentence? */
static bool dot_in_name(const char *text, uint32_t b1, uint32_t i) {
    if (text[i] != '.' || i == b1) return false;
    unsigned char c = (unsigned char)text[i - 1];
    if (c >= '0' && c <= '9') return true;
    uint32_t j = i;
    while (j > b1 && text[j - 1] && strchr("IVXLC", text[j - 1])) j--;
    if (j < i && i - j <= 6 && (j == b1 || text[j - 1] == ' ')) return true; /* (a Roman numeral word) */
    return c >= 'A' && c <= 'Z' && (i - 1 == b1 || text[i - 2] == ' '); /* (an initial) */
}

/* The sentence ends in text[b1..b0) (between the end of a date and the start of the next), up to
 * 2; 2 also if it holds a line break or is longer than max bytes. */
static int sentence_ends(const char *text, uint32_t b1, uint32_t b0, uint32_t max) {
    if (b0 < b1 || b0 - b1 > max) return 2;
    int ends = 0;
    for (uint32_t i = b1; i < b0 && ends < 2; i++) {
        if (text[i] == '\n') return 2;
        if ((text[i] == '.' || text[i] == '!' || text[i] == '?') && i + 1 < b0 && text[i + 1] == ' ' &&
            !dot_in_name(text, b1, i))
            ends++;
    }
    return ends;
}

/* Is the text between a day of anchor=next and the date after it one short word ("des", "von")? */
static bool next_gap(const char *s, size_t n) {
    if (n < 3 || n > 6 || s[0] != ' ' || s[n - 1] != ' ') return false;
    for (size_t i = 1; i + 1 < n; i++)
        if (!(s[i] >= 'a' && s[i] <= 'z')) return false;
    return true;
}

/* Whether text[b1..b0) lies within one sentence or runs into the next only (400 bytes at most). */
static bool near_prev(const char *text, uint32_t b1, uint32_t b0) { return sentence_ends(text, b1, b0, 400) <= 1; }

/* Whether text[b1..b0) lies within one sentence (300 bytes at most). */
static bool same_sentence(const char *text, uint32_t b1, uint32_t b0) { return sentence_ends(text, b1, b0, 300) == 0; }

int dn_dates_find(const dener_model *m, dn_date_scratch *ds, const char *text, size_t len, const dn_tokens *tk,
                  const char *docdate) {
    ds->n = 0;
    if (!m->ndate_rules || !len) return DENER_OK;
    if (len >= UINT32_MAX) return DENER_ERR_TOO_LARGE;
    priv *p = get_priv(m, ds);
    if (!p) return DENER_ERR_NOMEM;
    p->m = m;
    p->tc = &tk->tc;
    p->nc = 0;
    if (!p->lk) p->lk = dn_calloc(&m->alloc, LK_SIZE, sizeof *p->lk); /* (without memory: no cache) */
    if (p->lkb_m != m) {
        if (!p->lkb) p->lkb = dn_malloc(&m->alloc, ((size_t)1 << LKB_BITS) * sizeof *p->lkb);
        if (p->lkb) memset(p->lkb, 0, ((size_t)1 << LKB_BITS) * sizeof *p->lkb);
        p->lkb_m = m;
    }
    if (p->ccs_m != m) {
        if (!p->ccs_raw) {
            p->ccs_raw = dn_malloc(&m->alloc, (((size_t)1 << CCS_BITS) + 1) * sizeof *p->ccs);
            p->ccs = p->ccs_raw ? (struct ccs *)(void *)((char *)p->ccs_raw + (-(uintptr_t)p->ccs_raw & 63)) : NULL;
        }
        if (p->ccs) memset(p->ccs, 0, ((size_t)1 << CCS_BITS) * sizeof *p->ccs);
        p->ccs_m = m;
    }
    if (++p->gen == 0) { /* wrapped: entries of gen 0 would look valid */
        if (p->lk) memset(p->lk, 0, LK_SIZE * sizeof *p->lk);
        p->gen = 1;
    }
    uint32_t pairs = m->date_words ? m->date_words->max_groups + 1 : 1;
    if (!p->dfa && m->ndate_rules) { /* (without memory: no automata, the same dates) */
        p->dfa = dn_calloc(&m->alloc, 2 * m->ndate_rules, sizeof *p->dfa);
        p->ndfa = p->dfa ? 2 * m->ndate_rules : 0;
    }
    if (!p->md || p->md_pairs < pairs) {
        if (p->md) pcre2_match_data_free(p->md);
        p->md = pcre2_match_data_create(pairs, p->gc);
        if (!p->md) return DENER_ERR_NOMEM;
        p->md_pairs = pairs;
    }
    /* per form: the closed compound test done (bit 0 without a node, bit 1 with), its result in fcc */
    p->nfst = 0;
    if (tk->nforms && DN_GROW(&m->alloc, p->fst, p->fst_cap, tk->nforms) &&
        (p->fcc_cap >= 2 * tk->nforms || DN_GROW(&m->alloc, p->fcc, p->fcc_cap, 2 * tk->nforms))) {
        memset(p->fst, 0, tk->nforms); /* (without memory: no cache) */
        p->nfst = tk->nforms;
    }
    /* Windows: every date holds a digit or a word of a class the date rules look up (month,
     * weekday, unit, ...). Each such token opens a window from 6 tokens before it to 10 after. */
    p->nwin = 0;
    const struct dn_date_words *dw0 = m->date_words;
    /* (in locals: the stores below could alias them for the compiler) */
    const dn_token *const tt = tk->t;
    const size_t ntok = tk->n, nforms = tk->nforms;
    const dn_form *const forms = tk->forms;
    const uint64_t trig = m->date_triggers;
    struct ccs *const ccs = p->ccs;
    for (size_t i = 0; i < ntok; i++) {
        const dn_token *t = &tt[i];
        if (ccs && i + CCS_AHEAD < ntok) { /* (the test below, but for what needs the node: a slot fetched for nothing does no harm) */
            const dn_token *u = &tt[i + CCS_AHEAD];
            if (((u->flags & DN_T_CAP) != 0) & (u->keylen - 7u <= CCS_BYTES - 7u) & (u->form < nforms))
                __builtin_prefetch(&ccs[ccs_index(forms[u->form].hash, u->node)]);
        }
        uint64_t cls = t->classes | t->head;
        const unsigned fl = t->flags;
        /* (the node's class_prefix only if it may have a trigger class: see cpfx) */
        if (dw0) { /* (one branch for both tests: each goes either way) */
            const uint32_t h = cpfx_hash(t->node);
            if ((t->node != 0) & (unsigned)((dw0->cpfx[h >> 6] >> (h & 63)) & 1u)) cls |= m->nodes[t->node].class_prefix;
        } else if (t->node)
            cls |= m->nodes[t->node].class_prefix;
        cls &= trig;
        bool digit = (fl & (DN_T_NUM | DN_T_ORD)) != 0;
        if (!(fl & (DN_T_NUM | DN_T_ORD | DN_T_PUNCT))) {
            if (t->form < nforms) digit = forms[t->form].digit; /* (the same bytes) */
            else
                for (uint32_t b = t->b0; b < t->b1 && !digit; b++) digit = text[b] >= '0' && text[b] <= '9';
        }
        /* the closed compound test below depends on the key (the bytes) and on whether the token
         * has a node: once per form and document */
        if ((cls | (uint64_t)digit) || !(((fl & DN_T_CAP) != 0) & (t->keylen >= 7))) { /* (the last two as one branch: each goes either way) */
            /* (a window, or none: no closed compound test) */
        } else if (t->form < p->nfst && (p->fst[t->form] >> (t->node ? 1 : 0)) & 1u) {
            cls = p->fcc[2 * (size_t)t->form + (t->node ? 1 : 0)];
        } else {
            uint8_t *fs = t->form < p->nfst ? &p->fst[t->form] : NULL;
            /* a closed compound that starts or ends with a trigger word: "Freitagabend",
             * "Neunzigerjahre", "Achtzigern", "Jahresende" */
            const char *k = tk->keys.p + t->key;
            /* prefixes through the byte trie of date words (it holds every lexicon word with
             * a date class, with its class_mask & date_triggers), suffixes through the lexicon */
            const struct dn_date_words *dw = m->date_words;
            uint32_t wn = 0;
            size_t walked = 0;
            bool walk = dw != NULL;
            /* (the result depends on the key and on whether there is a node: cached from one
             * document to the next) */
            struct ccs *cc = NULL;
            uint32_t ch = 0;
            size_t l0 = 4;
            if (ccs && t->keylen <= CCS_BYTES) {
                ch = (t->form < nforms ? forms[t->form].hash : dn_chunk_hash(k, t->keylen)) ^ (t->node ? 0x5bd1e995u : 0);
                cc = &ccs[ch >> (32 - CCS_BITS)];
                if (cc->len == t->keylen && cc->hash == ch && cc->node == (t->node != 0) &&
                    (t->keylen <= 24 ? dn_eq24(cc->bytes, k, t->keylen) : memcmp(cc->bytes, k, t->keylen) == 0))
                    cls = cc->cls, l0 = SIZE_MAX - 2;
            }
            /* (every suffix looked up ends as the key does: none can be an entry of a trigger
             * class unless one ends so) */
            bool sfx = t->node != 0;
            if (sfx && dw && !(m->date_triggers & ~dw->sfx3_cls)) {
                uint32_t h = sfx3_hash(k, t->keylen);
                sfx = (dw->sfx3[h >> 6] >> (h & 63)) & 1u;
            }
            if (walk && l0 == 4) { /* two ASCII letters: the first two steps of the walk by root and d2 */
                const unsigned a0 = (unsigned)(unsigned char)k[0] - 'a', a1 = (unsigned)(unsigned char)k[1] - 'a';
                if (a0 < 26u && a1 < 26u) {
                    wn = dw->d2[a0][a1]; /* (0 where root['a' + a0] is) */
                    walked = 2;
                    if (!wn) walk = false;
                }
            }
            for (size_t l = l0; l + 2 <= t->keylen && !cls; l++) {
                if (((unsigned char)k[l] & 0xC0) == 0x80) continue;
                while (walk && walked < l) {
                    wn = wnext(dw, wn, (uint8_t)k[walked++]);
                    if (!wn) walk = false;
                }
                if (walk) cls = dw->n[wn].cm;
                if (!sfx && !walk) break;
                uint32_t nd = sfx ? dn_trie_lookup(m, &tk->tc, 0, k + l - 1, t->keylen - l + 1) : 0;
                if (nd && !cls) cls = m->nodes[nd].class_mask & m->date_triggers;
            }
            if (cc && l0 == 4) {
                cc->len = (uint8_t)t->keylen, cc->hash = ch, cc->node = t->node != 0, cc->cls = cls;
                memcpy(cc->bytes, k, t->keylen);
            }
            if (fs) {
                *fs |= (uint8_t)(1u << (t->node ? 1 : 0));
                p->fcc[2 * (size_t)t->form + (t->node ? 1 : 0)] = cls;
            }
        }
        if (!cls && !digit) continue;
        size_t lo = i >= 6 ? i - 6 : 0, hi = i + 10 < ntok ? i + 10 : ntok - 1;
        if (p->nwin >= p->wcap && !DN_GROW(&m->alloc, p->win, p->wcap, p->nwin + 1)) return DENER_ERR_NOMEM;
        struct win *w = &p->win[p->nwin++];
        w->from = lo == 0 ? 0 : tt[lo].b0;
        w->to = hi + 1 >= ntok ? len : tt[hi].b1;
        w->cls = cls;
        w->digit = digit;
    }
    /* the merged windows of the rules that run on all of them (see run_rule) */
    p->nmwin = 0;
    for (size_t w = 0; w < p->nwin; w++) {
        size_t from = p->win[w].from, to = p->win[w].to;
        while (w + 1 < p->nwin && to - from < MERGE_MAX) {
            const struct win *nx = &p->win[w + 1];
            if (nx->from > to + 1) break;
            if (nx->to > to) to = nx->to;
            w++;
        }
        if (p->nmwin >= p->mwcap && !DN_GROW(&m->alloc, p->mwin, p->mwcap, p->nmwin + 1)) return DENER_ERR_NOMEM;
        p->mwin[p->nmwin++] = (struct win){from, to, 0, false};
    }
    p->fold.oom = false;
    const struct dn_date_words *dw = m->date_words;
    bool fast = dw && dw->any_fast;
    if (fast && p->nwin) {
        int rc = banks_setup(m, p);
        if (rc) return rc;
        rc = p->nxb ? find_starts_x(m, p, tk, text, len) : find_starts_1(m, p, tk, text, len);
        if (rc) return rc;
        rc = slot_lists(m, p, text, len);
        if (rc) return rc;
    }
    /* the rules of the slots with starts, in rule order: a bank's slots are in rule order (see
     * slots_order), the next rule is that of bank 0 or the least of the other banks' next, xr (of
     * bank xi; up to 8 banks, with more every rule in order) */
    const int nbk = 1 + p->nxb;
    const bool by_slot = fast && p->nwin && dw->all_fast && nbk <= 8;
    uint64_t some[8] = {0};
    for (int b = 0; by_slot && b < nbk; b++) some[b] = pbk(p, b)->some;
    uint32_t xr = UINT32_MAX;
    int xi = 0;
#define NEXT_X() /* (xr, xi of the other banks) */                                     \
    do {                                                                               \
        xr = UINT32_MAX;                                                               \
        for (int b = 1; b < nbk; b++)                                                  \
            if (some[b] && wbank(dw, b)->slot_rule[__builtin_ctzll(some[b])] < xr)     \
                xi = b, xr = wbank(dw, b)->slot_rule[__builtin_ctzll(some[b])];        \
    } while (0)
    if (by_slot) NEXT_X();
    for (size_t i = 0; i < m->ndate_rules; i++) {
        if (by_slot) {
            const uint32_t r0 = some[0] ? dw->b0.slot_rule[__builtin_ctzll(some[0])] : UINT32_MAX;
            if (r0 < xr) {
                i = r0;
                some[0] &= some[0] - 1;
            } else if (xr != UINT32_MAX) {
                i = xr;
                some[xi] &= some[xi] - 1;
                NEXT_X();
            } else
                break;
        }
        const dn_date_rule *r = &m->date_rules[i];
        int slot = fast && p->nwin ? r->slot : -1;
        if (r->fast && slot >= 0 && !((pbk(p, slot >> 6)->some >> (slot & 63)) & 1u)) continue; /* no start */
        int rc = run_rule(m, p, r, slot, text, len);
        if (rc) return rc;
        if (p->fold.oom) return DENER_ERR_NOMEM; /* a word could not be looked up */
    }
#undef NEXT_X
    long kept = select_cands(m, p, len);
    if (kept < 0) return (int)kept;

    /* the reference date */
    refdate doc = {UNK, UNK, UNK, UNK}, ref;
    int dy, dm, dd;
    int prec = docdate ? dn_parse_iso_date(docdate, &dy, &dm, &dd) : 0;
    if (prec >= 1) doc.y = doc.pivot = dy;
    if (prec >= 2) doc.m = dm;
    if (prec >= 3) doc.d = dd;
    ref = doc;
    if (prec < 3) {
        for (long k = 0; k < kept; k++) {
            const fields *f = &p->idx[k]->f;
            int y;
            if (!absolute_day(f, &doc, &y)) continue;
            if (prec == 0 && f->y == UNK) continue;
            if (prec >= 1 && y != doc.y) continue;
            if (prec >= 2 && f->m != doc.m) continue;
            ref.y = y;
            ref.m = f->m;
            ref.d = f->d;
            if (ref.pivot == UNK) ref.pivot = y;
            break;
        }
    }

    if (!DN_GROW(&m->alloc, ds->d, ds->cap, (size_t)kept + 1)) return DENER_ERR_NOMEM;
    if (p->tense_m != m)
        p->cls_tense = dn_class_id(m, "tense"), p->cls_det = dn_class_id(m, "determiner"),
        p->cls_event = dn_class_id(m, "event"), p->tense_m = m;
    int cls_tense = p->cls_tense, cls_det = p->cls_det;
    /* the date before: its anchor month and tense, for a date joined to it as the end of a period
     * or a pair ("bis", "und", "-": pair_gap) */
    int prev_pm = 0, prev_pl = 0, prev_tense = 0;
    bool prev_hist = false; /* the date before took the year of the chain (from_hist below) */
    int64_t prev_wd = INT64_MIN; /* the day of the date before if it was a weekday alone */
    int64_t per_lo = INT64_MIN, per_hi = INT64_MIN; /* the last period of days named ("vom 13. bis 17. Mai") */
    uint32_t per_b1 = 0;
    int64_t week_mon = INT64_MIN; /* the Monday of the last ISO week named ("in dieser Woche") */
    uint32_t week_b1 = 0;
    uint32_t prev_b1 = UINT32_MAX;
    refdate last = {UNK, UNK, UNK, UNK}; /* the last date exact to the day */
    refdate last0 = last;                /* ... or, if that is the second of a pair, the first */
    refdate prevd = {UNK, UNK, UNK, UNK}; /* the last date of at least a year, and where it ends */
    uint32_t prevd_b1 = 0;
    /* the last quarter and the last month named as such ("im dritten Quartal 2024", "im Oktober"):
     * what "Vorjahresquartal" and "Vormonat" count from, past the days and periods named between */
    refdate prevq = {UNK, UNK, UNK, UNK}, prevmo = {UNK, UNK, UNK, UNK};
    uint32_t prevq_b1 = 0, prevmo_b1 = 0;
    char prevper[DN_DATE_VALUE_MAX] = ""; /* (the last period of a quarter, half or month: "2025-H1") */
    uint32_t prevper_b1 = 0;
    refdate hist = {UNK, UNK, UNK, UNK}; /* the last date with a written year and a month or season */
    uint32_t hist_b1 = 0;
    bool hist_year = false; /* hist is a year alone, after "Jahr" ("Im Jahr 1848 kam es am 18. März"):
                               it holds only in its own sentence and a past one */
    /* a day counted from the date right after it ("am Vorabend des 1. Mai", anchor=next): its output
     * index and offset in days, fixed when that date's value is known */
    size_t eve_o = SIZE_MAX;
    int eve_off = 0;
    for (long k = 0; k < kept; k++) {
        const cand *c = p->idx[k];
        const bool joined = prev_b1 != UINT32_MAX && c->b0 >= prev_b1 && pair_gap(text + prev_b1, c->b0 - prev_b1);
        const cand *nx = k + 1 < kept ? p->idx[k + 1] : NULL; /* (the date after) */
        int pm = c->pm, pl = c->pl;
        if (!pm && joined && c->f.y == UNK && c->f.m != UNK) pm = prev_pm, pl = prev_pl;
        /* two dates of different rules joined by "bis" or "und" are a pair as well ("vom 28. April
         * bis 20. Mai"): the first knows the second's month */
        if (!pm && c->f.y == UNK && c->f.m >= 1 && c->f.m <= 12 && nx && !nx->pm && nx->f.y == UNK && nx->f.m >= 1 &&
            nx->f.m <= 12 && nx->b0 >= c->b1 && pair_gap(text + c->b1, nx->b0 - c->b1))
            pm = c->f.m, pl = nx->f.m;
        dn_date *o = &ds->d[ds->n];
        memset(o, 0, sizeof *o);
        o->b0 = c->b0;
        o->b1 = c->b1;
        o->prio = c->prio;
        o->source = c->src;
        int tense = 0;
        const bool lone_wd = c->f.wd != UNK && c->f.d == UNK && c->f.dir == UNK && !c->f.wdset;
        /* ("am Wochenende": this week's or, in a past sentence, the one before) */
        const bool lone_we = c->f.deictic && strcmp(m->pool + c->f.deictic, "WE+0") == 0;
        if (joined) tense = prev_tense;
        else if (c->f.deictic && strchr(m->pool + c->f.deictic, '~')) {
            /* (the nearest year's end or start: the sentence's tense, not a preposition's: "hat zum
             * Jahreswechsel die Leitung übernommen") */
            if ((tense = tense_at(m, tk, cls_tense, cls_det, c->b0, c->b1, false, false)) < -1) tense = -1;
        } else if (lone_wd || lone_we ||
                 (c->f.y == UNK && (c->f.m != UNK || c->f.hol || c->f.q != UNK || c->f.half != UNK || c->f.season[0]) && ref.m != UNK &&
                  (c->f.dir == UNK || !c->f.dir))) {
            tense = prep_cue(text, len, c->b0, c->b1, lone_wd || lone_we);
            if (tense == 4 || tense == 5) tense = clause_past(m, tk, cls_tense, c->b0, c->b1, tense == 5) ? -1 : 1;
            else if (tense == 2) tense = tense_at(m, tk, cls_tense, cls_det, c->b0, c->b1, lone_wd || lone_we, true) == -2 ? -1 : 1;
            else if (tense == 3) tense = tense_at(m, tk, cls_tense, cls_det, c->b0, c->b1, lone_wd || lone_we, false) == -2 ? -1 : 1;
            else if (!tense && (tense = tense_at(m, tk, cls_tense, cls_det, c->b0, c->b1, lone_wd || lone_we, false)) < -1) tense = -1;
        }
        /* a month or quarter of reported figures that ended in the last three months is that one,
         * also in a future sentence ("legt am Dienstag die Inflationsrate für August vor" in
         * September) */
        if (!joined && tense > 0 && c->f.y == UNK && c->f.dir == UNK && ref.m != UNK &&
            ((c->f.m >= 1 && c->f.m <= 12 && c->f.d == UNK) || (c->f.m == UNK && c->f.q >= 1 && c->f.q <= 4)) &&
            figures_period(m, tk, c->b0)) {
            const int end_m = c->f.m != UNK ? c->f.m : c->f.q * 3, back = (ref.m - end_m + 12) % 12;
            if (back >= 1 && back <= 3) tense = -1;
        }
        /* (a day in the first field of the sentence with a past right after it: tense -2) */
        if (tense == -1 && !joined && c->f.d != UNK && c->f.m == ref.m && ref.d != UNK && c->f.d > ref.d + 1 &&
            opens_past(m, tk, cls_tense, c->b0, c->b1))
            tense = -2;
        prev_tense = tense;
        prev_pm = c->f.y == UNK && c->f.m != UNK && c->f.m > 0 && c->f.m <= 12 ? (pm ? pm : c->f.m) : 0;
        prev_pl = prev_pm ? pl : 0;
        prev_b1 = c->b1;
        /* "zehn Tage später", "tags darauf" (rules with anchor=last) count from the last date exact
         * to the day before them, if there is one */
        const refdate *rr = c->anchor == ANCHOR_LAST && last.y != UNK ? &last : &ref;
        /* (a day before, "am Tag zuvor", "am Vorabend", counts from the first day of a pair: "vom 12.
         * bis 15. März ... Am Vorabend" is 11 March) */
        if (rr == &last && c->f.deictic && strncmp(m->pool + c->f.deictic, "D-", 2) == 0) rr = &last0;
        /* (years, decades, centuries and months later count from the date named just before, if
         * it has that precision: "im Oktober 1813 ... 100 Jahre später" is 1913) */
        if (c->anchor == ANCHOR_LAST && prevd.y != UNK && near_prev(text, prevd_b1, c->b0)) {
            const char *u = c->f.unit;
            if (strcmp(u, "Y") == 0 || strcmp(u, "DEC") == 0 || strcmp(u, "CEN") == 0 ||
                (prevd.m != UNK && (strcmp(u, "M") == 0 || strcmp(u, "Q") == 0 || strcmp(u, "H") == 0)))
                rr = &prevd;
        }
        /* "im Vorjahr", "im Vorquartal" (anchor=prev) count from the date named before them in the
         * same sentence or the one before, if there is one ("2024 ... im Vorjahr": 2023) */
        /* (a deictic value with "^", date-words.lex, counts so too) */
        const bool prev_anchor = c->anchor == ANCHOR_PREV || (c->f.deictic && strchr(m->pool + c->f.deictic, '^'));
        if (prev_anchor) {
            const char *dv = c->f.deictic ? m->pool + c->f.deictic : "";
            if (dv[0] == 'Q' && prevq.y != UNK && near_prev(text, prevq_b1, c->b0)) rr = &prevq;
            else if (dv[0] == 'M' && prevmo.y != UNK && near_prev(text, prevmo_b1, c->b0)) rr = &prevmo;
            else if (prevd.y != UNK && near_prev(text, prevd_b1, c->b0) && (dv[0] == 'Y' || prevd.m != UNK || strcmp(c->f.unit, "Y") == 0) &&
                     (dv[0] != 'D' || prevd.d != UNK))
                rr = &prevd;
        }
        /* a day or month without a year in a past (or tenseless) sentence after a date of the past
         * with its year, in the same sentence or the one before, is of that year, or the next if
         * its month comes earlier ("Am 30. Januar 1933 ... Am 27. Februar brannte", "im Sommer
         * 1990 ..., am 1. Juli"); only two years or more before the reference */
        const fields *cf = &c->f;
        fields fy;
        int ey = 0; /* (the year of a day of history, event_year) */
        bool from_hist = false; /* (it takes hist's year, and passes it on: "8. Mai 1945 ... 7. Mai ... 9. Mai") */
        /* the first date of a pair with a month but no year takes the second's year ("vom 12.
         * Juni bis 19. September 2027"; one year less if its month comes later: "20. Dezember bis
         * 6. Januar 2024") */
        if (c->f.y == UNK && c->f.m != UNK && !c->f.deictic && !c->f.hol && nx && nx->f.y != UNK && nx->f.ylen == 4 &&
            nx->f.m != UNK && !nx->f.bc && nx->b0 >= c->b1 && pair_gap(text + c->b1, nx->b0 - c->b1)) {
            fy = c->f;
            fy.y = nx->f.y - (c->f.m > nx->f.m ? 1 : 0);
            fy.ylen = 4;
            cf = &fy;
        } else if (c->f.y == UNK && (c->f.q != UNK || c->f.half != UNK) && c->f.m == UNK && c->f.dir == UNK && nx &&
                   nx->f.y == UNK && (nx->f.q != UNK || nx->f.half != UNK) && nx->f.m == UNK && nx->f.dir == UNK &&
                   nx->b0 >= c->b1 && pair_gap(text + c->b1, nx->b0 - c->b1)) {
            /* two quarters or halves without a year ("im ersten bis dritten Quartal"): the year
             * is the one the second gets, the end of the period */
            char v2[DN_DATE_VALUE_MAX], mod2[8];
            normalise(m, &nx->f, rr, tense, pm, 0, v2, mod2);
            if (v2[0] >= '1' && v2[0] <= '2' && v2[1] >= '0' && v2[1] <= '9' && v2[2] >= '0' && v2[2] <= '9' &&
                v2[3] >= '0' && v2[3] <= '9' && v2[4] == '-') {
                fy = c->f;
                fy.y = (v2[0] - '0') * 1000 + (v2[1] - '0') * 100 + (v2[2] - '0') * 10 + (v2[3] - '0');
                fy.ylen = 4;
                cf = &fy;
            }
        } else if (c->f.y == UNK && c->f.d != UNK && c->f.m >= 1 && c->f.m <= 12 && c->f.dir == UNK && !c->f.deictic &&
                   !c->f.hol && (ey = event_year(m, tk, p->cls_event, c->b0, c->f.m, c->f.d)) > 0 &&
                   (ref.y == UNK || ey <= ref.y)) {
            /* a day of history named by a word of its sentence ("Anschläge vom 11. September"), if it
             * lies before the reference */
            fy = c->f;
            fy.y = ey;
            fy.ylen = 4;
            cf = &fy;
        } else if (c->f.y == UNK && c->f.m != UNK && c->f.dir == UNK && !c->f.deictic && !c->f.hol && (!joined || prev_hist) &&
                   hist.y != UNK && ref.y != UNK &&
                   ((tense <= 0 && hist.y <= ref.y - 2 &&
                     (hist_year ? tense < 0 && same_sentence(text, hist_b1, c->b0) : near_prev(text, hist_b1, c->b0))) ||
                    /* the same ahead, in the same sentence, for a month not before the one named:
                     * "Im Jahr 2028 soll am 1. Juli ...", "im Frühjahr 2027 ..., im April" (not "ab
                     * Mai 2026 vor. ... am 5. April") */
                    (tense >= 0 && hist.y >= ref.y + 1 && same_sentence(text, hist_b1, c->b0) &&
                     (hist.m == UNK || c->f.m >= hist.m)))) {
            fy = c->f;
            fy.y = hist.y + (hist.m != UNK && c->f.m < hist.m ? 1 : 0);
            fy.ylen = 4;
            cf = &fy;
            from_hist = true;
        }
        normalise(m, cf, rr, tense, pm, pl, o->value, o->mod);
        /* a period of comparison in years ("^*", date-words.lex) after a quarter, half or month
         * keeps its length: "im ersten Halbjahr ... als im Vorjahreszeitraum" (2024-H1, not 2024) */
        if (prev_anchor && c->f.deictic && prevper[0] && near_prev(text, prevper_b1, c->b0)) {
            const char *dv = m->pool + c->f.deictic;
            if (dv[0] == 'Y' && (dv[1] == '-' || dv[1] == '+') && dv[2] >= '1' && dv[2] <= '9' && dv[3] == '^' && dv[4] == '*')
                snprintf(o->value, sizeof o->value, "%04d%s", atoi(prevper) + (dv[1] == '-' ? -1 : 1) * (dv[2] - '0'), prevper + 4);
        }
        if (c->range) {
            char mod2[8];
            normalise(m, &c->f2, rr, tense, pm, pl, o->value_end, mod2);
        }
        /* the second weekday of a period or pair is on or after the first ("von Montag bis Freitag"
         * on a Friday: the coming week's Monday and Friday) */
        int64_t wd_day = INT64_MIN;
        refdate wv;
        /* a weekday after a week named in its clause is that week's day ("In dieser Woche tagt der
         * Landtag von Mittwoch bis Freitag", "in der kommenden Woche ... am Dienstag"; not after a
         * comma: "reist in der kommenden Woche nach Nairobi, wie sein Ministerium am Sonntag
         * mitteilte") */
        if (lone_wd && week_mon != INT64_MIN && week_b1 <= c->b0 && !memchr(text + week_b1, ',', c->b0 - week_b1) &&
            same_sentence(text, week_b1, c->b0) && value_ref(o->value, &wv) && wv.d != UNK) {
            int vy, vm, vd;
            char head[40];
            civil_from_days(week_mon + c->f.wd - 1, &vy, &vm, &vd);
            snprintf(head, sizeof head, "%04d-%02d-%02d", vy, vm, vd);
            memcpy(o->value, head, 10); /* (a part of the day after it stays: "T" "EV") */
        }
        /* a weekday after a period of days ahead named in its sentence or the one before, with no
         * past cue, is that period's day ("vom 13. bis 17. Mai ... Am Samstagabend spielt ..."),
         * if the period holds one */
        if (lone_wd && !joined && tense >= 0 && per_lo != INT64_MIN && near_prev(text, per_b1, c->b0) && ref_full(&ref) &&
            per_lo > days_from_civil(ref.y, ref.m, ref.d) && value_ref(o->value, &wv) && wv.d != UNK) {
            const int64_t day = per_lo + ((c->f.wd - iso_wd(per_lo)) % 7 + 7) % 7;
            if (day <= per_hi) {
                int vy, vm, vd;
                char head[40];
                civil_from_days(day, &vy, &vm, &vd);
                snprintf(head, sizeof head, "%04d-%02d-%02d", vy, vm, vd);
                memcpy(o->value, head, 10); /* (a part of the day after it stays: "T" "EV") */
            }
        }
        if (lone_wd && o->value[10] == 0 && value_ref(o->value, &wv) && wv.d != UNK) {
            wd_day = days_from_civil(wv.y, wv.m, wv.d);
            if (joined && prev_wd != INT64_MIN && wd_day < prev_wd && ds->n > 0) {
                /* (in a past sentence the first moves back: "am Freitag und Montag wurde gestreikt") */
                int64_t wk = 7 * ((prev_wd - wd_day + 6) / 7);
                dn_date *po = tense < 0 ? &ds->d[ds->n - 1] : o;
                int64_t day = tense < 0 ? prev_wd - wk : (wd_day += wk);
                int vy, vm, vd;
                civil_from_days(day, &vy, &vm, &vd);
                snprintf(po->value, sizeof po->value, "%04d-%02d-%02d", vy, vm, vd);
            }
        }
        prev_wd = wd_day;
        prev_hist = from_hist;
        /* (the period: this day and the one before it, joined as a pair) */
        {
            refdate a, b;
            if (joined && ds->n > 0 && value_ref(ds->d[ds->n - 1].value, &a) && a.d != UNK && value_ref(o->value, &b) &&
                b.d != UNK && !lone_wd) {
                const int64_t za = days_from_civil(a.y, a.m, a.d), zb = days_from_civil(b.y, b.m, b.d);
                if (zb > za && zb - za <= 31) per_lo = za, per_hi = zb, per_b1 = c->b1;
            }
        }
        {
            /* (a week: its Monday, for the weekdays after it) */
            const char *v = o->value;
            if (v[4] == '-' && v[5] == 'W' && v[6] >= '0' && v[6] <= '5' && v[7] >= '0' && v[7] <= '9' && !v[8]) {
                const int wy = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
                const int ww = (v[6] - '0') * 10 + (v[7] - '0');
                if (ww >= 1 && ww <= 53) week_mon = iso_week_monday(wy, ww), week_b1 = c->b1;
            }
        }
        if (!o->value[0]) snprintf(o->value, sizeof o->value, "XXXX");
        else {
            refdate vr; /* the value as a reference for the dates after it */
            /* (a period of comparison that counts back from the one before, "im Vorjahr", "im
             * Vorjahreszeitraum", is no anchor for the dates after it: "im dritten Quartal ... als
             * im Vorjahreszeitraum. Für das Gesamtjahr ...", the year of the quarter) */
            const char *dv = c->f.deictic ? m->pool + c->f.deictic : "";
            const bool comparison = prev_anchor && strchr(dv, '-') && strchr(dv, '^');
            if (value_ref(o->value, &vr) && !comparison) {
                prevd = vr, prevd_b1 = c->b1;
                if (o->value[4] == '-' && !o->value[7] && (o->value[5] == 'Q' || o->value[5] == 'H' || (o->value[5] >= '0' && o->value[5] <= '1')))
                    snprintf(prevper, sizeof prevper, "%s", o->value), prevper_b1 = c->b1;
                else if (o->value[4] == '-' || !o->value[4])
                    prevper[0] = 0;
                if (o->value[4] == '-' && o->value[5] == 'Q' && !o->value[7]) prevq = vr, prevq_b1 = c->b1;
                else if (o->value[4] == '-' && o->value[5] >= '0' && o->value[5] <= '1' && !o->value[7]) prevmo = vr, prevmo_b1 = c->b1;
                if ((c->f.y != UNK || from_hist) && o->value[4] == '-') {
                    hist = vr, hist_b1 = c->b1, hist_year = false;
                    if (hist.m == UNK && c->f.season[0]) hist.m = season_month(c->f.season);
                } else if (c->f.y != UNK) { /* (a year alone ends the chain: "1972 ...; am 5. September") */
                    hist.y = UNK;
                    if (!o->value[4] && (word_before(text, c->b0, "jahr") != UINT32_MAX || word_before(text, c->b0, "jahre") != UINT32_MAX ||
                                         (!c->pm && !joined && noun_before(tk, c->b0))))
                        hist = vr, hist_b1 = c->b1, hist_year = true;
                }
                if (vr.d != UNK) {
                    last = vr;
                    last.pivot = ref.pivot != UNK ? ref.pivot : vr.y;
                    if (!joined || last0.y == UNK) last0 = last;
                }
            }
        }
        /* (the date after an anchor=next day: the day counts from it if it is exact to the day) */
        if (eve_o != SIZE_MAX) {
            refdate ev;
            if (value_ref(o->value, &ev) && ev.d != UNK && !o->value[10]) {
                int vy, vm, vd;
                civil_from_days(days_from_civil(ev.y, ev.m, ev.d) + eve_off, &vy, &vm, &vd);
                snprintf(ds->d[eve_o].value, sizeof ds->d[eve_o].value, "%04d-%02d-%02d", vy, vm, vd);
            }
            eve_o = SIZE_MAX;
        }
        if (c->anchor == ANCHOR_NEXT && c->f.deictic && nx && nx->b0 >= c->b1 && next_gap(text + c->b1, nx->b0 - c->b1)) {
            const char *dv = m->pool + c->f.deictic;
            if (dv[0] == 'D' && (dv[1] == '+' || dv[1] == '-') && dv[2] >= '0' && dv[2] <= '9')
                eve_o = ds->n, eve_off = atoi(dv + 1);
        }
        ds->n++;
    }
    return DENER_OK;
}

void dn_date_scratch_free(const dn_alloc *a, dn_date_scratch *ds) {
    priv *p = ds->md;
    if (p) {
        if (p->md) pcre2_match_data_free(p->md);
        if (p->mc) pcre2_match_context_free(p->mc);
        if (p->gc) pcre2_general_context_free(p->gc);
        dn_free(a, p->c);
        dn_free(a, p->idx);
        dn_free(a, p->bits);
        dn_free(a, p->win);
        dn_free(a, p->fst);
        dn_free(a, p->sc_raw);
        dn_free(a, p->fcc);
        dn_free(a, p->ccs_raw);
        dn_free(a, p->mwin);
        dn_free(a, p->cw);
        dn_free(a, p->rare);
        dn_free(a, p->spos);
        dn_free(a, p->scx);
        dn_free(a, p->scxn);
        pbank_free(a, &p->b0);
        for (int b = 0; b < p->nxb; b++) pbank_free(a, &p->xb[b]);
        dn_free(a, p->xb);
        for (size_t i = 0; i < p->ndfa; i++) {
            dn_free(a, p->dfa[i].trans);
            dn_free(a, p->dfa[i].sets);
            dn_free(a, p->dfa[i].ht);
        }
        dn_free(a, p->dfa);
        dn_free(a, p->lk);
        dn_free(a, p->lkb);
        dn_buf_free(a, &p->fold);
        dn_free(a, p);
    }
    dn_free(a, ds->d);
    memset(ds, 0, sizeof *ds);
}
