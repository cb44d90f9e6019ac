import type { I18nClient } from '@payloadcms/translations'
import { locales } from '@/i18n/locales'
import { adminT } from '../i18n'
import { visuallyHidden } from '../styles'

type Row = {
  availableIn?: Partial<Record<string, boolean | null>> | null
  translation?: { complete?: boolean | null } | null
}

type Props = { rowData?: Row; i18n: I18nClient; locale?: { code: string } | string }

const pillBase = { padding: '0.05rem 0.45rem', borderRadius: '1rem', fontSize: '0.8rem', fontWeight: 600 }
const pill = {
  translated: { ...pillBase, background: 'var(--theme-success-100)', color: 'var(--theme-success-800)' },
  missing: { ...pillBase, background: 'var(--theme-elevation-100)', color: 'var(--theme-elevation-700)' },
}

/** A list column: for each language, whether the document is written there (IT ✓ · EN —). */
export function LocaleStatusCell({ rowData, i18n }: Props) {
  const available = rowData?.availableIn ?? {}
  return (
    <span style={{ display: 'inline-flex', gap: '0.35rem', whiteSpace: 'nowrap' }}>
      {locales.map((locale) => {
        const state = available[locale] ? 'translated' : 'missing'
        const label = adminT(i18n, state === 'translated' ? 'translatedStatus' : 'missingStatus')
        return (
          <span key={locale} style={pill[state]} title={`${locale.toUpperCase()}: ${label}`} data-locale={locale} data-state={state}>
            {locale.toUpperCase()} {state === 'translated' ? '✓' : '—'}
            <span style={visuallyHidden}> {label}</span>
          </span>
        )
      })}
    </span>
  )
}
