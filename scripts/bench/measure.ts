import { defaultLocale } from '../../src/i18n/locales'
import { type JavascriptWeight, javascriptWeight } from './javascriptWeight'
import { type LighthouseFigures, runLighthouse } from './lighthouse'
import type { PageTarget } from './pages'
import { measureThroughput, type Throughput } from './throughput'

export type PageFigures = PageTarget & {
  lighthouse?: Omit<LighthouseFigures, 'scripts'>
  javascript?: JavascriptWeight
  error?: string
}
/** `post` as a first visit (no cookie); `returningPost` with the locale cookie a returning visitor sends. */
export type ThroughputFigures = { static: Throughput; home?: Throughput; post?: Throughput; returningPost?: Throughput }

/** A file from public/, served by the same `next start`. */
export const staticFile = '/favicon.svg'

/** Two requests, so that the page is rendered and cached before it is measured. */
async function warm(url: string): Promise<void> {
  for (let i = 0; i < 2; i++) await (await fetch(url)).arrayBuffer()
}

export async function measurePage(baseUrl: string, target: PageTarget, lighthouseRuns: number): Promise<PageFigures> {
  if (!target.path) return target
  const url = `${baseUrl}${target.path}`
  try {
    await warm(url)
    const { scripts, ...lighthouse } = await runLighthouse(url, lighthouseRuns)
    return { ...target, lighthouse, javascript: await javascriptWeight(scripts) }
  } catch (error) {
    return { ...target, error: (error as Error).message }
  }
}

/** The static file, the home page (for comparison) and a cached post, one after another. */
export async function measureThroughputs(baseUrl: string, targets: PageTarget[]): Promise<ThroughputFigures> {
  const posts = targets.filter((target) => target.kind === 'post' && target.path)
  const post = posts.find((target) => target.locale === defaultLocale) ?? posts[0]
  const runs: Array<[keyof ThroughputFigures, string | undefined, string?]> = [
    ['static', staticFile],
    ['home', `/${defaultLocale}`],
    ['post', post?.path],
    ['returningPost', post?.path, post && `NEXT_LOCALE=${post.locale}`],
  ]
  const figures: Partial<ThroughputFigures> = {}
  for (const [name, path, cookie] of runs) {
    if (!path) continue
    await warm(`${baseUrl}${path}`)
    figures[name] = await measureThroughput(`${baseUrl}${path}`, cookie)
  }
  return figures as ThroughputFigures
}
