/** Accepts an empty value or a full http(s) address: no javascript: or relative links. */
export function validateHttpUrl(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  try {
    const url = new URL(String(value))
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Use an http(s) address.'
  } catch {
    return 'Use a full address, e.g. https://example.org/page'
  }
}
