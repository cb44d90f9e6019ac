import { getTranslations } from 'next-intl/server'
import { getEnv } from '@/config/env'
import type { Locale } from '@/i18n/locales'
import { previewViewer } from '@/lib/cms/read/previewViewer'
import { LivePreviewRefresh } from './LivePreviewRefresh'
import styles from './PreviewBanner.module.css'

/** Shown only to a logged-in editor in draft mode: this page shows drafts, and the way out. */
export async function PreviewBanner({ locale }: { locale: Locale }) {
  if (!(await previewViewer())) return null
  const t = await getTranslations({ locale, namespace: 'preview' })
  return (
    <div className={styles.banner} role="status">
      <p className={styles.text}>
        <strong>{t('title')}</strong> {t('explanation')}
      </p>
      {/* A route handler, not a page: a plain anchor, outside the localized navigation. */}
      <a className={styles.exit} href="/next/exit-preview">
        {t('exit')}
      </a>
      <LivePreviewRefresh serverURL={getEnv().NEXT_PUBLIC_SERVER_URL} />
    </div>
  )
}
