'use client'
import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

type Counts = { confirmedSeats: number; waitlisted: number }

/** In the event's sidebar: seats taken of the capacity, people waiting, the list and its CSV. */
export function RegistrationCounts() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const enabled = useFormFields(([fields]) => fields['registration.enabled']?.value) === true
  const capacity = useFormFields(([fields]) => fields['registration.capacity']?.value) as number | null | undefined
  const [counts, setCounts] = useState<Counts>()
  useEffect(() => {
    if (!id) return
    fetch(`/api/registrations/summary?event=${id}`, { credentials: 'include' })
      .then((r) => (r.ok ? (r.json() as Promise<Counts>) : undefined))
      .then(setCounts, () => undefined)
  }, [id])
  if (!id || (!enabled && !counts?.confirmedSeats && !counts?.waitlisted)) return null
  const it = i18n.language === 'it'
  const list = `/admin/collections/registrations?where[event][equals]=${id}`
  return (
    <div className="field-type" data-registration-counts style={{ marginBottom: '1.5rem' }}>
      <div className="field-label" style={{ fontWeight: 600 }}>{it ? 'Iscrizioni' : 'Registrations'}</div>
      {counts ? (
        <dl style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '0.25rem 0.75rem', margin: '0.5rem 0' }}>
          <dt>{it ? 'Posti confermati' : 'Confirmed seats'}</dt>
          <dd style={{ margin: 0 }} data-confirmed>
            {counts.confirmedSeats}
            {capacity ? ` / ${capacity}` : ''}
          </dd>
          <dt>{it ? "In lista d'attesa" : 'Waitlisted'}</dt>
          <dd style={{ margin: 0 }} data-waitlisted>
            {counts.waitlisted}
          </dd>
        </dl>
      ) : null}
      <p style={{ margin: 0 }}>
        <a href={list}>{it ? 'Vedi le iscrizioni' : 'See the registrations'}</a> · <a href={`/api/registrations/export.csv?event=${id}`}>CSV</a>
      </p>
    </div>
  )
}
