import type { Endpoint, PayloadRequest } from 'payload'
import { isStaffUser } from '@/access/roles'
import { csvRows } from './csv'

const eventParam = (req: PayloadRequest) => {
  const raw = req.searchParams.get('event')
  const id = raw === null ? undefined : Number(raw)
  return id === undefined || (Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647) ? { ok: true as const, id } : { ok: false as const }
}

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/** Seats taken and people waiting for one event (the event's edit view shows them). */
const summary: Endpoint = {
  path: '/summary',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user)) return refuse(403, 'Staff only.')
    const event = eventParam(req)
    if (!event.ok || event.id === undefined) return refuse(400, 'event must be an event id.')
    const { countSeats } = await import('@/lib/registration/countSeats')
    return Response.json(await countSeats(req.payload, event.id), { headers: { 'Cache-Control': 'no-store' } })
  },
}

/** The registrations (of one event, with `?event=`) as a spreadsheet: staff only, never cached. */
const exportCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user)) return refuse(403, 'Staff only.')
    const event = eventParam(req)
    if (!event.ok) return refuse(400, 'event must be an event id.')
    const { docs } = await req.payload.find({
      collection: 'registrations',
      where: event.id === undefined ? {} : { event: { equals: event.id } },
      sort: ['event', 'createdAt'],
      pagination: false,
      depth: 1,
      locale: 'it',
      populate: { events: { title: true, start: true } },
      req,
      overrideAccess: false,
    })
    const rows = docs.map((r) => {
      const ev = typeof r.event === 'object' ? r.event : undefined
      return [ev?.id ?? r.event, ev?.title, ev?.start, r.name, r.email, r.people, r.status, r.locale, r.consent ? 'yes' : 'no', r.createdAt, r.cancelledAt]
    })
    const header = ['event_id', 'event', 'event_start', 'name', 'email', 'people', 'status', 'language', 'consent', 'registered_at', 'cancelled_at']
    return new Response(csvRows([header, ...rows]), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="registrations${event.id ? `-event-${event.id}` : ''}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}

export const registrationEndpoints = [summary, exportCsv]
