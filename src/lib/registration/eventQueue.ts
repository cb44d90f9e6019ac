/**
 * At most `width` registrations of one event at a time in this process. The event's row lock already
 * serialises them in the database; without this queue, 50 submissions would each hold one of the
 * pool's 10 connections while waiting for that lock, and the rest would time out waiting for a connection.
 * A width above 1 keeps the lock doing the real work (and tested) with a few transactions in contention.
 */
export function eventQueue(width = 4) {
  const queues = new Map<number, { running: number; waiting: (() => void)[] }>()
  return async function run<T>(eventId: number, task: () => Promise<T>): Promise<T> {
    let queue = queues.get(eventId)
    if (!queue) queues.set(eventId, (queue = { running: 0, waiting: [] }))
    const q = queue
    if (q.running >= width) await new Promise<void>((resolve) => q.waiting.push(resolve))
    q.running++
    try {
      return await task()
    } finally {
      q.running--
      const next = q.waiting.shift()
      if (next) next()
      else if (q.running === 0) queues.delete(eventId)
    }
  }
}
