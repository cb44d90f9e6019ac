import { slugify } from '@/lib/slugify'
import { splitLanguages, translatedEnglish } from './qtranslate'
import { count, dryRunId, type ImportSession } from './session'
import { importContext, inTransaction } from './transaction'
import type { WxrTerm } from './wxrReader'

const collectionOf = { category: 'categories', post_tag: 'tags' } as const

export const termKey = (taxonomy: string, slug: string) => `${taxonomy}:${slug}`

/** A term's names: from the term-name option when supplied, else from qTranslate tags in the name. */
function termTitles(term: WxrTerm, session: ImportSession): { it: string; en?: string; unknown: string[] } {
  const split = splitLanguages(term.name)
  const option = session.termNames[split.text.it] ?? session.termNames[term.name]
  if (option?.it || option?.en) {
    const it = option.it?.trim() || split.text.it
    return { it, en: option.en?.trim() || undefined, unknown: [] }
  }
  return { it: split.text.it, en: translatedEnglish(split), unknown: split.unknown }
}

/** Categories and tags, matched by WordPress ID, else by Italian slug (a term the site already has). */
export async function importTerms(session: ImportSession): Promise<void> {
  const { payload } = session
  for (const term of session.index.channel.terms) {
    const collection = collectionOf[term.taxonomy]
    const { it, en, unknown } = termTitles(term, session)
    const slug = slugify(term.slug) || slugify(it)
    if (unknown.length) session.report.warnings.push(`${collection} "${it}": language ${unknown.join(', ')} not imported`)
    const { docs } = await payload.find({
      collection,
      locale: 'it',
      depth: 0,
      limit: 1,
      where: { or: [{ wordpressId: { equals: term.termId } }, { and: [{ slug: { equals: slug } }, { wordpressId: { exists: false } }] }] },
    })
    const existing = docs[0]
    const itData = { title: it, slug, generateSlug: false, wordpressId: term.termId }
    const enData = en ? { title: en, slug: slugify(en), generateSlug: false } : undefined
    if (session.dryRun) {
      session.ids.terms.set(termKey(term.taxonomy, term.slug), existing?.id ?? dryRunId())
      count(session, collection, existing ? 'unchanged' : 'created')
      continue
    }
    const id = await inTransaction(payload, async (req) => {
      const common = { collection, req, depth: 0, context: importContext } as const
      if (!existing) {
        const doc = await payload.create({ ...common, locale: 'it', data: itData })
        if (enData) await payload.update({ ...common, id: doc.id, locale: 'en', data: enData })
        count(session, collection, 'created')
        return doc.id
      }
      const current = { it: existing, en: await payload.findByID({ ...common, id: existing.id, locale: 'en' }) }
      const itChanged = current.it.title !== it || current.it.slug !== slug || current.it.wordpressId !== term.termId
      // An English name someone added on the new site is kept when WordPress has none.
      const enChanged = enData !== undefined && current.en.title !== enData.title
      if (itChanged) await payload.update({ ...common, id: existing.id, locale: 'it', data: itData })
      if (enChanged) await payload.update({ ...common, id: existing.id, locale: 'en', data: enData })
      count(session, collection, itChanged || enChanged ? 'updated' : 'unchanged')
      return existing.id
    })
    session.ids.terms.set(termKey(term.taxonomy, term.slug), id)
  }
}
