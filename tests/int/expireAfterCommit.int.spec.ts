import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REVALIDATE_PATH } from '@/collections/shared/expireOverHttp'
import { publicRead } from '@/lib/cms/read/publicRead'
import { createPost } from './fixtures/posts'
import { testPayload } from './setup/payload'

let payload: Payload
let server: http.Server
/** What a visitor's request would read at the moment each expiry arrives: the post, or nothing. */
const seenAtExpiry: (string | null)[] = []
let watchedId: number | undefined
const saved = { NEXT_RUNTIME: process.env.NEXT_RUNTIME, PORT: process.env.PORT }

beforeAll(async () => {
  payload = await testPayload()
  // Stands in for the app's revalidation route: on each expiry it reads the post the way a page does.
  server = http.createServer(async (request, response) => {
    if (request.url === REVALIDATE_PATH && watchedId !== undefined) {
      const { docs } = await payload.find({ collection: 'posts', where: { id: { equals: watchedId } }, ...publicRead('it') })
      seenAtExpiry.push((docs[0] as { title?: string } | undefined)?.title ?? null)
    }
    response.end('{}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  // Local API saves expire the cache over HTTP, on this server's PORT, inside a Next runtime.
  process.env.NEXT_RUNTIME = 'nodejs'
  process.env.PORT = String((server.address() as AddressInfo).port)
})

afterAll(async () => {
  process.env.NEXT_RUNTIME = saved.NEXT_RUNTIME
  process.env.PORT = saved.PORT
  await new Promise((resolve) => server.close(resolve))
})

describe('cache expiry', () => {
  it('runs after the unpublish commits, so a page read then no longer finds the post', async () => {
    const post = await createPost(payload, { italian: 'Da ritirare' })
    watchedId = post.id
    seenAtExpiry.length = 0
    await payload.update({ collection: 'posts', id: post.id, locale: 'it', data: { _status: 'draft' } })
    expect(seenAtExpiry.length).toBeGreaterThan(0)
    expect(seenAtExpiry).toEqual(seenAtExpiry.map(() => null))
  })

  it('never runs for a save that rolls back', async () => {
    const post = await createPost(payload, { italian: 'Resta pubblicato' })
    watchedId = post.id
    seenAtExpiry.length = 0
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.update({ collection: 'posts', id: post.id, locale: 'it', data: { _status: 'draft' }, req })
    await killTransaction(req)
    expect(seenAtExpiry).toEqual([])
    const { docs } = await payload.find({ collection: 'posts', where: { id: { equals: post.id } }, ...publicRead('it') })
    expect(docs).toHaveLength(1)
  })
})
