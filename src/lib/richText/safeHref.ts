/** Only web, mail and phone links, or site-relative paths: a `javascript:` URL becomes inert. */
export function safeHref(url: string | undefined | null): string | undefined {
  if (!url) return undefined
  const trimmed = url.trim()
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed
  if (trimmed.startsWith('#')) return trimmed
  try {
    const { protocol } = new URL(trimmed)
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(protocol) ? trimmed : undefined
  } catch {
    return undefined
  }
}
