import type { Payload, TaskConfig } from 'payload'
import { getEnv } from '@/config/env'
import { deleteStaleDrafts } from './drafts'
import { formSubmissionsSlug } from './slugs'

/** The moment before which a submission is old enough to delete. */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff
}

/** Deletes submissions older than FORM_RETENTION_MONTHS (and drafts nobody came back for). */
export async function deleteOldSubmissions(payload: Payload, now = new Date(), months = getEnv().FORM_RETENTION_MONTHS): Promise<void> {
  const cutoff = retentionCutoff(now, months)
  // One DELETE (the submission's rows in its array table go with it): no hooks have work to do here.
  await payload.db.deleteMany({ collection: formSubmissionsSlug, where: { createdAt: { less_than: cutoff.toISOString() } } })
  await deleteStaleDrafts(payload, now.getTime())
}

export const deleteOldSubmissionsTask: TaskConfig<'deleteOldSubmissions'> = {
  slug: 'deleteOldSubmissions',
  label: 'Delete old form submissions',
  retries: 2,
  // Every night at 03:15 (the schedule has seconds first).
  schedule: [{ cron: '0 15 3 * * *', queue: 'default' }],
  handler: async ({ req }) => {
    await deleteOldSubmissions(req.payload)
    return { output: {} }
  },
}
