/**
 * The one home of secret detection: file contents (captured by the reader), file names (when the
 * content was not read), the image config (ENV, LABEL) and build arguments recorded in history
 * `created_by`. Every detector returns the kind and, for redaction, the value; callers print kinds
 * and paths, never values. What is detected and redacted is documented in docs/rules.md.
 */
import type { ImageConfig } from '../oci/types.js';

/** What a redacted value is replaced with, everywhere. */
export const REDACTED = '[redacted]';

/** One secret found in some text: what it is, and the value to redact. */
export interface SecretMatch {
  kind: string;
  value: string;
}

/** Token formats with a recognisable prefix (vendors document them so scanners can find leaks). */
export const TOKEN_FORMATS: readonly { kind: string; re: RegExp }[] = [
  { kind: 'GitHub token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,255})\b/g },
  { kind: 'GitLab token', re: /\bglpat-[A-Za-z0-9_-]{20,}/g },
  { kind: 'Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { kind: 'npm token', re: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { kind: 'AWS access key ID', re: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g },
];

/** A token cut short by truncation (`npm_FAKEfa…`): its visible part is still redacted. */
const TRUNCATED_TOKEN =
  /\b(?:gh[pousr]_|github_pat_|glpat-|xox[abposr]-|npm_|AKIA|ASIA)[A-Za-z0-9_-]*\u2026/g;

const PRIVATE_KEY_HEADER = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----/;
const PRIVATE_KEY_BLOCK =
  /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$)/g;
/** An AWS secret access key: 40 base64 characters, mixed case (a 40-hex git or sha1 id is not one). */
const AWS_SECRET = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/g;
/** npm and yarn auth settings: `_authToken=`, `_auth=`, `_password=` (.npmrc, .yarnrc) and yarn 2+'s `npmAuthToken:`. */
const NPM_AUTH =
  /(?:^|[\s:"'])(_authToken|_auth|_password|npmAuthToken|npmAuthIdent)["']?\s*[=:\s]\s*["']?([^\s"'#]+)/gm;
const SERVICE_ACCOUNT = /"type"\s*:\s*"service_account"/;
const SA_PRIVATE_KEY = /"private_key"\s*:\s*"([^"]+)"/;
const DOCKER_AUTH = /"(?:auth|identitytoken|registrytoken)"\s*:\s*"([^"]+)"/g;
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:@/'"]+:([^\s@/'"]+)@[^\s'"]/g;
const NETRC_PASSWORD = /(?:^|\s)password\s+(\S+)/g;
const KUBE_KEY = /\b(?:client-key-data|token):\s*["']?([^\s"']+)/g;
/** `NAME=value` / `NAME = "value"` (.env, ini, toml, properties), optionally after `export`. */
const ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][\w.-]*)[ \t]*=[ \t]*(.*?)[ \t]*$/gm;
/** `name: value` / `"name": "value"` (YAML, JSON): only in files of those kinds. */
const COLON_ASSIGNMENT = /^[ \t]*["']?([A-Za-z_][\w.-]*)["']?[ \t]*:[ \t]*(.*?)[ \t]*,?[ \t]*$/gm;
const COLON_FILE = /\.(?:json|ya?ml)$/i;

/** Words a secret's name ends with (`API_TOKEN`, `client_secret`, `DB_PASSWORD`, `STRIPE_API_KEY`). */
const SECRET_LAST = new Set(['TOKEN', 'SECRET', 'PASSWORD', 'PASSWD', 'PASSPHRASE', 'PWD', 'CREDENTIALS']);
/** Two-word endings: `*_API_KEY`, `*_SECRET_KEY`, `*_PRIVATE_KEY`, `*_ACCESS_KEY`, `*_AUTH_KEY`. */
const SECRET_KEY_PAIRS = new Set([
  'API_KEY',
  'SECRET_KEY',
  'PRIVATE_KEY',
  'ACCESS_KEY',
  'AUTH_KEY',
  'SIGNING_KEY',
]);
/** Words that anywhere in a name say secret (`AWS_SECRET_ACCESS_KEY`, `PASSWORD_HASH_SALT` is not: see below). */
const SECRET_ANYWHERE = new Set(['PASSWORD', 'PASSWD', 'SECRET', 'APIKEY']);
/** A last word that makes the name about a secret rather than the secret (`PASSWORD_FILE`, `TOKEN_URL`). */
const NOT_THE_SECRET = new Set([
  'FILE',
  'PATH',
  'DIR',
  'URL',
  'URI',
  'ID',
  'NAME',
  'HEADER',
  'TYPE',
  'LENGTH',
  'LEN',
  'MIN',
  'MAX',
  'POLICY',
  'PROMPT',
  'REQUIRED',
  'ENABLED',
  'EXPIRY',
  'EXPIRES',
  'TTL',
  'FIELD',
  'PARAM',
  'ENDPOINT',
  'COMMAND',
  'CMD',
  'REF',
  'VERSION',
]);

/** The words of a name: `NODE_AUTH_TOKEN`, `node-auth-token`, `nodeAuthToken` → NODE AUTH TOKEN. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((w) => w !== '');
}

/** Does a variable, label or setting name say it holds a secret? */
export function isSecretName(name: string): boolean {
  const w = words(name);
  const last = w.at(-1);
  if (last === undefined || NOT_THE_SECRET.has(last)) return false;
  if (SECRET_LAST.has(last)) return true;
  if (w.length >= 2 && SECRET_KEY_PAIRS.has(`${w.at(-2) ?? ''}_${last}`)) return true;
  return w.some((x) => SECRET_ANYWHERE.has(x));
}

const PLACEHOLDER =
  /^(?:x+|\*+|\.+|-+|_+|0+|changeme|change[-_]?me|changeit|placeholder|dummy|null|none|nil|undefined|true|false|yes|no|on|off|secret|password|passwd|token|redacted|todo|tbd|fixme|your[-_ ].*|my[-_ ].*|insert[-_ ].*|replace[-_ ].*)$/i;
/** A value that stands for a secret rather than being one: a reference, a template, a dummy. */
export function isPlaceholder(raw: string): boolean {
  const v = unquote(raw);
  if (v.length < 4) return true;
  if (PLACEHOLDER.test(v)) return true;
  if (v === REDACTED) return true;
  // References and templates: $VAR, ${VAR}, $(cmd), `cmd`, <value>, {{ value }}, %(name)s, %s, paths.
  if (/^(?:\$|`|<.*>$|\{\{|%\(|%[A-Z_]+%$|%[-+ #0-9.]*[sdqvx])/.test(v)) return true;
  if (
    /^(?:\/run\/secrets\/|\/var\/run\/secrets\/|file:|env:|vault:|arn:aws:secretsmanager:|secret:\/\/)/i.test(
      v,
    )
  )
    return true;
  return false;
}

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t.at(-1) === t[0]) return t.slice(1, -1);
  return t;
}

/** Token-format matches in any text (config values, `created_by`, file contents). */
export function tokenMatches(text: string): SecretMatch[] {
  const out: SecretMatch[] = [];
  for (const f of TOKEN_FORMATS) {
    for (const m of text.matchAll(f.re)) out.push({ kind: f.kind, value: m[0] });
  }
  return out;
}

/** `NAME=value` assignments whose name says secret and whose value is real, in `text`. */
function assignments(text: string, re: RegExp): SecretMatch[] {
  const out: SecretMatch[] = [];
  for (const m of text.matchAll(re)) {
    const name = m[1] ?? '';
    const raw = (m[2] ?? '').replace(/\s+#.*$/, '');
    if (!isSecretName(name) || isPlaceholder(raw)) continue;
    const value = unquote(raw.replace(/,$/, ''));
    // Code, not a value: a call, an index, an expression (`os.environ["X"]`, `getenv('X')`).
    if (!/^["']/.test(raw.trim()) && /[()[\]{};\s]/.test(value)) continue;
    out.push({ kind: 'secret assignment', value });
  }
  return out;
}

/** Every secret in a text file's content; `path` picks the format-specific detectors. */
export function contentMatches(path: string, text: string): SecretMatch[] {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const out: SecretMatch[] = [];
  const key = PRIVATE_KEY_HEADER.exec(text);
  if (key) {
    for (const m of text.matchAll(PRIVATE_KEY_BLOCK)) out.push({ kind: 'private key', value: keyBody(m[0]) });
  }
  if (SERVICE_ACCOUNT.test(text)) {
    const pk = SA_PRIVATE_KEY.exec(text);
    if (pk) out.push({ kind: 'GCP service-account key', value: pk[1] ?? '' });
  }
  for (const m of text.matchAll(NPM_AUTH)) {
    const v = m[2] ?? '';
    if (!isPlaceholder(v)) out.push({ kind: 'npm auth token', value: v });
  }
  const ids = tokenMatches(text);
  for (const t of ids) {
    if (t.kind !== 'AWS access key ID') out.push(t);
  }
  const awsIds = ids.filter((t) => t.kind === 'AWS access key ID');
  if (awsIds.length > 0) {
    const secrets = [...text.matchAll(AWS_SECRET)]
      .map((m) => m[0])
      .filter((s) => /[a-z]/.test(s) && /[A-Z]/.test(s));
    if (secrets.length > 0) {
      out.push(...awsIds.map((t) => ({ kind: 'AWS access key', value: t.value })));
      out.push(...secrets.map((s) => ({ kind: 'AWS access key', value: s })));
    }
  }
  if (/"auths"\s*:/.test(text)) {
    for (const m of text.matchAll(DOCKER_AUTH)) {
      if (!isPlaceholder(m[1] ?? '')) out.push({ kind: 'registry credentials', value: m[1] ?? '' });
    }
  }
  for (const m of text.matchAll(URL_CREDENTIALS)) {
    const v = decodeURIComponentSafe(m[1] ?? '');
    if (!isPlaceholder(v)) out.push({ kind: 'credentials in a URL', value: m[1] ?? '' });
  }
  if (base === '.netrc' || base === '_netrc') {
    for (const m of text.matchAll(NETRC_PASSWORD)) {
      if (!isPlaceholder(m[1] ?? '')) out.push({ kind: 'netrc credentials', value: m[1] ?? '' });
    }
  }
  if (/(?:^|\/)\.kube\/config$/.test(path)) {
    for (const m of text.matchAll(KUBE_KEY)) {
      if (!isPlaceholder(m[1] ?? '')) out.push({ kind: 'Kubernetes credentials', value: m[1] ?? '' });
    }
  }
  // Assignments last: the formats above name the secret better. A service-account file's own
  // `"private_key"` is that key, not another secret.
  if (out.length === 0 || !out.some((o) => o.kind === 'GCP service-account key')) {
    out.push(...assignments(text, ASSIGNMENT));
    if (COLON_FILE.test(base) || /(?:^|\/)\.kube\/config$/.test(path))
      out.push(...assignments(text, COLON_ASSIGNMENT));
  }
  // One file, one name for one secret: the key inside a service-account file is that key, the
  // npm token behind `_authToken=` is the auth token.
  const sa = out.some((o) => o.kind === 'GCP service-account key');
  const npmAuth = out.some((o) => o.kind === 'npm auth token');
  return out
    .filter((o) => o.value !== '')
    .map((o) =>
      sa && o.kind === 'private key'
        ? { ...o, kind: 'GCP service-account key' }
        : npmAuth && o.kind === 'npm token'
          ? { ...o, kind: 'npm auth token' }
          : o,
    );
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The base64 body of a PEM block (what is worth redacting), or the block when it has none. */
function keyBody(block: string): string {
  const body = block
    .split(/\r?\n|\\n/)
    .filter((l) => l !== '' && !l.startsWith('-----') && !/^[\w-]+:/.test(l));
  return body.length > 0 ? body.join('\n') : block;
}

/** A name that makes a file a private key whatever it holds (binary keystores cannot be read). */
const KEY_NAME = /^(?:id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?|identity)$/;
const KEYISH = /(?:^|[-_.])(?:key|private|priv|privkey|secret)(?:[-_.]|$)/i;
const ENV_TEMPLATE = /\.(?:example|sample|template|dist|defaults?|tpl|schema)$/i;

/** File names that hold a private key (reported by name unless its text was read and holds none). */
export function keyFileKind(path: string): string | null {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (KEY_NAME.test(base)) return 'SSH private key';
  const m = /^(.*)\.(pem|key|p12|pfx|jks|keystore)$/i.exec(base);
  if (!m) return null;
  const ext = (m[2] ?? '').toLowerCase();
  if (ext === 'pem') return KEYISH.test(m[1] ?? '') ? 'private key' : null;
  if (ext === 'key') return /\.pub$/i.test(m[1] ?? '') ? null : 'private key';
  return 'private key';
}

/** File names of credential stores: reported by name only when their content could not be read. */
export function credentialFileKind(path: string): string | null {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if ((base === '.env' || /^\.env\.[\w.-]+$/.test(base)) && !ENV_TEMPLATE.test(base)) return '.env file';
  if (
    /(?:^|\/)\.aws\/credentials$/.test(path) ||
    /(?:^|\/)\.config\/gcloud\/(?:credentials\.db|application_default_credentials\.json|legacy_credentials\/.+)$/.test(
      path,
    ) ||
    /(?:^|\/)\.azure\/(?:accessTokens\.json|msal_token_cache\.(?:json|bin))$/.test(path)
  )
    return 'cloud credentials';
  if (/(?:^|\/)\.docker\/config\.json$/.test(path)) return 'registry credentials';
  if (base === '.npmrc') return 'npm token file';
  if (base === '.git-credentials') return 'git credentials';
  if (base === '.netrc' || base === '_netrc') return 'netrc credentials';
  if (base === '.pypirc') return 'PyPI credentials';
  if (/(?:^|\/)\.kube\/config$/.test(path)) return 'Kubernetes credentials';
  return null;
}

/** What one regular file holds: secret kinds (sorted, unique), the values to redact, and how it was judged. */
export interface FileClassification {
  kinds: string[];
  values: string[];
  /** True when judged by name alone (the content was not captured). */
  byName: boolean;
}

/**
 * Classify a regular file. With its content: by content (a key-named file holding no key is silent,
 * an `.npmrc` without credentials is silent). Without it (binary, too large, cap reached): by name.
 */
export function classifyFile(path: string, content: Buffer | undefined): FileClassification | null {
  if (content === undefined) {
    const kind = keyFileKind(path) ?? credentialFileKind(path);
    return kind ? { kinds: [kind], values: [], byName: true } : null;
  }
  const found = contentMatches(path, content.toString('utf8'));
  if (found.length === 0) return null;
  return {
    kinds: [...new Set(found.map((f) => f.kind))].sort(),
    values: [...new Set(found.map((f) => f.value))],
    byName: false,
  };
}

/** Where a config secret lives. */
export type ConfigSource = 'ENV' | 'LABEL' | 'ARG';

/** A secret in the image config or history, as LL013 reports it (the value only for redaction). */
export interface ConfigSecret {
  source: ConfigSource;
  /** The variable, label or build-arg name (names are printed; values never). */
  name: string;
  kind: string;
  /** Index into `config.history` of the entry that recorded it, or null (only in `config.config`). */
  history: number | null;
  value: string;
}

/** Is `name=value` (ENV or build arg) a secret? Its kind, or null. */
function variableKind(name: string, value: string): string | null {
  const t = tokenMatches(value)[0];
  if (t) return t.kind;
  if (isSecretName(name) && !isPlaceholder(value)) return 'secret-named variable';
  return null;
}

/** `K=V` pairs of an ENV or LABEL body (`A=1 B="two words"`, legacy `A 1` too). */
export function keyValues(body: string): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  const re = /([^\s=]+)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g;
  for (const m of body.matchAll(re)) out.push({ name: unquote(m[1] ?? ''), value: unquote(m[2] ?? '') });
  if (out.length === 0) {
    // The legacy one-pair form `ENV NAME value with spaces`.
    const one = /^\s*(\S+)\s+([\s\S]+?)\s*$/.exec(body);
    if (one) out.push({ name: one[1] ?? '', value: one[2] ?? '' });
  }
  return out;
}

/**
 * The build arguments a RUN entry records: `RUN |2 A=1 B=2 /bin/sh -c …` (BuildKit) or
 * `|2 A=1 B=2 /bin/sh -c …` (legacy builder). A value runs to the next `NAME=`, the last one to the shell.
 */
export function buildArgs(createdBy: string): { name: string; value: string }[] {
  const m = /^(?:RUN )?\|(\d+) /.exec(createdBy);
  if (!m) return [];
  const n = Number(m[1]);
  let rest = createdBy.slice(m[0].length);
  const out: { name: string; value: string }[] = [];
  for (let i = 0; i < n; i++) {
    const head = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(rest);
    if (!head) break;
    rest = rest.slice(head[0].length);
    let end: number;
    if (i < n - 1) {
      const next = /\s[A-Za-z_][A-Za-z0-9_]*=/.exec(rest);
      end = next ? next.index : rest.length;
    } else {
      const shell = /\s(?:\S*\/)?(?:ba|da|z|a|k)?sh -c /.exec(rest);
      const space = rest.search(/\s/);
      end = shell ? shell.index : space < 0 ? rest.length : space;
    }
    out.push({ name: head[1] ?? '', value: rest.slice(0, end) });
    rest = rest.slice(end).replace(/^\s+/, '');
  }
  return out;
}

/** The keyword and body of an ENV/LABEL history entry (BuildKit bare, or legacy `#(nop)`). */
function metadataEntry(createdBy: string): { keyword: 'ENV' | 'LABEL'; body: string } | null {
  const m = /^(?:[\s\S]*?#\(nop\)\s+)?(ENV|LABEL) ([\s\S]*)$/.exec(createdBy.trim());
  if (!m) return null;
  return { keyword: m[1] === 'ENV' ? 'ENV' : 'LABEL', body: m[2] ?? '' };
}

/**
 * Secrets in the image config: ENV variables (secret names, or token-format values), LABEL values in
 * a token format, and build args recorded in RUN history (secret names, or token-format values). Each
 * is tied to the history entry that recorded it when there is one; the config's own Env and Labels
 * catch what history does not show (squashed images, base images without history).
 */
export function configSecrets(config: ImageConfig): ConfigSecret[] {
  const out: ConfigSecret[] = [];
  const seen = new Set<string>();
  const add = (s: ConfigSecret): void => {
    const key = `${s.source}\0${s.name}\0${s.value}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(s);
  };
  (config.history ?? []).forEach((h, j) => {
    const text = h.created_by ?? '';
    if (text === '') return;
    for (const a of buildArgs(text)) {
      const kind = variableKind(a.name, a.value);
      if (kind) add({ source: 'ARG', name: a.name, kind, history: j, value: a.value });
    }
    const meta = metadataEntry(text);
    if (!meta) return;
    for (const kv of keyValues(meta.body)) {
      const kind =
        meta.keyword === 'ENV' ? variableKind(kv.name, kv.value) : (tokenMatches(kv.value)[0]?.kind ?? null);
      if (kind) add({ source: meta.keyword, name: kv.name, kind, history: j, value: kv.value });
    }
  });
  for (const e of config.config?.Env ?? []) {
    const eq = e.indexOf('=');
    if (eq <= 0) continue;
    const name = e.slice(0, eq);
    const value = e.slice(eq + 1);
    const kind = variableKind(name, value);
    if (kind && !out.some((s) => s.source === 'ENV' && s.name === name && s.value === value))
      add({ source: 'ENV', name, kind, history: null, value });
  }
  for (const [name, value] of Object.entries(config.config?.Labels ?? {})) {
    const kind = tokenMatches(value)[0]?.kind;
    if (kind && !out.some((s) => s.source === 'LABEL' && s.name === name && s.value === value))
      add({ source: 'LABEL', name, kind, history: null, value });
  }
  return out;
}

/** Values shorter than this are not searched for on their own (a 3-letter value would eat words). */
const MIN_REDACT = 4;
/** A visible prefix this long of a cut value (`secret-va…`) is redacted too. */
const MIN_PREFIX = 4;
const SECRET_ASSIGNMENT_IN_TEXT = /(?<![\w-])([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|'[^']*'|[^\s"']+)/g;

/**
 * A function that scrubs a string: each known value, any token-format match, private-key blocks,
 * credentials in URLs, values assigned to secret-named variables (`DB_PASSWORD=…`), and the visible
 * prefix of a value cut short by truncation (`…`) become `[redacted]`.
 */
export function redactor(values: Iterable<string>): (s: string) => string {
  const known = [...new Set([...values].filter((v) => v.length >= MIN_REDACT))].sort(
    (a, b) => b.length - a.length,
  );
  return (s: string): string => {
    let out = s;
    for (const v of known) if (out.includes(v)) out = out.split(v).join(REDACTED);
    out = out.replace(PRIVATE_KEY_BLOCK, REDACTED);
    for (const f of TOKEN_FORMATS) out = out.replace(f.re, REDACTED);
    out = out.replace(TRUNCATED_TOKEN, `${REDACTED}\u2026`);
    out = out.replace(URL_CREDENTIALS, (m: string, pw: string) =>
      isPlaceholder(pw) ? m : m.replace(`:${pw}@`, `:${REDACTED}@`),
    );
    out = out.replace(SECRET_ASSIGNMENT_IN_TEXT, (m: string, name: string, value: string) =>
      isSecretName(name) && !isPlaceholder(value) ? `${name}=${REDACTED}` : m,
    );
    if (out.includes('\u2026')) out = redactCutPrefixes(out, known);
    return out;
  };
}

/** `…` right after the start of a known value: the visible prefix is part of the secret. */
function redactCutPrefixes(s: string, known: readonly string[]): string {
  let out = s;
  for (let i = out.indexOf('\u2026'); i >= 0; i = out.indexOf('\u2026', i + 1)) {
    for (const v of known) {
      let k = Math.min(v.length - 1, i);
      while (k >= MIN_PREFIX && out.slice(i - k, i) !== v.slice(0, k)) k--;
      if (k >= MIN_PREFIX) {
        out = `${out.slice(0, i - k)}${REDACTED}${out.slice(i)}`;
        i = i - k + REDACTED.length;
        break;
      }
    }
  }
  return out;
}
