import type { Access, FieldAccess, PayloadRequest } from 'payload'

export const roles = ['admin', 'editor'] as const
export type Role = (typeof roles)[number]

type RequestUser = PayloadRequest['user']

export function hasRole(user: RequestUser, role: Role): boolean {
  return Boolean(user && 'role' in user && user.role === role)
}

export function isStaffUser(user: RequestUser): boolean {
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
