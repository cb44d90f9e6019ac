import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

/** Imports never expire the site's cache one document at a time (no Next server runs them). */
export const importContext = { disableRevalidate: true, wordpressImport: true }

/**
 * Runs `work` in one database transaction: either all its writes land or none does. The request
 * carries the transaction; every Local API call inside must pass it on.
 */
export async function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({ context: importContext }, payload)
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
