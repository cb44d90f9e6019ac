'use client'

import { useParams } from 'next/navigation'
import { errorText, localeOfPath } from '@/i18n/errorText'

/** A page that failed to render (the database went away mid-request, a bug): the site's design, no data. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale: param } = useParams<{ locale?: string }>()
  const locale = localeOfPath(`/${param ?? ''}`)
  const t = errorText[locale].error
  return (
    <main id="main" className="narrow section stack">
      <p className="eyebrow">
        <a href={`/${locale}`}>Warehouse Coworking Factory</a>
      </p>
      <h1>{t.title}</h1>
      <p className="lede">{t.description}</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          {t.retry}
        </button>{' '}
        <a href={`/${locale}`} className="button button-secondary">
          {t.home}
        </a>
      </p>
    </main>
  )
}
