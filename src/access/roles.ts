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

/** Admins see every account; an editor sees only their own. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user) return false
  return { id: { equals: req.user.id } }
}
