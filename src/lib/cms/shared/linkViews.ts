import type { Locale } from '@/i18n/locales'
import type { Media, Post, Project, Space } from '@/payload-types'
import { type ImageView, toImageView } from './media'

/** A space named on another page: linked only when it has a page in this locale. */
export type SpaceLink = { name: string; city: string; country: string; slug?: string }

export type PostLink = { slug: string; title: string; excerpt?: string; publishedAt?: string }

export type ProjectLink = { slug: string; title: string }

/** `custom`: the editor wrote an SEO title, complete as it is (no site name appended). */
export type SeoView = { title: string; custom: boolean; description?: string; image?: ImageView }

type Meta = { title?: string | null; description?: string | null; image?: number | Media | null } | undefined

/**
 * The populated documents of a relationship or join. Access rules leave what the visitor may not
 * read (unpublished, untranslated) as a bare id, which is dropped here.
 */
export function populated<T extends { id: number }>(values: ReadonlyArray<number | T | null | undefined> | null | undefined): T[] {
  return (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)
}

/** Spaces are public in every locale; a space without a translation here has no page to link to. */
export const hasPage = (space: Pick<Space, 'availableIn'>, locale: Locale) => Boolean(space.availableIn?.[locale])

export function toSpaceLink(space: Space, locale: Locale): SpaceLink {
  return { name: space.name, city: space.city, country: space.country, slug: hasPage(space, locale) ? space.slug : undefined }
}

export function toPostLinks(values: ReadonlyArray<number | Post> | undefined): PostLink[] {
  return populated(values)
    .filter((post) => post.slug && post.title)
    .map((post) => ({ slug: post.slug, title: post.title, excerpt: post.excerpt ?? undefined, publishedAt: post.publishedAt ?? undefined }))
}

export function toProjectLinks(values: ReadonlyArray<number | Project> | null | undefined): ProjectLink[] {
  return populated(values)
    .filter((project) => project.slug && project.title)
    .map((project) => ({ slug: project.slug, title: project.title }))
}

/** The SEO plugin's fields when an editor filled them, else the document's own title and summary. */
export function toSeo(meta: Meta, fallback: { title: string; description?: string | null; image?: unknown }): SeoView {
  const custom = meta?.title?.trim()
  return {
    title: custom || fallback.title,
    custom: Boolean(custom),
    description: meta?.description?.trim() || fallback.description?.trim() || undefined,
    image: toImageView(meta?.image, 'og') ?? toImageView(fallback.image, 'og'),
  }
}
