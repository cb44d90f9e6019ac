import { muted } from '../styles'

type Props = { page: number; totalPages: number; hrefFor: (page: number) => string; labels: { previous: string; next: string; status: string } }

/** Previous / next links of a paged list in the admin, with "page X of Y" between them. */
export function PageLinks({ page, totalPages, hrefFor, labels }: Props) {
  if (totalPages <= 1) return null
  return (
    <nav aria-label={labels.status} style={{ display: 'flex', gap: 'var(--base)', alignItems: 'baseline', marginTop: 'var(--base)' }}>
      {page > 1 && <a href={hrefFor(page - 1)} rel="prev">← {labels.previous}</a>}
      <span style={muted}>{labels.status}</span>
      {page < totalPages && <a href={hrefFor(page + 1)} rel="next">{labels.next} →</a>}
    </nav>
  )
}
