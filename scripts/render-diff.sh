#!/usr/bin/env bash
# Prove a change alters no output: render every fixture with BASE_REV's committed dist/ and with
# this tree's dist/ (scripts/render-all.mjs), then diff. Empty diff, exit 0; any difference, exit 1.
#   bash scripts/render-diff.sh [BASE_REV]      (default: HEAD, i.e. what this change alters)
# The renovation (issue 10) was proven with BASE_REV=74e1d38, its parent commit.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BASE=${1:-HEAD}
TMP=$(mktemp -d /tmp/layerlint-render.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$TMP/base"
git archive "$BASE" dist | tar -x -C "$TMP/base"
node scripts/render-all.mjs "$TMP/before" "$TMP/base/dist" >/dev/null
node scripts/render-all.mjs "$TMP/after" dist >/dev/null
if diff -ru "$TMP/before" "$TMP/after"; then
  echo "render-diff: $(ls "$TMP/after" | wc -l) rendered files byte-identical to $BASE"
else
  echo "render-diff: output differs from $BASE" >&2
  exit 1
fi
