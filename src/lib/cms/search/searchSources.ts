import type { ContentCollection } from '@/content/types'
import type { Locale } from '@/i18n/locales'

export type SearchCollection = ContentCollection

/** The text-search configuration, and so the stemming, that each locale is searched with. */
export const searchLanguages: Record<Locale, 'italian' | 'english'> = { it: 'italian', en: 'english' }

export type WeightedText = [text: string, weight: 'A' | 'B' | 'C']

/**
 * What each collection contributes to the search, as SQL over `m` (its table) and `l` (its
 * localized row). The localized text is ranked from `l.search_vector`, the weighted vector stored
 * in the row's own language (migration 20261126_150000_scale). `shared` (not localized) must stay
 * exactly the expressions indexed by migration 20261125_090000_search_indexes, or the planner
 * stops using those indexes.
 */
export type SearchSource = {
  collection: SearchCollection
  drafts: boolean
  title: string
  slug: string
  date: string
  snippetText: string
  shared?: WeightedText[]
}

export const searchSources: SearchSource[] = [
  {
    collection: 'posts',
    drafts: true,
    title: 'l.title',
    slug: 'l.slug',
    date: 'm.published_at',
    snippetText: 'concat_ws(\' \', l.excerpt, lexical_plain_text(l.content))',
  },
  {
    collection: 'events',
    drafts: true,
    title: 'l.title',
    slug: 'l.slug',
    date: 'm.start',
    snippetText: 'concat_ws(\' \', l.summary, lexical_plain_text(l.description))',
  },
  {
    collection: 'projects',
    drafts: true,
    title: 'l.title',
    slug: 'l.slug',
    date: 'm.period_start',
    snippetText: 'concat_ws(\' \', l.summary, lexical_plain_text(l.body))',
    shared: [['m.hashtag', 'A']],
  },
  {
    collection: 'spaces',
    drafts: false,
    title: 'm.name',
    slug: 'm.slug',
    date: 'NULL::timestamptz',
    snippetText: 'concat_ws(\' — \', concat_ws(\', \', m.city, m.region), lexical_plain_text(l.description))',
    shared: [['m.name', 'A'], ['m.city', 'B'], ['m.region', 'B']],
  },
  {
    // The blocks' words are in l.search_text, kept by a hook (migration 20261126_182621).
    collection: 'pages',
    drafts: true,
    title: 'l.title',
    slug: 'l.slug',
    date: 'NULL::timestamptz',
    snippetText: 'concat_ws(\' \', l.summary, l.search_text)',
  },
]

/** A weighted tsvector, written exactly as the migration indexes it. */
export const weightedVector = (language: string, parts: WeightedText[]) =>
  parts.map(([text, weight]) => `setweight(to_tsvector('${language}', coalesce(${text}, '')), '${weight}')`).join(' || ')
