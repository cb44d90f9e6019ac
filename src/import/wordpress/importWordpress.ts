import type { Payload } from 'payload'
import { skipReason } from './postFields'
import { emptyReport, type ImportReport } from './report'
import type { ImportSession, TermNames } from './session'
import { planSlugs } from './slugPlan'
import { indexWxr } from './wxrIndex'
import { readWxr, type WxrItem } from './wxrReader'
import { importAuthors } from './writeUsers'
import { importAttachments } from './writeMedia'
import { importTerms } from './writeTerms'
import { importPost } from './writePost'
import { readImported, type ImportedPost } from './importedPosts'
import { splitLanguages } from './qtranslate'
import { refreshPostStatistics, statisticsDue } from './statistics'

export type ImportOptions = {
  /** The WXR file. */
  file: string
  /** The old site's wp-content/uploads directory. */
  uploadsDir?: string
  dryRun?: boolean
  termNames?: TermNames
  log?: (line: string) => void
  /** See `ImportSession.separateLocaleSaves`. */
  separateLocaleSaves?: boolean
}

/**
 * Imports a WordPress (+ qTranslate) export. The file is read twice: the first pass validates it
 * whole and indexes it (a malformed file fails there, before anything is written); the second
 * streams the posts one at a time, each written in its own transaction.
 */
export async function importWordpress(payload: Payload, options: ImportOptions): Promise<ImportReport> {
  const log = options.log ?? (() => {})
  const dryRun = Boolean(options.dryRun)
  const index = await indexWxr(options.file)
  const session: ImportSession = {
    payload,
    dryRun,
    index,
    plan: await planSlugs(payload, index),
    report: emptyReport(dryRun),
    uploadsDir: options.uploadsDir,
    termNames: options.termNames ?? {},
    log,
    separateLocaleSaves: options.separateLocaleSaves,
    ids: { users: new Map(), terms: new Map(), media: new Map(), mediaByPath: new Map() },
  }
  const { report } = session
  for (const item of index.others) {
    report.skipped.push({ kind: 'posts', wordpressId: item.postId, title: splitLanguages(item.title).text.it, reason: skipReason(item) ?? '' })
  }
  log(`${index.posts.size} posts, ${index.attachments.size} attachments, ${index.channel.terms.length} terms in the export`)
  await importAuthors(session)
  await importTerms(session)
  await importAttachments(session)

  const total = index.posts.size
  let done = 0
  const importOne = async (item: WxrItem, imported: ImportedPost | undefined) => {
    const reason = skipReason(item)
    const title = splitLanguages(item.title).text.it
    if (reason) report.skipped.push({ kind: 'posts', wordpressId: item.postId, title, reason })
    else {
      try {
        await importPost(session, item, imported)
      } catch (error) {
        report.skipped.push({ kind: 'posts', wordpressId: item.postId, title, reason: `failed, nothing written: ${describeError(error)}` })
      }
    }
    done++
    if (done % 50 === 0 || done === total) log(`posts ${done}/${total}`)
  }
  // A few posts at a time, each in its own transaction: slugs were planned up front, so they cannot
  // race for one, and the database works while Node converts the next post's HTML. Posts come in
  // batches, so what earlier runs imported is read once a batch.
  const running = new Set<Promise<void>>()
  const batch: WxrItem[] = []
  let analyzedAt = 0
  const refreshStatistics = async (due: (written: number) => boolean) => {
    const written = report.created.posts + report.updated.posts
    if (dryRun || !due(written)) return
    analyzedAt = written
    await refreshPostStatistics(payload)
  }
  const importBatch = async () => {
    await refreshStatistics((written) => statisticsDue(written, analyzedAt))
    const items = batch.splice(0)
    const imported = await readImported(session, items.map((item) => item.postId))
    for (const item of items) {
      const task = importOne(item, imported.get(item.postId)).finally(() => running.delete(task))
      running.add(task)
      if (running.size >= CONCURRENT_POSTS) await Promise.race(running)
    }
  }
  await readWxr(options.file, {
    onItem: async (item) => {
      if (item.postType !== 'post') return
      batch.push(item)
      if (batch.length >= BATCH_SIZE) await importBatch()
    },
  })
  await importBatch()
  await Promise.all(running)
  // The site's queries, right after the import, are planned on the posts as they now are.
  await refreshStatistics((written) => written > analyzedAt)
  return sortedByWordpressId(report)
}

const CONCURRENT_POSTS = 4
const BATCH_SIZE = 50

/** Posts finish in any order; the report lists them in the export's ID order all the same. */
function sortedByWordpressId(report: ImportReport): ImportReport {
  const byId = (a: { wordpressId: number | string }, b: { wordpressId: number | string }) => Number(a.wordpressId) - Number(b.wordpressId)
  report.skipped.sort(byId)
  report.untranslated.sort(byId)
  return report
}

function describeError(error: unknown): string {
  const data = (error as { data?: { errors?: Array<{ path?: string; message?: string }> } }).data
  const details = data?.errors?.map((e) => `${e.path}: ${e.message}`).join('; ')
  return details || (error as Error).message
}
