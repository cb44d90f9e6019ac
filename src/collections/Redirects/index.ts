import type { RedirectsPluginConfig } from '@payloadcms/plugin-redirects/types'
import type { Field } from 'payload'
import { contentCollections } from '@/content/types'
import { isStaff } from '@/access/roles'
import { revalidateCollection } from '../shared/revalidate'
import { checkRedirect, explainRedirectErrors } from './checkRedirect'

export const redirectsSlug = 'redirects'

const labels: Record<string, { it: string; en: string }> = {
  from: { it: 'Da (indirizzo del sito)', en: 'From (address on this site)' },
  type: { it: 'Tipo', en: 'Type' },
  reference: { it: 'Documento', en: 'Document' },
  url: { it: 'Indirizzo', en: 'Address' },
}

const descriptions: Record<string, { it: string; en: string }> = {
  from: {
    it: 'Per esempio /evento2026. Senza lingua davanti porta alla lingua del visitatore; con /it/ o /en/ davanti, a quella lingua.',
    en: 'For example /evento2026. Without a language in front it leads to the visitor’s language; with /it/ or /en/, to that one.',
  },
  url: { it: 'Un indirizzo del sito (/it/contatti) o di un altro sito (https://…).', en: 'An address on this site (/en/contact) or another site (https://…).' },
}

/** The plugin's fields with labels and help in both admin languages (it ships no Italian). */
function translated(field: Field): Field {
  if (!('name' in field)) return field
  const withText = {
    ...field,
    ...(labels[field.name] ? { label: labels[field.name] } : {}),
    ...(descriptions[field.name] ? { admin: { ...field.admin, description: descriptions[field.name] } } : {}),
  } as Field
  if (field.type === 'group') return { ...field, fields: field.fields.map(translated) } as Field
  if (field.type === 'radio') {
    return { ...withText, options: [{ label: { it: 'Un documento del sito', en: 'A document of the site' }, value: 'reference' }, { label: { it: 'Un indirizzo', en: 'An address' }, value: 'custom' }] } as Field
  }
  return withText
}

/**
 * Payload's redirects plugin: staff send an address (an old printed URL) to a document, in the
 * visitor's language, or to any address, permanently (308) or temporarily (307).
 */
export const redirectsConfig: RedirectsPluginConfig = {
  collections: contentCollections,
  redirectTypes: ['308', '307'],
  redirectTypeFieldOverride: {
    defaultValue: '308',
    label: { it: 'Per sempre o per ora', en: 'Permanent or temporary' },
    options: [
      { label: { it: 'Permanente (308)', en: 'Permanent (308)' }, value: '308' },
      { label: { it: 'Temporaneo (307)', en: 'Temporary (307)' }, value: '307' },
    ],
  },
  overrides: {
    slug: redirectsSlug,
    labels: { singular: { it: 'Reindirizzamento', en: 'Redirect' }, plural: { it: 'Reindirizzamenti', en: 'Redirects' } },
    admin: { useAsTitle: 'from', defaultColumns: ['from', 'to.type', 'type', 'updatedAt'], group: { it: 'Amministrazione', en: 'Administration' } },
    access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
    hooks: { beforeValidate: [checkRedirect], afterError: [explainRedirectErrors], ...revalidateCollection('redirects') },
    fields: ({ defaultFields }) => defaultFields.map(translated),
  },
}
