import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import type { User } from '@/payload-types'
import { staffUsers } from './fixtures/staff'
import { testPayload } from './setup/payload'

let payload: Payload
// Addresses of this run only, so the file can run again on the same database.
const unique = (name: string) => `${name}.${Date.now().toString(36)}@example.com`
let staff: { admin: User; editor: User }

beforeAll(async () => {
  payload = await testPayload()
  staff = await staffUsers(payload)
})

describe('managing users', () => {
  it("an editor lists colleagues by name only (tests/int/userNames.int.spec.ts covers the rest)", async () => {
    const result = await payload.find({ collection: 'users', user: staff.editor, overrideAccess: false, pagination: false })
    expect(result.docs.map((u) => u.id)).toEqual(expect.arrayContaining([staff.editor.id, staff.admin.id]))
    expect(result.docs.find((u) => u.id === staff.admin.id)).not.toHaveProperty('email')
  })

  it('an editor cannot create users or promote themselves', async () => {
    await expect(
      payload.create({
        collection: 'users',
        user: staff.editor,
        overrideAccess: false,
        data: { email: unique('new.editor'), password: 'password-12345', name: 'New', role: 'editor' },
      }),
    ).rejects.toThrow()
    const self = await payload.update({
      collection: 'users',
      id: staff.editor.id,
      user: staff.editor,
      overrideAccess: false,
      data: { role: 'admin' },
    })
    expect(self.role).toBe('editor')
  })

  it('an editor cannot change or delete another account', async () => {
    const asEditor = { user: staff.editor, overrideAccess: false } as const
    await expect(payload.update({ collection: 'users', id: staff.admin.id, data: { name: 'Changed' }, ...asEditor })).rejects.toThrow()
    await expect(payload.delete({ collection: 'users', id: staff.admin.id, ...asEditor })).rejects.toThrow()
    expect((await payload.findByID({ collection: 'users', id: staff.admin.id })).name).toBe(staff.admin.name)
  })

  it('an admin creates, lists and deletes users', async () => {
    const created = await payload.create({
      collection: 'users',
      user: staff.admin,
      overrideAccess: false,
      data: { email: unique('temporary'), password: 'password-12345', name: 'Temporary', role: 'editor' },
    })
    onTestFinished(() => payload.delete({ collection: 'users', where: { id: { equals: created.id } } }).then(() => undefined))
    const all = await payload.find({ collection: 'users', user: staff.admin, overrideAccess: false, pagination: false })
    expect(all.docs.map((u) => u.id)).toContain(created.id)
    await payload.delete({ collection: 'users', id: created.id, user: staff.admin, overrideAccess: false })
    expect((await payload.find({ collection: 'users', where: { id: { equals: created.id } } })).docs).toEqual([])
  })

  it('anonymous visitors cannot list users', async () => {
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
  })

  it('locks an account after five wrong passwords', async () => {
    const email = unique('lockout')
    const user = await payload.create({ collection: 'users', data: { email, password: 'right-password-1', name: 'Lock', role: 'editor' } })
    onTestFinished(() => payload.delete({ collection: 'users', id: user.id }).then(() => undefined))
    for (let attempt = 0; attempt < 5; attempt++) {
      await expect(payload.login({ collection: 'users', data: { email, password: 'wrong' } })).rejects.toThrow()
    }
    // Even the right password is refused while the account is locked.
    await expect(payload.login({ collection: 'users', data: { email, password: 'right-password-1' } })).rejects.toMatchObject({
      name: 'LockedAuth',
    })
  })
})
