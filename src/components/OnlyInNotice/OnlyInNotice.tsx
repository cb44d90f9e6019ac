import { getTranslations } from 'next-intl/server'
import type { Section } from '@/i18n/hrefs'
import { isLocale, type Locale } from '@/i18n/locales'

type Props = { locale: Locale; section: Section; only: unknown }

/**
 * Shown on a list when the visitor switched language on a document that has no translation here
 * (the switcher sends `?only=<locale>`): says so plainly instead of showing the other language.
 */
export async function OnlyInNotice({ locale, section, only }: Props) {
  if (!isLocale(only) || only === locale) return null
  const t = await getTranslations({ locale, namespace: 'onlyIn' })
  const language = new Intl.DisplayNames([locale], { type: 'language' }).of(only) ?? only
  return (
    <p className="notice" role="status">
      {t(section, { language })}
    </p>
  )
}
