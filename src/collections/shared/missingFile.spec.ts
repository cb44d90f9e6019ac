import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { missingFileIsNotFound } from './missingFile'

const req = { t: (key: string) => `translated ${key}` } as unknown as PayloadRequest
let folder: string

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'missing-file-'))
  await writeFile(path.join(folder, 'there.png'), 'x')
})
afterAll(() => rm(folder, { recursive: true, force: true }))

const ask = (filename: string) => missingFileIsNotFound(folder)(req, { doc: { id: 1 }, params: { collection: 'media', filename } })

describe('a file asked for that is not on the disk', () => {
  it('is a 404 with a JSON error in the request language', async () => {
    const response = (await ask('gone.png')) as Response
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ errors: [{ message: 'translated error:notFound' }] })
  })

  it('lets Payload serve a file that is there, and refuse a path outside the folder', async () => {
    expect(await ask('there.png')).toBeUndefined()
    expect(await ask('../../etc/passwd')).toBeUndefined()
  })
})
