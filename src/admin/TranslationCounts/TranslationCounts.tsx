import type { ServerProps } from 'payload'
import { adminT } from '../i18n'
import { countsOf, translationOverview } from '../translationStatus'
import { box, grid } from '../styles'

const cardStyle = {
  ...box,
  display: 'flex',
  alignItems: 'baseline',
  gap: '0.6rem',
  background: 'var(--theme-elevation-50)',
  textDecoration: 'none',
  color: 'var(--theme-text)',
}

/** On the admin's home: how many documents wait for a translation, linking to the dashboard. */
export async function TranslationCounts({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  const counts = countsOf(await translationOverview(payload, user))
  const href = `${payload.config.routes.admin}/translations`
  const cards = [
    { key: 'missingEnglish', value: counts.missingEnglish },
    { key: 'stale', value: counts.stale },
    { key: 'missingItalian', value: counts.missingItalian },
  ] as const
  return (
    <section style={{ marginBottom: 'calc(var(--base) * 2)' }} aria-labelledby="translation-counts">
      <h2 id="translation-counts" style={{ marginBottom: 'calc(var(--base) * 0.75)' }}>{adminT(i18n, 'countsTitle')}</h2>
      <ul style={{ ...grid('12rem'), margin: '0 0 calc(var(--base) * 0.75)', padding: 0, listStyle: 'none' }}>
        {cards.map((card) => (
          <li key={card.key}>
            <a href={href} data-count={card.key} style={cardStyle}>
              <strong style={{ fontSize: '2rem', lineHeight: 1 }}>{card.value}</strong> <span>{adminT(i18n, card.key)}</span>
            </a>
          </li>
        ))}
      </ul>
      <a style={{ fontWeight: 600 }} href={href}>
        {adminT(i18n, 'openDashboard')} →
      </a>
    </section>
  )
}
