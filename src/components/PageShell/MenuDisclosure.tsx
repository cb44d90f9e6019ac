'use client'

import { type KeyboardEvent, type MouseEvent, type ReactNode, useRef } from 'react'

type Props = { label: string; className: string; summaryClassName: string; panelClassName: string; children: ReactNode }

/**
 * The phone header's menu: a native <details> (it opens and closes without JavaScript, and the
 * summary is announced as a button with its state). With JavaScript, Escape closes it and returns
 * focus to the button, and following a link closes it.
 */
export function MenuDisclosure({ label, className, summaryClassName, panelClassName, children }: Props) {
  const details = useRef<HTMLDetailsElement>(null)
  const close = (focus: boolean) => {
    if (!details.current?.open) return
    details.current.open = false
    if (focus) details.current.querySelector('summary')?.focus()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close(true)
  }
  const onClick = (event: MouseEvent) => {
    if ((event.target as Element).closest('a')) close(false)
  }
  return (
    <details ref={details} className={className} onKeyDown={onKeyDown} onClick={onClick}>
      <summary className={summaryClassName}>{label}</summary>
      <div className={panelClassName}>{children}</div>
    </details>
  )
}
