import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'
import { afterAll, describe, expect, it } from 'vitest'

// Installs the loader as `node --require ./requestGate.cjs` does before Next's server starts.
const require = createRequire(import.meta.url)
const { measuredWhenNeeded } = require('./cacheWriteSize.cjs') as { measuredWhenNeeded: (source: string) => string | undefined }

const runtimes = ['app-page-turbo', 'app-route-turbo', 'app-page', 'app-route'].map((name) =>
  require.resolve(`next/dist/compiled/next-server/${name}.runtime.prod.js`),
)

describe("Next's cache writes", () => {
  let dir: string | undefined
  afterAll(async () => dir && rm(dir, { recursive: true, force: true }))

  it.each(runtimes)('are rewritten in the installed runtime %s, which still compiles', async (file) => {
    const source = await readFile(file, 'utf8')
    const rewritten = measuredWhenNeeded(source)
    expect(rewritten, 'this Next no longer measures every entry the same way: look at its IncrementalCache.set again').toBeDefined()
    expect(rewritten).not.toContain('let i=JSON.stringify(t).length;')
    expect(rewritten).toContain('let i=r.fetchCache&&!this.hasCustomCacheHandler?JSON.stringify(t).length:0;')
    expect(() => new vm.Script(`(function (exports, require, module, __filename, __dirname) {${rewritten}\n})`)).not.toThrow()
  })

  it('measure an entry only when the 2 MB check can apply', async () => {
    // A stand-in runtime at the path Next's has, holding the code as Next 16.4 ships it.
    dir = await mkdtemp(path.join(os.tmpdir(), 'cache-write-'))
    const folder = path.join(dir, 'node_modules/next/dist/compiled/next-server')
    await mkdir(folder, { recursive: true })
    const file = path.join(folder, 'app-page-turbo.runtime.prod.js')
    await writeFile(
      file,
      `module.exports = class { constructor(h){this.hasCustomCacheHandler=h} set(e,t,r){let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152&&!this.hasCustomCacheHandler&&!r.isImplicitBuildTimeCache){return 'refused'}return 'stored'} }`,
    )
    const Cache = require(file) as new (custom: boolean) => { set: (key: string, value: unknown, context: { fetchCache?: boolean }) => string }
    const page = { kind: 'APP_PAGE', html: Buffer.alloc(16) }
    let measured = 0
    page.html.toJSON = () => (measured++, { type: 'Buffer', data: [] })
    expect(new Cache(true).set('/it/spazi', page, {})).toBe('stored')
    expect(new Cache(false).set('/it/spazi', page, {})).toBe('stored')
    expect(measured).toBe(0)
    // Where the check applies (a data entry without a custom handler) the size is still measured and enforced.
    const large = { kind: 'FETCH', data: 'x'.repeat(2_200_000) }
    expect(new Cache(false).set('fetch', large, { fetchCache: true })).toBe('refused')
    expect(new Cache(true).set('fetch', large, { fetchCache: true })).toBe('stored')
  })
})
