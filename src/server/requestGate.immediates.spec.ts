import { AsyncLocalStorage } from 'node:async_hooks'
import { createRequire } from 'node:module'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { expect, it } from 'vitest'

// Patches setImmediate as `node --require` does before Next's server starts.
createRequire(import.meta.url)('./requestGate.cjs')
setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

it("lets one render's kept Error hold only its own request, not every request its Immediate ran beside", async () => {
  const storage = new AsyncLocalStorage<{ request: number }>()
  let collected = 0
  const registry = new FinalizationRegistry(() => collected++)
  const kept: Error[] = []
  const request = async (request: number) => {
    const store = { request }
    registry.register(store, request)
    // Like React ending a render: an Error made in an immediate, kept (its stack holds the Immediate).
    await storage.run(store, () => new Promise<void>((resolve) => setImmediate(() => resolve(void (request === 0 && kept.push(new Error('render done')))))))
  }
  await Promise.all(Array.from({ length: 50 }, (_, index) => request(index)))
  for (let round = 0; round < 5; round++) {
    collectGarbage()
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  expect(kept).toHaveLength(1)
  expect(collected).toBe(49)
})
