import type { Access } from 'payload'
import { isLocale } from '@/i18n/locales'
import { isStaffUser } from './roles'

/**
 * Staff read everything. Anonymous visitors read a document only once it is published and,
 * when they ask for one locale, only if that locale has a translation of its own.
 */
export const publishedInLocale: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  const published = { _status: { equals: 'published' } }
  if (!isLocale(req.locale)) return published
  return { and: [published, { [`availableIn.${req.locale}`]: { equals: true } }] }
}
