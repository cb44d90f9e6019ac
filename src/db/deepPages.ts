import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { BaseDatabaseAdapter, Collection, Payload, Where } from 'payload'

/** From this offset on, a page of an unfiltered list is found by its ids first. */
const DEEP_OFFSET = 200

type FindArgs = Parameters<BaseDatabaseAdapter['find']>[0]

const collectionOf = (payload: Payload, slug: string) => (payload.collections as Record<string, Collection | undefined>)[slug]

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

function isEmptyWhere(where: Where | undefined): boolean {
  if (!where) return true
  return Object.entries(where).every(([key, value]) => (key === 'and' || key === 'or') && Array.isArray(value) && value.every((part) => isEmptyWhere(part as Where)))
}

/** The ORDER BY of a sort on the collection's own columns (as Payload writes it, createdAt breaking ties), or null. */
function orderBy(payload: Payload, collection: string, sort: FindArgs['sort']): string | null {
  const fields = collectionOf(payload, collection)?.config.flattenedFields ?? []
  const parts = (Array.isArray(sort) ? sort : sort ? [sort] : []).filter(Boolean)
  const terms: string[] = []
  for (const part of parts) {
    const name = part.replace(/^-/, '')
    const field = fields.find((candidate) => candidate.name === name)
    const column = name === 'id' ? 'id' : field && ['date', 'number', 'text', 'email', 'select', 'checkbox'].includes(field.type) && !('localized' in field && field.localized) && !('hasMany' in field && field.hasMany) ? snake(name) : null
    if (!column) return null
    terms.push(`"${column}" ${part.startsWith('-') ? 'DESC' : 'ASC'}`)
  }
  const direction = parts[0]?.startsWith('-') ? 'DESC' : 'ASC'
  if (!parts.some((part) => part.replace(/^-/, '') === 'createdAt')) terms.push(`"created_at" ${direction}`)
  terms.push(`"id" ${direction}`)
  return terms.join(', ')
}

/**
 * Payload's PostgreSQL adapter reads a page with LIMIT/OFFSET over a statement that builds every
 * row's localized, relation and array data (lateral subqueries) before skipping it, so page 900 of
 * ten thousand posts built 9,000 documents. For an unfiltered list sorted on the collection's own
 * columns (the admin's and REST's default lists), this finds the page's ids first, walking an
 * index in that order, then lets Payload read just those documents.
 */
export function findDeepPagesByIds(payload: Payload): void {
  const adapter = payload.db as unknown as PostgresAdapter & { find: BaseDatabaseAdapter['find'] }
  const find = adapter.find.bind(adapter)
  adapter.find = (async (args: FindArgs) => {
    const { collection, where, page = 1, limit = 0, pagination, sort } = args
    const order = pagination !== false && limit > 0 && (page - 1) * limit >= DEEP_OFFSET && isEmptyWhere(where) ? orderBy(payload, collection, sort) : null
    const table = order && collectionOf(payload, collection) ? `"${snake(collection).replace(/-/g, '_')}"` : null
    if (!order || !table) return find(args)
    const [ids, counted] = await Promise.all([
      adapter.drizzle.execute<{ id: number }>(sql.raw(`SELECT id FROM ${table} ORDER BY ${order} LIMIT ${Number(limit)} OFFSET ${(Number(page) - 1) * Number(limit)}`)),
      adapter.drizzle.execute<{ total: number }>(sql.raw(`SELECT count(*)::int AS total FROM ${table}`)),
    ])
    const totalDocs = counted.rows[0]?.total ?? 0
    const totalPages = Math.ceil(totalDocs / limit)
    const docs = ids.rows.length ? (await find({ ...args, where: { id: { in: ids.rows.map((row) => row.id) } }, page: 1, pagination: false })).docs : []
    return {
      docs,
      totalDocs,
      limit,
      page,
      totalPages,
      pagingCounter: (page - 1) * limit + 1,
      hasPrevPage: page > 1,
      hasNextPage: page < totalPages,
      prevPage: page > 1 ? page - 1 : null,
      nextPage: page < totalPages ? page + 1 : null,
    }
  }) as BaseDatabaseAdapter['find']
}
