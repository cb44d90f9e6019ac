import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sentTo, smtpInbox, type Inbox } from '../support/smtpInbox'
import { testPayload } from './setup/payload'

let inbox: Inbox
let payload: Payload

beforeAll(async () => {
  inbox = await smtpInbox(3275)
  // Read by payload.config when testPayload() first imports it.
  process.env.SMTP_URL = inbox.url
  process.env.EMAIL_FROM = 'Warehouse Coworking <desk@warehouse.example>'
  payload = await testPayload()
})

afterAll(() => inbox.stop())

const user = (email: string, language: 'it' | 'en') =>
  payload.create({ collection: 'users', data: { email, password: 'old-password-123', name: 'Giulia', role: 'editor', language } })

const resetLink = (text: string) => /https?:\/\/\S+\/admin\/reset\/([^\s\]]+)/.exec(text)

describe('password reset by e-mail', () => {
  it('sends an English user the link in English, HTML and plain text; the link works once', async () => {
    await user('reset.en@example.com', 'en')
    await payload.forgotPassword({ collection: 'users', data: { email: 'reset.en@example.com' } })
    const mail = await inbox.waitFor(sentTo('reset.en@example.com'))
    expect(mail.subject).toBe('Choose a new password')
    expect(mail.from?.value[0]).toMatchObject({ address: 'desk@warehouse.example', name: 'Warehouse Coworking' })
    expect(mail.html).toContain('lang="en"')
    expect(mail.text).toContain('works once')
    const link = resetLink(mail.text ?? '')
    expect(link).not.toBeNull()
    const token = decodeURIComponent(link![1])

    const reset = await payload.resetPassword({ collection: 'users', data: { token, password: 'new-password-456' }, overrideAccess: true })
    expect(reset.token).toBeTruthy()
    await expect(payload.login({ collection: 'users', data: { email: 'reset.en@example.com', password: 'new-password-456' } })).resolves.toHaveProperty('user')
    await expect(
      payload.resetPassword({ collection: 'users', data: { token, password: 'third-password-789' }, overrideAccess: true }),
    ).rejects.toThrow()
  })

  it('writes to an Italian user in Italian', async () => {
    await user('reset.it@example.com', 'it')
    await payload.forgotPassword({ collection: 'users', data: { email: 'reset.it@example.com' } })
    const mail = await inbox.waitFor(sentTo('reset.it@example.com'))
    expect(mail.subject).toBe('Scegli una nuova password')
    expect(mail.text).toContain('Ciao Giulia')
    expect(mail.html).toContain('lang="it"')
  })

  it('an unknown address receives nothing', async () => {
    inbox.clear()
    await payload.forgotPassword({ collection: 'users', data: { email: 'nobody@example.com' } })
    await new Promise((r) => setTimeout(r, 300))
    expect(inbox.messages).toHaveLength(0)
  })
})
