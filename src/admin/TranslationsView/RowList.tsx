import type { TranslationPage } from '../translationStatus'
import { badge, box, muted } from '../styles'

type Props = { id: string; title: string; hint?: string; list: TranslationPage; empty: string; more?: { href: string; label: string } }

/** One page of documents needing the same kind of work, each linking to its edit page. */
export function RowList({ id, title, hint, list, empty, more }: Props) {
  return (
    <div style={box} aria-labelledby={id} role="group">
      <h3 id={id} style={{ margin: '0 0 calc(var(--base) * 0.5)', fontSize: '1rem' }}>
        {title} <span style={badge}>{list.total}</span>
      </h3>
      {hint && <p style={muted}>{hint}</p>}
      {list.rows.length === 0 ? (
        <p style={muted}>{empty}</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: '1.1rem', lineHeight: 1.6 }}>
          {list.rows.map((row) => (
            <li key={row.id}>
              <a href={row.href}>{row.title}</a>
            </li>
          ))}
        </ul>
      )}
      {more && list.total > list.rows.length && (
        <p style={{ margin: 'calc(var(--base) * 0.5) 0 0' }}>
          <a href={more.href}>{more.label} →</a>
        </p>
      )}
    </div>
  )
}
