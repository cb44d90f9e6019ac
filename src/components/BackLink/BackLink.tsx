import type { Href } from '@/i18n/hrefs'
import { Link } from '@/i18n/navigation'
import styles from './BackLink.module.css'

/** The way back from a document to its section's list. */
export function BackLink({ href, children }: { href: Href; children: string }) {
  return (
    <p className={styles.back}>
      <Link href={href}>
        <span aria-hidden="true">← </span>
        {children}
      </Link>
    </p>
  )
}
