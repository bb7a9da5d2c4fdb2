// Dumps the given names and family names of @faker-js/faker's Latin-script locales as JSON
// {locale: {first: [...], last: [...]}} for classes_build.py. Usage (run by classes_fetch.sh):
//   node lexicons/import/faker_names_dump.js DIR/node_modules/@faker-js/faker/dist/cjs/locales > DIR/faker-names.json
'use strict';
const fs = require('fs');
const path = require('path');
const base = process.argv[2] && path.resolve(process.argv[2]);
if (!base) { console.error('usage: faker_names_dump.js LOCALES_DIR'); process.exit(2); }
// Locales written in Latin script with real name lists (not en_BORK or Esperanto; Vietnamese
// given names are two words and are left out).
const LOCALES = ['af_ZA', 'az', 'cs_CZ', 'da', 'de', 'de_AT', 'de_CH', 'en', 'en_AU', 'en_GH', 'en_IN',
  'en_NG', 'en_ZA', 'es', 'es_MX', 'fi', 'fr', 'fr_BE', 'fr_CH', 'fr_SN', 'hr', 'hu', 'id_ID', 'it', 'lv',
  'nb_NO', 'ne', 'nl', 'nl_BE', 'pl', 'pt_BR', 'pt_PT', 'ro', 'ro_MD', 'sk', 'sr_RS_latin', 'sv', 'tr',
  'yo_NG', 'zu_ZA'];
function load(loc, file) {
  const p = path.join(base, loc, 'person', file + '.js');
  if (!fs.existsSync(p)) return [];
  let v = require(p).default;
  if (v && !Array.isArray(v)) v = [].concat(...Object.values(v));
  return (v || []).filter((s) => typeof s === 'string');
}
const out = {};
for (const loc of LOCALES) {
  const first = new Set([...load(loc, 'first_name'), ...load(loc, 'male_first_name'), ...load(loc, 'female_first_name')]);
  out[loc] = { first: [...first].sort(), last: load(loc, 'last_name').slice().sort() };
}
process.stdout.write(JSON.stringify(out, null, 0) + '\n');
