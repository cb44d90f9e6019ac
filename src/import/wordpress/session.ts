import type { Payload } from 'payload'
import type { ImportReport, Kind } from './report'
import type { SlugPlan } from './slugPlan'
import type { WxrIndex } from './wxrIndex'

/** What every step of one import run shares. */
export type ImportSession = {
  payload: Payload
  dryRun: boolean
  index: WxrIndex
  plan: SlugPlan
  report: ImportReport
  uploadsDir?: string
  termNames: TermNames
  log: (line: string) => void
  /** A new post's English in a save of its own after the Italian create, as before `createInLocales` (tests compare the two). */
  separateLocaleSaves?: boolean
  /** WordPress IDs → our ids, filled as documents are written (negative placeholders in a dry run). */
  ids: { users: Map<string, number>; terms: Map<string, number>; media: Map<number, number>; mediaByPath: Map<string, number> }
}

/** qTranslate's `qtranslate_term_name` option: a term's default name → its name per language. */
export type TermNames = Record<string, Partial<Record<string, string>>>

let placeholder = 0
/** A stand-in id for a document a dry run would have created. */
export const dryRunId = () => --placeholder

export function count(session: ImportSession, kind: Kind, outcome: 'created' | 'updated' | 'unchanged') {
  session.report[outcome][kind]++
}
