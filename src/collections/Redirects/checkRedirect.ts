import { locales } from '@/i18n/locales'
import { type AfterErrorHook, type CollectionBeforeValidateHook, type PayloadRequest, ValidationError } from 'payload'
import { type PathCheck, isReservedPath, normalizeRedirectPath, splitLocale } from './redirectPath'

type RedirectData = { id?: number | string; from?: string | null; to?: { type?: string | null; url?: string | null } | null }

const messages = {
  it: {
    empty: 'Scrivi un indirizzo del sito, per esempio /evento2026.',
    query: 'Solo il percorso: niente «?» né «#».',
    encoding: 'L’indirizzo contiene caratteri che non si possono decodificare.',
    dots: 'Un indirizzo con un punto è un file: il sito non lo reindirizza.',
    length: 'L’indirizzo è troppo lungo (al massimo 200 caratteri).',
    reserved: (path: string) => `«${path}» è una sezione o la home del sito: un reindirizzamento la nasconderebbe.`,
    page: (path: string) => `«${path}» è l’indirizzo di una pagina che esiste: cambia lo slug della pagina o scegli un altro indirizzo.`,
    url: 'Scrivi un indirizzo che inizia con / (del sito) o con https:// (di un altro sito).',
    self: 'Il reindirizzamento porterebbe all’indirizzo da cui parte.',
    loop: (chain: string) => `Il reindirizzamento chiuderebbe un giro (${chain}).`,
  },
  en: {
    empty: 'Type an address of the site, for example /evento2026.',
    query: 'The path only: no “?” or “#”.',
    encoding: 'The address holds characters that do not decode.',
    dots: 'An address with a dot is a file: the site does not redirect it.',
    length: 'The address is too long (200 characters at most).',
    reserved: (path: string) => `“${path}” is a section or the home of the site: a redirect would hide it.`,
    page: (path: string) => `“${path}” is the address of an existing page: change the page’s slug or choose another address.`,
    url: 'Type an address that starts with / (on this site) or https:// (another site).',
    self: 'The redirect would lead back to the address it starts from.',
    loop: (chain: string) => `The redirect would close a loop (${chain}).`,
  },
}

type Text = (typeof messages)['it']
const textOf = (req: PayloadRequest): Text => (req.i18n?.language === 'en' ? messages.en : messages.it)

const refuse = (path: string, message: string): never => {
  throw new ValidationError({ collection: 'redirects', errors: [{ path, message }] })
}

const pathOrRefuse = (check: PathCheck, field: string, text: Text): string => (check.ok ? check.path : refuse(field, text[check.reason]))

/** A site path an internal custom address leads to, normalised as a "from" is; undefined for another site or a path with a query. */
export function internalTarget(url: string | null | undefined): string | undefined {
  if (!url || !url.startsWith('/') || url.startsWith('//') || /[?#]/.test(url)) return undefined
  const check = normalizeRedirectPath(url)
  return check.ok ? check.path : undefined
}

async function pageAt(req: PayloadRequest, path: string): Promise<boolean> {
  const { locale, rest } = splitLocale(path)
  if (rest.length !== 1) return false
  for (const code of locale ? [locale] : locales) {
    const { totalDocs } = await req.payload.count({ collection: 'pages', locale: code, where: { slug: { equals: rest[0] } }, req })
    if (totalDocs > 0) return true
  }
  return false
}

/** The chain that starts at `from` by following internal custom addresses, up to the first repeat. */
function follow(from: string, next: Map<string, string>): string[] {
  const chain = [from]
  for (let step = next.get(from); step !== undefined; step = next.get(step)) {
    chain.push(step)
    if (chain.indexOf(step) !== chain.length - 1 || chain.length > 20) break
  }
  return chain
}

type FieldErrors = { errors?: { path?: string; message?: string }[] }

/**
 * The refusals above as field errors for the admin and the API. The production build's copy of
 * Payload does not recognise the ValidationError class the hook threw (minified, bundled twice)
 * and answered a bare "The following field is invalid", without saying why.
 */
export const explainRedirectErrors: AfterErrorHook = ({ error }) => {
  const errors = ((error as { data?: unknown }).data as FieldErrors | undefined)?.errors ?? []
  const ours = errors.filter((fieldError) => fieldError.path === 'from' || fieldError.path === 'to.url')
  if (ours.length === 0) return
  return { status: 400, response: { errors: [{ name: 'ValidationError', message: ours[0].message ?? error.message, data: { errors: ours } }] } }
}

/**
 * Normalises a redirect's addresses and refuses what would break the site: a "from" that is a
 * section, the home or an existing page, an address that does not decode, a redirect to itself
 * and a loop through other redirects (A → B → A).
 */
export const checkRedirect: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const text = textOf(req)
  const merged: RedirectData = { ...(originalDoc as RedirectData), ...(data as RedirectData), to: { ...(originalDoc as RedirectData)?.to, ...(data as RedirectData).to } }
  const from = pathOrRefuse(normalizeRedirectPath(merged.from ?? ''), 'from', text)
  if (isReservedPath(from)) refuse('from', text.reserved(from))
  if (await pageAt(req, from)) refuse('from', text.page(from))
  const to = merged.to ?? {}
  let url = to.url?.trim()
  if (to.type === 'custom') {
    if (!url || !(/^https?:\/\/[^/\s]+/i.test(url) || (url.startsWith('/') && !url.startsWith('//')))) refuse('to.url', text.url)
    if (url?.startsWith('/') && !/[?#]/.test(url as string)) url = pathOrRefuse(normalizeRedirectPath(url), 'to.url', text)
    const target = internalTarget(url)
    if (target === from) refuse('to.url', text.self)
    if (target) {
      const { docs } = await req.payload.find({ collection: 'redirects', where: { 'to.type': { equals: 'custom' } }, limit: 0, pagination: false, depth: 0, req })
      const next = new Map<string, string>()
      for (const doc of docs) {
        const step = internalTarget(doc.to?.url)
        if (step && String(doc.id) !== String(merged.id ?? originalDoc?.id)) next.set(doc.from, step)
      }
      next.set(from, target)
      const chain = follow(from, next)
      if (chain.at(-1) === from || new Set(chain).size < chain.length) refuse('to.url', text.loop(chain.join(' → ')))
    }
  }
  return { ...data, from, ...(to.type === 'custom' && data.to ? { to: { ...data.to, url } } : {}) }
}
