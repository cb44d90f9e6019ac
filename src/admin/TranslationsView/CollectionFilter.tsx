import { badge } from '../styles'

type Option = { label: string; href: string; current: boolean; count?: number }
type Props = { title: string; all: Option; options: Option[] }

/** Links that narrow the translations view to one collection (with its number of pending documents). */
export function CollectionFilter({ title, all, options }: Props) {
  return (
    <nav aria-label={title} style={{ marginTop: 'var(--base)' }}>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) * 0.5)', margin: 0, padding: 0, listStyle: 'none' }}>
        {[all, ...options].map((option) => (
          <li key={option.href}>
            <a href={option.href} aria-current={option.current ? 'page' : undefined} style={{ fontWeight: option.current ? 700 : 400 }}>
              {option.label} {option.count !== undefined && <span style={badge}>{option.count}</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
