import { demoAccounts as demoUsers, demoPassword } from './demoAccounts'
import { writeContext, type SeedContext } from './upsert'

/** Creates the demo accounts that are missing. An existing account, and its password, is left alone. */
export async function seedUsers(ctx: SeedContext) {
  const ids = {} as Record<keyof typeof demoUsers, number>
  for (const key of Object.keys(demoUsers) as Array<keyof typeof demoUsers>) {
    const user = demoUsers[key]
    const { docs } = await ctx.payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1, depth: 0 })
    if (docs[0]) {
      ids[key] = docs[0].id
      ctx.log(`kept users #${docs[0].id} (${user.email})`)
      continue
    }
    const created = await ctx.payload.create({ collection: 'users', data: { ...user, password: demoPassword }, context: writeContext })
    ids[key] = created.id
    ctx.stats.created++
    ctx.log(`created users #${created.id} (${user.email})`)
  }
  return { ids, admin: { email: demoUsers.admin.email, password: demoPassword } }
}
