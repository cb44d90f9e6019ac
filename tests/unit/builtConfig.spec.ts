import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { builtConfigEnv } from '../support/run'

describe('the configuration `next start` runs with', () => {
  let dir: string | undefined
  afterEach(async () => dir && rm(dir, { recursive: true, force: true }))

  it('is the one the build wrote, passed as the standalone server passes it', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'built-config-'))
    const config = { cacheMaxMemorySize: 33554432, cacheHandler: '../src/config/cacheHandler.mjs', experimental: { isrFlushToDisk: false } }
    await writeFile(path.join(dir, 'required-server-files.json'), JSON.stringify({ version: 1, config, files: [] }))
    const env = builtConfigEnv(dir)
    expect(JSON.parse(env.__NEXT_PRIVATE_STANDALONE_CONFIG)).toEqual(config)
  })

  it('is left to Next when there is no build, or the build wrote no configuration', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'built-config-'))
    expect(builtConfigEnv(dir)).toEqual({})
    await writeFile(path.join(dir, 'required-server-files.json'), '{"version":1}')
    expect(builtConfigEnv(dir)).toEqual({})
    await writeFile(path.join(dir, 'required-server-files.json'), '{not json')
    expect(builtConfigEnv(dir)).toEqual({})
  })
})
