/** Helpers to check rendered markdown the way GitHub would see it. */

/** Decode numeric character references, as a markdown renderer does. */
export function decodeEntities(s: string): string {
  return s.replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)));
}

/** Hostile strings for injection tests: HTML, details, mentions, backticks, links, pipes, newlines. */
export const HOSTILE = {
  path: 'etc/<img src=x onerror=alert(1)>|`pwn`|[x](https://evil.example)/@octocat\n# owned\n</details><details open>',
  createdBy:
    '/bin/sh -c echo "</code></td></tr></table><script>alert(1)</script>" && echo @github/security-team `whoami` | tee ![img](http://evil.example/x.png) #1 $\\LaTeX$ <!-- -->\n\n## Injected heading\n| a | b |',
  ref: 'evil/<b>image</b>:`tag`@sha256 @admin',
  message: 'Injected <details><summary>click</summary>** [link](javascript:alert(1)) @everyone',
};

/**
 * Assert-friendly scan: what of `markdown` came from our template vs hostile input. Returns the
 * problems found (empty = safe): raw HTML tags other than ours, mention pings, links to hostile
 * hosts, hostile headings/rows, code-span breakouts.
 */
export function injectionProblems(markdown: string): string[] {
  const problems: string[] = [];
  const allowedTags = /^<\/?(code|sub|details|summary)>$|^<!-- layerlint:[A-Za-z0-9._:/+-]+ -->$/;
  for (const m of markdown.matchAll(/<[^>\n]*>/g)) {
    if (!allowedTags.test(m[0])) problems.push(`raw tag ${m[0]}`);
  }
  if (/<details open>/.test(markdown)) problems.push('hostile details');
  const decoded = decodeEntities(markdown);
  if (/(^|[^\w`])@[A-Za-z0-9]/m.test(decoded)) problems.push('mention ping');
  if (/evil\.example/.test(markdown.replace(/&#\d+;/g, '')) && /\]\((https?|javascript):/i.test(markdown)) {
    for (const m of markdown.matchAll(/\]\(([^)]*)\)/g)) {
      if (!/^https:\/\/github\.com\//.test(m[1] ?? '')) problems.push(`foreign link ${m[1]}`);
    }
  }
  if (/^#+ (owned|Injected)/m.test(markdown)) problems.push('injected heading');
  if (markdown.includes('`')) {
    // Only our own code spans/fences use backticks: trusted identifiers (`error`, `maxSize`) and mermaid fences.
    const stray = markdown.replace(/```mermaid[\s\S]*?```/g, '').replace(/`[A-Za-z][A-Za-z0-9.]*`/g, '');
    if (stray.includes('`')) problems.push('stray backtick');
  }
  if (/<script/i.test(markdown)) problems.push('script');
  return problems;
}
