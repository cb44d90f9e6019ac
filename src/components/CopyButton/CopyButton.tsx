'use client'

import { useState } from 'react'
import styles from './CopyButton.module.css'

type Props = { text: string; label: string; copiedLabel: string }

/** Copies `text` to the clipboard and says so (to screen readers too). The only client code of the event page. */
export function CopyButton({ text, label, copiedLabel }: Props) {
  const [copied, setCopied] = useState(false)
  return (
    <span className={styles.wrap}>
      <button
        type="button"
        className={styles.button}
        onClick={() => navigator.clipboard.writeText(text).then(() => setCopied(true), () => setCopied(false))}
      >
        {label}
      </button>
      <span role="status" className={styles.status}>
        {copied ? copiedLabel : ''}
      </span>
    </span>
  )
}
