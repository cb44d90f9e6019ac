import 'server-only'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import type { ReactNode } from 'react'
import { ogFonts } from './ogFonts'
import { plainElement } from './plainElement'

type Pending = { resolve: (png: ArrayBuffer) => void; reject: (error: Error) => void }
type Reply = { id: number; png?: ArrayBuffer; error?: string }

/**
 * Renders preview cards in a worker thread started on the first card and ended `idleMs` after the
 * last: the renderer's code, its 16 MB WebAssembly memory and the fonts leave the process with it
 * (README, "At scale", Where the memory goes). Cards wait their turn in the one worker.
 */
export function createOgRenderer({ idleMs }: { idleMs: number }) {
  let worker: Worker | undefined
  let idleTimer: NodeJS.Timeout | undefined
  let lastId = 0
  let alive = 0
  const pending = new Map<number, Pending>()

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error)
    pending.clear()
  }
  const stop = (stopped: Worker, error?: Error) => {
    if (worker !== stopped) return
    worker = undefined
    if (error) failAll(error)
    else void stopped.terminate()
  }
  const endWhenIdle = (idle: Worker) => {
    if (pending.size === 0) idleTimer = setTimeout(() => stop(idle), idleMs).unref()
  }
  const start = () => {
    // Turbopack sees this constructor and builds the file as a worker chunk of its own, traced for standalone.
    const started = new Worker(path.join(process.cwd(), 'src/lib/og/renderWorker.mjs'), { workerData: { fonts: ogFonts } })
    started.unref()
    started.on('message', ({ id, png, error }: Reply) => {
      const request = pending.get(id)
      pending.delete(id)
      if (png) request?.resolve(png)
      else request?.reject(new Error(`Preview card: ${error}`))
      endWhenIdle(started)
    })
    // An idle worker has nothing pending; one that crashed takes every card asked of it.
    started.on('error', (error) => stop(started, error))
    started.on('exit', () => {
      alive -= 1
      stop(started, new Error('Preview card: the renderer stopped'))
    })
    alive += 1
    return started
  }

  return {
    render(element: ReactNode, size: { width: number; height: number }): Promise<ArrayBuffer> {
      clearTimeout(idleTimer)
      worker ??= start()
      const running = worker
      const id = ++lastId
      try {
        running.postMessage({ id, tree: plainElement(element), size })
      } catch (error) {
        endWhenIdle(running)
        return Promise.reject(error)
      }
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject }))
    },
    /** Whether a worker thread is alive (started and not yet exited). */
    running: () => alive > 0,
  }
}

/** The server's renderer: 10 s of idling ends its worker, which the next card starts again (0.3 s of CPU, against 31 ms for a card). */
export const ogRenderer = createOgRenderer({ idleMs: 10_000 })
