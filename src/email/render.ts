import { convert } from 'html-to-text'
import type { Locale } from '@/i18n/locales'

export type EmailBody = {
  locale: Locale
  paragraphs: string[]
  action?: { label: string; href: string }
  /** Label → value pairs, e.g. what a visitor typed into a form. */
  details?: [string, string][]
  signature: string
}

export type RenderedEmail = { html: string; text: string }

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

/** One message as simple, escaped HTML and its plain-text twin. */
export function renderEmail(body: EmailBody): RenderedEmail {
  const parts = body.paragraphs.map((p) => `<p>${escape(p)}</p>`)
  if (body.details?.length) {
    const rows = body.details.map(([k, v]) => `<tr><th align="left" valign="top" style="padding:4px 12px 4px 0">${escape(k)}</th><td style="padding:4px 0">${escape(v).replace(/\r?\n/g, '<br>')}</td></tr>`)
    parts.push(`<table role="presentation" style="border-collapse:collapse">${rows.join('')}</table>`)
  }
  if (body.action) parts.push(`<p><a href="${escape(body.action.href)}" style="font-weight:bold">${escape(body.action.label)}</a></p>`)
  parts.push(`<p>${escape(body.signature)}</p>`)
  const html = `<!doctype html><html lang="${body.locale}"><body style="font-family:sans-serif;line-height:1.5;color:#1a1a1a">${parts.join('\n')}</body></html>`
  return { html, text: htmlToText(html) }
}

export function htmlToText(html: string): string {
  return convert(html, { wordwrap: 78, selectors: [{ selector: 'a', options: { hideLinkHrefIfSameAsText: true } }, { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } }] })
}
