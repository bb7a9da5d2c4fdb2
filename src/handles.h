/* handles.h - stage 2c: social-media handles and lower-case hashtags.
 *
 * A handle ("@SBahnHamburg", "@heise_online", "@OlafScholz") is one token; it names an organisation or a
 * person of the lexicons when its letters and digits, case-folded, equal the letters and digits of
 * the name (spaces, hyphens and dots left out; "ae", "oe", "ue", "ss" also stand for umlauts and
 * "ß"; a leading article may be left out: "@weltwoche"). A handle that is no name as a whole
 * may be a known organisation followed by a word of the class "handlesuffix" ("@Siemens_Presse"), by a
 * place ("@ZDFsachsen") or by digits ("@ndr90"), or a word of the class "handlehead" followed by a
 * place ("@PolizeiKoeln", an organisation). A lower-case hashtag ("#lufthansa") is an organisation
 * only when it equals one as a whole and is no common word. The span includes the "@" or "#".
 * The index of folded names is built once when the model is loaded (immutable afterwards). */
#ifndef DENER_HANDLES_H
#define DENER_HANDLES_H

#include "model.h"
#include "resolve.h"
#include "tokenize.h"

/* Builds the model's index of organisation and person names without spaces. DENER_OK or
 * DENER_ERR_NOMEM. Called by the loader after all lexicons are read. */
int dn_handles_build(dener_model *m);
void dn_handles_free(dener_model *m);
/* Bytes the index takes (for dener_model_get_stats). */
size_t dn_handles_bytes(const dener_model *m);

/* Adds a candidate for every handle and hashtag of tk that names an organisation or person. */
int dn_handles_find(const dener_model *m, const dn_tokens *tk, const char *text, dn_resolve_scratch *rs);

#endif
