'use client'

import { errorText, localeOfPath } from '@/i18n/errorText'

/** When even the root layout fails: its own document, inline styles in the site's colours. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = localeOfPath(typeof window === 'undefined' ? undefined : window.location.pathname)
  const t = errorText[locale].error
  return (
    <html lang={locale}>
      <body style={{ margin: 0, fontFamily: 'system-ui, sans-serif', background: '#faf7f2', color: '#1d1b18', lineHeight: 1.6 }}>
        <main style={{ width: 'min(100% - 2rem, 42rem)', margin: '0 auto', padding: '3rem 0' }}>
          <h1 style={{ fontFamily: 'Charter, Cambria, Georgia, serif', fontSize: 'clamp(2rem, 6vw, 3.4rem)', lineHeight: 1.15 }}>{t.title}</h1>
          <p style={{ fontSize: '1.2rem', color: '#57514a' }}>{t.description}</p>
          <p>
            <button type="button" onClick={reset} style={{ background: '#a63c15', color: '#fff', border: 0, borderRadius: 4, padding: '0.6rem 1.1rem', fontWeight: 600, cursor: 'pointer' }}>
              {t.retry}
            </button>{' '}
            <a href={`/${locale}`} style={{ color: '#a63c15' }}>
              {t.home}
            </a>
          </p>
        </main>
      </body>
    </html>
  )
}
