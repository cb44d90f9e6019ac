'use client'
import { getTranslation } from '@payloadcms/translations'
import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import type { ClientField, GroupFieldClientComponent } from 'payload'
import { formatRomeDate } from '../romeDate'
import { muted } from '../styles'
import { labelOf } from './labelOf'

const pillBase = { display: 'inline-block', padding: '0.05rem 0.5rem', borderRadius: '1rem', fontSize: '0.85rem', fontWeight: 600 }
const pill = {
  yes: { ...pillBase, background: 'var(--theme-success-100)', color: 'var(--theme-success-800)' },
  no: { ...pillBase, background: 'var(--theme-elevation-100)', color: 'var(--theme-elevation-800)' },
}

/**
 * The translation state of the language being edited, as read-only status: computed on save,
 * never typed (src/fields/translationState).
 */
export const TranslationStateField: GroupFieldClientComponent = ({ field, path = 'translation' }) => {
  const { i18n, t } = useTranslation()
  const { collectionSlug } = useDocumentInfo()
  const { getEntityConfig } = useConfig()
  const exists = useFormFields(([fields]) => fields[`${path}.exists`]?.value) === true
  const complete = useFormFields(([fields]) => fields[`${path}.complete`]?.value) === true
  const missing = useFormFields(([fields]) => fields[`${path}.missing`]?.value)
  const updatedAt = useFormFields(([fields]) => fields[`${path}.updatedAt`]?.value)

  const subLabel = (name: string) => labelOf(field.fields, name, i18n) ?? name
  const documentFields: ClientField[] = (collectionSlug && getEntityConfig({ collectionSlug })?.fields) || []
  const missingLabels = Array.isArray(missing) ? missing.map((name: string) => labelOf(documentFields, name, i18n) ?? name) : []
  const yesNo = (value: boolean) => <span style={value ? pill.yes : pill.no}>{t(value ? 'general:yes' : 'general:no')}</span>
  const labelId = `${path}-state-label`

  return (
    <div className="field-type translation-state" role="group" aria-labelledby={labelId} data-translation-state>
      <div id={labelId} className="field-label" style={{ fontWeight: 600 }}>
        {field.label && typeof field.label !== 'function' ? getTranslation(field.label, i18n) : path}
      </div>
      <dl style={{ display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '0.35rem 0.75rem', margin: '0.5rem 0', alignItems: 'baseline' }}>
        <dt>{subLabel('exists')}</dt>
        <dd style={{ margin: 0 }} data-state="exists">{yesNo(exists)}</dd>
        <dt>{subLabel('complete')}</dt>
        <dd style={{ margin: 0 }} data-state="complete">{yesNo(complete)}</dd>
        <dt>{subLabel('missing')}</dt>
        <dd style={{ margin: 0 }} data-state="missing">{missingLabels.length > 0 ? missingLabels.join(', ') : t('general:none')}</dd>
        <dt>{subLabel('updatedAt')}</dt>
        <dd style={{ margin: 0 }} data-state="updatedAt">
          {typeof updatedAt === 'string' ? <time dateTime={updatedAt}>{formatRomeDate(updatedAt, i18n)}</time> : '—'}
        </dd>
      </dl>
      {field.admin?.description && typeof field.admin.description !== 'function' ? (
        <p style={{ ...muted, margin: 0 }}>{getTranslation(field.admin.description, i18n)}</p>
      ) : null}
    </div>
  )
}
