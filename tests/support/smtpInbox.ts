import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type Inbox = {
  url: string
  messages: ParsedMail[]
  /** Resolves with the first message (received already or later) that matches. */
  waitFor: (match: (mail: ParsedMail) => boolean, timeoutMs?: number) => Promise<ParsedMail>
  clear: () => void
  stop: () => Promise<void>
}

const recipients = (mail: ParsedMail) => [mail.to].flat().flatMap((to) => to?.value.map((v) => v.address) ?? [])
export const sentTo = (address: string) => (mail: ParsedMail) => recipients(mail).includes(address)

/** A real SMTP server on 127.0.0.1:port that keeps every message it receives, parsed. */
export async function smtpInbox(port: number): Promise<Inbox> {
  const messages: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => messages.push(mail))
        .then(() => callback(), callback)
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(match, timeoutMs = 10_000) {
      const end = Date.now() + timeoutMs
      while (Date.now() < end) {
        const found = messages.find(match)
        if (found) return found
        await new Promise((r) => setTimeout(r, 50))
      }
      throw new Error(`no matching e-mail within ${timeoutMs} ms (received: ${messages.map((m) => m.subject).join(', ') || 'none'})`)
    },
    clear: () => void messages.splice(0),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
