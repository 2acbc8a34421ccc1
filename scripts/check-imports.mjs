#!/usr/bin/env node
// The architecture rule, checked: imports under src/ run one way, down this list. A module may
// import from its own folder and from any folder below it; never from a folder above it, and never
// from a sibling on the same rank (budgets/ and baseline/, action/ and cli/). Only action/ may
// import @actions/*; besides src/, only schema/*.json may be imported. Run by `npm test` (test/architecture.test.ts) and so by .ci/run.
//   node scripts/check-imports.mjs        prints every violation; exit 1 if there is one
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder -> rank. Lower ranks never import higher ones. */
export const LAYERS = {
  common: 0, // typed errors, exact sizes, globs, text: no domain knowledge
  oci: 1, // spec types, media types, whiteout names, platform strings
  archive: 2, // read any archive, layout or `save` stream as typed entries
  image: 3, // image model: union filesystem, sizes, waste; history.ts parses created_by
  dockerfile: 4, // parse a Dockerfile; map layers to instructions and lines
  lint: 5, // rule type, severity, runner, config, suppression; rules/llNNN-name.ts
  report: 6, // the typed report model, its builder, verdict and validator
  budgets: 7, // budget config and evaluation; .dive-ci
  baseline: 7, // compare a report with a baseline report
  audit: 8, // fleet audits built on reports
  render: 9, // pure renderers: text, json, markdown, sarif
  app: 10, // the pipeline and the one input table
  action: 11, // GitHub Action adapter: the only owner of @actions/*
  cli: 11, // CLI adapter: the only owner of argv, stdout and exit codes
  '.': 12, // entry files: src/index.ts, src/cli.ts
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const IMPORT = /(?:^|[\s;])(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function* walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.name.endsWith('.ts')) yield p;
  }
}

/** Every import under `src` that breaks the rule, as `file: message` lines. */
export function violations(src = SRC) {
  const folderOf = (file) => {
    const rel = relative(src, file).split('/');
    return rel.length === 1 ? '.' : rel[0];
  };
  const out = [];
  for (const file of walk(src)) {
    const from = folderOf(file);
    const rank = LAYERS[from];
    const name = relative(dirname(src), file);
    if (rank === undefined) {
      out.push(`${name}: folder src/${from}/ is not in the layer list (scripts/check-imports.mjs)`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('@actions/') && from !== 'action') {
        out.push(`${name}: imports ${spec}; only src/action/ may`);
        continue;
      }
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      // The JSON schemas are the report's contract; any layer may compile them.
      if (target.startsWith(join(dirname(src), 'schema') + '/')) continue;
      if (!target.startsWith(src + '/')) {
        out.push(`${name}: imports ${spec}, outside src/`);
        continue;
      }
      const to = folderOf(target);
      if (to === from) continue;
      const toRank = LAYERS[to];
      if (toRank === undefined || toRank > rank) {
        out.push(`${name}: imports ${spec} (src/${to}/ is above src/${from}/)`);
      } else if (toRank === rank) {
        out.push(`${name}: imports ${spec} (src/${to}/ is a sibling of src/${from}/)`);
      }
    }
  }
  return out.sort();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const v = violations();
  for (const line of v) console.error(line);
  console.log(v.length === 0 ? 'imports run one way: no violations' : `${v.length} import violation(s)`);
  process.exit(v.length === 0 ? 0 : 1);
}
