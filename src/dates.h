/* dates.h - stage 3b: date rules (PCRE2 over the text) and normalisation of DATE values.
 *
 * Date rules are lines of *.rules files with type DATE or NODATE (parsed by rules.c, which hands
 * the part after "NAME :" to dn_date_rule_parse). The vocabulary (month names, weekdays, number
 * words, holidays, ...) lives in lexicon word classes; the mechanism lives in dates.c. The rule
 * syntax and the value forms are documented in lexicons/dates.rules. */
#ifndef DENER_DATES_H
#define DENER_DATES_H

#include "model.h"
#include "tokenize.h"

#define DN_DATE_VALUE_MAX 40

/* Parses the pattern part of a DATE (negative == false) or NODATE (negative == true) rule line:
 * s[0..n-1] is what follows "NAME :"; col is its column in the line (for messages); src is the pool
 * offset of "date:NAME". Errors name path and line. */
int dn_date_rule_parse(dener_model *m, const char *path, size_t line, bool negative, int prio, uint32_t src,
                       const char *s, size_t n, size_t col, dener_error *err);
void dn_dates_free(dener_model *m);

/* One DATE found in a text. */
typedef struct dn_date {
    uint32_t b0, b1;                    /* byte span, end exclusive */
    int prio;
    uint32_t source;                    /* pool offset of "date:NAME" */
    char value[DN_DATE_VALUE_MAX];      /* normalised value, never empty */
    char value_end[DN_DATE_VALUE_MAX];  /* end of a range, or "" */
    char mod[8];                        /* "START", "MID", "END" or "" */
} dn_date;

/* Per-call scratch (PCRE2 match data and the result list). */
typedef struct dn_date_scratch {
    void *md, *mc;       /* pcre2_match_data *, pcre2_match_context * */
    dn_date *d;
    size_t n, cap;
} dn_date_scratch;

/* Finds and normalises the dates of text[0..len-1] (tokens tk are available for context cues).
 * docdate: the document date as given by the caller (ISO 8601, any precision) or NULL.
 * Results in ds->d[0..ds->n-1], non-overlapping, sorted by position, NODATE spans removed.
 * Returns DENER_OK or a negative status. */
int dn_dates_find(const dener_model *m, dn_date_scratch *ds, const char *text, size_t len, const dn_tokens *tk,
                  const char *docdate);
void dn_date_scratch_free(const dn_alloc *a, dn_date_scratch *ds);

/* For tests: switches the start filters of m's date rules (dates.c, rule_first) off or back on. The
 * dates found are the same either way; only the work differs. */
void dn_dates_use_filters(dener_model *m, bool on);
/* For tests: switches only the second filter (dates.c, nfa_build: whether a rule can match at a
 * start position) off or back on; it is on after loading and off with dn_dates_use_filters(m, false). */
void dn_dates_use_nfa(dener_model *m, bool on);

/* Parses an ISO 8601 document date ("2023-11-16", "2023-11", "2023", "2016-05-14T23:06:43Z").
 * Returns the precision (3 day, 2 month, 1 year) or 0 if it is not a valid date. */
int dn_parse_iso_date(const char *s, int *y, int *mo, int *d);

#endif
