import type { SendEmailOptions } from 'payload'
import type { Locale } from '@/i18n/locales'
import { renderEmail } from './render'
import { emailStrings } from './strings'

type Submission = { name: string; email?: string; details: [string, string][] }

/** To the staff (in Italian, the team's language), answered by replying to the visitor. */
export function staffNotification(to: string[], submission: Submission, adminUrl: string): SendEmailOptions {
  const t = emailStrings('it')
  return {
    to,
    replyTo: submission.email,
    subject: t.notifySubject(submission.name),
    ...renderEmail({ locale: 'it', paragraphs: [t.notifyIntro], details: submission.details, action: { label: t.notifyAction, href: adminUrl }, signature: t.signature }),
  }
}

/** To the visitor, in the language of the page they wrote from. */
export function visitorConfirmation(locale: Locale, submission: Submission & { email: string }): SendEmailOptions {
  const t = emailStrings(locale)
  return {
    to: submission.email,
    subject: t.confirmSubject,
    ...renderEmail({ locale, paragraphs: [`${t.greeting(submission.name)} ${t.confirmIntro}`, t.confirmCopy], details: submission.details, signature: t.signature }),
  }
}
