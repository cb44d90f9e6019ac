import 'server-only'
import type { ContentCollection } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { getEvent } from './events'
import { getPage } from './pages'
import { getPost } from './posts'
import { getProject } from './projects'
import type { LocaleSlugs } from './read/slugsByLocale'
import type { SeoView } from './shared/linkViews'
import { getSpace } from './spaces'

/** What every document page's view has: the common path (loader, metadata, language switcher) reads only this. */
export type DocumentBase = { id: number; title?: string; name?: string; slugs: LocaleSlugs; seo: SeoView; publishedAt?: string }

export type DocumentType = {
  /** The document with this slug in `locale`, mapped to its view; the latest draft when an editor previews. */
  load: (locale: Locale, slug: string) => Promise<DocumentBase | null>
  /** Its generated preview card (`/{locale}/og/{kind}-{id}.png`), when it has one. */
  ogCard?: 'event' | 'post'
  /** Shared as an article, with its publication date and the blog's feed. */
  article?: boolean
}

/** The data layer's side of the content-type table (`src/content/types.ts`): one entry per type. */
export const documentTypes = {
  posts: { load: getPost, ogCard: 'post', article: true },
  events: { load: getEvent, ogCard: 'event' },
  spaces: { load: getSpace },
  projects: { load: getProject },
  pages: { load: getPage },
} as const satisfies Record<ContentCollection, DocumentType>

export type DocumentView<C extends ContentCollection> = NonNullable<Awaited<ReturnType<(typeof documentTypes)[C]['load']>>>
