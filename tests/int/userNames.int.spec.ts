import config from '@payload-config'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { staffUsers } from './fixtures/staff'
import { testPayload } from './setup/payload'

let payload: Payload
let staff: { admin: User; editor: User }
let postId: number

const restGet = REST_GET(config)
const graphqlPost = GRAPHQL_POST(config)

/** The admin panel's session cookie, sent from the same origin. */
async function sessionOf(user: User): Promise<Record<string, string>> {
  const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: 'fixture-password-123' } })
  return { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' }
}

async function rest(path: string, headers: Record<string, string> = {}) {
  const url = new URL(`http://localhost/api/${path}`)
  const response = await restGet(new Request(url, { headers }), { params: Promise.resolve({ slug: url.pathname.slice(5).split('/') }) })
  return { status: response.status, text: await response.text() }
}

async function graphql(query: string, headers: Record<string, string> = {}) {
  const response = await graphqlPost(
    new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) }),
  )
  return response.text()
}

beforeAll(async () => {
  payload = await testPayload()
  staff = await staffUsers(payload)
  const post = await payload.create({
    collection: 'posts',
    locale: 'it',
    data: { title: 'Firmato da un collega', slug: '', author: staff.admin.id, _status: 'published' },
  })
  postId = post.id
})

describe("colleagues' names, and nothing more", () => {
  it("an editor reads a colleague's name, not their e-mail, role or sessions", async () => {
    await sessionOf(staff.admin)
    const colleague = await payload.findByID({ collection: 'users', id: staff.admin.id, user: staff.editor, overrideAccess: false })
    expect(colleague.name).toBe(staff.admin.name)
    expect(colleague).not.toHaveProperty('email')
    expect(colleague).not.toHaveProperty('role')
    expect(colleague.sessions ?? []).toEqual([])
  })

  it('an editor still reads their own e-mail and role; an admin reads everyone', async () => {
    const self = await payload.findByID({ collection: 'users', id: staff.editor.id, user: staff.editor, overrideAccess: false })
    expect(self).toMatchObject({ email: staff.editor.email, role: 'editor' })
    const seenByAdmin = await payload.findByID({ collection: 'users', id: staff.editor.id, user: staff.admin, overrideAccess: false })
    expect(seenByAdmin).toMatchObject({ email: staff.editor.email, role: 'editor' })
  })

  it("an editor cannot find a colleague by e-mail or role", async () => {
    for (const where of [{ email: { like: 'admin' } }, { role: { equals: 'admin' } }] as Where[]) {
      const attempt = payload
        .find({ collection: 'users', where, user: staff.editor, overrideAccess: false })
        .then(({ docs }) => docs.map((doc) => doc.id))
      await expect(attempt).rejects.toThrow()
    }
  })

  it('an editor still cannot change a colleague', async () => {
    await expect(
      payload.update({ collection: 'users', id: staff.admin.id, data: { name: 'Changed' }, user: staff.editor, overrideAccess: false }),
    ).rejects.toThrow()
  })

  it("REST gives an editor the author's name without the e-mail, and anonymous visitors nothing", async () => {
    const editor = await sessionOf(staff.editor)
    const post = await rest(`posts/${postId}?depth=1`, editor)
    expect(post.status).toBe(200)
    expect(JSON.parse(post.text).author.name).toBe(staff.admin.name)
    expect(post.text).not.toContain(staff.admin.email)
    const list = await rest('users?limit=100', editor)
    expect(list.status).toBe(200)
    expect(list.text).toContain(staff.admin.name)
    expect(list.text).not.toContain(staff.admin.email)
    const colleague = (JSON.parse(list.text) as { docs: Record<string, unknown>[] }).docs.find((doc) => doc.id === staff.admin.id)
    expect(Object.keys(colleague ?? {}).sort()).toEqual(['collection', 'createdAt', 'id', 'name', 'sessions', 'updatedAt'])
    expect(colleague?.sessions).toEqual([])

    const anonymousPost = await rest(`posts/${postId}?depth=1`)
    expect(anonymousPost.text).not.toContain(staff.admin.email)
    expect(anonymousPost.text).not.toContain(staff.admin.name)
    expect((await rest('users')).status).toBe(403)
    expect((await rest(`users/${staff.admin.id}`)).status).toBe(403)
  })

  it('GraphQL gives an editor names only, and anonymous visitors no user', async () => {
    const query = `{ Users(limit: 100) { docs { name email role } } Post(id: ${postId}) { author { name email } } }`
    const asEditor = await graphql(query, await sessionOf(staff.editor))
    expect(asEditor).toContain(staff.admin.name)
    expect(asEditor).not.toContain(staff.admin.email)
    expect(asEditor).not.toContain('"admin"')
    const asAnonymous = await graphql(query)
    expect(asAnonymous).not.toContain(staff.admin.email)
    expect(asAnonymous).not.toContain(staff.admin.name)
  })
})
