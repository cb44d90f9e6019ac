import type { ReactNode } from 'react'
import styles from './SectionHeader.module.css'

type Props = { eyebrow: string; title: string; description: string; children?: ReactNode }

/** The top of a section's list page: a small label, the page's only h1, and what the section holds. */
export function SectionHeader({ eyebrow, title, description, children }: Props) {
  return (
    <header className={styles.header}>
      <p className="eyebrow">{eyebrow}</p>
      <h1>{title}</h1>
      <p className="lede">{description}</p>
      {children}
    </header>
  )
}
