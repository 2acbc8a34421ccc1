#!/usr/bin/env node
// Render every user-visible output of layerlint on every fixture archive, through the bundled
// entry points only (dist/cli.js and dist/index.js, run as a user and as the runner would), into
// one folder: CLI text and JSON (with and without the Dockerfile, with a baseline and budgets),
// the Action's job summary, sticky comment body, SARIF, JSON report, outputs and step log, the
// audit (text, markdown, JSON), `rules`, `explain`, and the exit code of each.
//
// Used to prove that a refactor changes no byte of output:
//   node scripts/render-all.mjs OUT [DIST_DIR]       # DIST_DIR defaults to ./dist
//   bash scripts/render-diff.sh [BASE_REV]           # renders BASE_REV's committed dist/ and this
//                                                    # tree's dist/, then diffs the two folders
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const [outArg, distArg] = process.argv.slice(2);
if (!outArg) {
  console.error('usage: node scripts/render-all.mjs OUT [DIST_DIR]');
  process.exit(2);
}
const OUT = resolve(outArg);
const DIST = resolve(distArg ?? join(ROOT, 'dist'));
const ARCHIVES = join(ROOT, 'fixtures/archives');
mkdirSync(OUT, { recursive: true });

/** The Dockerfile each fixture archive was built from (fixtures/README.md). */
function dockerfileOf(archive) {
  const name = archive.replace(/-(d20-bk|d20-legacy|d26c?|oci-gzip|oci-zstd|oci-dir|podman-oci|skopeo-docker)(\.tar)?$/, '');
  const dir = name === 'clean-v2' ? 'clean' : name;
  const p = `fixtures/${dir}/Dockerfile`;
  return existsSync(join(ROOT, p)) ? p : null;
}

function run(args, env = {}) {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TZ: 'UTC', LANG: 'C', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** Temporary folders whose random names must not reach the rendered files. */
const TEMPS = [];
const scrubTemps = (s) => TEMPS.reduce((acc, [dir, label]) => acc.split(dir).join(label), s);

function save(name, r) {
  writeFileSync(join(OUT, `${name}.out`), scrubTemps(r.stdout));
  writeFileSync(join(OUT, `${name}.err`), scrubTemps(r.stderr));
  writeFileSync(join(OUT, `${name}.exit`), `${r.status}\n`);
}

const cli = (args) => run([join(DIST, 'cli.js'), ...args]);

/** A tiny stand-in for the REST API's issue-comment endpoints: records the bodies posted. */
function fakeApi() {
  const bodies = [];
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (d) => (data += d));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'GET' && /\/comments/.test(req.url)) return res.end('[]');
      if (req.method === 'GET' && /\/user$/.test(req.url)) return res.end('{"login":"bot"}');
      if (req.method === 'POST') {
        bodies.push(JSON.parse(data).body);
        res.statusCode = 201;
        return res.end(JSON.stringify({ id: bodies.length, html_url: 'https://github.com/acme/app/pull/7#c' }));
      }
      res.statusCode = 404;
      res.end('{}');
    });
  });
  return new Promise((ready) =>
    server.listen(0, '127.0.0.1', () => ready({ url: `http://127.0.0.1:${server.address().port}`, bodies, server })),
  );
}

async function action(name, inputs) {
  const dir = mkdtempSync(join(tmpdir(), 'll-render-'));
  const api = await fakeApi();
  try {
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: '1'.repeat(40) } } }));
    writeFileSync(join(dir, 'output'), '');
    writeFileSync(join(dir, 'summary'), '');
    const env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_SHA: '2'.repeat(40),
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: api.url,
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      GITHUB_WORKSPACE: ROOT,
      RUNNER_TEMP: dir,
    };
    const all = {
      'github-token': 'ghs_fake',
      'fail-on': 'error',
      comment: 'auto',
      summary: 'true',
      annotations: 'true',
      'sarif-file': join(dir, 'out.sarif'),
      'json-file': join(dir, 'out.json'),
      ...inputs,
    };
    for (const [k, v] of Object.entries(all)) env[`INPUT_${k.toUpperCase()}`] = v;
    const r = await run([join(DIST, 'index.js')], env);
    const scrub = (s) => scrubTemps(s.split(dir).join("$RUNNER_TEMP").split(api.url).join("$API"));
    save(name, { status: r.status, stdout: scrub(r.stdout), stderr: scrub(r.stderr) });
    const read = (f) => (existsSync(join(dir, f)) ? scrub(readFileSync(join(dir, f), 'utf8')) : '(absent)\n');
    writeFileSync(join(OUT, `${name}.summary.md`), read('summary'));
    writeFileSync(join(OUT, `${name}.outputs`), read('output').replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIM'));
    writeFileSync(join(OUT, `${name}.sarif`), read('out.sarif'));
    writeFileSync(join(OUT, `${name}.report.json`), read('out.json'));
    writeFileSync(join(OUT, `${name}.comment.md`), api.bodies.map(scrub).join('\n=====\n'));
  } finally {
    api.server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const archives = readdirSync(ARCHIVES).sort();
for (const a of archives) {
  const path = `fixtures/archives/${a}`;
  const df = dockerfileOf(a);
  const withDf = df ? ['--dockerfile', df] : [];
  save(`${a}.cli-text`, await cli(['analyze', path]));
  save(`${a}.cli-json`, await cli(['analyze', path, '--format', 'json']));
  if (df) {
    save(`${a}.cli-text-df`, await cli(['analyze', path, ...withDf, '--fail-on', 'info']));
    save(`${a}.cli-json-df`, await cli(['analyze', path, ...withDf, '--format', 'json', '--all-files']));
  }
  await action(`${a}.action`, { archive: path, ...(df ? { dockerfile: df } : { dockerfile: '' }) });
}

// Baselines, budgets and .dive-ci: the sections the plain runs above leave empty.
const budgets = ['--max-size', '5MB', '--max-layer-size', '1MB', '--max-wasted-bytes', '10kB',
  '--max-wasted-percent', '1%', '--min-efficiency', '99%', '--max-layers', '4', '--max-growth', '1%'];
for (const [name, head, base, df] of [
  ['clean-v2-vs-clean', 'clean-v2-d20-bk.tar', 'clean-d20-bk.tar', 'fixtures/clean/Dockerfile'],
  ['waste-vs-clean', 'waste-d20-bk.tar', 'clean-d20-bk.tar', 'fixtures/waste/Dockerfile'],
  ['base-v2-vs-base', 'base-v2-oci-gzip.tar', 'base-oci-gzip.tar', null],
]) {
  const h = `fixtures/archives/${head}`;
  const b = `fixtures/archives/${base}`;
  const d = df ? ['--dockerfile', df] : [];
  save(`baseline.${name}.text`, await cli(['analyze', h, ...d, '--baseline', b, ...budgets]));
  save(`baseline.${name}.json`, await cli(['analyze', h, ...d, '--baseline', b, ...budgets, '--format', 'json']));
  const inputs = { archive: h, dockerfile: df ?? '', baseline: b };
  for (let i = 0; i < budgets.length; i += 2) inputs[budgets[i].slice(2)] = budgets[i + 1];
  await action(`baseline.${name}.action`, inputs);
}
const diveDir = mkdtempSync(join(tmpdir(), 'll-dive-'));
TEMPS.push([diveDir, '$DIVE']);
const diveCi = join(diveDir, '.dive-ci');
writeFileSync(diveCi, 'rules:\n  lowestEfficiency: 0.95\n  highestWastedBytes: 20MB\n  highestUserWastedPercent: 0.10\n');
save('dive-ci.text', await cli(['analyze', 'fixtures/archives/waste-d26.tar', '--dive-ci', diveCi]));
save('dive-ci.json', await cli(['analyze', 'fixtures/archives/waste-d26.tar', '--dive-ci', diveCi, '--format', 'json']));
save('all-platforms.json', await cli(['analyze', 'fixtures/archives/waste-d26c.tar', '--all-platforms', '--format', 'json']));

// Audits.
const fleet = ['base-oci-gzip.tar', 'base-v2-oci-gzip.tar', 'clean-d20-bk.tar', 'waste-d26.tar'].map((a) => `fixtures/archives/${a}`);
const prevDir = mkdtempSync(join(tmpdir(), 'll-audit-'));
TEMPS.push([prevDir, '$AUDIT']);
const prev = join(prevDir, 'prev.json');
const first = await cli(['audit', fleet[0], fleet[2], '--format', 'json']);
writeFileSync(prev, first.stdout);
save('audit.markdown', await cli(['audit', ...fleet]));
save('audit.json', await cli(['audit', ...fleet, '--format', 'json']));
save('audit.drift.json', await cli(['audit', ...fleet, '--previous', prev, '--format', 'json']));
save('audit.drift.markdown', await cli(['audit', ...fleet, '--previous', prev, '--format', 'markdown']));
await action('audit.action', { mode: 'audit', images: fleet.join('\n'), previous: prev, 'audit-file': join(prevDir, 'a.json') });

// Rule docs and errors.
save('rules', await cli(['rules']));
save('explain.LL007', await cli(['explain', 'LL007']));
save('error.missing', await cli(['analyze', 'fixtures/archives/nope.tar']));
const trunc = join(prevDir, 'truncated.tar');
writeFileSync(trunc, readFileSync(join(ARCHIVES, 'clean-d20-bk.tar')).subarray(0, 70_000));
save('error.truncated', await cli(['analyze', trunc]));
save('error.bad-flag', await cli(['analyze', 'fixtures/archives/clean-d26.tar', '--max-size', 'lots']));
rmSync(prevDir, { recursive: true, force: true });
rmSync(diveDir, { recursive: true, force: true });
console.log(`rendered ${readdirSync(OUT).length} files into ${OUT}`);
