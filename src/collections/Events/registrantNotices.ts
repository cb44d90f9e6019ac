import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionConfig } from 'payload'
import { afterCommit } from '../shared/afterCommit'
import { INTERNAL } from '../Registrations/promoteOnChange'

type EventData = {
  id?: number
  _status?: string
  status?: string
  start?: string
  end?: string | null
  allDay?: boolean | null
  onlineUrl?: string | null
  venue?: { address?: string | null; postalCode?: string | null; city?: string | null } | null
  icsSequence?: number | null
}

export type RegistrantNotice = 'eventCancelled' | 'eventRescheduled'
const NOTICE = 'registrantNotice'

const when = (e: EventData) => [e.start, e.end ?? null, Boolean(e.allDay)].join('|')
const where = (e: EventData) => [e.venue?.address, e.venue?.postalCode, e.venue?.city, e.onlineUrl].map((v) => v ?? '').join('|')

/** What a save of a published event means for its registrants: cancelled, moved, or nothing. */
export function noticeFor(before: EventData, after: EventData): RegistrantNotice | undefined {
  if (before._status !== 'published') return undefined
  if (after.status === 'cancelled' && before.status !== 'cancelled') return 'eventCancelled'
  if (after.status === 'cancelled') return undefined
  if (when(before) !== when(after) || where(before) !== where(after)) return 'eventRescheduled'
  return undefined
}

/** A published event that moves or is cancelled gets a higher SEQUENCE, so calendar apps replace their copy. */
const raiseSequence: CollectionBeforeChangeHook = ({ data, originalDoc, operation, context }) => {
  if (operation !== 'update' || !originalDoc || context.savingDraftOnly) return data
  const notice = noticeFor(originalDoc as EventData, { ...(originalDoc as EventData), ...(data as EventData) })
  if (!notice) return data
  context[NOTICE] = notice
  return { ...data, icsSequence: ((originalDoc as EventData).icsSequence ?? 0) + 1 }
}

// Loaded when needed: the notices import the e-mails and the calendar files.
const notify = async (...args: Parameters<typeof import('@/lib/registration/notices').noticeRegistrants>) =>
  (await import('@/lib/registration/notices')).noticeRegistrants(...args)

/** After the commit, e-mails the event's registrants the change and the updated `.ics`, without holding the save. */
const noticeRegistrants: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  const notice = context[NOTICE] as RegistrantNotice | undefined
  if (!notice) return doc
  delete context[NOTICE]
  await afterCommit(req, async () => {
    notify(req.payload, doc.id as number, notice).catch((error: unknown) => req.payload.logger.error({ err: error, msg: 'Could not e-mail the registrants' }))
  })
  return doc
}

/** An event deleted takes its registrations with it (their event column may not be empty). */
const deleteRegistrations: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'registrations', where: { event: { equals: id } }, req, context: { [INTERNAL]: true } })
}

/** The event's side of registration: SEQUENCE and e-mails on changes, its registrations gone with it. */
export function withRegistrantNotices(hooks: CollectionConfig['hooks'] = {}): CollectionConfig['hooks'] {
  return {
    ...hooks,
    beforeDelete: [...(hooks.beforeDelete ?? []), deleteRegistrations],
    beforeChange: [...(hooks.beforeChange ?? []), raiseSequence],
    afterChange: [...(hooks.afterChange ?? []), noticeRegistrants],
  }
}
