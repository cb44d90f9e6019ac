import type { PayloadRequest } from 'payload'

type Session = { resolve: () => Promise<void> }

/**
 * Runs `task` once the request's transaction has committed, or now when there is none. A hook
 * that expires cached pages runs inside the transaction: expiring then would let a visitor's
 * request, still reading the old rows, cache the old page again. Payload 3 has no "after commit"
 * hook; the Drizzle adapter keeps each open transaction in `db.sessions`, whose `resolve` commits
 * it (Payload's commitTransaction awaits it), so the task is chained after that commit. A rolled
 * back transaction never runs it: nothing changed.
 */
export async function afterCommit(req: PayloadRequest, task: () => Promise<void>): Promise<void> {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const sessions = (req.payload.db as unknown as { sessions?: Record<string, Session> }).sessions
  const session = id === undefined || id === null ? undefined : sessions?.[String(id)]
  if (!session) return task()
  const commit = session.resolve
  session.resolve = async () => {
    await commit()
    await task().catch((error: unknown) => req.payload.logger.error({ err: error, msg: 'Could not run a task after the commit' }))
  }
}
