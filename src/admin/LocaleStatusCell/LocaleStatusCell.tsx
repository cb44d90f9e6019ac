import type { I18nClient } from '@payloadcms/translations'
import { locales } from '@/i18n/locales'
import { adminT } from '../i18n'
import styles from './LocaleStatusCell.module.css'

type Row = {
  availableIn?: Partial<Record<string, boolean | null>> | null
  translation?: { complete?: boolean | null } | null
}

type Props = { rowData?: Row; i18n: I18nClient; locale?: { code: string } | string }

/** A list column: for each language, whether the document is written there (IT ✓ · EN —). */
export function LocaleStatusCell({ rowData, i18n }: Props) {
  const available = rowData?.availableIn ?? {}
  return (
    <span className={styles.cell}>
      {locales.map((locale) => {
        const state = available[locale] ? 'translated' : 'missing'
        const label = adminT(i18n, state === 'translated' ? 'translatedStatus' : 'missingStatus')
        return (
          <span key={locale} className={`${styles.pill} ${styles[state]}`} title={`${locale.toUpperCase()}: ${label}`} data-locale={locale} data-state={state}>
            {locale.toUpperCase()} {state === 'translated' ? '✓' : '—'}
            <span className={styles.visuallyHidden}> {label}</span>
          </span>
        )
      })}
    </span>
  )
}
