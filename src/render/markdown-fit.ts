/**
 * Fitting a markdown body into a byte budget: optional sections are dropped lowest-priority first,
 * then the essential ones lose items from the end. Pure; the budget comes from the caller.
 */

/** One droppable, trimmable part of a rendered body. */
export interface Section {
  id: string;
  /** Higher survives longer. The headline is not a section: it is never dropped. */
  priority: number;
  head: string;
  items: string[];
  tail: string;
  /** Items dropped by trimming. */
  trimmed: number;
  /** How to say that items were trimmed. */
  more: (n: number) => string;
}

/** Sections at or above this priority are trimmed item by item, never dropped whole. */
const ESSENTIAL_PRIORITY = 70;

/** The UTF-8 length of `s`: budgets are bytes, not UTF-16 units. */
export function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function sectionText(s: Section): string {
  const more = s.trimmed > 0 ? [s.more(s.trimmed)] : [];
  return [s.head, ...s.items, ...more, s.tail].filter((x) => x !== '').join('\n');
}

/**
 * Fit `[headline, ...sections, footer]` into `max` bytes: drop optional sections lowest-priority
 * first, then trim the essential ones' items from the end. Adds `note` as soon as anything goes.
 */
export function fit(
  headline: string,
  footer: string,
  sections: readonly Section[],
  max: number,
  note: string,
): string {
  const live = [...sections];
  let lost = false;
  const render = (): string =>
    [headline, ...live.map(sectionText), ...(lost ? [note] : []), footer]
      .filter((x) => x !== '')
      .join('\n\n');
  if (utf8Length(render()) <= max) return render();
  lost = true;
  for (const s of [...live].sort((a, b) => a.priority - b.priority)) {
    if (utf8Length(render()) <= max) return render();
    if (s.priority >= ESSENTIAL_PRIORITY) break;
    live.splice(live.indexOf(s), 1);
  }
  for (const s of [...live].sort((a, b) => a.priority - b.priority)) {
    if (utf8Length(render()) <= max) break;
    // Binary search the longest prefix of items that fits (rendering is linear; items can be thousands).
    const all = s.items;
    const keep = (k: number): boolean => {
      s.items = all.slice(0, k);
      s.trimmed = all.length - k;
      return utf8Length(render()) <= max;
    };
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (keep(mid)) lo = mid;
      else hi = mid - 1;
    }
    keep(lo);
  }
  const body = render();
  // Only a headline longer than the budget gets here; never exceed the budget.
  return utf8Length(body) <= max
    ? body
    : Buffer.from(body, 'utf8')
        .subarray(0, max)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
}
