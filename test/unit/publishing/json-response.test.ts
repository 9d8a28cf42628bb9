import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeJsonForHtml, htmlSafeJson } from '#shared/api/json-response.ts';

/** What must never appear raw in JSON pasted into a <script> element. */
const UNSAFE = /[<>&\u2028\u2029]/;

describe('HTML-safe JSON', () => {
  it('writes <, >, &, U+2028 and U+2029 as \\u escapes', () => {
    expect(htmlSafeJson({ quote: '</script><script>alert(1)</script>' })).toBe('{"quote":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}');
    expect(htmlSafeJson('a & b <!-- c')).toBe('"a \\u0026 b \\u003c!-- c"');
    expect(htmlSafeJson('line\u2028para\u2029end')).toBe('"line\\u2028para\\u2029end"');
  });

  it('leaves the data as it was: the same value parses back', () => {
    const value = { headline: '</SCRIPT ><script>x</script>', note: 'a\\<b', list: ['&amp;', '\u2028', 1, null, true] };
    expect(JSON.parse(htmlSafeJson(value))).toEqual(value);
  });

  it('escapes JSON already serialised without breaking an escaped backslash before a <', () => {
    const json = JSON.stringify({ path: 'C:\\<dir>' });
    expect(JSON.parse(escapeJsonForHtml(json))).toEqual({ path: 'C:\\<dir>' });
  });

  it('for any JSON value, has no unsafe character and parses back to the same value (fuzz)', () => {
    const unsafeText = fc.string({ unit: fc.constantFrom('<', '>', '&', '/', '!', '-', '\\', '"', '\u2028', '\u2029', 's', 'c', 'r', 'i', 'p', 't', ' ') });
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(unsafeText, fc.string({ unit: 'grapheme' }), fc.integer(), fc.boolean(), fc.constant(null)),
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(unsafeText, tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        const safe = htmlSafeJson(v);
        expect(safe).not.toMatch(UNSAFE);
        expect(JSON.parse(safe)).toEqual(JSON.parse(JSON.stringify(v)));
      }),
      { numRuns: 500 },
    );
  });
});
