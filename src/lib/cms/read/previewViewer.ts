import 'server-only'
import { draftMode, headers } from 'next/headers'
import { cache } from 'react'
import type { TypedUser } from 'payload'
import { isStaffUser } from '@/access/roles'
import { getPayloadClient } from './client'

/**
 * The staff member previewing this request: draft mode is on AND their Payload session is valid.
 * A draft-mode cookie without a session (logged out, copied to another browser) gets null, and
 * with it the public version of every page.
 */
export const previewViewer = cache(async (): Promise<TypedUser | null> => {
  if (!(await draftMode()).isEnabled) return null
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return isStaffUser(user) ? user : null
})
