import { getFormatter, getTranslations } from 'next-intl/server'
import { CardGrid } from '@/components/CardGrid/CardGrid'
import { PageShell } from '@/components/PageShell/PageShell'
import { SectionListHeader } from '@/components/SectionListHeader/SectionListHeader'
import { SpaceCard } from '@/components/SpaceCard/SpaceCard'
import { namedInItalian, Untranslated } from '@/components/Untranslated/Untranslated'
import { everyLocale } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { groupByRegion, listSpaces } from '@/lib/cms/spaces'
import styles from './spaces.module.css'

const targets = everyLocale('/spaces')

/** The spaces list: ours first, then the partners by region; `only` carries the language switch's notice. */
export async function SpacesList({ locale, only }: { locale: Locale; only?: string | string[] }) {
  const [spaces, t, format] = await Promise.all([
    listSpaces(locale),
    getTranslations({ locale, namespace: 'spaces' }),
    getFormatter({ locale }),
  ])
  const home = spaces.filter((space) => space.kind === 'home')
  const regions = groupByRegion(spaces.filter((space) => space.kind !== 'home'))
  const country = (code: string) => format.displayName(code.toUpperCase(), { type: 'region' })
  return (
    <PageShell locale={locale} targets={targets}>
      <div className="container section">
        <SectionListHeader locale={locale} section="spaces" only={only} />
        {spaces.length === 0 && <p>{t('empty')}</p>}

        {home.length > 0 && (
          <section aria-labelledby="spaces-home" className={styles.block}>
            <h2 id="spaces-home" className="visually-hidden">
              {t('home')}
            </h2>
            <CardGrid items={home} className={`list-plain ${styles.home}`}>
              {(space) => <SpaceCard space={space} locale={locale} />}
            </CardGrid>
          </section>
        )}

        {regions.length > 0 && (
          <section aria-labelledby="spaces-partners" className={styles.block}>
            <div className="section-title">
              <h2 id="spaces-partners">{t('partners')}</h2>
              <p className="meta">{t('count', { count: regions.reduce((sum, group) => sum + group.spaces.length, 0) })}</p>
            </div>
            {regions.map((group, index) => (
              <section key={`${group.country}-${group.region}`} aria-labelledby={`region-${index}`} className={styles.region}>
                <h3 id={`region-${index}`} className={styles.regionTitle}>
                  {group.region ? (
                    <>
                      <Untranslated locale={locale} when={namedInItalian(group.country)}>
                        {group.region}
                      </Untranslated>
                      <span className={styles.country}>, {country(group.country)}</span>
                    </>
                  ) : (
                    country(group.country)
                  )}
                </h3>
                <CardGrid items={group.spaces}>
                  {(space) => <SpaceCard space={space} locale={locale} placeShown />}
                </CardGrid>
              </section>
            ))}
          </section>
        )}
      </div>
    </PageShell>
  )
}
