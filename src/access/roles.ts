import type { Access, FieldAccess, PayloadRequest } from 'payload'

export const roles = ['admin', 'editor'] as const
export type Role = (typeof roles)[number]

/** Takes the server's user or the admin panel's client user alike. */
export function hasRole(user: unknown, role: Role): boolean {
  return typeof user === 'object' && user !== null && (user as { role?: unknown }).role === role
}

export function isStaffUser(user: PayloadRequest['user']): boolean {
  return Boolean(user && user.collection === 'users')
}

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')
export const isStaff: Access = ({ req }) => isStaffUser(req.user)
export const anyone: Access = () => true

export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

/** Admins manage every account; an editor only their own. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}

/** On a user's own fields: admins, and the account's owner (a colleague sees the name only). */
export const isAdminOrSelfField: FieldAccess = ({ req, id, doc }) => {
  if (hasRole(req.user, 'admin')) return true
  const target = id ?? (doc as { id?: unknown } | undefined)?.id
  return Boolean(req.user && target !== undefined && String(target) === String(req.user.id))
}
