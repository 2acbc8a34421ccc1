import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../helpers/markdown.js';
import {
  code,
  encodeUrlPath,
  textWithCode,
  escapeMarkdown,
  markerKey,
  text,
} from '../../src/render/escape.js';
import { truncate } from '../../src/common/text.js';

/** Characters that must never survive escaping raw: they start HTML, code, links, tables, math. */
const RAW_FORBIDDEN = /[<>`|[\]()$*_~\\]/;

describe('escapeMarkdown', () => {
  it.each([
    ['<details><summary>x</summary>', '&#60;details&#62;&#60;summary&#62;x&#60;/summary&#62;'],
    ['`rm -rf /`', '&#96;rm &#45;rf /&#96;'],
    ['a|b', 'a&#124;b'],
    ['[click](https://evil.example)', '&#91;click&#93;&#40;https&#58;//evil.example&#41;'],
    ['**bold** _it_', '&#42;&#42;bold&#42;&#42; &#95;it&#95;'],
    ['$x^2$', '&#36;x^2&#36;'],
  ])('neutralises %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('breaks @mentions and #refs with a zero-width space after the sigil', () => {
    const out = escapeMarkdown('ping @octocat and @org/team about #123');
    // GitHub's mention and reference filters run on the decoded text.
    const decoded = decodeEntities(out);
    expect(decoded).toContain('@\u200boctocat');
    expect(decoded).not.toMatch(/[@#][A-Za-z0-9]/);
    expect(out).toContain('&#64;&#8203;octocat');
    expect(out).toContain('&#35;&#8203;123');
  });

  it('turns newlines into a visible mark so no new block can start', () => {
    const out = escapeMarkdown('a\n# heading\r\n- item\rb');
    expect(out).not.toMatch(/[\r\n]/);
    expect(out.split('\u21b5')).toHaveLength(4);
  });

  it('replaces control and bidi-override characters', () => {
    expect(escapeMarkdown('a\u0000b\u202ec\u001bd')).toBe('a\ufffdb\ufffdc\ufffdd');
  });

  it('stops www. autolinks and email autolinks', () => {
    expect(escapeMarkdown('www.evil.example')).toBe('www&#46;evil.example');
    expect(escapeMarkdown('me@evil.example')).not.toContain('@e');
  });

  it('leaves ordinary path characters readable', () => {
    expect(escapeMarkdown('usr/lib/x86_64/libc.so.6')).toBe('usr/lib/x86&#95;64/libc.so.6');
  });

  it('never lets a forbidden raw character through, whatever the input', () => {
    let all = '';
    for (let c = 0; c < 128; c++) all += String.fromCharCode(c);
    expect(escapeMarkdown(all)).not.toMatch(RAW_FORBIDDEN);
  });
});

describe('helpers', () => {
  it('truncates before escaping, without splitting a surrogate pair', () => {
    expect(truncate('abcdef', 4)).toBe('abc\u2026');
    expect(truncate('ab\u{1F600}cd', 4)).toBe('ab\u2026');
    expect(text('<'.repeat(10), 3)).toBe('&#60;&#60;\u2026');
  });

  it('textWithCode turns backtick spans into escaped <code>', () => {
    expect(textWithCode('use `npm ci` now')).toBe('use <code>npm ci</code> now');
    expect(textWithCode('a `<b>|x` c')).toBe('a <code>&#60;b&#62;&#124;x</code> c');
    expect(textWithCode('odd ` tick')).toBe('odd &#96; tick');
    expect(textWithCode('`a` and `b')).toBe('<code>a</code> and &#96;b');
  });

  it('code() wraps in <code> and escapes', () => {
    expect(code('a`b')).toBe('<code>a&#96;b</code>');
  });

  it('encodeUrlPath keeps slashes and encodes characters that end a link destination', () => {
    expect(encodeUrlPath('docker/My File(1).Dockerfile')).toBe('docker/My%20File%281%29.Dockerfile');
    expect(encodeUrlPath('a/<b>')).toBe('a/%3Cb%3E');
  });

  it('markerKey cannot close the HTML comment', () => {
    expect(markerKey('app --> <script>')).toBe('app_-___script_');
    expect(markerKey('a--b')).toBe('a-b');
    expect(markerKey('')).toBe('default');
    expect(markerKey('ghcr.io/o/app:1.0@linux/arm64')).toBe('ghcr.io/o/app:1.0_linux/arm64');
  });
});
