import type { ReactNode } from 'react'

type Props<T> = { items: readonly T[]; children: (item: T, index: number) => ReactNode; className?: string }

/** A list of cards, one item each, keyed by the item's id: the grids of the home and section list pages. */
export function CardGrid<T extends { id: number | string }>({ items, children, className = 'grid list-plain' }: Props<T>) {
  return (
    <ul className={className}>
      {items.map((item, index) => (
        <li key={item.id}>{children(item, index)}</li>
      ))}
    </ul>
  )
}
