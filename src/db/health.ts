import type { Pool } from 'pg'
import { isDatabaseUnavailable } from './databaseErrors'

type Health = { probe?: () => Promise<boolean>; down: boolean; checkedAt: number; checking?: Promise<boolean> }

// Shared through globalThis: the proxy and the app's routes are separate bundles in one process.
const key = Symbol.for('coworking.databaseHealth')
const state = ((globalThis as Record<symbol, Health>)[key] ??= { down: false, checkedAt: 0 })

/**
 * Called once Payload has connected: a pool error (a dropped idle connection, the server shutting
 * down) is logged and marks the database down instead of crashing the process, and the proxy may
 * ask whether the database answers.
 */
export function watchPool(pool: Pool, log: (message: string) => void): void {
  pool.on('error', (error) => {
    state.down = true
    log(`Database connection lost: ${error.message}`)
  })
  state.probe = async () => {
    try {
      await pool.query('SELECT 1')
      return true
    } catch {
      return false
    }
  }
}

/** A request failed because the database did not answer: the next ones get the 503 at once. */
export function markDatabaseDown(): void {
  state.down = true
  state.checkedAt = Date.now()
}

/**
 * Marks the database down when `error` says it cannot be reached, at once, before the error reaches
 * the page: the request gate (src/server/requestGate.cjs) then answers this request's 500 as a 503.
 */
export function noteDatabaseError(error: unknown): void {
  if (isDatabaseUnavailable(error)) markDatabaseDown()
}

/** Known without asking: a request, the pool or the last probe found the database down. */
export function databaseKnownDown(): boolean {
  return state.down
}

/** Whether the database answered its last probe; probed at most once every `maxAgeMs`. */
export async function databaseAvailable(maxAgeMs = 1_000): Promise<boolean> {
  if (!state.probe) return true
  if (Date.now() - state.checkedAt < maxAgeMs) return !state.down
  const timeout = new Promise<boolean>((resolve) => setTimeout(resolve, 1_000, false).unref())
  state.checking ??= Promise.race([state.probe(), timeout]).then((up) => {
    state.down = !up
    state.checkedAt = Date.now()
    state.checking = undefined
    return up
  })
  return state.checking
}
