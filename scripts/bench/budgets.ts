import type { Category } from './lighthouse'
import type { PageFigures, ThroughputFigures } from './measure'

export const budgets = {
  javascriptBytes: 110_000,
  scores: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } satisfies Record<Category, number>,
  postToStaticRatio: 0.5,
}

/** Payload's website template, measured the same way (post page). */
export const templateReference = {
  javascriptBytes: 231_000,
  scores: { performance: 71, accessibility: 94 } satisfies Partial<Record<Category, number>>,
  postRequestsPerSecond: 1200,
  staticRequestsPerSecond: 4500,
}

export const belowBudget = (category: Category, score: number) => score < budgets.scores[category]

export function pageFailures(page: PageFigures): string[] {
  if (!page.path) return ['not found']
  if (page.error || !page.lighthouse || !page.javascript) return [page.error ?? 'not measured']
  const { scores } = page.lighthouse
  const failures = (Object.keys(scores) as Category[])
    .filter((category) => belowBudget(category, scores[category]))
    .map((category) => `${category} ${scores[category]}`)
  const { transferBytes } = page.javascript
  if (transferBytes > budgets.javascriptBytes) failures.push(`javascript ${Math.round(transferBytes / 1000)} kB`)
  return failures
}

export const postToStaticRatio = ({ static: file, post }: ThroughputFigures) =>
  post ? post.requestsPerSecond / file.requestsPerSecond : undefined

export function throughputFailures(figures: ThroughputFigures): string[] {
  if (!figures.post) return ['post page not found']
  const failures = [figures.static, figures.post]
    .filter((run) => run.errors > 0 || run.non2xx > 0)
    .map((run) => `${run.url}: ${run.errors} errors, ${run.non2xx} non-2xx`)
  if ((postToStaticRatio(figures) ?? 0) < budgets.postToStaticRatio) failures.push('post/static ratio')
  return failures
}

export type Verdict = { budget: string; failures: string[] }

export const verdicts = (pages: PageFigures[], throughput: ThroughputFigures): Verdict[] => [
  ...pages.map((page) => ({ budget: `${page.kind} /${page.locale}: JavaScript and Lighthouse`, failures: pageFailures(page) })),
  { budget: 'throughput: cached post against a static file', failures: throughputFailures(throughput) },
]
