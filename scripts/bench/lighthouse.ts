import { killAll, launch } from 'chrome-launcher'
import lighthouse, { type Result } from 'lighthouse'
import { chromiumFlags, chromiumPath } from './chromium'

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof categories)[number]

export type Script = { url: string; transferSize: number; resourceSize: number }

export type LighthouseFigures = {
  scores: Record<Category, number>
  /** Per category, the weighted audits that did not score full marks: "color-contrast", "largest-contentful-paint (3.1 s)". */
  shortfalls: Record<Category, string[]>
  scripts: Script[]
  /** Lighthouse's measure of the CPU during the run: it drops when the machine is busy, and so do the scores. */
  benchmarkIndex: number
}

function shortfalls(lhr: Result, category: Category): string[] {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => (audit.displayValue ? `${audit.id} (${audit.displayValue})` : audit.id))
}

function scripts(lhr: Result): Script[] {
  const details = lhr.audits['network-requests'].details
  const items = details?.type === 'table' ? (details.items as Array<Record<string, unknown>>) : []
  return items
    .filter((item) => item.resourceType === 'Script')
    .map((item) => ({ url: String(item.url), transferSize: Number(item.transferSize), resourceSize: Number(item.resourceSize) }))
}

/** One Lighthouse run (mobile, the default config) in a Chromium of its own. */
async function runOnce(url: string): Promise<LighthouseFigures> {
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags, logLevel: 'silent', handleSIGINT: false })
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: [...categories] })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
    const score = (category: Category) => Math.round((lhr.categories[category].score ?? 0) * 100)
    return {
      scores: Object.fromEntries(categories.map((category) => [category, score(category)])) as Record<Category, number>,
      shortfalls: Object.fromEntries(categories.map((category) => [category, shortfalls(lhr, category)])) as Record<Category, string[]>,
      scripts: scripts(lhr),
      benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    }
  } finally {
    chrome.kill()
  }
}

/** Chromium runs in a process group of its own, out of reach of Ctrl+C: a run cut short ends it here. */
export const stopChromium = () => void killAll()

/** The run with the median performance score: one run alone varies by ten points on a busy machine. */
export async function runLighthouse(url: string, runs: number): Promise<LighthouseFigures> {
  const results: LighthouseFigures[] = []
  for (let i = 0; i < runs; i++) results.push(await runOnce(url))
  results.sort((a, b) => a.scores.performance - b.scores.performance)
  return results[Math.floor((runs - 1) / 2)]
}
