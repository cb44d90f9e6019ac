import type { TranslationRow } from '../translationStatus'
import styles from './TranslationsView.module.css'

type Props = { id: string; title: string; hint?: string; rows: TranslationRow[]; empty: string }

/** One list of documents needing the same kind of work, each linking to its edit page. */
export function RowList({ id, title, hint, rows, empty }: Props) {
  return (
    <div className={styles.list} aria-labelledby={id} role="group">
      <h3 id={id}>
        {title} <span className={styles.count}>{rows.length}</span>
      </h3>
      {hint && <p className={styles.listHint}>{hint}</p>}
      {rows.length === 0 ? (
        <p className={styles.empty}>{empty}</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={row.id}>
              <a href={row.href}>{row.title}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
