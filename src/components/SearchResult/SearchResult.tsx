import { getFormatter, getTranslations } from 'next-intl/server'
import { contentHref } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import type { SearchResult as SearchResultView } from '@/lib/cms/search/searchDocuments'
import styles from './SearchResult.module.css'

type Props = { locale: Locale; result: SearchResultView }

export async function SearchResult({ locale, result }: Props) {
  const t = await getTranslations({ locale, namespace: 'search' })
  const format = await getFormatter({ locale })
  return (
    <li className={styles.result}>
      <p className="eyebrow">
        {t(`kind.${result.collection}`)}
        {result.date && <> · {format.dateTime(new Date(result.date), { dateStyle: 'long' })}</>}
      </p>
      <h2 className={styles.title}>
        <Link href={contentHref(result.collection, result.slug)}>{result.title}</Link>
      </h2>
      {result.snippet.length > 0 && (
        <p className={styles.snippet}>
          {result.snippet.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
        </p>
      )}
    </li>
  )
}
