// Bundles the Action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// `node scripts/build.mjs OUTDIR` writes elsewhere; the freshness test uses that to diff against dist/.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const outdir = process.argv[2] ?? 'dist';
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  legalComments: 'none',
  define: { __LAYERLINT_VERSION__: JSON.stringify(pkg.version) },
  // Some bundled CommonJS dependencies call require(); give ESM output a real one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

await build({ ...common, entryPoints: ['src/index.ts'], outfile: `${outdir}/index.js` });
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: `${outdir}/cli.js`,
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
});

// The CLI is the package's `bin`.
const { chmodSync } = await import('node:fs');
chmodSync(`${outdir}/cli.js`, 0o755);
