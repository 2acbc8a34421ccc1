/**
 * The one parser of a history entry's `created_by` text, in the forms the engines write:
 * - legacy builder (also buildah/podman): metadata and COPY/ADD as `/bin/sh -c #(nop)  ENV A=1` and
 *   `/bin/sh -c #(nop) COPY file:<sha> in /dst `, commands bare as `/bin/sh -c cmd`, or
 *   `|2 A=1 B=2 /bin/sh -c cmd` when build args are in effect (ONBUILD triggers are `#(nop)  ONBUILD …`);
 * - BuildKit: `RUN /bin/sh -c cmd # buildkit`, `COPY src /dst # buildkit`, metadata bare (`ENV A=1`).
 *
 * The callers ask different questions (match an instruction, name a keyword, pair layers across
 * builds, show a command), and each keeps the answer it gave before the parsers moved here.
 */

/** A classified `created_by`, as the layer mapper reads it. */
export interface CreatedBy {
  builder: 'buildkit' | 'legacy';
  /** `RUN`, `COPY`, `ENV` …; `RUN` for text that names no keyword (the legacy builder writes commands bare). */
  keyword: string;
  /** The text after the keyword (RUN: the whole command, with its `|N K=V` prefix and shell). */
  body: string;
}

const BUILDKIT_SUFFIX = ' # buildkit';
const KEYWORD_AND_BODY = /^([A-Z]+)(?: ([\s\S]*))?$/;
/** The legacy builder's metadata marker, after whichever shell was current. */
const NOP = /#\(nop\)/;
const LEGACY_NOP = /^([\s\S]*?) #\(nop\) +([A-Z]+)(?: ([\s\S]*?))? ?$/;
/** The default shell's `#(nop)` wrapper, as display and normalisation strip it. */
const DEFAULT_SHELL_NOP = /^\/bin\/sh -c #\(nop\)\s*/;
const DEFAULT_SHELL = '/bin/sh -c ';
/** A shell command, optionally after the `|N K=V` build-arg prefix. */
const SHELL_COMMAND = /^(?:\|\d+\s.*?)?\S*(?:sh|bash) -c /;

/** Keywords BuildKit writes bare (no `# buildkit` suffix): they make no layer content of their own. */
const BARE_KEYWORDS = new Set([
  'ENV',
  'ARG',
  'LABEL',
  'EXPOSE',
  'USER',
  'ENTRYPOINT',
  'CMD',
  'SHELL',
  'HEALTHCHECK',
  'VOLUME',
  'STOPSIGNAL',
  'ONBUILD',
  'MAINTAINER',
  'WORKDIR',
]);

/** Classify a `created_by` string from the legacy builder or BuildKit. */
export function parseCreatedBy(text: string): CreatedBy {
  if (text.endsWith(BUILDKIT_SUFFIX)) {
    const s = text.slice(0, -BUILDKIT_SUFFIX.length);
    const m = KEYWORD_AND_BODY.exec(s);
    if (m) return { builder: 'buildkit', keyword: m[1] ?? '', body: m[2] ?? '' };
    return { builder: 'buildkit', keyword: 'RUN', body: s };
  }
  const nop = LEGACY_NOP.exec(text);
  if (nop) return { builder: 'legacy', keyword: nop[2] ?? '', body: nop[3] ?? '' };
  const bare = KEYWORD_AND_BODY.exec(text);
  if (bare && BARE_KEYWORDS.has(bare[1] ?? '')) {
    return { builder: 'buildkit', keyword: bare[1] ?? '', body: bare[2] ?? '' };
  }
  return { builder: 'legacy', keyword: 'RUN', body: text };
}

/**
 * Is the text a command (`RUN …`, or `[|N K=V] …sh -c …`)? Stricter than parseCreatedBy, which
 * takes any unrecognised text for a RUN: rules only blame what certainly ran.
 */
export function createdByIsRun(createdBy: string | null): boolean {
  if (!createdBy) return false;
  const t = createdBy.trim();
  if (/^RUN\b/.test(t)) return true;
  if (NOP.test(t)) return false;
  return SHELL_COMMAND.test(t);
}

/** The keyword the text names (`RUN`, `COPY`, `WORKDIR` …), or null when it names none. */
export function createdByKeyword(createdBy: string | null): string | null {
  if (!createdBy) return null;
  const t = createdBy.trim();
  const nop = /#\(nop\)\s+([A-Z]+)/.exec(t);
  if (nop) return nop[1] ?? null;
  if (createdByIsRun(t)) return 'RUN';
  return /^([A-Z]+)\b/.exec(t)?.[1] ?? null;
}

/** Is the text a `#(nop)` entry or a COPY/ADD/WORKDIR, i.e. not a command that could install anything? */
export function isNopOrFileStep(text: string): boolean {
  return NOP.test(text) || /^(?:COPY|ADD|WORKDIR)\b/.test(text);
}

/** A legacy `COPY dir:<sha> in /dst`: the builder hashed the sources away, so only "a directory" is known. */
export function isLegacyDirCopy(text: string): boolean {
  return /^\/bin\/sh -c #\(nop\)\s+(?:COPY|ADD)\s+dir:/.test(text);
}

/**
 * The arguments of a one-line `COPY`/`ADD` entry (BuildKit keeps the sources), flags left out and
 * whether it copied `--from` another stage; null for any other entry.
 */
export function copyArguments(text: string): { args: string[]; fromStage: boolean } | null {
  const m = /^(?:COPY|ADD)\s+(.*?)(?:\s+# buildkit)?$/.exec(text);
  if (!m) return null;
  const rest = m[1] ?? '';
  return {
    args: rest.split(/\s+/).filter((a) => a.length > 0 && !a.startsWith('--')),
    fromStage: /(?:^|\s)--from[=\s]/.test(rest),
  };
}

/** The text without the builder's wrapper: no `#(nop)`, a bare command as `RUN cmd`, no `# buildkit`. */
export function displayCreatedBy(createdBy: string): string {
  return createdBy
    .replace(DEFAULT_SHELL_NOP, '')
    .replace(/^\/bin\/sh -c /, 'RUN ')
    .replace(/ # buildkit$/, '');
}

/** A command on one line: line continuations joined, whitespace collapsed. */
export function squash(s: string): string {
  return s
    .replace(/\\\r?\n/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Normalise a `created_by` so the same step matches across builds and builders: drops the shell
 * wrapper, `#(nop)`, the `|N K=V` build-arg prefix, the `# buildkit` suffix, and the content hash in
 * the legacy builder's `COPY file:<hash> in /dst`.
 */
export function normaliseCreatedBy(createdBy: string): string {
  let s = squash(createdBy).replace(/\s*# buildkit$/, '');
  const nop = DEFAULT_SHELL_NOP.exec(s);
  if (nop) s = s.slice(nop[0].length);
  else if (s.startsWith(DEFAULT_SHELL)) s = `RUN ${s.slice(DEFAULT_SHELL.length)}`;
  // BuildKit: `RUN |2 A=1 B=2 /bin/sh -c cmd`; the legacy builder: `|2 A=1 B=2 /bin/sh -c cmd`.
  const args = /^(RUN )?\|(\d+) /.exec(s);
  if (args) {
    const rest = s.slice(args[0].length).split(' ');
    s = `RUN ${rest.slice(Number(args[2])).join(' ')}`;
  }
  return s.replace(/^RUN \/bin\/sh -c /, 'RUN ').replace(/\b(file|dir|multi):[0-9a-f]{64}\b/g, '$1:*');
}
