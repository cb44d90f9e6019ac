import type { ServerProps } from 'payload'
import { adminT } from './i18n'
import { box } from './styles'

/** On the admin's home, only when messages go to the log instead of an SMTP server. */
export function EmailStatus({ payload, user, i18n }: ServerProps) {
  if (!user || payload.email.name !== 'log') return null
  return (
    <p role="status" data-email-status="not-configured" style={{ ...box, marginBottom: 'calc(var(--base) * 1.5)', background: 'var(--theme-warning-100)' }}>
      {adminT(i18n, 'emailNotConfigured')}
    </p>
  )
}
