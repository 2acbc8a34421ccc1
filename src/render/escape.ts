/**
 * Escaping for untrusted strings (paths, `created_by`, image names, messages) rendered into GitHub
 * markdown. Everything that could start markdown, HTML, math, an autolink, a mention or an issue
 * reference becomes a numeric character reference, so the text renders as written and nothing else.
 *
 * Why entities and not code spans: a code span cannot hold a `|` inside a table without `\|`, cannot
 * be nested in `<summary>`, and cannot neutralise every backtick run. Entities work in table cells,
 * headings, `<summary>` and `<code>` alike. GitHub's mention and issue-reference filters run on the
 * decoded text, so `@` and `#` are followed by a zero-width space instead of being encoded.
 */
import { truncate } from '../common/text.js';

/** ASCII characters that markdown, GFM, HTML or GitHub math give meaning to. */
const ENTITY_CHARS = new Set([
  '&',
  '<',
  '>',
  '"',
  "'",
  '`',
  '|',
  '\\',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '!',
  '~',
  '{',
  '}',
  '$',
  ':',
  '=',
  '+',
  '-',
]);

const ZWSP = '&#8203;';
/** Shown where a line break was, so a newline can never start a new block. */
const NEWLINE_MARK = '\u21b5';
/** Shown for control and bidirectional-override characters. */
const REPLACEMENT = '\ufffd';

function isControl(code: number): boolean {
  return (
    code < 0x20 ||
    code === 0x7f ||
    (code >= 0x80 && code < 0xa0) ||
    // bidi overrides and isolates ("Trojan Source"), line/paragraph separators
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x2028 ||
    code === 0x2029
  );
}

/** Escape an untrusted string for inline markdown (text, table cell, heading, `<summary>`, `<code>`). */
export function escapeMarkdown(input: string): string {
  let out = '';
  const s = input.replace(/\r\n?|\n/g, '\n');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const code = ch.charCodeAt(0);
    if (ch === '\n') out += ` ${NEWLINE_MARK} `;
    else if (ch === '\t') out += ' ';
    else if (isControl(code)) out += REPLACEMENT;
    else if (ch === '@' || ch === '#') out += `&#${code};${ZWSP}`;
    else if (ch === '.' && /www$/i.test(s.slice(Math.max(0, i - 3), i))) out += '&#46;';
    else if (ENTITY_CHARS.has(ch)) out += `&#${code};`;
    else out += ch;
  }
  return out;
}

/** Escape and wrap in `<code>`: monospace without a code span's backtick and pipe problems. */
export function code(input: string, max = 200): string {
  return `<code>${escapeMarkdown(truncate(input, max))}</code>`;
}

/** Escape and cut an untrusted string for plain inline text. */
export function text(input: string, max = 200): string {
  return escapeMarkdown(truncate(input, max));
}

/**
 * Percent-encode a repo-relative path for a URL in a markdown link destination. Encodes everything
 * but unreserved characters and `/`, so `(`, `)`, `<`, `>` and spaces cannot end the destination.
 */
export function encodeUrlPath(path: string): string {
  return path
    .split('/')
    .map((seg) =>
      encodeURIComponent(seg).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
}

/**
 * A hidden-marker key: only `[A-Za-z0-9._:/+-]`, no `--` (which would end an HTML comment),
 * at most 100 characters. Anything else becomes `_`.
 */
export function markerKey(key: string): string {
  const cleaned = key
    .replace(/[^A-Za-z0-9._:/+-]/g, '_')
    .replace(/-{2,}/g, '-')
    .slice(0, 100);
  return cleaned.replace(/-$/, '') || 'default';
}

/**
 * Escape a message whose `backtick spans` are meant as code (rule messages and fixes): each span
 * becomes `<code>` and everything is escaped, so a hostile span is still only text.
 */
export function textWithCode(input: string, max = 400): string {
  const parts = truncate(input, max).split('`');
  // An odd number of backticks: the last one is literal.
  if (parts.length % 2 === 0)
    parts[parts.length - 2] = `${parts[parts.length - 2] ?? ''}\`${parts.pop() ?? ''}`;
  return parts
    .map((p, i) => (i % 2 === 1 ? `<code>${escapeMarkdown(p)}</code>` : escapeMarkdown(p)))
    .join('');
}

/**
 * A number from a report for markdown: a finite number as digits, anything else as `?`. Reports
 * read back in are validated, but a value that is not a finite number must never reach the output raw.
 */
export function num(n: unknown): string {
  return typeof n === 'number' && Number.isFinite(n) ? String(n) : '?';
}

/** A Dockerfile line number for a `#L…` anchor: a positive integer, or null. */
export function lineNumber(n: unknown): number | null {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 1 ? n : null;
}

/**
 * Text that needs no escaping passes as it is (letters, digits, spaces and `.,+-%()·±`, no `www.`,
 * which GitHub autolinks), so trusted output reads the same; anything else is escaped and cut.
 */
export function plain(input: string, max = 200): string {
  return input.length <= max && /^[A-Za-z0-9 .,+%()·±-]*$/.test(input) && !/www\./i.test(input)
    ? input
    : text(input, max);
}

/** An identifier (`maxSize`, `error`) as a code span when it is only `[A-Za-z0-9._-]`; else escaped in `<code>`. */
export function ident(input: string, max = 80): string {
  return input.length <= max && /^[A-Za-z0-9._-]+$/.test(input) ? `\`${input}\`` : code(input, max);
}
