import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import styles from './EmbedFrame.module.css'
import { toEmbed } from '@/lib/richText/embedUrl'

export type EmbedFields = { url?: unknown; title?: unknown; caption?: unknown }

/**
 * A video block: the provider's no-cookie / do-not-track player, loaded lazily, with a plain link
 * to the video's own page beneath it. An address that is not YouTube or Vimeo renders nothing.
 */
export async function EmbedFrame({ fields, locale }: { fields: EmbedFields; locale: Locale }) {
  const target = toEmbed(fields.url)
  if (!target) return null
  const t = await getTranslations({ locale, namespace: 'embed' })
  const title = typeof fields.title === 'string' && fields.title.trim() ? fields.title.trim() : target.provider
  const caption = typeof fields.caption === 'string' && fields.caption.trim() ? fields.caption.trim() : undefined
  return (
    <figure className={styles.embed}>
      <div className={styles.frame}>
        <iframe
          src={target.src}
          title={title}
          loading="lazy"
          allow="fullscreen; picture-in-picture; encrypted-media"
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
      <figcaption>
        {caption && <span>{caption} </span>}
        <a href={target.pageUrl} rel="noopener noreferrer">
          {t('watchOn', { provider: target.provider, title })}
        </a>
      </figcaption>
    </figure>
  )
}
