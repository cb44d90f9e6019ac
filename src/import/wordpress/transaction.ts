import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import type { ScriptContext } from '@/fields/scriptContext'

/** Imports never expire the site's cache one document at a time (no Next server runs them) and never publish one locale alone. */
export const importContext: ScriptContext = { disableRevalidate: true, wordpressImport: true, publishesWholeDocument: true }

/** Posts also carry the slugs planned against every post before anything was written (slugPlan.ts). */
export const postImportContext: ScriptContext = { ...importContext, slugsPlanned: true }

/**
 * Runs `work` in one database transaction: either all its writes land or none does. The request
 * carries the transaction; every Local API call inside must pass it on.
 */
export async function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>, context: ScriptContext = importContext): Promise<T> {
  const req = await createLocalReq({ context }, payload)
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
