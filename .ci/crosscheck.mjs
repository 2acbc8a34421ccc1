// Compares layerlint's JSON report (stdin) with the independent oracle's numbers for the same
// archive (fixtures/expected/<archive>.json): every per-layer number of issue 3 and the totals.
//   node dist/cli.js analyze ARCHIVE --format json | node .ci/crosscheck.mjs EXPECTED.json LABEL
import { readFileSync } from 'node:fs';

const [expectedPath, label = expectedPath] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
let got;
try {
  got = JSON.parse(readFileSync(0, 'utf8'));
} catch (e) {
  console.error(`${label}: layerlint did not print JSON (${e.message})`);
  process.exit(1);
}
const LAYER_FIELDS = ['digest', 'tarBytes', 'blobBytes', 'compression', 'mediaType', 'contentBytes', 'files', 'dirs',
  'symlinks', 'hardlinks', 'whiteouts', 'createdBy', 'emptyLayer', 'removedBytes', 'overwrittenBytes'];
const diffs = [];
for (const [k, v] of Object.entries(expected.totals)) {
  if (got.totals?.[k] !== v) diffs.push(`totals.${k}: layerlint ${got.totals?.[k]}, oracle ${v}`);
}
if (got.layers?.length !== expected.layers.length) {
  diffs.push(`layers: layerlint ${got.layers?.length}, oracle ${expected.layers.length}`);
}
expected.layers.forEach((layer, i) => {
  for (const f of LAYER_FIELDS) {
    const a = got.layers?.[i]?.[f] ?? null;
    const b = layer[f] ?? null;
    if (a !== b) diffs.push(`layers[${i}].${f}: layerlint ${JSON.stringify(a)}, oracle ${JSON.stringify(b)}`);
  }
});
if (diffs.length > 0) {
  console.error(`${label}: layerlint disagrees with ${expectedPath}:\n  ${diffs.slice(0, 20).join('\n  ')}`);
  process.exit(1);
}
console.log(`${label}: ${expected.layers.length} layers and the totals agree with the oracle`);
