import type { FieldHook } from 'payload'

type Entry = { slug?: string | null }

/** Keeps every slug the document had in this locale, so old links can be redirected. */
export const rememberPreviousSlugs: FieldHook = ({ siblingData, originalDoc }) => {
  const current = siblingData?.slug
  const earlier = ((originalDoc?.previousSlugs ?? []) as Entry[]).map((entry) => entry.slug)
  const old = originalDoc?.slug
  const history = old && old !== current ? [...earlier, old] : earlier
  return [...new Set(history)].filter((slug) => slug && slug !== current).map((slug) => ({ slug }))
}
