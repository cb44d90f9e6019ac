import { belowBudget, budgets, pageFailures, postToStaticRatio, templateReference, throughputFailures, type Verdict } from './budgets'
import { type Category, categories } from './lighthouse'
import type { PageFigures, ThroughputFigures } from './measure'
import { load } from './throughput'

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const thousands = (count: number) => Math.round(count).toLocaleString('en')
const result = (failures: string[]) => (failures.length ? 'FAIL' : 'PASS')
const scoreBudget = (category: Category) => `${budgets.scores[category] < 100 ? '≥ ' : ''}${budgets.scores[category]}`

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)))
  return rows.map((row) => `  ${row.map((cell, column) => cell.padEnd(widths[column])).join('  ')}`.trimEnd()).join('\n')
}

function pageRow(page: PageFigures): string[] {
  const bytes = page.javascript?.transferBytes
  const javascript = bytes === undefined ? '' : `${kB(bytes)}${bytes > budgets.javascriptBytes ? ' ✗' : ''}`
  const scores = categories.map((category) => {
    const score = page.lighthouse?.scores[category]
    return score === undefined ? '' : `${score}${belowBudget(category, score) ? ' ✗' : ''}`
  })
  return [`${page.kind} ${page.locale}`, page.path ?? 'not found', javascript, ...scores, result(pageFailures(page))]
}

/** What to fix: the failing audits of every category under budget, errors, scripts sent without gzip. */
function pageNotes(page: PageFigures): string[] {
  const notes = page.error ? [`${page.path}  ${page.error}`] : []
  for (const category of categories) {
    const score = page.lighthouse?.scores[category]
    if (score === undefined || !belowBudget(category, score)) continue
    notes.push(`${page.path}  ${category} ${score}: ${page.lighthouse?.shortfalls[category].join(', ') || 'no weighted audit failed'}`)
  }
  for (const url of page.javascript?.uncompressed ?? []) notes.push(`${page.path}  sent without gzip: ${url}`)
  return notes
}

function pagesSection(pages: PageFigures[]): string {
  const { scores } = templateReference
  const rows = table([
    ['page', 'path', 'JS', 'perf', 'a11y', 'BP', 'SEO', 'result'],
    ...pages.map(pageRow),
    ['budget', '', `≤ ${kB(budgets.javascriptBytes)}`, ...categories.map(scoreBudget)],
    ['template', 'Payload website template, post', kB(templateReference.javascriptBytes), `${scores.performance}`, `${scores.accessibility}`],
  ])
  const notes = pages.flatMap(pageNotes).map((note) => `  ${note}`)
  const cpu = pages.flatMap((page) => page.lighthouse?.benchmarkIndex ?? [])
  const cpuNote = cpu.length ? [`  Lighthouse CPU benchmark index ${Math.min(...cpu)}–${Math.max(...cpu)} (lower when the machine is busy)`] : []
  return ['JavaScript (gzip, bytes transferred) and Lighthouse (mobile)', '', rows, '', ...cpuNote, ...notes].join('\n')
}

function throughputSection(figures: ThroughputFigures): string {
  const rows = [['target', 'path', 'req/s', 'p99', 'non-2xx', 'errors']]
  for (const name of ['static', 'home', 'post', 'returningPost'] as const) {
    const run = figures[name]
    if (!run) rows.push([name, 'not found'])
    else rows.push([name, new URL(run.url).pathname, thousands(run.requestsPerSecond), `${run.p99Ms} ms`, `${run.non2xx}`, `${run.errors}`])
  }
  const ratio = postToStaticRatio(figures)
  const returning = figures.returningPost && figures.returningPost.requestsPerSecond / figures.static.requestsPerSecond
  const { postRequestsPerSecond: post, staticRequestsPerSecond: file } = templateReference
  return [
    `Throughput (autocannon, ${load.connections} connections, ${load.durationSeconds} s each, accepting gzip)`,
    '',
    table(rows),
    '',
    `  cached post / static: ${ratio === undefined ? 'not found' : ratio.toFixed(2)}, budget ≥ ${budgets.postToStaticRatio} with no errors  ${result(throughputFailures(figures))}`,
    `  the same post for a returning visitor (locale cookie, no proxy): ${returning === undefined ? 'not measured' : returning.toFixed(2)}`,
    `  template: cached post ~${thousands(post)} req/s, static ~${thousands(file)} (${(post / file).toFixed(2)})`,
  ].join('\n')
}

export function printReport(pages: PageFigures[], throughput: ThroughputFigures, verdicts: Verdict[]): void {
  const failed = verdicts.filter((verdict) => verdict.failures.length > 0)
  console.log(`\n${pagesSection(pages)}\n\n${throughputSection(throughput)}\n`)
  console.log(`Budgets: ${verdicts.length - failed.length} passed, ${failed.length} failed`)
  for (const verdict of failed) console.log(`  FAIL ${verdict.budget}: ${verdict.failures.join(', ')}`)
}
