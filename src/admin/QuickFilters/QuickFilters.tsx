import type { I18nClient } from '@payloadcms/translations'
import type { Locale, Payload } from 'payload'
import { adminT } from '../i18n'

type Props = { collectionSlug?: string; payload: Payload; i18n: I18nClient; locale?: Locale }

const filterStyle = {
  padding: '0.2rem 0.75rem',
  border: '1px solid var(--theme-elevation-200)',
  borderRadius: '1rem',
  textDecoration: 'none',
  color: 'var(--theme-text)',
}

const untranslated = (locale: string) => `where[availableIn.${locale}][equals]=false`

/** Above a list: one-click filters editors need every day (untranslated, upcoming events). */
export function QuickFilters({ collectionSlug, payload, i18n, locale }: Props) {
  if (!collectionSlug) return null
  const base = `${payload.config.routes.admin}/collections/${collectionSlug}`
  // Titles stay in the language being edited while the filter changes.
  const localeQuery = locale ? `locale=${locale.code}` : ''
  const filters = [
    { id: 'all', label: adminT(i18n, 'showAll'), query: '' },
    { id: 'missing-en', label: adminT(i18n, 'missingEnglish'), query: untranslated('en') },
    { id: 'missing-it', label: adminT(i18n, 'missingItalian'), query: untranslated('it') },
    ...(collectionSlug === 'events'
      ? [{ id: 'upcoming', label: adminT(i18n, 'upcomingEvents'), query: `where[start][greater_than_equal]=${new Date().toISOString()}&sort=start` }]
      : []),
  ]
  return (
    <nav style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.5rem', marginBottom: 'var(--base)' }} aria-label={adminT(i18n, 'quickFilters')}>
      <span style={{ color: 'var(--theme-elevation-600)' }}>{adminT(i18n, 'quickFilters')}:</span>
      {filters.map((filter) => (
        <a key={filter.id} style={filterStyle} href={`${base}?${[localeQuery, filter.query].filter(Boolean).join('&')}`} data-filter={filter.id}>
          {filter.label}
        </a>
      ))}
    </nav>
  )
}
