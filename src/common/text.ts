/** Text helpers shared by messages and every renderer: the one truncation and the one escape of control characters. */

/** Cut a string to at most `max` characters, marking the cut with `…` and never splitting a surrogate pair. */
export function truncate(input: string, max: number): string {
  if (input.length <= max) return input;
  let cut = Math.max(0, max - 1);
  const code = input.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${input.slice(0, cut)}\u2026`;
}

/** Collapse runs of whitespace (newlines included) to one space: one line for a table cell or a log. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Escape control characters (terminal escape sequences in hostile names) as `\xNN`. */
export function printable(s: string): string {
  return s.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

/** One printable line of at most `max` characters. */
export function shorten(s: string, max: number): string {
  return truncate(printable(oneLine(s)), max);
}
