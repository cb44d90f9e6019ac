import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'
import { htmlToText } from './render'

type MailSettings = { SMTP_URL?: string; EMAIL_FROM?: string }

/** "Name <address>" or a bare address → its parts. */
export function parseFrom(from: string): { name: string; address: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from)
  return match ? { name: match[1] || match[2], address: match[2] } : { name: 'Warehouse Coworking Factory', address: from.trim() }
}

/** Every message leaves with a plain-text part, even Payload's own (which sends HTML only). */
function withText(message: SendEmailOptions): SendEmailOptions {
  if (message.text || typeof message.html !== 'string') return message
  return { ...message, text: htmlToText(message.html) }
}

/** Without SMTP, the whole message goes to the log: a developer can still follow a reset link. */
const logAdapter: EmailAdapter = ({ payload }) => ({
  name: 'log',
  defaultFromAddress: 'no-reply@localhost',
  defaultFromName: 'Warehouse Coworking Factory',
  sendEmail: async (message) => {
    const { to, subject, text, replyTo } = withText(message)
    payload.logger.info({ msg: `E-mail not configured (SMTP_URL): not sent. To: ${String(to)}${replyTo ? `, Reply-To: ${String(replyTo)}` : ''}, Subject: ${subject}\n${text ?? ''}` })
  },
})

export function emailConfigured(settings: MailSettings): boolean {
  return Boolean(settings.SMTP_URL && settings.EMAIL_FROM)
}

export async function emailAdapter(settings: MailSettings): Promise<EmailAdapter> {
  if (!settings.SMTP_URL || !settings.EMAIL_FROM) return logAdapter
  const from = parseFrom(settings.EMAIL_FROM)
  const smtp = await nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    transport: nodemailer.createTransport(settings.SMTP_URL),
    // Verifying connects at start-up: a mail server that is down must not stop the site.
    skipVerify: true,
  })
  return (args) => {
    const adapter = smtp(args)
    return { ...adapter, sendEmail: (message) => adapter.sendEmail(withText(message)) }
  }
}
