import type { PayloadRequest } from 'payload'
import { emailStrings } from '@/email/strings'
import { renderEmail } from '@/email/render'
import { isLocale } from '@/i18n/locales'

type ResetArgs = undefined | { req?: PayloadRequest; token?: string; user?: { name?: unknown; language?: unknown } }

const languageOf = (user: NonNullable<ResetArgs>['user']) => (isLocale(user?.language) ? user.language : 'it')

export function passwordResetSubject(args: ResetArgs): string {
  return emailStrings(languageOf(args?.user)).resetSubject
}

/** The reset e-mail in the user's own language, leading to the admin's reset page. */
export function passwordResetHTML(args: ResetArgs): string {
  const { req, token, user } = args ?? {}
  const locale = languageOf(user)
  const t = emailStrings(locale)
  const { serverURL, routes } = req!.payload.config
  return renderEmail({
    locale,
    paragraphs: [t.greeting(typeof user?.name === 'string' ? user.name : ''), t.resetIntro, t.resetOutro],
    action: { label: t.resetAction, href: `${serverURL}${routes.admin}/reset/${encodeURIComponent(token ?? '')}` },
    signature: t.signature,
  }).html
}
