/**
 * The cluster test's view of Payload's job queue, through the Local API of a short-lived process
 * (the test itself loads no Payload). `queue <postId> <iso date>` schedules the post's Italian
 * publication as the admin's "schedule publish" does and prints the job's id; `show <jobId>` prints
 * the job as JSON. With JOBS_WORKER=true in the environment this process never runs a job itself.
 */
import { getPayload } from 'payload'
import config from '../../payload.config'

const [command, id, at] = process.argv.slice(2)
const payload = await getPayload({ config })
if (command === 'queue') {
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', locale: 'it', doc: { relationTo: 'posts', value: Number(id) } },
    waitUntil: new Date(at),
  })
  console.log(`JOB:${JSON.stringify({ id: job.id })}`)
} else {
  // A completed job is deleted (Payload's deleteJobOnComplete): null then.
  const { docs } = await payload.find({ collection: 'payload-jobs', where: { id: { equals: Number(id) } }, depth: 0 })
  console.log(`JOB:${JSON.stringify(docs[0] ?? null)}`)
}
await payload.destroy()
process.exit(0)
