import { getTranslation } from '@payloadcms/translations'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { adminT } from '../i18n'
import { translationStatus } from '../translationStatus'
import { RowList } from './RowList'
import { grid } from '../styles'

const hintStyle = {
  maxWidth: '60ch',
  lineHeight: 1.5,
  padding: 'calc(var(--base) * 0.75)',
  borderLeft: '3px solid var(--theme-success-500)',
  background: 'var(--theme-elevation-50)',
}

/** /admin/translations: what each collection still needs translated, read with the user's access. */
export async function TranslationsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, i18n, user } = req
  if (!user) redirect(`${payload.config.routes.admin}/login?redirect=${encodeURIComponent(`${payload.config.routes.admin}/translations`)}`)
  const status = await translationStatus(payload, user)
  const pending = status.filter((entry) => entry.missingEnglish.length + entry.missingItalian.length + entry.stale.length > 0)

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
        {pending.length === 0 && <p style={{ fontWeight: 600 }}>{adminT(i18n, 'allTranslated')}</p>}
        {pending.map((entry) => (
          <section key={entry.collection} style={{ marginTop: 'calc(var(--base) * 2)' }} aria-labelledby={`translations-${entry.collection}`}>
            <h2 id={`translations-${entry.collection}`}>
              {getTranslation(payload.collections[entry.collection].config.labels.plural, i18n)}
            </h2>
            <div style={grid('16rem')}>
              <RowList id={`${entry.collection}-missing-en`} title={adminT(i18n, 'missingEnglish')} rows={entry.missingEnglish} empty={adminT(i18n, 'nothingToDo')} />
              <RowList id={`${entry.collection}-stale`} title={adminT(i18n, 'stale')} hint={adminT(i18n, 'staleHint')} rows={entry.stale} empty={adminT(i18n, 'nothingToDo')} />
              <RowList id={`${entry.collection}-missing-it`} title={adminT(i18n, 'missingItalian')} rows={entry.missingItalian} empty={adminT(i18n, 'nothingToDo')} />
            </div>
          </section>
        ))}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}
