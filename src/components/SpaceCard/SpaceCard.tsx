import { useTranslations } from 'next-intl'
import { contentHref } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import type { SpaceSummary } from '@/lib/cms/spaces/views'
import { CmsImage } from '../CmsImage/CmsImage'
import { SpaceMark } from './SpaceMark'
import { SpacePlace } from './SpacePlace'
import styles from './SpaceCard.module.css'

/** `placeShown`: the list already names the region and country above the card. */
type Props = { space: SpaceSummary; locale: Locale; placeShown?: boolean }

/**
 * A space in a grid: its logo (or monogram), name, town and the first lines of its description.
 * Synchronous, like what it renders: the spaces list shows every space at once.
 */
export function SpaceCard({ space, locale, placeShown = false }: Props) {
  const t = useTranslations('spaceCard')
  const home = space.kind === 'home'
  return (
    <article className={`card ${styles.card} ${home ? styles.home : ''}`}>
      <div className={`card-body ${styles.body}`}>
        <div className={styles.head}>
          {space.logo ? <CmsImage image={space.logo} sizes="4rem" className={styles.logo} /> : <SpaceMark name={space.name} />}
          <div className={styles.titles}>
            <h3>
              <Link href={contentHref('spaces', space.slug)} locale={locale}>{space.name}</Link>
            </h3>
            <p className="meta">
              {placeShown ? (
                <SpacePlace locale={locale} city={space.city} country={space.country} showCountry={false} />
              ) : (
                <SpacePlace locale={locale} city={space.city} region={space.region} country={space.country} />
              )}
            </p>
          </div>
        </div>
        {home && (
          <p className={styles.badge}>
            <span className="badge">{t('home')}</span>
          </p>
        )}
        {space.excerpt && <p className={styles.excerpt}>{space.excerpt}</p>}
      </div>
    </article>
  )
}
