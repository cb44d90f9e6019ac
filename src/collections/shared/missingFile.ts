import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { PayloadRequest, UploadConfig } from 'payload'

type FileHandler = NonNullable<UploadConfig['handlers']>[number]

/** A 404 when the named file is not in the folder; nothing (Payload goes on) otherwise. */
async function notFoundWhenMissing(req: PayloadRequest, folder: string, filename: string): Promise<Response | undefined> {
  const file = path.resolve(folder, filename)
  if (!file.startsWith(folder + path.sep)) return undefined
  const found = await stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  )
  return found ? undefined : Response.json({ errors: [{ message: req.t('error:notFound') }] }, { status: 404 })
}

/**
 * A file on the local disk that is not there (an old name after the editor replaced the image, a
 * made-up one) is a 404. Payload answers 500 for it on purpose ("missing on the disk"), which
 * makes every stale link or scanner's guess look like a fault of ours. Paths outside the folder
 * are left to Payload, which refuses them; with S3 storage the adapter's own handler answers 404.
 */
export const missingFileIsNotFound = (staticDir: string): FileHandler => {
  const folder = path.resolve(staticDir)
  // Payload's type wants a Response or void; it goes on to the next handler on anything else.
  return (req, { params: { filename } }) => notFoundWhenMissing(req, folder, filename) as Promise<Response>
}
