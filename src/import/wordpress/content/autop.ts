const BLOCK_START = /^<\/?(?:p|div|h[1-6]|ul|ol|li|blockquote|pre|table|thead|tbody|tr|td|th|figure|figcaption|img|hr|iframe|section|article|aside|dl|dd|dt|address|form|video|audio)\b/i

/**
 * WordPress stores post bodies without paragraphs and adds them on display (wpautop): a blank line
 * separates paragraphs, a single newline is a line break. Chunks that already start with a block
 * element are left as they are.
 */
export function autop(html: string): string {
  return html
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .map((chunk) => (BLOCK_START.test(chunk) ? chunk : `<p>${chunk.replace(/\n/g, '<br />\n')}</p>`))
    .join('\n')
}
