import pg from 'pg'
import { demoEmails, demoPassword } from '@/seed/demoAccounts'
import { passwordMatches } from './passwordMatches'

/**
 * The demo accounts (src/seed) that still sign in with the published demo password. Read straight
 * from the users table so the server can ask before Payload starts; a database without that table
 * yet (fresh, migrations pending) has none.
 */
export async function demoAccountsInUse(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 })
  client.on('error', () => {})
  await client.connect()
  try {
    const { rows } = await client.query<{ email: string; hash: string | null; salt: string | null }>(
      'SELECT email, hash, salt FROM users WHERE email = ANY($1::text[])',
      [demoEmails],
    )
    const found = await Promise.all(rows.map(async (row) => ((await passwordMatches(demoPassword, row)) ? row.email : undefined)))
    return found.filter((email): email is string => Boolean(email))
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') return []
    throw error
  } finally {
    await client.end().catch(() => {})
  }
}
