import type { ServerProps } from 'payload'
import { adminT } from '../i18n'
import { countsOf, translationStatus } from '../translationStatus'
import styles from './TranslationCounts.module.css'

/** On the admin's home: how many documents wait for a translation, linking to the dashboard. */
export async function TranslationCounts({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  const counts = countsOf(await translationStatus(payload, user))
  const href = `${payload.config.routes.admin}/translations`
  const cards = [
    { key: 'missingEnglish', value: counts.missingEnglish },
    { key: 'stale', value: counts.stale },
    { key: 'missingItalian', value: counts.missingItalian },
  ] as const
  return (
    <section className={styles.counts} aria-labelledby="translation-counts">
      <h2 id="translation-counts">{adminT(i18n, 'countsTitle')}</h2>
      <ul>
        {cards.map((card) => (
          <li key={card.key}>
            <a href={href} data-count={card.key}>
              <strong>{card.value}</strong> <span>{adminT(i18n, card.key)}</span>
            </a>
          </li>
        ))}
      </ul>
      <a className={styles.open} href={href}>
        {adminT(i18n, 'openDashboard')} →
      </a>
    </section>
  )
}
