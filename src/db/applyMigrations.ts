import type { Migration, Payload } from 'payload'
import { migrations } from '../migrations'

/** Applies the committed migrations that the database has not run yet. */
export async function applyMigrations(payload: Payload): Promise<void> {
  // Payload's Migration type takes untyped arguments; the generated ones are typed.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
