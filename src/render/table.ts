/** The one aligned text table of the terminal renderers. Pure. */

/**
 * Lay out `rows` (the header included) in columns two spaces apart: columns in `rightAligned` are
 * padded on the left, others on the right, and the last column is never padded.
 */
export function textTable(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) =>
    r
      .map((c, i) => {
        if (i === r.length - 1) return c;
        const w = widths[i] ?? 0;
        return rightAligned.has(i) ? c.padStart(w) : c.padEnd(w);
      })
      .join('  ')
      .trimEnd(),
  );
}
