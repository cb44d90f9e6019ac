import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sentTo, smtpInbox, type Inbox } from '../support/smtpInbox'
import { testPayload } from './setup/payload'

let inbox: Inbox
let payload: Payload
let register: typeof import('@/lib/registration/register').register
let cancelByToken: typeof import('@/lib/registration/cancel').cancelByToken
let deleteExpiredRegistrations: typeof import('@/lib/registration/retention').deleteExpiredRegistrations
let eventIcs: (id: number) => Promise<string>

beforeAll(async () => {
  inbox = await smtpInbox(3701)
  process.env.SMTP_URL = inbox.url
  process.env.EMAIL_FROM = 'Warehouse Coworking <desk@warehouse.example>'
  payload = await testPayload()
  ;({ register } = await import('@/lib/registration/register'))
  ;({ cancelByToken } = await import('@/lib/registration/cancel'))
  ;({ deleteExpiredRegistrations } = await import('@/lib/registration/retention'))
  const { publicEvent, registrantIcs } = await import('@/lib/registration/eventForMail')
  // The public file's UID, as /it/calendar/events/<id>.ics builds it.
  eventIcs = async (id) => registrantIcs((await publicEvent(payload, id, 'it'))!, 'it')
})

afterAll(() => inbox.stop())

const inAMonth = () => new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString()

async function event(registration: { capacity?: number; waitlist?: boolean; maxPeople?: number; closesAt?: string }, start = inAMonth()) {
  return payload.create({
    collection: 'events',
    locale: 'it',
    data: {
      title: `Serata ${Math.random().toString(36).slice(2, 8)}`,
      slug: '',
      start,
      start_tz: 'Europe/Rome',
      end_tz: 'Europe/Rome',
      status: 'scheduled',
      _status: 'published',
      venue: { name: 'Warehouse', address: 'Via Roma 1', city: 'Bari' },
      registration: { enabled: true, maxPeople: 4, waitlist: true, ...registration },
    },
  })
}

const person = (eventId: number, n: number | string, extra: Partial<Parameters<typeof register>[1]> = {}) =>
  register(payload, { eventId, locale: 'it', name: `Persona ${n}`, email: `p${n}-${eventId}@example.com`, people: 1, consent: true, ...extra })

const rows = (eventId: number) =>
  payload.find({ collection: 'registrations', where: { event: { equals: eventId } }, pagination: false, depth: 0, sort: 'createdAt' }).then((r) => r.docs)

const countBy = (docs: { status: string }[]) => docs.reduce<Record<string, number>>((acc, d) => ({ ...acc, [d.status]: (acc[d.status] ?? 0) + 1 }), {})

const cancelLink = (text: string) => /\/registration\/cancel\?t=([^\s\]]+)/.exec(text)?.[1]

describe('registration', () => {
  it('gives 10 seats to exactly 10 of 50 concurrent visitors and puts 40 on the waitlist', async () => {
    const { id } = await event({ capacity: 10, waitlist: true })
    const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => person(id, i)))
    expect(outcomes.filter((o) => o === 'confirmed')).toHaveLength(10)
    expect(outcomes.filter((o) => o === 'waitlisted')).toHaveLength(40)
    expect(countBy(await rows(id))).toEqual({ confirmed: 10, waitlisted: 40 })
  })

  it('refuses the 40 when there is no waitlist', async () => {
    const { id } = await event({ capacity: 10, waitlist: false })
    const outcomes = await Promise.all(Array.from({ length: 50 }, (_, i) => person(id, i)))
    expect(outcomes.filter((o) => o === 'confirmed')).toHaveLength(10)
    expect(outcomes.filter((o) => o === 'full')).toHaveLength(40)
    expect(countBy(await rows(id))).toEqual({ confirmed: 10 })
  })

  it('counts seats by people, and refuses more people than the limit', async () => {
    const { id } = await event({ capacity: 3, waitlist: true, maxPeople: 2 })
    expect(await person(id, 'a', { people: 3 })).toBe('tooMany')
    expect(await person(id, 'a', { people: 2 })).toBe('confirmed')
    expect(await person(id, 'b', { people: 2 })).toBe('waitlisted')
    expect(await person(id, 'c', { people: 1 })).toBe('confirmed')
  })

  it('merges the same address, whatever its case or spaces, even at once', async () => {
    const { id } = await event({ capacity: 5 })
    const outcomes = await Promise.all([
      person(id, 'x', { email: 'Same@Example.com' }),
      person(id, 'x', { email: ' same@example.com ' }),
      person(id, 'x', { email: 'SAME@EXAMPLE.COM' }),
    ])
    expect(outcomes.sort()).toEqual(['confirmed', 'duplicate', 'duplicate'])
    const docs = await rows(id)
    expect(docs).toHaveLength(1)
    expect(docs[0].email).toBe('same@example.com')
  })

  it('is closed after the closing time, and unavailable for drafts or events without registration', async () => {
    const past = await event({ capacity: 5, closesAt: new Date(Date.now() - 60_000).toISOString() })
    expect(await person(past.id, 'late')).toBe('closed')
    const off = await payload.create({
      collection: 'events',
      locale: 'it',
      data: { title: 'Senza iscrizioni', slug: '', start: inAMonth(), start_tz: 'Europe/Rome', end_tz: 'Europe/Rome', status: 'scheduled', _status: 'published' },
    })
    expect(await person(off.id, 'x')).toBe('unavailable')
    const draft = await payload.create({
      collection: 'events',
      locale: 'it',
      draft: true,
      data: { title: 'Bozza', slug: '', start: inAMonth(), start_tz: 'Europe/Rome', end_tz: 'Europe/Rome', status: 'scheduled', _status: 'draft', registration: { enabled: true } },
    })
    expect(await person(draft.id, 'x')).toBe('unavailable')
    expect(await person(999_999, 'x')).toBe('unavailable')
  })
})

describe('registration e-mails and cancel links', () => {
  it('confirms in the visitor’s language with the event’s .ics (the public UID), the place and a cancel link', async () => {
    const { id } = await event({ capacity: 1 })
    await payload.update({ collection: 'events', id, locale: 'en', data: { title: 'Evening talk', _status: 'published' } })
    expect(await register(payload, { eventId: id, locale: 'en', name: 'Ann', email: 'ann@example.com', people: 1, consent: true })).toBe('confirmed')
    const mail = await inbox.waitFor(sentTo('ann@example.com'))
    expect(mail.subject).toBe('You are registered: Evening talk')
    expect(mail.html).toContain('lang="en"')
    expect(mail.text).toContain('Via Roma 1')
    expect(cancelLink(mail.text ?? '')).toBeTruthy()
    const attachment = mail.attachments.find((a) => a.filename?.endsWith('.ics'))
    expect(attachment).toBeDefined()
    const vevent = new ICAL.Component(ICAL.parse(attachment!.content.toString('utf8'))).getFirstSubcomponent('vevent')!
    const publicVevent = new ICAL.Component(ICAL.parse(await eventIcs(id))).getFirstSubcomponent('vevent')!
    expect(vevent.getFirstPropertyValue('uid')).toBe(`event-${id}@localhost`)
    expect(vevent.getFirstPropertyValue('uid')).toBe(publicVevent.getFirstPropertyValue('uid'))
  })

  it('cancel links work once, only for their own registration, and move the first on the waitlist up with an e-mail', async () => {
    const { id } = await event({ capacity: 1 })
    await register(payload, { eventId: id, locale: 'it', name: 'Bea', email: 'bea@example.com', people: 1, consent: true })
    await register(payload, { eventId: id, locale: 'it', name: 'Carlo', email: 'carlo@example.com', people: 1, consent: true })
    await register(payload, { eventId: id, locale: 'it', name: 'Dora', email: 'dora@example.com', people: 1, consent: true })
    const bea = cancelLink((await inbox.waitFor(sentTo('bea@example.com'))).text ?? '')!
    const carloMail = await inbox.waitFor(sentTo('carlo@example.com'))
    expect(carloMail.subject).toContain("lista d'attesa")
    const carlo = decodeURIComponent(cancelLink(carloMail.text ?? '')!)
    const token = decodeURIComponent(bea)

    // A token altered to name someone else's registration is refused.
    const [, signature] = token.split('.')
    const [otherId] = carlo.split('.')
    expect((await cancelByToken(payload, `${otherId}.${signature}`)).outcome).toBe('invalid')
    expect((await cancelByToken(payload, 'garbage')).outcome).toBe('invalid')

    inbox.clear()
    expect((await cancelByToken(payload, token)).outcome).toBe('cancelled')
    expect((await cancelByToken(payload, token)).outcome).toBe('already')
    const promoted = await inbox.waitFor(sentTo('carlo@example.com'))
    expect(promoted.subject).toContain('Si è liberato un posto')
    expect(promoted.attachments.some((a) => a.filename?.endsWith('.ics'))).toBe(true)
    const byName = Object.fromEntries((await rows(id)).map((r) => [r.name, r.status]))
    expect(byName).toEqual({ Bea: 'cancelled', Carlo: 'confirmed', Dora: 'waitlisted' })

    // Registering again after cancelling is a new registration; the old link does not touch it.
    expect(await register(payload, { eventId: id, locale: 'it', name: 'Bea', email: 'bea@example.com', people: 1, consent: true })).toBe('waitlisted')
    expect((await cancelByToken(payload, token)).outcome).toBe('already')
  })

  it('staff removing a confirmed registrant moves the waitlist up', async () => {
    const { id } = await event({ capacity: 1 })
    await person(id, 'first')
    await person(id, 'second')
    const [first] = await rows(id)
    inbox.clear()
    await payload.delete({ collection: 'registrations', id: first.id })
    await inbox.waitFor(sentTo(`psecond-${id}@example.com`))
    expect((await rows(id)).map((r) => r.status)).toEqual(['confirmed'])
  })

  it('tells registrants of a cancelled event, with METHOD:CANCEL and a higher SEQUENCE under the same UID', async () => {
    const { id } = await event({ capacity: 5 })
    await person(id, 'eve')
    inbox.clear()
    await payload.update({ collection: 'events', id, locale: 'it', data: { status: 'cancelled', _status: 'published' } })
    const mail = await inbox.waitFor(sentTo(`peve-${id}@example.com`))
    expect(mail.subject).toMatch(/^Evento annullato/)
    const ics = mail.attachments.find((a) => a.filename?.endsWith('.ics'))!.content.toString('utf8')
    const calendar = new ICAL.Component(ICAL.parse(ics))
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL')
    const vevent = calendar.getFirstSubcomponent('vevent')!
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(vevent.getFirstPropertyValue('uid')).toBe(`event-${id}@localhost`)
    expect(Number(vevent.getFirstPropertyValue('sequence'))).toBe(1)
  })

  it('tells registrants of a moved event with the updated .ics', async () => {
    const { id } = await event({ capacity: 5 })
    await person(id, 'fred')
    inbox.clear()
    const later = new Date(Date.now() + 40 * 24 * 60 * 60 * 1000).toISOString()
    await payload.update({ collection: 'events', id, locale: 'it', data: { start: later, _status: 'published' } })
    const mail = await inbox.waitFor(sentTo(`pfred-${id}@example.com`))
    expect(mail.subject).toMatch(/^Evento modificato/)
    const vevent = new ICAL.Component(ICAL.parse(mail.attachments[0].content.toString('utf8'))).getFirstSubcomponent('vevent')!
    expect(Number(vevent.getFirstPropertyValue('sequence'))).toBe(1)
    expect(vevent.getFirstPropertyValue('method')).toBeNull()
  })
})

describe('an event deleted', () => {
  it('takes its registrations with it', async () => {
    const { id } = await event({ capacity: 5 })
    await person(id, 'gone')
    await payload.delete({ collection: 'events', id })
    expect(await rows(id)).toHaveLength(0)
  })
})

describe('retention', () => {
  it('deletes registrants of events over for longer than the retention time, and keeps the others', async () => {
    const old = await event({ capacity: 5 }, inAMonth())
    await person(old.id, 'old')
    const recent = await event({ capacity: 5 })
    await person(recent.id, 'recent')
    // The event of `old` ended 40 days ago: move it there without the closing check in the way.
    await payload.update({ collection: 'events', id: old.id, data: { start: new Date(Date.now() - 40 * 86_400_000).toISOString(), _status: 'published' } })
    await inbox.waitFor(sentTo(`pold-${old.id}@example.com`))
    expect(await deleteExpiredRegistrations(payload, new Date(), 30)).toBeGreaterThanOrEqual(1)
    expect(await rows(old.id)).toHaveLength(0)
    expect(await rows(recent.id)).toHaveLength(1)
  })

  it('runs as the registrationRetention job of Payload’s queue, scheduled nightly', async () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'registrationRetention')
    expect(task?.schedule?.[0]?.cron).toBe('0 30 3 * * *')
    const old = await event({ capacity: 5 })
    await person(old.id, 'job')
    await payload.update({ collection: 'events', id: old.id, data: { start: new Date(Date.now() - 40 * 86_400_000).toISOString(), _status: 'published' } })
    await inbox.waitFor(sentTo(`pjob-${old.id}@example.com`))
    const job = await payload.jobs.queue({ task: 'registrationRetention', input: {} })
    await payload.jobs.runByID({ id: job.id })
    expect(await rows(old.id)).toHaveLength(0)
    // A job that succeeded is removed from the queue; one that failed would stay, with its error.
    expect(await payload.findByID({ collection: 'payload-jobs', id: job.id, disableErrors: true })).toBeNull()
  })
})
