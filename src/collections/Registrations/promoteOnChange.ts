import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

type Doc = { event: number | { id: number }; status?: string; people?: number }
const eventId = (doc: Doc) => (typeof doc.event === 'object' ? doc.event.id : doc.event)

/** Set by the registration functions themselves: they promote on their own, under the event's lock. */
export const INTERNAL = 'registrationInternal'

// Loaded when needed: the registration functions import the e-mails, the calendar and the site's addresses.
const promote = async (...args: Parameters<typeof import('@/lib/registration/promote').promoteWaitlist>) =>
  (await import('@/lib/registration/promote')).promoteWaitlist(...args)

/** Staff cancelled a registration, moved it off the seats or made it smaller: the waitlist moves up. */
export const promoteAfterStaffCancel: CollectionAfterChangeHook<Doc & { id: number }> = async ({ doc, previousDoc, operation, req, context }) => {
  if (operation !== 'update' || context[INTERNAL]) return doc
  const freed = previousDoc?.status === 'confirmed' && (doc.status !== 'confirmed' || (doc.people ?? 0) < (previousDoc.people ?? 0))
  if (freed) await promote(req.payload, eventId(doc), req)
  return doc
}

/** Staff removed a confirmed registration: its seats go to the waitlist. */
export const promoteAfterDelete: CollectionAfterDeleteHook<Doc & { id: number }> = async ({ doc, req, context }) => {
  if (!context[INTERNAL] && doc.status === 'confirmed') await promote(req.payload, eventId(doc), req)
  return doc
}
