import { getTranslations, setRequestLocale } from 'next-intl/server'
import { Link } from '@/i18n/navigation'
import { localeLabels, locales } from '@/i18n/locales'

type Props = { params: Promise<{ locale: 'it' | 'en' }> }

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations('home')
  const other = locales.find((code) => code !== locale) ?? locale
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>
        <Link href="/" locale={other} lang={other} hrefLang={other}>
          {localeLabels[other]}
        </Link>{' '}
        · <a href="/admin">{t('admin')}</a>
      </p>
    </>
  )
}
