import { getTranslation } from '@payloadcms/translations'
import { CollectionCards as PayloadCollectionCards } from '@payloadcms/ui/rsc'
import type { PayloadRequest, WidgetServerProps } from 'payload'

type Translate = PayloadRequest['i18n']['t']

/**
 * Payload's collection cards, with the "Create new" buttons named in the admin's language: Payload
 * passes a collection's bilingual label object to its translation as it is ("[object Object]").
 */
export function CollectionCards(props: WidgetServerProps) {
  const { i18n } = props.req
  const t = ((key: string, vars?: Record<string, unknown>) => {
    const label = vars?.label
    const named = label && typeof label === 'object' ? { ...vars, label: getTranslation(label as Record<string, string>, i18n) } : vars
    return (i18n.t as (key: string, vars?: Record<string, unknown>) => string)(key, named)
  }) as Translate
  // The same request (its prototype keeps headers, user and payload), with that translation.
  const req = Object.assign(Object.create(props.req) as PayloadRequest, { i18n: { ...i18n, t } })
  return PayloadCollectionCards({ ...props, req })
}
