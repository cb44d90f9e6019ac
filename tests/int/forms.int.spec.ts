import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDraft } from '@/collections/Forms/drafts'
import { deleteOldSubmissions } from '@/collections/Forms/retention'
import { formSubmissionsSlug, formsSlug } from '@/collections/Forms/slugs'
import { fillTimeToken } from '@/lib/forms/fillTime'
import { type Submission, submitForm } from '@/lib/forms/submitForm'
import { seedForms } from '@/seed/content/forms'
import { sentTo, smtpInbox, type Inbox } from '../support/smtpInbox'
import { testPayload } from './setup/payload'

let inbox: Inbox
let payload: Payload
let formId: number

beforeAll(async () => {
  inbox = await smtpInbox(3575)
  // Read by payload.config when testPayload() first imports it.
  process.env.SMTP_URL = inbox.url
  process.env.EMAIL_FROM = 'Warehouse Coworking <desk@warehouse.example>'
  process.env.STAFF_EMAIL = 'staff@warehouse.example'
  payload = await testPayload()
  formId = (await seedForms({ payload, now: new Date(), log: () => undefined, stats: { created: 0, updated: 0 } })).contact
})

afterAll(() => inbox.stop())

const now = Date.now()
const visitor = (email: string, extra: Partial<Record<string, string>> = {}) => ({
  name: 'Ada Lovelace',
  email,
  phone: '',
  interest: 'visit',
  date: '2027-03-01',
  message: 'Vorrei vedere lo spazio.\nGrazie!',
  consent: 'true',
  ...extra,
})
const submission = (locale: 'it' | 'en', values: Record<string, string>, overrides: Partial<Submission> = {}): Submission => ({
  formId,
  locale,
  slug: locale === 'it' ? 'contatti' : 'contact',
  values,
  honeypot: '',
  fillToken: fillTimeToken(now - 20_000),
  ...overrides,
})

const submissionsFrom = async (email: string) =>
  (await payload.find({ collection: formSubmissionsSlug, where: { 'submissionData.value': { equals: email } }, depth: 0 })).docs

describe('contact form submissions', () => {
  it('stores an Italian visitor’s message, tells the staff (Reply-To the visitor) and confirms in Italian', async () => {
    expect(await submitForm(payload, submission('it', visitor('ada.it@example.org')), now)).toEqual({ kind: 'sent' })
    const [stored] = await submissionsFrom('ada.it@example.org')
    expect(stored).toMatchObject({ status: 'new', locale: 'it' })

    const staff = await inbox.waitFor(sentTo('staff@warehouse.example'))
    expect(staff.subject).toBe('Nuovo messaggio dal sito: Ada Lovelace')
    expect(staff.replyTo?.value[0]?.address).toBe('ada.it@example.org')
    expect(staff.text).toContain('Una visita allo spazio')
    expect(staff.text).toContain(`/admin/collections/form-submissions/${stored.id}`)
    expect(staff.html).toContain('Vorrei vedere lo spazio.<br>Grazie!')
    expect(staff.text).toMatch(/Vorrei vedere lo spazio.\n\s*Grazie!/)

    const confirmation = await inbox.waitFor(sentTo('ada.it@example.org'))
    expect(confirmation.subject).toBe('Abbiamo ricevuto il tuo messaggio')
    expect(confirmation.html).toContain('lang="it"')
    expect(confirmation.text).toContain('Ciao Ada Lovelace')
    expect(confirmation.text).toContain('Ti interessa')
  })

  it('confirms to an English visitor in English, with the form’s English labels', async () => {
    await submitForm(payload, submission('en', visitor('ada.en@example.org', { interest: 'meeting-room' })), now)
    const confirmation = await inbox.waitFor(sentTo('ada.en@example.org'))
    expect(confirmation.subject).toBe('We have received your message')
    expect(confirmation.html).toContain('lang="en"')
    expect(confirmation.text).toContain('The meeting room')
    expect(confirmation.text).toContain('Preferred date')
    expect((await submissionsFrom('ada.en@example.org'))[0]).toMatchObject({ status: 'new', locale: 'en' })
  })

  it('stores a filled honeypot or a too-fast form as spam and sends nothing', async () => {
    inbox.clear()
    await submitForm(payload, submission('it', visitor('bot.trap@example.org'), { honeypot: 'https://spam.example' }), now)
    await submitForm(payload, submission('en', visitor('bot.fast@example.org'), { fillToken: fillTimeToken(now - 500) }), now)
    await submitForm(payload, submission('en', visitor('bot.none@example.org'), { fillToken: undefined }), now)
    for (const email of ['bot.trap@example.org', 'bot.fast@example.org', 'bot.none@example.org']) {
      expect((await submissionsFrom(email)).map((doc) => doc.status)).toEqual(['spam'])
    }
    await new Promise((r) => setTimeout(r, 500))
    expect(inbox.messages).toHaveLength(0)
  })

  it('keeps an invalid form as a draft with what was typed, stores and sends nothing', async () => {
    inbox.clear()
    const typed = visitor('not-an-address', { consent: 'false' })
    const outcome = await submitForm(payload, submission('it', typed), now)
    expect(outcome.kind).toBe('invalid')
    const draft = await readDraft(payload, (outcome as { draftId: string }).draftId, now)
    expect(draft?.values).toMatchObject({ email: 'not-an-address', message: typed.message, name: 'Ada Lovelace' })
    expect(await submissionsFrom('not-an-address')).toHaveLength(0)
    expect(inbox.messages).toHaveLength(0)
    const hurried = await submitForm(payload, submission('it', typed, { fillToken: fillTimeToken(now - 500) }), now)
    expect(hurried.kind).toBe('invalid')
  })

  it('lets no anonymous visitor read submissions or the staff’s addresses', async () => {
    await expect(payload.find({ collection: formSubmissionsSlug, overrideAccess: false })).rejects.toThrow()
    await payload.update({ collection: formsSlug, id: formId, data: { recipients: 'desk@warehouse.example' }, overrideAccess: true })
    const form = await payload.findByID({ collection: formsSlug, id: formId, overrideAccess: false })
    expect(form.recipients).toBeUndefined()
  })

  it('sends to the form’s own recipients when it has them', async () => {
    await submitForm(payload, submission('it', visitor('ada.recipients@example.org')), now)
    const staff = await inbox.waitFor(sentTo('desk@warehouse.example'))
    expect(staff.replyTo?.value[0]?.address).toBe('ada.recipients@example.org')
    await payload.update({ collection: formsSlug, id: formId, data: { recipients: '' }, overrideAccess: true })
  })
})

describe('retention', () => {
  it('deletes the submissions older than the configured months, and only those', async () => {
    await submitForm(payload, submission('it', visitor('old.13@example.org')), now)
    await submitForm(payload, submission('it', visitor('old.11@example.org')), now)
    const pool = (payload.db as unknown as PostgresAdapter).pool
    const age = async (email: string, months: number) => {
      const [doc] = await submissionsFrom(email)
      await pool.query(`update form_submissions set created_at = now() - make_interval(months => $1) where id = $2`, [months, doc.id])
    }
    await age('old.13@example.org', 13)
    await age('old.11@example.org', 11)
    await deleteOldSubmissions(payload, new Date(), 12)
    expect(await submissionsFrom('old.13@example.org')).toHaveLength(0)
    expect(await submissionsFrom('old.11@example.org')).toHaveLength(1)
    expect(await submissionsFrom('ada.it@example.org')).toHaveLength(1)
    const rows = await pool.query(`select count(*)::int as n from form_submissions_submission_data d left join form_submissions s on s.id = d._parent_id where s.id is null`)
    expect(rows.rows[0].n).toBe(0)
  })
})
