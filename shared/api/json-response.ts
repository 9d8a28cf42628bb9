/**
 * JSON that stays inert inside an HTML `<script>` element. Publishers paste the API's ClaimReview
 * into `<script type="application/ld+json">`, and the HTML parser ends that element at the first
 * `</script` whatever JSON thinks of it; `<!--` changes how it looks for the end, and U+2028 and
 * U+2029 end a line in some older JavaScript parsers. So `<`, `>`, `&`, U+2028 and U+2029 are
 * written as `\u003c`, `\u003e`, `\u0026`, `\u2028`, `\u2029`: the same string to any JSON
 * parser, no markup to an HTML one. The API writes every body this way, not only the JSON-LD,
 * because a body's next use is not the server's to know.
 */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

const escapeOf = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Escapes serialised JSON for a script element. Safe on any JSON text: outside strings JSON has
 * none of these characters, and inside one `\uXXXX` is the character itself.
 */
export function escapeJsonForHtml(json: string): string {
  return json.replace(UNSAFE_IN_SCRIPT, escapeOf);
}

/** `JSON.stringify`, safe to embed in HTML. */
export function htmlSafeJson(value: unknown): string {
  return escapeJsonForHtml(JSON.stringify(value));
}
