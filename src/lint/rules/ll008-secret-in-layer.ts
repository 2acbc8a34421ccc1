/** LL008: a layer stores a private key, a .env file or credentials (detected by path, never by content). */
import type { FileRef } from '../../image/model.js';
import { compileGlobs } from '../../common/glob.js';
import type { Rule } from '../types.js';
import { refs, shown, sumBytes } from '../helpers.js';

export interface Ll008Options {
  /** Globs of paths never reported (public test fixtures in third-party trees by default). */
  excludePaths: string[];
}

interface SecretKind {
  kind: string;
  test: (path: string, base: string) => boolean;
}

const KEY_NAME = /^(?:id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?|identity)$/;
const KEYISH = /(?:^|[-_.])(?:key|private|priv|privkey|secret)(?:[-_.]|$)/i;
const ENV_TEMPLATE = /\.(?:example|sample|template|dist|defaults?|tpl|schema)$/i;

/** Path patterns for secrets. Exported for tests and docs. Content is never read. */
export const SECRET_KINDS: readonly SecretKind[] = [
  { kind: 'SSH private key', test: (_p, b) => KEY_NAME.test(b) },
  {
    kind: 'private key',
    test: (_p, b) => {
      const m = /^(.*)\.(pem|key|p12|pfx|jks|keystore)$/i.exec(b);
      if (!m) return false;
      const ext = (m[2] ?? '').toLowerCase();
      if (ext === 'pem') return KEYISH.test(m[1] ?? '');
      if (ext === 'key') return !/\.pub$/i.test(m[1] ?? '');
      return true;
    },
  },
  {
    kind: '.env file',
    test: (_p, b) => (b === '.env' || /^\.env\.[\w.-]+$/.test(b)) && !ENV_TEMPLATE.test(b),
  },
  {
    kind: 'cloud credentials',
    test: (p) =>
      /(?:^|\/)\.aws\/credentials$/.test(p) ||
      /(?:^|\/)\.config\/gcloud\/(?:credentials\.db|application_default_credentials\.json|legacy_credentials\/.+)$/.test(
        p,
      ) ||
      /(?:^|\/)\.azure\/(?:accessTokens\.json|msal_token_cache\.(?:json|bin))$/.test(p),
  },
  { kind: 'registry credentials', test: (p) => /(?:^|\/)\.docker\/config\.json$/.test(p) },
  { kind: 'npm token file', test: (_p, b) => b === '.npmrc' },
  { kind: 'git credentials', test: (_p, b) => b === '.git-credentials' },
  { kind: 'netrc credentials', test: (_p, b) => b === '.netrc' || b === '_netrc' },
  { kind: 'PyPI credentials', test: (_p, b) => b === '.pypirc' },
  { kind: 'Kubernetes credentials', test: (p) => /(?:^|\/)\.kube\/config$/.test(p) },
];

const DEFAULT_EXCLUDES = [
  '**/node_modules/**',
  '**/site-packages/**',
  '**/dist-packages/**',
  '**/vendor/**',
  '**/go/pkg/mod/**',
  '**/.cargo/registry/**',
  'usr/share/**',
  'usr/lib/**',
  'usr/local/lib/**',
  'etc/ssl/certs/**',
  'etc/apt/**',
];

/** Which kind of secret a path looks like, or null. Exported for tests. */
export function secretKind(path: string): string | null {
  const base = path.slice(path.lastIndexOf('/') + 1);
  for (const k of SECRET_KINDS) if (k.test(path, base)) return k.kind;
  return null;
}

export const ll008: Rule<Ll008Options> = {
  id: 'LL008',
  name: 'secret-in-layer',
  title: 'Secret stored in a layer',
  defaultSeverity: 'error',
  rationale:
    'Anyone who can pull the image can read every layer, including files a later layer deletes. Detection is ' +
    'name-based: layerlint sees paths and sizes, never file contents, so it reports private-key names (id_rsa, ' +
    '*.key, key-named *.pem), non-empty .env files, .aws/credentials, .docker/config.json, .npmrc, ' +
    '.git-credentials, .netrc, .pypirc and .kube/config, and never prints a value.',
  fix: 'Remove the file from the build context (.dockerignore) and pass secrets with `RUN --mount=type=secret` or at run time; rotate any credential that was pushed.',
  options: { excludePaths: DEFAULT_EXCLUDES },
  check(ctx, report) {
    const excluded = compileGlobs(ctx.options.excludePaths);
    for (const layer of ctx.model.layers) {
      const hits: (FileRef & { kind: string })[] = [];
      for (const e of layer.entries) {
        if (e.kind !== 'file' || e.size === 0) continue;
        if (excluded(e.path)) continue;
        const kind = secretKind(e.path);
        if (kind) hits.push({ path: e.path, bytes: e.size, kind });
      }
      if (hits.length === 0) continue;
      const kinds = [...new Set(hits.map((h) => h.kind))].sort();
      const laterDeleted = hits.filter(
        (h) => !ctx.model.final.has(h.path) || ctx.model.final.get(h.path)?.layer !== layer.index,
      );
      const first = hits[0];
      report({
        layerIndex: layer.index,
        bytes: sumBytes(hits),
        paths: refs(hits),
        message:
          `layer ${layer.index} stores ${kinds.join(', ')}` +
          (hits.length === 1 && first ? ` at ${shown(first.path)}` : ` (${hits.length} files)`) +
          (laterDeleted.length > 0 ? '; deleting it in a later layer does not remove it from the image' : ''),
      });
    }
  },
};
