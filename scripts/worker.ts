/**
 * `npm run worker`: the one process that runs Payload's jobs (scheduled publishing) when the site
 * runs as several instances with JOBS_WORKER=true (README, "Scaling out"): the web instances never
 * run jobs then, so a scheduled publication runs exactly once. It looks for due jobs on
 * JOBS_AUTORUN_CRON and asks a web instance (REVALIDATE_URL, else NEXT_PUBLIC_SERVER_URL) to expire
 * the pages a job changed; with Redis that reaches every instance, and the shared caches are purged.
 * Stop it with SIGTERM or Ctrl+C.
 */
import { runCli } from './lib/cli'
import { prepareCliEnvironment } from './lib/cliEnvironment'
import { JOBS_WORKER_PROCESS } from '../src/config/jobsWorker'

process.env[JOBS_WORKER_PROCESS] = '1'

await runCli(async () => {
  await prepareCliEnvironment()
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config, cron: true })
  console.log(`Job worker: running due jobs on "${process.env.JOBS_AUTORUN_CRON ?? '* * * * *'}". Stop with Ctrl+C.`)
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve)
    process.once('SIGINT', resolve)
  })
  await payload.destroy()
})
