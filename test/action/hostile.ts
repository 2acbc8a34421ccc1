/**
 * Hostile artifacts for `mode: comment-from-report`: what a fork's unprivileged run could upload.
 * Generated at test time; nothing here is committed as data.
 */
import type { Report } from '../../src/report/types.js';
import { sampleReport } from '../helpers/report.js';

/** Markdown, HTML, a mention, an image and a link: what must never be posted as the bot. */
export const PAYLOAD =
  '`</code><img src=x onerror=alert(1)> @acme/owners ![i](https://evil.example/i.png) [x](https://evil.example) <!-- #1';

/**
 * A report that is schema-valid where strings are free-form: every string field the renderers show
 * carries PAYLOAD, and every number is an extreme the schema allows.
 */
export function hostileValidReport(): Report {
  const r = sampleReport();
  r.source = PAYLOAD;
  r.image.ref = PAYLOAD;
  r.image.platform = { os: PAYLOAD, architecture: PAYLOAD, variant: PAYLOAD };
  r.dockerfile = PAYLOAD;
  r.mappingUnreliable = PAYLOAD;
  r.tool.version = PAYLOAD;
  r.warnings = [PAYLOAD];
  for (const l of r.layers) {
    l.createdBy = PAYLOAD;
    if (l.instruction) l.instruction = { ...l.instruction, text: PAYLOAD, stage: PAYLOAD, keyword: PAYLOAD };
    l.added = l.added.map((f) => ({ ...f, path: PAYLOAD }));
    l.deleted = l.deleted.map((f) => ({ ...f, path: PAYLOAD }));
  }
  r.largestFiles = [{ path: PAYLOAD, bytes: 1 }];
  r.findings = r.findings.map((f) => ({
    ...f,
    ruleId: PAYLOAD,
    message: PAYLOAD,
    fix: PAYLOAD,
    paths: [{ path: PAYLOAD, bytes: 1 }],
  }));
  r.budgets = [
    {
      name: PAYLOAD,
      unit: 'count',
      value: 1,
      limit: 2,
      limitText: PAYLOAD,
      level: 'fail',
      status: 'fail',
      detail: PAYLOAD,
    },
    { name: PAYLOAD, unit: 'bytes', value: 1, limit: 2, limitText: PAYLOAD, level: 'warn', status: 'warn' },
  ];
  const d = { current: 1, baseline: 0, delta: 1 };
  r.baseline = {
    label: PAYLOAD,
    source: PAYLOAD,
    measure: 'content',
    totalDelta: 1,
    layerDeltas: [1, null],
    headline: PAYLOAD,
    totals: {
      contentBytes: d,
      finalBytes: d,
      wastedBytes: d,
      tarBytes: d,
      blobBytes: d,
      layerCount: d,
      fileCount: d,
    },
    layers: [
      {
        index: 1,
        baselineIndex: 0,
        matchedBy: 'instruction',
        label: PAYLOAD,
        changed: true,
        contentBytes: d,
        tarBytes: d,
        blobBytes: d,
      },
      {
        index: 2,
        baselineIndex: null,
        matchedBy: null,
        label: PAYLOAD,
        changed: true,
        contentBytes: d,
        tarBytes: d,
        blobBytes: d,
      },
    ],
    added: [2],
    removed: [{ baselineIndex: 3, label: PAYLOAD, digest: PAYLOAD, contentBytes: 1 }],
    grownFiles: [{ path: PAYLOAD, bytes: 2, baselineBytes: null, delta: 2 }],
    filesExact: true,
    notes: [PAYLOAD],
  };
  return r;
}

/** Set `value` at a dotted path (`findings.0.line`) of a JSON copy of the sample report. */
function withField(path: string, value: unknown): unknown {
  const r = JSON.parse(JSON.stringify(sampleReport())) as Record<string, unknown>;
  const keys = path.split('.');
  let at: Record<string, unknown> = r;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  at[keys[keys.length - 1] as string] = value;
  return r;
}

/** Reports the schema must refuse: wrong types, strings where numbers go, out-of-range numbers, extra keys. */
export function hostileInvalidReports(): [string, unknown][] {
  const html = '<img src=x onerror=alert(1)>';
  return [
    ['failOn as HTML', withField('failOn', html)],
    ['layerIndex as a string', withField('findings.0.layerIndex', `1 ${html}`)],
    ['layerIndex as a huge number', withField('findings.0.layerIndex', 1e300)],
    ['layerIndex as a fraction', withField('findings.0.layerIndex', 1.5)],
    ['line as a string in the anchor', withField('findings.0.line', '3)](https://evil.example)')],
    ['endLine as an object', withField('findings.0.endLine', { $gt: 1 })],
    ['line 0', withField('findings.0.line', 0)],
    ['budget level as HTML', withField('budgets.0.level', html)],
    ['budget name as an array', withField('budgets.0.name', [html])],
    ['baseline headline as an object', withField('baseline', { headline: { html } })],
    ['an extra key', withField('extra', { nested: [html] })],
    ['a huge string', withField('source', 'x'.repeat(70_000))],
    [
      'too many warnings',
      withField(
        'warnings',
        Array.from({ length: 20_000 }, () => 'w'),
      ),
    ],
    ['layers as a number', withField('layers', 3)],
    ['a 10,000-deep nest', withField('warnings', deepNest(10_000))],
    ['a 10,000-deep nest at the top', deepNest(10_000)],
  ];
}

/** `[[[…]]]`, `depth` levels, built without recursion. */
export function deepNest(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** The same as JSON text, for parsing from a file: JSON.parse handles this depth, recursion after it must too. */
export function deepNestText(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}
