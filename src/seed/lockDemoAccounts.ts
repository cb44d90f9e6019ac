import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { demoEmails } from './demoAccounts'
import { writeContext } from './upsert'

/** Gives every demo account a random password nobody knows; their posts keep their author. */
export async function lockDemoAccounts(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { in: demoEmails } }, depth: 0, pagination: false })
  for (const user of docs) {
    await payload.update({ collection: 'users', id: user.id, data: { password: randomBytes(24).toString('base64url') }, context: writeContext })
  }
  return docs.map((user) => user.email)
}
