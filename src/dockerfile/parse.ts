/**
 * Dockerfile parsing on top of `dockerfile-ast`: stages, flags, forms, heredocs, ARG/ENV expansion,
 * ONBUILD triggers and `# layerlint ignore=` comments. Pure: the caller passes the text in.
 */
import {
  DockerfileParser,
  Keyword,
  type Instruction as AstInstruction,
  type Dockerfile as AstDockerfile,
  type Heredoc,
  JSONInstruction,
  ModifiableInstruction,
  Onbuild,
  PropertyInstruction,
  type Property,
} from 'dockerfile-ast';
import { InputError } from '../common/errors.js';
import type { InstructionFlag, ParsedDockerfile, ParsedInstruction, ParsedStage } from './types.js';

/** An ARG or ENV line's `name=value` pairs (dockerfile-ast makes both a PropertyInstruction). */
function properties(ins: AstInstruction): Property[] {
  return ins instanceof PropertyInstruction ? ins.getProperties() : [];
}

export interface ParseOptions {
  /** `--build-arg K=V` values; they override ARG defaults. */
  buildArgs: Record<string, string>;
}

const KEYWORDS = new Set<string>(Object.values(Keyword));
const DEFAULT_SHELL = ['/bin/sh', '-c'];
const IGNORE_RE = /^#\s*layerlint\s+ignore\s*=\s*([A-Za-z0-9_,\s-]+?)\s*$/i;
const GLOBAL_IGNORE_RE = /^#\s*layerlint\s+global\s+ignore\s*=\s*([A-Za-z0-9_,\s-]+?)\s*$/i;
/** Docker's predefined proxy/platform ARGs may be used without an ARG line; they never show in history. */
type Scope = Map<string, string | null>;

/**
 * Characters an ARG/ENV reference may expand a value to, beyond the length of its own text. A chain
 * of doubling references (`ARG B=$A$A`, `ARG C=$B$B`, ... 40 levels) would otherwise ask for 2^40.
 */
export const MAX_EXPANDED_LENGTH = 64 * 1024;

/** Thrown by expand(); the parser turns it into an InputError naming the Dockerfile line. */
export class ExpansionTooLongError extends Error {
  constructor(readonly variable: string) {
    super(`expanding $${variable} gives more than ${MAX_EXPANDED_LENGTH} characters`);
    this.name = 'ExpansionTooLongError';
  }
}

/** Parse a Dockerfile. Throws InputError (one line: file and problem) for a Dockerfile Docker would reject. */
export function parseDockerfile(text: string, path: string, opts: ParseOptions): ParsedDockerfile {
  if (text.includes('\u0000')) throw new InputError(path, 'not a Dockerfile (binary content)');
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let ast: AstDockerfile;
  try {
    ast = DockerfileParser.parse(src);
  } catch (err: unknown) {
    throw new InputError(path, `cannot parse: ${err instanceof Error ? err.message : String(err)}`);
  }
  const lines = src.split('\n');
  const escape = ast.getEscapeCharacter();
  const buildArgs = opts.buildArgs;

  const { ignoreByLine, globalIgnore } = readIgnoreComments(lines);

  const globalScope: Scope = new Map();
  const stages: ParsedStage[] = [];
  const stageEnv: Scope[] = [];
  const stageShell: string[][] = [];
  const stageWorkdir: string[] = [];
  let current: ParsedStage | null = null;
  let scope: Scope = new Map();
  /** ARGs declared in the current stage: they (not ENV) make the `|N K=V` prefix of RUN history. */
  let stageArgs: Scope = new Map();
  let shell = DEFAULT_SHELL;
  let workdir = '/';

  const instructions = ast.getInstructions();
  if (instructions.length === 0) throw new InputError(path, 'no instructions (empty Dockerfile)');

  for (const ins of instructions) {
    const keyword = ins.getKeyword();
    const line = ins.getRange().start.line + 1;
    try {
      if (!KEYWORDS.has(keyword)) {
        throw new InputError(path, `line ${line}: unknown instruction "${ins.getInstruction()}"`);
      }
      if (keyword === 'FROM') {
        const args = ins.getArguments().map((a) => a.getValue());
        if (args.length === 0) throw new InputError(path, `line ${line}: FROM needs an image`);
        if (args.length !== 1 && !(args.length === 3 && args[1]?.toLowerCase() === 'as')) {
          throw new InputError(path, `line ${line}: FROM takes "image [AS name]", got "${args.join(' ')}"`);
        }
        const from = expand(args[0] ?? '', globalScope, escape);
        if (from === '')
          throw new InputError(path, `line ${line}: FROM image "${args[0] ?? ''}" expands to nothing`);
        const name = args.length === 3 ? (args[2] ?? '') : '';
        const index = stages.length;
        const parentIdx = findStage(stages, from);
        if (name !== '' && stages.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
          throw new InputError(path, `line ${line}: duplicate stage name "${name}"`);
        }
        current = { name: name || String(index), index, from, line, instructions: [] };
        if (parentIdx !== undefined) current.fromStage = parentIdx;
        stages.push(current);
        // ENV, SHELL and WORKDIR carry over from a parent stage; ARGs do not.
        scope = new Map(parentIdx !== undefined ? stageEnv[parentIdx] : []);
        stageArgs = new Map();
        shell = parentIdx !== undefined ? (stageShell[parentIdx] ?? DEFAULT_SHELL) : DEFAULT_SHELL;
        workdir = parentIdx !== undefined ? (stageWorkdir[parentIdx] ?? '/') : '/';
        stageEnv.push(new Map());
        stageShell.push(shell);
        stageWorkdir.push(workdir);
        current.instructions.push(build(ins, current, scope, shell, workdir));
        continue;
      }
      if (current === null) {
        if (keyword !== 'ARG') {
          throw new InputError(
            path,
            `line ${line}: ${keyword} before the first FROM (only ARG may come first)`,
          );
        }
        for (const p of properties(ins)) {
          const name = p.getName();
          const def = p.getValue();
          globalScope.set(name, buildArgs[name] ?? (def === null ? null : expand(def, globalScope, escape)));
        }
        continue;
      }
      const parsed = build(ins, current, scope, shell, workdir);
      // State changes after the instruction is recorded: an ARG/ENV line sees the scope before itself.
      if (keyword === 'ARG') {
        for (const p of properties(ins)) {
          const name = p.getName();
          const def = p.getValue();
          const inherited = globalScope.get(name);
          const value = buildArgs[name] ?? (def !== null ? expand(def, scope, escape) : (inherited ?? null));
          scope.set(name, value);
          stageArgs.set(name, value);
          parsed.argNames = [...(parsed.argNames ?? []), name];
        }
      } else if (keyword === 'ENV') {
        const env = stageEnv[current.index];
        for (const p of properties(ins)) {
          const v = expand(p.getValue() ?? '', scope, escape);
          scope.set(p.getName(), v);
          env?.set(p.getName(), v);
        }
      } else if (keyword === 'SHELL') {
        if (parsed.form !== 'exec' || parsed.args.length === 0) {
          throw new InputError(path, `line ${line}: SHELL needs a JSON array, e.g. ["/bin/sh", "-c"]`);
        }
        shell = parsed.args;
        stageShell[current.index] = shell;
      } else if (keyword === 'WORKDIR') {
        const dir = parsed.expanded?.[0] ?? '';
        if (dir === '') throw new InputError(path, `line ${line}: WORKDIR needs a path`);
        workdir = joinPath(workdir, dir);
        parsed.workdir = workdir;
        stageWorkdir[current.index] = workdir;
      } else if (keyword === 'ONBUILD') {
        const trig = ins instanceof Onbuild ? ins.getTriggerInstruction() : null;
        const tk = trig?.getKeyword() ?? '';
        if (trig === null || !KEYWORDS.has(tk) || tk === 'ONBUILD' || tk === 'FROM' || tk === 'MAINTAINER') {
          throw new InputError(
            path,
            `line ${line}: ONBUILD needs an instruction other than ONBUILD, FROM or MAINTAINER`,
          );
        }
      }
      if ((keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') && parsed.args.length === 0) {
        throw new InputError(path, `line ${line}: ${keyword} needs arguments`);
      }
      if (
        (keyword === 'COPY' || keyword === 'ADD') &&
        parsed.heredocs.length === 0 &&
        parsed.args.length < 2
      ) {
        throw new InputError(path, `line ${line}: ${keyword} needs a source and a destination`);
      }
      parsed.ignore = ignoreByLine.get(line) ?? [];
      current.instructions.push(parsed);
    } catch (err: unknown) {
      if (err instanceof ExpansionTooLongError) {
        throw new InputError(
          path,
          `line ${line}: ${keyword} ${err.message} (a chain of ARG/ENV references that doubles?)`,
        );
      }
      throw err;
    }
  }
  if (stages.length === 0) throw new InputError(path, 'no FROM instruction');
  return { path, stages, globalIgnore, escape, globalArgs: Object.fromEntries(globalScope) };

  function build(
    ins: AstInstruction,
    stage: ParsedStage,
    sc: Scope,
    sh: string[],
    wd: string,
  ): ParsedInstruction {
    const keyword = ins.getKeyword();
    const range = ins.getRange();
    const line = range.start.line + 1;
    const endLine = range.end.line + 1;
    const flags: InstructionFlag[] =
      ins instanceof ModifiableInstruction
        ? ins.getFlags().map((f) => ({ name: f.getName(), value: f.getValue() }))
        : [];
    let form: ParsedInstruction['form'] = 'none';
    let args: string[];
    // JSON.parse, not getJSONValue(): dockerfile-ast 0.7 drops spaces inside JSON strings.
    const json = ins instanceof JSONInstruction || keyword === 'SHELL' ? jsonArgs(ins, escape) : null;
    if (json !== null) {
      form = 'exec';
      args = json;
    } else {
      args = ins.getArguments().map((a) => a.getValue());
      if (keyword === 'RUN' || keyword === 'CMD' || keyword === 'ENTRYPOINT' || keyword === 'HEALTHCHECK')
        form = 'shell';
      else if (keyword === 'SHELL') form = 'shell';
    }
    const heredocs = readHeredocs(ins, lines, path);
    const command = joinContinuations(ins.getRawArgumentsContent() ?? '', escape);
    const text = joinContinuations(
      lines
        .slice(range.start.line, range.end.line + 1)
        .join('\n')
        .slice(range.start.character),
      escape,
    ).trimEnd();
    // Key/value instructions expand to `K=V` pairs (quotes removed), as both builders record them.
    const expanded =
      ins instanceof PropertyInstruction
        ? ins.getProperties().map((p) => {
            const v = p.getValue();
            return v === null ? p.getName() : `${p.getName()}=${expand(v, sc, escape)}`;
          })
        : form === 'exec'
          ? args
          : args.map((a) => expand(a, sc, escape));
    const parsed: ParsedInstruction = {
      stage: stage.name,
      stageIndex: stage.index,
      keyword,
      line,
      endLine,
      text,
      args,
      flags,
      form,
      heredocs,
      ignore: [],
      command: stripFlagsFromCommand(command, flags.length),
      expanded,
      shell: sh,
      workdir: wd,
      argValues: Object.fromEntries(
        [...stageArgs.entries()].filter((e): e is [string, string] => e[1] !== null),
      ),
    };
    if (keyword === 'ONBUILD' && ins instanceof Onbuild) {
      const trig = ins.getTriggerInstruction();
      if (trig !== null && KEYWORDS.has(trig.getKeyword())) {
        const t = build(trig, stage, sc, sh, wd);
        t.line = line;
        t.endLine = endLine;
        parsed.trigger = t;
      }
    }
    return parsed;
  }
}

/** The exec-form array, or null when the arguments are not a JSON string array (Docker then uses shell form). */
function jsonArgs(ins: AstInstruction, escape: string): string[] | null {
  const raw = joinContinuations(ins.getRawArgumentsContent() ?? '', escape).trim();
  const afterFlags = raw.replace(/^(--\S+\s+)*/, '');
  if (!afterFlags.startsWith('[')) return null;
  try {
    const v: unknown = JSON.parse(afterFlags);
    return Array.isArray(v) && v.every((x): x is string => typeof x === 'string') ? v : null;
  } catch {
    return null;
  }
}

/** `getRawArgumentsContent` keeps flags for some instructions; drop the first `n` `--flag` tokens. */
function stripFlagsFromCommand(command: string, n: number): string {
  let rest = command.trimStart();
  for (let i = 0; i < n && rest.startsWith('--'); i++) {
    rest = rest.replace(/^--\S+\s*/, '');
  }
  return rest;
}

/**
 * dockerfile-ast parses heredocs on every instruction but declares `getHeredocs` public only on RUN
 * and COPY; every instruction that has it is read, as BuildKit does.
 */
function hasHeredocs(ins: object): ins is { getHeredocs(): Heredoc[] } {
  return typeof (ins as { getHeredocs?: unknown }).getHeredocs === 'function';
}

/** Heredoc bodies of one instruction; an unterminated heredoc is an error, as in BuildKit. */
function readHeredocs(ins: AstInstruction, lines: string[], path: string): string[] {
  const source: object = ins;
  if (!hasHeredocs(source)) return [];
  const out: string[] = [];
  for (const h of source.getHeredocs()) {
    if (h.getDelimiterRange() === null) {
      const line = ins.getRange().start.line + 1;
      throw new InputError(path, `line ${line}: heredoc <<${h.getName()} is never terminated`);
    }
    const r = h.getContentRange();
    if (r === null) {
      out.push('');
      continue;
    }
    const body = lines.slice(r.start.line, r.end.line + 1);
    if (body.length > 0) {
      body[body.length - 1] = (body[body.length - 1] ?? '').slice(0, r.end.character);
      body[0] = (body[0] ?? '').slice(r.start.character);
    }
    out.push(body.join('\n') + '\n');
  }
  return out;
}

/**
 * Join continuation lines the way Docker does: the escape character at the end of a line (before optional
 * whitespace) joins it with the next; comment lines and empty lines inside a continued instruction are dropped.
 * Heredoc bodies (lines after the first that are not continuations) keep their newlines.
 */
export function joinContinuations(raw: string, escape: string): string {
  const ls = raw.split('\n');
  let out = '';
  let continuing = false;
  for (let i = 0; i < ls.length; i++) {
    let l = ls[i] ?? '';
    if (continuing && /^\s*#/.test(l)) continue;
    if (continuing && l.trim() === '' && i < ls.length - 1) continue;
    const m = /[ \t]*$/.exec(l);
    const trimmed = m ? l.slice(0, m.index) : l;
    if (trimmed.endsWith(escape) && !trimmed.endsWith(escape + escape)) {
      l = trimmed.slice(0, -escape.length);
      out += l;
      continuing = true;
    } else {
      out += l + (i < ls.length - 1 ? '\n' : '');
      continuing = false;
    }
  }
  return out;
}

/** Expand `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR:+word}` (and the forms without `:`) from a scope. */
export function expand(s: string, scope: Scope, escape: string): string {
  const limit = s.length + MAX_EXPANDED_LENGTH;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] ?? '';
    if (c === escape && s[i + 1] === '$') {
      out += '$';
      i++;
      continue;
    }
    if (c !== '$') {
      out += c;
      continue;
    }
    if (s[i + 1] === '{') {
      const close = s.indexOf('}', i + 2);
      if (close < 0) {
        out += s.slice(i);
        break;
      }
      const inner = s.slice(i + 2, close);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-+])(.*))?$/s.exec(inner);
      if (!m) {
        out += s.slice(i, close + 1);
      } else {
        const name = m[1] ?? '';
        const v = scope.get(name);
        const set = v !== undefined && v !== null && (m[2] !== ':' || v !== '');
        if (m[3] === '-') out += set ? v : expand(m[4] ?? '', scope, escape);
        else if (m[3] === '+') out += set ? expand(m[4] ?? '', scope, escape) : '';
        else out += v ?? '';
        if (out.length > limit) throw new ExpansionTooLongError(name);
      }
      i = close;
      continue;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i + 1));
    if (!m) {
      out += c;
      continue;
    }
    out += scope.get(m[0]) ?? '';
    if (out.length > limit) throw new ExpansionTooLongError(m[0]);
    i += m[0].length;
  }
  return out;
}

function findStage(stages: ParsedStage[], from: string): number | undefined {
  const lower = from.toLowerCase();
  for (let i = stages.length - 1; i >= 0; i--) {
    const s = stages[i];
    if (s && (s.name.toLowerCase() === lower || String(s.index) === from)) return i;
  }
  return undefined;
}

/** Resolve a WORKDIR argument against the previous one, like Docker (no `..` beyond the root). */
export function joinPath(base: string, p: string): string {
  const full = p.startsWith('/') ? p : `${base}/${p}`;
  const parts: string[] = [];
  for (const seg of full.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return '/' + parts.join('/');
}

function readIgnoreComments(lines: string[]): {
  ignoreByLine: Map<number, string[]>;
  globalIgnore: string[];
} {
  const ignoreByLine = new Map<number, string[]>();
  const globalIgnore: string[] = [];
  let pending: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = (lines[i] ?? '').trim();
    if (l.startsWith('#')) {
      const g = GLOBAL_IGNORE_RE.exec(l);
      if (g) {
        for (const id of splitIds(g[1] ?? '')) if (!globalIgnore.includes(id)) globalIgnore.push(id);
        continue;
      }
      const m = IGNORE_RE.exec(l);
      if (m) pending.push(...splitIds(m[1] ?? ''));
      continue;
    }
    if (l === '') {
      // A blank line breaks the "right above" link.
      pending = [];
      continue;
    }
    if (pending.length > 0) ignoreByLine.set(i + 1, [...new Set(pending)]);
    pending = [];
  }
  return { ignoreByLine, globalIgnore };
}

function splitIds(s: string): string[] {
  return s
    .split(/[\s,]+/)
    .map((x) => x.trim().toUpperCase())
    .filter((x) => x !== '');
}
