import { readFileSync } from 'node:fs'
import { type LoadRequest, sendRequest } from './loadMix'

/** A process and its descendants (Linux /proc). */
export function processTree(pid: number): number[] {
  let children: number[] = []
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
  } catch {
    // no children listed
  }
  return [pid, ...children.flatMap(processTree)]
}

/** CPU time (user + system) of a process and its descendants, in ms (clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  return processTree(pid).reduce((sum, id) => {
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after "pid (comm) ".
    const fields = readFileSync(`/proc/${id}/stat`, 'utf8').split(') ')[1].split(' ')
    return sum + (Number(fields[11]) + Number(fields[12])) * 10
  }, 0)
}

export type RequestCost = { request: string; status: number; wallMs: number; cpuMs: number }

/**
 * Each request of the mix alone, one after the other, `times` times: the median wall time seen by
 * the client and the server's CPU per request. The server's CPU counts only its own work, so a
 * busy machine shifts it less than the wall time.
 */
export async function measureRequestCosts(baseUrl: string, pid: number, mix: LoadRequest[], times: number): Promise<RequestCost[]> {
  const costs: RequestCost[] = []
  for (const request of mix) {
    await (await sendRequest(baseUrl, request)).arrayBuffer()
    const walls: number[] = []
    let status = 0
    const cpuBefore = cpuMs(pid)
    for (let i = 0; i < times; i++) {
      const start = performance.now()
      const response = await sendRequest(baseUrl, request)
      await response.arrayBuffer()
      walls.push(performance.now() - start)
      status = response.status
    }
    const cpu = (cpuMs(pid) - cpuBefore) / times
    walls.sort((a, b) => a - b)
    costs.push({ request: `${request.method} ${request.path}`, status, wallMs: walls[Math.floor(times / 2)], cpuMs: cpu })
  }
  return costs
}

export function printRequestCosts(costs: RequestCost[]): void {
  console.log('\nalone, sequentially: median wall ms, server CPU ms per request')
  for (const { request, status, wallMs, cpuMs } of costs) {
    console.log(`${request.padEnd(52)} ${String(status).padEnd(4)} ${wallMs.toFixed(1).padStart(7)} ${cpuMs.toFixed(1).padStart(7)}`)
  }
  const total = costs.reduce((sum, cost) => sum + cost.cpuMs, 0)
  console.log(`one round: ${total.toFixed(0)} ms of server CPU (≈ ${((1000 * costs.length) / total).toFixed(0)} req/s on one thread)`)
}
