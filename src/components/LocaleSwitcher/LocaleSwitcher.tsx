import type { Href } from '@/i18n/hrefs'
import { type Locale, localeLabels, locales } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { languageChoiceHref } from '@/lib/edge/languageChoice'
import styles from './LocaleSwitcher.module.css'

type Props = { locale: Locale; switchTo: Record<Locale, Href>; label: string }

/**
 * Plain links, no client code: each leads to this page's counterpart in the other language through
 * /next/language, which remembers the choice for `/` (pages set no cookie: shared caches keep them).
 */
export function LocaleSwitcher({ locale, switchTo, label }: Props) {
  return (
    <nav aria-label={label} className={styles.switcher}>
      <ul className="list-plain">
        {locales.map((code) => (
          <li key={code}>
            {code === locale ? (
              <span aria-current="true" className={styles.current} lang={code}>
                {localeLabels[code]}
              </span>
            ) : (
              <a href={languageChoiceHref(getPathname({ href: switchTo[code], locale: code }))} lang={code} hrefLang={code}>
                {localeLabels[code]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
