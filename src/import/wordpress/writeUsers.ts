import { randomBytes } from 'node:crypto'
import type { ImportSession } from './session'
import { count, dryRunId } from './session'
import { importContext } from './transaction'

/**
 * WordPress authors become users, matched by email. A missing one is created as an editor with a
 * random password nobody knows: the account cannot sign in until its owner sets a password with
 * "Forgot password", and no WordPress password hash is ever carried over.
 */
export async function importAuthors(session: ImportSession): Promise<void> {
  const used = new Set([...session.index.posts.values()].map((post) => post.creator))
  for (const author of session.index.channel.authors.filter((a) => used.has(a.login))) {
    const email = author.email.trim().toLowerCase()
    if (!email) {
      session.report.warnings.push(`author "${author.login}" has no email: their posts are imported without an author`)
      continue
    }
    const { docs } = await session.payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
    if (docs[0]) {
      session.ids.users.set(author.login, docs[0].id)
      count(session, 'users', 'unchanged')
      continue
    }
    count(session, 'users', 'created')
    if (session.dryRun) {
      session.ids.users.set(author.login, dryRunId())
      continue
    }
    const user = await session.payload.create({
      collection: 'users',
      data: { email, name: author.displayName || author.login, role: 'editor', password: randomBytes(32).toString('base64url') },
      context: importContext,
    })
    session.ids.users.set(author.login, user.id)
    session.log(`user ${email} created (no usable password)`)
  }
}
