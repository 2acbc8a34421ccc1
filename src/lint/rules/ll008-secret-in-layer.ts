/** LL008: a layer stores a secret: found by content in small text files, by name when unreadable. */
import type { SecretFile } from '../../image/model.js';
import { compileGlobs } from '../../common/glob.js';
import type { Rule } from '../types.js';
import { refs, shown, sumBytes } from '../helpers.js';

export interface Ll008Options {
  /** Globs of paths never reported (public test fixtures in third-party trees by default). */
  excludePaths: string[];
}

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

export const ll008: Rule<Ll008Options> = {
  id: 'LL008',
  name: 'secret-in-layer',
  title: 'Secret stored in a layer',
  defaultSeverity: 'error',
  rationale:
    'Anyone who can pull the image can read every layer, including files a later layer deletes. Small text ' +
    'files (up to 64 KiB) are read during the one streaming pass and judged by content: private-key blocks, ' +
    'npm/yarn auth settings (_authToken, _auth, _password, npmAuthToken) in any file, GCP service-account ' +
    'keys, AWS access-key pairs, GitHub, GitLab, Slack and npm tokens, registry auths, credentials in URLs and ' +
    '.env-style assignments to secret names (*_TOKEN, *_SECRET, *PASSWORD*, *_API_KEY) with a real value. A ' +
    'file whose content was not read (binary, larger, or past the capture cap) is judged by name: private ' +
    'keys (id_rsa, *.key, key-named *.pem, keystores), .env, cloud, registry, npm, git, netrc, PyPI and ' +
    'Kubernetes credential files. Findings name the kind and the path, never the value.',
  fix: 'Remove the file from the build context (.dockerignore) and pass secrets with `RUN --mount=type=secret` or at run time; rotate any credential that was pushed.',
  options: { excludePaths: DEFAULT_EXCLUDES },
  check(ctx, report) {
    const excluded = compileGlobs(ctx.options.excludePaths);
    const byLayer = new Map<number, SecretFile[]>();
    for (const f of ctx.model.secrets.files) {
      if (excluded(f.path)) continue;
      const list = byLayer.get(f.layer) ?? [];
      list.push(f);
      byLayer.set(f.layer, list);
    }
    for (const [layer, hits] of [...byLayer].sort((a, b) => a[0] - b[0])) {
      const kinds = [...new Set(hits.flatMap((h) => h.kinds))].sort();
      const laterDeleted = hits.some((h) => ctx.model.final.get(h.path)?.layer !== layer);
      const first = hits[0];
      const where =
        hits.length === 1 && first
          ? ` at ${shown(first.path)}${first.byName ? ' (by its name; content not read)' : ''}`
          : ` (${hits.length} files)`;
      report({
        layerIndex: layer,
        bytes: sumBytes(hits),
        paths: refs(hits),
        message:
          `stores ${kinds.join(', ')}${where}` +
          (laterDeleted ? '; deleting it in a later layer does not remove it from the image' : ''),
      });
    }
  },
};
