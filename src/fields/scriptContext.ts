import type { RequestContext } from 'payload'

/**
 * What a script that writes whole documents (the WordPress importer) tells the hooks through
 * `context`, so they skip lookups that only an editor's save needs.
 */
export type ScriptContext = RequestContext & {
  /** Every slug was chosen against all the collection's slugs before the save: no lookup per save. */
  slugsPlanned?: boolean
  /**
   * The save never publishes one locale alone (no `publishSpecificLocale`): the `availableIn` the
   * translation state computes is what gets stored, so nothing needs reading back.
   */
  publishesWholeDocument?: boolean
}
