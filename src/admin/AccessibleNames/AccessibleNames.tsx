'use client'
import { useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'
import { adminT } from '../i18n'
import { nameControls } from './nameControls'

/** Wraps the admin: gives Payload's unnamed controls a name in the admin's language (nameControls). */
export function AccessibleNames({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  useEffect(() => {
    const names = {
      moreActions: adminT(i18n, 'moreActions'),
      clearDate: adminT(i18n, 'clearDate'),
      edit: adminT(i18n, 'editImage'),
      remove: adminT(i18n, 'removeImage'),
      selectRow: adminT(i18n, 'selectRow'),
      selectAll: adminT(i18n, 'selectAll'),
    }
    let frame = 0
    const run = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => nameControls(document, names))
    }
    run()
    const observer = new MutationObserver(run)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [i18n])
  return <>{children}</>
}
