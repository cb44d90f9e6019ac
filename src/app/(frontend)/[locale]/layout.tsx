import type { Metadata } from 'next'
import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type React from 'react'
import { routing } from '@/i18n/routing'
import './global.css'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export const metadata: Metadata = { icons: { icon: '/favicon.svg' } }

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations('layout')
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider>
          <main id="main">{children}</main>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
