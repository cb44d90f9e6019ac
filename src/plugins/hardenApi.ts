import type { Config, Field, FieldAccess, Plugin } from 'payload'
import { isStaffUser } from '@/access/roles'
import { apiReadLimits, fromApi } from '@/collections/shared/apiReadLimits'
import { isBadInput, isDatabaseUnavailable } from '@/db/databaseErrors'
import { isMalformedBody } from './malformedBody'

/** Bookkeeping the editors and the site use, not part of what the API publishes. */
export const internalFieldNames = new Set(['translation', 'previousSlugs', 'wordpressId', 'wordpressSlug', 'searchText'])

/** Staff and the site's own (Local API) reads see them; anonymous API readers do not. */
const staffOrSite: FieldAccess = ({ req }) => isStaffUser(req.user) || !fromApi(req)

function hideInternal(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if ('name' in field && internalFieldNames.has(field.name) && field.type !== 'ui') return { ...field, access: { ...field.access, read: staffOrSite } } as Field
    if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: hideInternal(field.fields) }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ('name' in tab ? tab : { ...tab, fields: hideInternal(tab.fields) })) }
    return field
  })
}

/** A database error is the client's fault (400) or an outage (503), never an unexplained 500. */
const errorStatus: NonNullable<NonNullable<Config['hooks']>['afterError']>[number] = ({ error, result }) => {
  if (isDatabaseUnavailable(error)) return { status: 503, response: { errors: [{ message: 'The database is not available: try again shortly.' }] } }
  if (isBadInput(error)) return { status: 400, response: { errors: [{ message: 'The request has a value the query cannot use.' }] } }
  if (isMalformedBody(error)) return { status: 400, response: { errors: [{ message: 'The request body could not be read: it is not well-formed.' }] } }
  // Payload words an error by its class name, which the production bundle shortens to nothing: a
  // public client error (a limit refused, a document not found) keeps its own message.
  const { status, isPublic } = error as { status?: number; isPublic?: boolean }
  if (isPublic && status && status < 500 && result?.errors?.[0]?.message === 'An unknown error occurred.') {
    return { response: { errors: [{ message: error.message }] } }
  }
}

/** Bounds for the REST and GraphQL APIs on every collection (src/collections/shared/apiReadLimits.ts). */
export const hardenApi: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    fields: hideInternal(collection.fields),
    // Without versions there is no table of them: asking for one would be a failed query, a 500.
    access: collection.versions ? collection.access : { ...collection.access, readVersions: () => false },
    hooks: { ...collection.hooks, beforeOperation: [apiReadLimits, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
  hooks: { ...config.hooks, afterError: [...(config.hooks?.afterError ?? []), errorStatus] },
})
