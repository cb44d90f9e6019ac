import type { Payload } from 'payload'
import { renderEmail } from '@/email/render'
import { emailStrings } from '@/email/strings'
import { isLocale, type Locale } from '@/i18n/locales'
import { eventPageUrl } from '@/lib/calendar/calendarAddresses'
import type { EventView } from '@/lib/cms/events/views'
import { eventFormatter, formatEventDate } from '@/lib/format/formatEventDate'
import { absoluteUrl } from '@/lib/seo/absoluteUrl'
import { cancelToken } from './cancelToken'
import { registrantIcs } from './eventForMail'
import { registrationPaths } from './paths'

export type Registrant = { id: number; name: string; email: string; people: number; locale: string; createdAt: string }

export type RegistrantMail = 'confirmed' | 'waitlisted' | 'promoted' | 'eventCancelled' | 'eventRescheduled'

const localeOf = (registrant: Registrant): Locale => (isLocale(registrant.locale) ? registrant.locale : 'it')

function place(event: EventView): string | undefined {
  const { venue } = event
  return venue ? [venue.name, venue.address, [venue.postalCode, venue.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : undefined
}

/** One registrant's e-mail, in the language they registered in, with the event's calendar file when it concerns a seat. */
export async function sendRegistrantMail(payload: Payload, kind: RegistrantMail, registrant: Registrant, event: EventView): Promise<void> {
  const locale = localeOf(registrant)
  const t = emailStrings(locale)
  const texts = {
    confirmed: [t.registrationConfirmedSubject, t.registrationConfirmedIntro],
    waitlisted: [t.registrationWaitlistedSubject, t.registrationWaitlistedIntro],
    promoted: [t.registrationPromotedSubject, t.registrationPromotedIntro],
    eventCancelled: [t.eventCancelledSubject, t.eventCancelledIntro],
    eventRescheduled: [t.eventRescheduledSubject, t.eventRescheduledIntro],
  }[kind]
  const where = place(event)
  const details: [string, string][] = [[t.detailWhen, formatEventDate(eventFormatter(locale), event, 'long')]]
  if (where) details.push([t.detailWhere, where])
  if (event.onlineUrl) details.push([t.detailOnline, event.onlineUrl])
  details.push([t.detailPeople, String(registrant.people)], [t.detailPage, eventPageUrl(locale, event.slug)])
  const stillOn = kind !== 'eventCancelled'
  const { html, text } = renderEmail({
    locale,
    paragraphs: [`${t.greeting(registrant.name)} ${texts[1](event.title)}`, ...(stillOn ? [t.registrationCancelHint] : [])],
    details,
    action: stillOn ? { label: t.registrationCancelAction, href: absoluteUrl(registrationPaths.cancel(locale, cancelToken(registrant))) } : undefined,
    signature: t.signature,
  })
  const calendar = kind === 'waitlisted' ? undefined : registrantIcs(event, locale, kind === 'eventCancelled' ? 'CANCEL' : 'PUBLISH')
  await payload.sendEmail({
    to: registrant.email,
    subject: texts[0](event.title),
    html,
    text,
    attachments: calendar
      ? [{ filename: `event-${event.id}.ics`, content: calendar, contentType: `text/calendar; charset=utf-8; method=${kind === 'eventCancelled' ? 'CANCEL' : 'PUBLISH'}` }]
      : undefined,
  })
}

/** Sends without failing the caller: the registration is saved even when the mail server is down. */
export async function trySendRegistrantMail(payload: Payload, ...args: [RegistrantMail, Registrant, EventView]): Promise<void> {
  try {
    await sendRegistrantMail(payload, ...args)
  } catch (error) {
    payload.logger.error({ err: error, msg: `Could not e-mail registration ${args[1].id} (${args[0]})` })
  }
}
