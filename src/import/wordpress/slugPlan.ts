import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { slugify } from '@/lib/slugify'
import { parseOldLink, type OldUrl } from '@/lib/redirects/oldUrls'
import { postName, skipReason, slugMeta } from './postFields'
import { splitLanguages } from './qtranslate'
import type { WxrIndex } from './wxrIndex'

export type PlannedSlugs = { it: string; en?: string }

export type SlugPlan = {
  slugs: Map<number, PlannedSlugs>
  /** The WordPress IDs of the posts an earlier run imported (read once, so new posts skip a lookup each). */
  imported: Set<number>
  /** The new address of an old link, in the language of the text it sits in. */
  newUrlFor: (href: string, locale: Locale) => string | undefined
}

type Owner = number | `doc:${number}`

/**
 * Every imported post's slug in each locale, decided before anything is written so links between
 * posts can be rewritten whatever their order in the file. Slug meta wins, else (Italian) WordPress's
 * own post_name, else the localized title;
 * a slug another document holds gets "-2", "-3"… A post keeps the slug it got on an earlier run.
 */
export async function planSlugs(payload: Payload, index: WxrIndex): Promise<SlugPlan> {
  const taken: Record<Locale, Map<string, Owner>> = { it: new Map(), en: new Map() }
  const { docs } = await payload.find({ collection: 'posts', locale: 'all', pagination: false, depth: 0, select: { slug: true, wordpressId: true } })
  const imported = new Set<number>()
  for (const doc of docs) {
    if (typeof doc.wordpressId === 'number') imported.add(doc.wordpressId)
    const owner: Owner = doc.wordpressId ?? `doc:${doc.id}`
    const slugs = (doc.slug ?? {}) as unknown as Partial<Record<Locale, string | null>>
    for (const locale of ['it', 'en'] as const) if (slugs[locale]) taken[locale].set(slugs[locale] as string, owner)
  }
  const claim = (locale: Locale, wanted: string, owner: number) => {
    const base = wanted || `post-${owner}`
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      const holder = taken[locale].get(candidate)
      if (holder === undefined || holder === owner) {
        taken[locale].set(candidate, owner)
        return candidate
      }
    }
  }

  const slugs = new Map<number, PlannedSlugs>()
  const byOldSlug = new Map<string, number>()
  const ordered = [...index.posts.values()].filter((item) => !skipReason(item)).sort((a, b) => a.postId - b.postId)
  for (const item of ordered) {
    const title = splitLanguages(item.title).text
    const planned: PlannedSlugs = { it: claim('it', slugify(slugMeta(item, 'it') ?? postName(item) ?? title.it), item.postId) }
    if (item.english.translated) planned.en = claim('en', slugify(slugMeta(item, 'en') ?? title.en), item.postId)
    slugs.set(item.postId, planned)
    for (const old of [item.postName, slugMeta(item, 'it'), slugMeta(item, 'en')]) if (old) byOldSlug.set(old.toLowerCase(), item.postId)
  }

  const resolve = (old: OldUrl) => (old.wordpressId !== undefined ? old.wordpressId : old.slug ? byOldSlug.get(old.slug) : undefined)
  return {
    slugs,
    imported,
    newUrlFor: (href, locale) => {
      const old = parseOldLink(href, index.channel.siteUrl)
      const id = old && resolve(old)
      const planned = id === undefined ? undefined : slugs.get(id)
      if (!planned) return undefined
      return locale === 'en' && planned.en ? `/en/blog/${planned.en}` : `/it/blog/${planned.it}`
    },
  }
}
