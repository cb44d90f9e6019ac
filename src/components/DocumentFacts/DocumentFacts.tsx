import type React from 'react'
import styles from './DocumentFacts.module.css'

type FactsProps = { title: string; id: string; children: React.ReactNode; footer?: React.ReactNode }

/** The practical side panel of a document page: a titled list of facts, then an optional action. */
export function DocumentFacts({ title, id, children, footer }: FactsProps) {
  return (
    <aside aria-labelledby={id} className={styles.facts}>
      <h2 id={id} className={styles.title}>
        {title}
      </h2>
      <dl className={styles.list}>{children}</dl>
      {footer}
    </aside>
  )
}

export function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className={styles.fact}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}
