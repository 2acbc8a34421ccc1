/**
 * One audit run, shared by `layerlint audit <refs…|--from-file images.txt> [--previous audit.json]
 * [--merge reports/*.json]` and the Action's `mode: audit`. All I/O is injected; the caller writes
 * `markdown` / `json` and turns `exitCode` into its own verdict.
 */
import { buildAudit, toAuditImage } from '../audit/build.js';
import { mergeAuditInputs, parseAuditJson } from '../audit/merge.js';
import { renderAuditMarkdown } from '../render/audit.js';
import type { AuditError, AuditImage, AuditReport } from '../audit/types.js';
import { resolve } from 'node:path';
import { describeError, InputError, LayerlintError, UsageError } from '../common/errors.js';
import { readCappedFile } from '../common/read.js';
import type { Report } from '../report/types.js';

export interface AuditArgs {
  /** Image references or archive paths, as given on the command line. */
  refs: string[];
  /** A file with one image per line; blank lines and `#` comments are skipped. */
  fromFile?: string;
  /** A previous audit JSON to compute drift against. */
  previous?: string;
  /** Report or audit JSON files from a matrix, to merge. */
  merge?: string[];
}

export interface AuditDeps {
  /** Run the analysis pipeline on one image reference or archive. */
  analyze(source: string): Promise<Report | Report[]>;
  /**
   * Read a text file of at most `maxBytes` bytes (see `cappedFileReader`); throw an InputError naming
   * the file as given, or a Node error, when it cannot or when the file is bigger.
   */
  readFile(path: string, maxBytes: number): Promise<string> | string;
}

/**
 * Size cap of each JSON input (`--previous`, every `--merge` file), checked before a byte is read:
 * they are untrusted files (a matrix's artifacts, a previous run's audit), and a FIFO or /dev/zero is
 * refused, not read forever. A `--merge` file may be one image's report (4 MiB in comment-from-report)
 * or a whole merged audit, which is not known before it is parsed, so each gets the audit's cap.
 */
export const MAX_AUDIT_JSON_BYTES = 64 * 1024 * 1024;
/** The `--from-file` / `images-file` list: one reference a line. */
export const MAX_IMAGES_FILE_BYTES = 1024 * 1024;

/** The `readFile` both adapters use: paths relative to `cwd`, errors naming the path as given. */
export function cappedFileReader(cwd: string): AuditDeps['readFile'] {
  return (path, maxBytes) => readCappedFile(resolve(cwd, path), maxBytes, { name: path });
}

export interface AuditOutcome {
  markdown: string;
  json: AuditReport;
  /** 0 clean; 1 when an image did not pass (findings at fail-on or a failed budget); 2 when an image could not be analysed. */
  exitCode: number;
  /** Notes for stderr (e.g. duplicates dropped by --merge). */
  warnings: string[];
}

/** Parse an images file: one per line, `#` comments and blank lines skipped. */
export function parseImagesFile(textContent: string): string[] {
  return textContent
    .split(/\r?\n/)
    .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
    .filter((l) => l !== '');
}

async function read(deps: AuditDeps, path: string, maxBytes: number): Promise<string> {
  try {
    return await deps.readFile(path, maxBytes);
  } catch (err) {
    // Already one line naming the file: not wrapped again.
    if (err instanceof LayerlintError) throw err;
    const code = (err as { code?: unknown } | null)?.code;
    throw new InputError(
      path,
      code === 'ENOENT' ? 'no such file' : `cannot read: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
}

/** Run an audit. Bad arguments or unreadable inputs throw a LayerlintError (exit 2) before anything is analysed. */
export async function runAudit(args: AuditArgs, deps: AuditDeps): Promise<AuditOutcome> {
  const sources: string[] = [...args.refs];
  if (args.fromFile) {
    const listed = parseImagesFile(await read(deps, args.fromFile, MAX_IMAGES_FILE_BYTES));
    if (listed.length === 0) throw new InputError(args.fromFile, 'lists no images');
    sources.push(...listed);
  }
  const unique = [...new Set(sources.map((s) => s.trim()).filter((s) => s !== ''))];
  const mergeFiles = args.merge ?? [];
  if (unique.length === 0 && mergeFiles.length === 0) {
    throw new UsageError('audit: give image references, --from-file FILE or --merge FILES');
  }

  // Read every JSON input first, so a bad file fails fast, before minutes of docker save.
  const previous = args.previous
    ? parseAuditJson(await read(deps, args.previous, MAX_AUDIT_JSON_BYTES), args.previous)
    : null;
  const texts: { file: string; text: string }[] = [];
  for (const file of mergeFiles) texts.push({ file, text: await read(deps, file, MAX_AUDIT_JSON_BYTES) });
  const merged = mergeAuditInputs(texts);

  const rows: AuditImage[] = [...merged.rows];
  const errors: AuditError[] = [...merged.errors];
  const warnings = [...merged.warnings];
  const have = new Set(rows.map((r) => `${r.name}\u0000${r.platform}`));
  for (const source of unique) {
    let reports: Report[];
    try {
      const r = await deps.analyze(source);
      reports = Array.isArray(r) ? r : [r];
    } catch (err) {
      // One missing image should not hide the rest of the fleet; it is listed and makes the exit code 2.
      if (!(err instanceof LayerlintError)) throw err;
      errors.push({ name: source, message: describeError(err) });
      continue;
    }
    for (const report of reports) {
      const row = toAuditImage(report, source);
      const id = `${row.name}\u0000${row.platform}`;
      if (have.has(id)) {
        warnings.push(`${source} [${row.platform}] is also in a merged file; kept the merged one`);
        continue;
      }
      have.add(id);
      rows.push(row);
    }
  }

  const json = buildAudit(rows, { previous, errors });
  const exitCode = json.errors.length > 0 ? 2 : json.images.some((i) => !i.passed) ? 1 : 0;
  return { markdown: renderAuditMarkdown(json), json, exitCode, warnings };
}
