import type { PayloadRequest } from 'payload'
import type { Locale } from '@/i18n/locales'
import { matches } from '@/lib/matches'
import { prepareContent } from './content/prepareContent'
import { IMPORTED_STATUSES, publishedAt } from './postFields'
import { splitLanguages, translatedEnglish, type Split } from './qtranslate'
import type { ImportedPost } from './importedPosts'
import { count, type ImportSession } from './session'
import { inTransaction, postImportContext } from './transaction'
import { createInLocales } from './createInLocales'
import { termKey } from './writeTerms'
import type { WxrItem } from './wxrReader'

const SEO_TITLE_KEYS = ['_yoast_wpseo_title', '_aioseop_title']
const SEO_DESCRIPTION_KEYS = ['_yoast_wpseo_metadesc', '_aioseop_description']
const firstMeta = (item: WxrItem, keys: string[]) => keys.map((key) => item.meta[key]).find((value) => value?.trim())

/** A post's fields in one language, as Payload stores them. */
async function localeData(session: ImportSession, item: WxrItem, locale: Locale, splits: Record<string, Split>, warn: (m: string) => void) {
  const pick = (split: Split) => (locale === 'it' ? split.text.it : translatedEnglish(split)) || undefined
  const slugs = session.plan.slugs.get(item.postId)
  const content = await prepareContent(splits.content.text[locale], {
    config: session.payload.config,
    locale,
    key: `${item.postId}:${locale}`,
    attachmentUrl: (id) => session.index.attachments.get(id)?.attachmentUrl,
    mediaByPath: session.ids.mediaByPath,
    rewriteLink: session.plan.newUrlFor,
    warn,
  })
  return {
    // The English title may be shared text outside any block (a name): it is still the title.
    title: splits.title.text[locale],
    excerpt: pick(splits.excerpt) ?? null,
    content: content ?? null,
    slug: slugs?.[locale],
    generateSlug: false,
    meta: { title: pick(splits.seoTitle) ?? null, description: pick(splits.seoDescription) ?? null },
  }
}

async function isPublished(session: ImportSession, id: number, req: PayloadRequest): Promise<boolean> {
  const { docs } = await session.payload.find({ collection: 'posts', where: { id: { equals: id } }, draft: false, depth: 0, limit: 1, req, select: { _status: true } })
  return docs[0]?._status === 'published'
}

/**
 * One post in one transaction: Italian first, then English if it has a translation of its own.
 * `imported` is the post as an earlier run left it (found by WordPress ID); a locale whose data
 * already matches is not written, so re-importing the same file adds no versions.
 */
export async function importPost(session: ImportSession, item: WxrItem, imported?: ImportedPost): Promise<void> {
  const { payload, report } = session
  const splits = {
    title: splitLanguages(item.title),
    content: splitLanguages(item.content),
    excerpt: splitLanguages(item.excerpt),
    seoTitle: splitLanguages(firstMeta(item, SEO_TITLE_KEYS) ?? ''),
    seoDescription: splitLanguages(firstMeta(item, SEO_DESCRIPTION_KEYS) ?? ''),
  }
  const title = splits.title.text.it
  const postWarnings: string[] = []
  const warn = (message: string) => postWarnings.push(message)
  const unknown = [...new Set(Object.values(splits).flatMap((split) => split.unknown))]
  if (unknown.length) warn(`language ${unknown.join(', ')} not imported`)

  const english = session.index.posts.get(item.postId)?.english
  const status = IMPORTED_STATUSES[item.status]
  if (item.status === 'private' || item.status === 'future' || item.status === 'pending') warn(`status "${item.status}" imported as a draft`)
  const author = session.ids.users.get(item.creator)
  const byDomain = (domain: string) =>
    item.terms.filter((t) => t.domain === domain).map((t) => session.ids.terms.get(termKey(domain, t.nicename))).filter((id): id is number => id !== undefined)
  const thumbnail = Number(item.meta._thumbnail_id)
  const coverImage = thumbnail ? session.ids.media.get(thumbnail) : undefined
  if (thumbnail && coverImage === undefined) warn(`featured image #${thumbnail} was not imported`)

  const it = {
    ...(await localeData(session, item, 'it', splits, warn)),
    _status: status,
    publishedAt: publishedAt(item) ?? null,
    author: author ?? null,
    categories: byDomain('category'),
    tags: byDomain('post_tag'),
    coverImage: coverImage ?? null,
    wordpressId: item.postId,
    wordpressSlug: item.postName || null,
  }
  const en = english?.translated ? { ...(await localeData(session, item, 'en', splits, warn)), _status: status } : undefined
  if (!en) {
    report.untranslated.push({ wordpressId: item.postId, title, reason: english?.reason ?? 'no English' })
    if (translatedEnglish(splits.title)) warn('English title without an English text: not imported')
  }
  report.warnings.push(...[...new Set(postWarnings)].map((message) => `post #${item.postId} "${title}": ${message}`))

  const existing = imported?.it
  const current = imported
  const draft = status === 'draft'
  const outcome = await (async () => {
    if (current && matches(current.it, it) && (!en || matches(current.en, en))) return 'unchanged'
    if (session.dryRun) return existing ? 'updated' : 'created'
    return inTransaction(payload, async (req) => {
      // A post that became a draft or private in WordPress is unpublished here: the document itself
      // is saved as a draft. A draft save (`draft: true`) would leave the published version public.
      const published = existing !== undefined && (await isPublished(session, existing.id, req))
      // Only the id is read back (it always is): afterRead over the whole document, rich text included, costs as much as the write.
      const common = { collection: 'posts', req, depth: 0, select: { wordpressId: true }, draft: draft && !published, context: postImportContext } as const
      let id = existing?.id
      // A new published post is created in both languages at once. A draft's English is saved as a draft version only, as before.
      if (id === undefined && en && !common.draft && !session.separateLocaleSaves) {
        await createInLocales(payload, { ...common, locale: 'it', data: it, other: { locale: 'en', data: en } })
        return 'created'
      }
      if (id === undefined) id = (await payload.create({ ...common, locale: 'it', data: it as never })).id
      else if (!matches(current?.it, it)) await payload.update({ ...common, id, locale: 'it', data: it as never })
      if (en && !matches(current?.en, en)) await payload.update({ ...common, id, locale: 'en', data: en as never })
      return existing ? 'updated' : 'created'
    }, postImportContext)
  })()
  count(session, 'posts', outcome)
  session.log(`post #${item.postId} ${outcome}${en ? '' : ' (Italian only)'}: ${title}`)
}
