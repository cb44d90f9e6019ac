import { getEnv } from '../../src/config/env'
import { assertDatabaseReachable } from '../../src/db/reachable'
import { localSecret } from './localSecret'

/**
 * Before a script loads Payload: outside production a missing PAYLOAD_SECRET becomes this machine's
 * own random one (as `npm start` does), the configuration is validated, and the database must answer.
 */
export async function prepareCliEnvironment(): Promise<void> {
  if (!process.env.PAYLOAD_SECRET && process.env.NODE_ENV !== 'production') process.env.PAYLOAD_SECRET = await localSecret()
  await assertDatabaseReachable(getEnv().DATABASE_URL)
}
