import { getTranslation, type I18nClient } from '@payloadcms/translations'
import type { ClientField } from 'payload'

/** The label of the field called `name`, looked for through rows, collapsibles and tabs. */
export function labelOf(fields: ClientField[], name: string, i18n: I18nClient): string | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) {
      const label = 'label' in field ? field.label : undefined
      return label && typeof label !== 'function' ? getTranslation(label, i18n) : name
    }
    const nested =
      field.type === 'tabs'
        ? field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [] : tab.fields))
        : (field.type === 'row' || field.type === 'collapsible') ? field.fields : []
    const found = nested.length > 0 ? labelOf(nested, name, i18n) : undefined
    if (found) return found
  }
  return undefined
}
