/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` become \u escapes (still the
 * same JSON), so no text such as `</script>` can close the tag; so do U+2028/2029.
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
