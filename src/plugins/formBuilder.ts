import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'
import { isStaff } from '@/access/roles'
import { formFields } from '@/collections/Forms/formFields'
import { notifySubmission } from '@/collections/Forms/notifySubmission'
import { submissionFields } from '@/collections/Forms/submissionFields'
import { formSubmissionsSlug, formsSlug } from '@/collections/Forms/slugs'
import { revalidateCollection } from '@/collections/shared/revalidate'

const group = { it: 'Moduli', en: 'Forms' }

/**
 * Forms editors compose (localized labels) and their submissions. The site's own route stores
 * submissions (src/app/(frontend)/next/form): nobody creates one through the API.
 */
export const formBuilder = formBuilderPlugin({
  fields: { text: true, textarea: true, email: true, select: true, checkbox: true, date: true, message: false, number: false, country: false, state: false, payment: false, upload: false },
  formOverrides: {
    slug: formsSlug,
    labels: { singular: { it: 'Modulo', en: 'Form' }, plural: { it: 'Moduli', en: 'Forms' } },
    admin: { group, useAsTitle: 'title' },
    access: { read: () => true, create: isStaff, update: isStaff, delete: isStaff },
    hooks: revalidateCollection('forms'),
    fields: formFields,
  },
  formSubmissionOverrides: {
    slug: formSubmissionsSlug,
    labels: { singular: { it: 'Messaggio ricevuto', en: 'Submission' }, plural: { it: 'Messaggi ricevuti', en: 'Submissions' } },
    admin: { group, defaultColumns: ['id', 'status', 'form', 'locale', 'createdAt'], listSearchableFields: ['id'] },
    access: { create: () => false, read: isStaff, update: isStaff, delete: isStaff },
    hooks: { afterChange: [notifySubmission] },
    fields: submissionFields,
  },
})
