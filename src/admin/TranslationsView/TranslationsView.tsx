import { getTranslation } from '@payloadcms/translations'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { adminT } from '../i18n'
import { type TranslatedCollection, translationKinds, translationOverview, translationPage } from '../translationStatus'
import { CollectionFilter } from './CollectionFilter'
import { PageLinks } from './PageLinks'
import { RowList } from './RowList'
import { readTranslationsQuery, translationsHref } from './translationsQuery'
import { grid } from '../styles'

const hintStyle = {
  maxWidth: '60ch',
  lineHeight: 1.5,
  padding: 'calc(var(--base) * 0.75)',
  borderLeft: '3px solid var(--theme-success-500)',
  background: 'var(--theme-elevation-50)',
}

// Rows per group: a few on the overview, more when one kind of one collection is paged through.
const overviewRows = 10
const pagedRows = 50

/**
 * /admin/translations: what each collection still needs translated, read with the user's access.
 * The counts come from one aggregate query; the rows are read a page at a time
 * (`?collection=posts&kind=missingEnglish&page=2`), never all at once.
 */
export async function TranslationsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, i18n, user } = req
  const adminRoute = payload.config.routes.admin
  if (!user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/translations`)}`)
  const query = readTranslationsQuery(searchParams)
  const overview = await translationOverview(payload, user)
  const pendingOf = (collection: TranslatedCollection) => translationKinds.reduce((sum, kind) => sum + (overview[collection]?.[kind] ?? 0), 0)
  const collections = (Object.keys(overview) as TranslatedCollection[]).filter((collection) => pendingOf(collection) > 0)
  const shown = query.collection ? collections.filter((collection) => collection === query.collection) : collections
  const kinds = query.collection && query.kind ? [query.kind] : translationKinds
  const perPage = query.collection && query.kind ? pagedRows : overviewRows
  const sections = await Promise.all(
    shown.map(async (collection) => ({
      collection,
      lists: await Promise.all(
        kinds.map(async (kind) => ({
          kind,
          list: await translationPage(payload, user, { collection, kind, page: kinds.length === 1 ? query.page : 1, perPage, total: overview[collection]?.[kind] ?? 0 }),
        })),
      ),
    })),
  )
  const label = (collection: TranslatedCollection) => getTranslation(payload.collections[collection].config.labels.plural, i18n)

  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: adminT(i18n, 'translationsNav') }]} />
      <Gutter>
        <div style={{ paddingBlock: 'calc(var(--base) * 2)', maxWidth: '72rem' }}>
          <h1 style={{ marginBottom: 'calc(var(--base) * 0.75)' }}>{adminT(i18n, 'translationsTitle')}</h1>
          <p style={{ maxWidth: '60ch', lineHeight: 1.5 }}>{adminT(i18n, 'translationsIntro')}</p>
          <p style={hintStyle}>{adminT(i18n, 'copyHint')}</p>
          {collections.length === 0 && <p style={{ fontWeight: 600 }}>{adminT(i18n, 'allTranslated')}</p>}
          {collections.length > 0 && (
            <CollectionFilter
              title={adminT(i18n, 'byCollection')}
              all={{ label: adminT(i18n, 'allCollections'), href: translationsHref(adminRoute, { page: 1 }), current: !query.collection }}
              options={collections.map((collection) => ({
                label: label(collection),
                count: pendingOf(collection),
                href: translationsHref(adminRoute, { collection, page: 1 }),
                current: collection === query.collection,
              }))}
            />
          )}
          {sections.map(({ collection, lists }) => (
            <section key={collection} style={{ marginTop: 'calc(var(--base) * 2)' }} aria-labelledby={`translations-${collection}`}>
              <h2 id={`translations-${collection}`}>{label(collection)}</h2>
              <div style={grid('16rem')}>
                {lists.map(({ kind, list }) => (
                  <RowList
                    key={kind}
                    id={`${collection}-${kind}`}
                    title={adminT(i18n, kind)}
                    hint={kind === 'stale' ? adminT(i18n, 'staleHint') : undefined}
                    list={list}
                    empty={adminT(i18n, 'nothingToDo')}
                    more={lists.length > 1 ? { href: translationsHref(adminRoute, { collection, kind, page: 1 }), label: adminT(i18n, 'showAllRows') } : undefined}
                  />
                ))}
              </div>
              {lists.length === 1 && (
                <PageLinks
                  page={lists[0].list.page}
                  totalPages={lists[0].list.totalPages}
                  hrefFor={(page) => translationsHref(adminRoute, { collection, kind: lists[0].kind, page })}
                  labels={{
                    previous: adminT(i18n, 'previousPage'),
                    next: adminT(i18n, 'nextPage'),
                    status: adminT(i18n, 'pageOf', { page: lists[0].list.page, total: lists[0].list.totalPages }),
                  }}
                />
              )}
            </section>
          ))}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}
