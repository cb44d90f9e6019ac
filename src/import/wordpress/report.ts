export type Kind = 'posts' | 'media' | 'categories' | 'tags' | 'users'
type Counts = Record<Kind, number>

export type ImportReport = {
  dryRun: boolean
  created: Counts
  updated: Counts
  unchanged: Counts
  skipped: Array<{ kind: Kind; wordpressId: number | string; title: string; reason: string }>
  /** Posts imported in Italian only: their English was missing, empty or identical to the Italian. */
  untranslated: Array<{ wordpressId: number; title: string; reason: string }>
  warnings: string[]
}

const zero = (): Counts => ({ posts: 0, media: 0, categories: 0, tags: 0, users: 0 })

export function emptyReport(dryRun: boolean): ImportReport {
  return { dryRun, created: zero(), updated: zero(), unchanged: zero(), skipped: [], untranslated: [], warnings: [] }
}

const counts = (c: Counts) => (Object.keys(c) as Kind[]).map((kind) => `${kind} ${c[kind]}`).join(', ')

/** The report as the CLI prints it. */
export function formatReport(report: ImportReport): string {
  const lines = [
    report.dryRun ? 'WordPress import — DRY RUN: nothing was written' : 'WordPress import — done',
    `created:   ${counts(report.created)}`,
    `updated:   ${counts(report.updated)}`,
    `unchanged: ${counts(report.unchanged)}`,
    `skipped:   ${report.skipped.length}`,
    ...report.skipped.map((s) => `  - ${s.kind} #${s.wordpressId} "${s.title}": ${s.reason}`),
    `untranslated (Italian only): ${report.untranslated.length}`,
    ...report.untranslated.map((u) => `  - post #${u.wordpressId} "${u.title}": ${u.reason}`),
    `warnings:  ${report.warnings.length}`,
    ...report.warnings.map((w) => `  - ${w}`),
  ]
  return lines.join('\n')
}
