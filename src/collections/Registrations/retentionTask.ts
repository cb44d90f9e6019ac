import type { TaskConfig } from 'payload'

/** Every night at 03:30: registrants' data goes REGISTRATION_RETENTION_DAYS after their event. */
export const registrationRetentionTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: 'registrationRetention',
  label: 'Delete registrations of past events',
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ req }) => {
    const { deleteExpiredRegistrations } = await import('@/lib/registration/retention')
    return { output: { deleted: await deleteExpiredRegistrations(req.payload, new Date()) } }
  },
}
