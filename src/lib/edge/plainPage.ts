import { errorText, localeOfPath } from '@/i18n/errorText'

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

// The site's design tokens (global.css), inline: these pages are answered without the app.
const style = `:root{color-scheme:light;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1d1b18;background:#faf7f2}
body{margin:0;line-height:1.6;font-size:1.0625rem}header{border-bottom:3px solid #1d1b18;padding:.9rem 1rem;font-family:Charter,'Bitstream Charter',Cambria,'DejaVu Serif',Georgia,serif;font-weight:700}
main{width:min(100% - 2rem,42rem);margin:0 auto;padding:clamp(2rem,6vw,4rem) 0}
h1{font-family:Charter,'Bitstream Charter',Cambria,'DejaVu Serif',Georgia,serif;font-size:clamp(2rem,6vw,3.4rem);line-height:1.15;margin:0 0 .5em}
.eyebrow{font-size:.8rem;font-weight:700;letter-spacing:.12em;text-transform:uppercase;color:#57514a;margin:0 0 .5rem}
.lede{font-size:1.2rem;color:#57514a}a.button{display:inline-block;background:#a63c15;color:#fff;padding:.6rem 1.1rem;border-radius:4px;text-decoration:none;font-weight:600}`

const statuses = { unavailable: 503, badRequest: 400, badForm: 400, tooManyRequests: 429 } as const
type PlainPageKind = keyof typeof statuses

/** The html and status of a page in the visitor's language that needs neither the database nor the app. */
export function plainPageHtml(kind: PlainPageKind, pathname: string, status: number = statuses[kind]): { status: number; html: string } {
  const locale = localeOfPath(pathname)
  const t = errorText[locale][kind]
  const action = kind === 'unavailable' ? `<a class="button" href="">${escape(t.retry)}</a>` : `<a class="button" href="/${locale}">${escape(t.home)}</a>`
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escape(t.title)}</title><style>${style}</style></head><body><header>Warehouse Coworking Factory</header><main><p class="eyebrow">${status}</p><h1>${escape(t.title)}</h1><p class="lede">${escape(t.description)}</p><p>${action}</p></main></body></html>`
  return { status, html }
}

export const plainPageHeaders = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }

/** A page in the visitor's language that needs neither the database nor the app: the 400s, the 429 and the 503. */
export function plainPage(kind: PlainPageKind, pathname: string, headers: Record<string, string> = {}, status: number = statuses[kind]): Response {
  const { html } = plainPageHtml(kind, pathname, status)
  return new Response(html, { status, headers: { ...plainPageHeaders, ...headers } })
}
