import type { UIField } from 'payload'

/** No data of its own: a list column showing, per language, whether the document is written there. */
export const localeStatusField: UIField = {
  name: 'localeStatus',
  type: 'ui',
  label: { it: 'Lingue', en: 'Languages' },
  admin: {
    components: { Cell: '/admin/LocaleStatusCell/LocaleStatusCell#LocaleStatusCell' },
  },
}
