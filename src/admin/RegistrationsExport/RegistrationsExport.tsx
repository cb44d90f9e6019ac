'use client'
import { useTranslation } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'

/** The event the list is filtered by (`where[…][event][equals]=ID`), if any. */
export function filteredEvent(params: URLSearchParams): string | undefined {
  for (const [key, value] of params) if (/\[event\]\[equals\]$/.test(key) && /^\d{1,10}$/.test(value)) return value
  return undefined
}

/** Above the registrations list: the CSV of what it shows (one event when filtered by one). */
export function RegistrationsExport() {
  const { i18n } = useTranslation()
  const event = filteredEvent(useSearchParams())
  const it = i18n.language === 'it'
  const label = event ? (it ? `Esporta in CSV (evento ${event})` : `Export as CSV (event ${event})`) : it ? 'Esporta tutte in CSV' : 'Export all as CSV'
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/registrations/export.csv${event ? `?event=${event}` : ''}`} download>
        {label}
      </a>
    </p>
  )
}
