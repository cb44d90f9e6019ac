import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { Programme } from '@/lib/cms/projects/views'
import styles from './ProgrammeBadge.module.css'

const messageKey = {
  'erasmus-plus': 'erasmusPlus',
  'creative-europe': 'creativeEurope',
  'horizon-2020': 'horizon2020',
  local: 'local',
  other: 'other',
} as const satisfies Record<Programme, string>

/** The funding programme of a project, in its own colour. */
export async function ProgrammeBadge({ locale, programme }: { locale: Locale; programme: Programme }) {
  const t = await getTranslations({ locale, namespace: 'programme' })
  return <span className={`${styles.badge} ${styles[messageKey[programme]]}`}>{t(messageKey[programme])}</span>
}
