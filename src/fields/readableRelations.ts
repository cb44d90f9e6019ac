import type { CollectionSlug, FieldHook } from 'payload'
import { isStaffUser } from '@/access/roles'

type Related = number | { id: number } | null | undefined

const idOf = (related: Related) => (typeof related === 'object' ? related?.id : related)

/**
 * Payload leaves a related document its reader may not see as a bare id ("ids are visible regardless
 * of access controls"), so a visitor would learn that a draft exists and its id. For visitors, a
 * relation keeps only the documents they may read in the locale asked for.
 */
export const readableRelations =
  (relationTo: CollectionSlug): FieldHook =>
  async ({ value, req, overrideAccess }) => {
    if (overrideAccess || isStaffUser(req.user)) return value
    const related: Related[] = Array.isArray(value) ? value : [value]
    const ids = related.map(idOf).filter((id): id is number => typeof id === 'number')
    if (!ids.length) return value
    const { docs } = await req.payload.find({
      collection: relationTo,
      where: { id: { in: ids } },
      locale: req.locale ?? undefined,
      depth: 0,
      pagination: false,
      select: {},
      overrideAccess: false,
      // The site's own read inside the client's request: the API's bounds (src/collections/shared/apiReadLimits.ts)
      // are for what the client asked, and would refuse `pagination: false` to a visitor.
      currentDepth: 1,
      req,
    })
    const readable = new Set(docs.map((doc) => doc.id))
    if (Array.isArray(value)) return related.filter((item) => readable.has(idOf(item) as number))
    return readable.has(idOf(value) as number) ? value : null
  }
