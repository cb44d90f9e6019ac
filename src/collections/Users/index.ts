import type { CollectionConfig } from 'payload'
import { revalidateCollection } from '../shared/revalidate'
import { passwordResetHTML, passwordResetSubject } from './passwordResetEmail'
import { localeLabels, locales } from '@/i18n/locales'
import { hasRole, isAdmin, isAdminField, isAdminOrSelf, isAdminOrSelfField, isStaff, isStaffUser, roles } from '@/access/roles'
import { sessionCookies } from '@/config/sessionCookies'

export const usersSlug = 'users'

export const Users: CollectionConfig = {
  slug: usersSlug,
  hooks: revalidateCollection('users'),
  labels: { singular: { it: 'Utente', en: 'User' }, plural: { it: 'Utenti', en: 'Users' } },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: sessionCookies(),
    forgotPassword: { generateEmailSubject: passwordResetSubject, generateEmailHTML: passwordResetHTML },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: { it: 'Amministrazione', en: 'Administration' },
    hidden: ({ user }) => !hasRole(user, 'admin'),
  },
  access: {
    admin: ({ req }) => isStaffUser(req.user),
    // Staff read each other's names (authors, bylines); e-mail and role stay with admins and the owner.
    read: isStaff,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  fields: [
    // Payload's own e-mail field, with field access added (merged into its auth fields).
    { name: 'email', type: 'email', required: true, access: { read: isAdminOrSelfField } },
    { name: 'name', type: 'text', required: true, label: { it: 'Nome', en: 'Name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: roles.map((role) => ({
        value: role,
        label: role === 'admin' ? { it: 'Amministratore', en: 'Administrator' } : { it: 'Redattore', en: 'Editor' },
      })),
      access: { read: isAdminOrSelfField, create: isAdminField, update: isAdminField },
      saveToJWT: true,
      label: { it: 'Ruolo', en: 'Role' },
    },
    {
      // The language of the e-mails this person receives (password reset, form notifications).
      name: 'language',
      type: 'select',
      defaultValue: 'it',
      // Colleagues read each other's names only.
      access: { read: isAdminOrSelfField },
      options: locales.map((code) => ({ value: code, label: localeLabels[code] })),
      label: { it: 'Lingua delle e-mail', en: 'E-mail language' },
    },
  ],
}
