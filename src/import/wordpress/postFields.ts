import { romeOffsetMinutes } from '@/config/rome'
import type { Locale } from '@/i18n/locales'
import { splitLanguages, translatedEnglish, type Split } from './qtranslate'
import { safeDecode, type WxrItem } from './wxrReader'

export const IMPORTED_STATUSES: Record<string, 'published' | 'draft'> = {
  publish: 'published',
  draft: 'draft',
  pending: 'draft',
  future: 'draft',
  private: 'draft',
}

/** Why a WordPress item is not imported as a post, or nothing when it is. */
export function skipReason(item: WxrItem): string | undefined {
  if (item.postType !== 'post') return `WordPress ${item.postType} items are not imported`
  if (!(item.status in IMPORTED_STATUSES)) return `status "${item.status}" is not imported`
  if (splitLanguages(item.title).text.it === '') return 'no Italian title'
  return undefined
}

/** The per-locale slugs qTranslate-XT's slug module (or the older QTS plugin) stored as post meta. */
export function slugMeta(item: WxrItem, locale: Locale): string | undefined {
  const value = item.meta[`qtranslate_slug_${locale}`] ?? item.meta[`_qts_slug_${locale}`]
  return value?.trim() ? safeDecode(value.trim()) : undefined
}

/** WordPress's own slug (percent-encoded when not ASCII); drafts often have none yet. */
export function postName(item: WxrItem): string | undefined {
  const name = item.postName.trim()
  return name ? safeDecode(name) : undefined
}

/**
 * The post's English, decided once for all its fields: it exists when the body (or, for a post
 * without a body, the title) has an English block of its own.
 */
export function englishVerdict(title: Split, content: Split): { translated: boolean; reason: string } {
  const hasBody = content.text.it !== '' || content.text.en !== ''
  const english = hasBody ? translatedEnglish(content) : translatedEnglish(title)
  if (english) return { translated: true, reason: '' }
  const field = hasBody ? 'text' : 'title'
  const en = hasBody ? content : title
  if (!en.found.has('en') || en.text.en === '') return { translated: false, reason: `the English ${field} is missing or empty` }
  return { translated: false, reason: `the English ${field} is identical to the Italian` }
}

/** WordPress dates: the GMT one when set (drafts have 0000-00-00), else the local one read as Rome time. */
export function publishedAt(item: WxrItem): string | undefined {
  const gmt = item.postDateGmt
  if (gmt && !gmt.startsWith('0000')) return new Date(`${gmt.replace(' ', 'T')}Z`).toISOString()
  if (!item.postDate || item.postDate.startsWith('0000')) return undefined
  const asUtc = new Date(`${item.postDate.replace(' ', 'T')}Z`)
  return new Date(asUtc.getTime() - romeOffsetMinutes(asUtc.getTime()) * 60_000).toISOString()
}
