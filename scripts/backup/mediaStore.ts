import { existsSync } from 'node:fs'
import { cp, mkdir, readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { getEnv } from '../../src/config/env'
import { CliError } from '../lib/cli'

export type MediaCount = { files: number; bytes: number }

/** Where the uploaded files live. Backups copy them out of it and restores back in. */
export type MediaStore = {
  description: string
  isEmpty(): Promise<boolean>
  exportTo(dir: string): Promise<MediaCount>
  importFrom(dir: string): Promise<MediaCount>
}

async function countFiles(dir: string): Promise<MediaCount> {
  if (!existsSync(dir)) return { files: 0, bytes: 0 }
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries.filter((entry) => entry.isFile())
  const sizes = await Promise.all(files.map(async (file) => (await stat(path.join(file.parentPath, file.name))).size))
  return { files: files.length, bytes: sizes.reduce((sum, size) => sum + size, 0) }
}

/** The MEDIA_DIR folder Payload's upload collection writes to. */
export function diskMediaStore(folder: string): MediaStore {
  return {
    description: `the folder ${folder}`,
    isEmpty: async () => (await countFiles(folder)).files === 0,
    async exportTo(dir) {
      if (existsSync(folder)) await cp(folder, dir, { recursive: true })
      else await mkdir(dir, { recursive: true })
      return countFiles(dir)
    },
    async importFrom(dir) {
      await mkdir(folder, { recursive: true })
      await cp(dir, folder, { recursive: true, errorOnExist: true, force: false })
      return countFiles(folder)
    },
  }
}

/** The media store this configuration uses: the disk today; an S3 bucket is not backed up by this tool. */
export function configuredMediaStore(): MediaStore {
  if (process.env.S3_BUCKET) {
    throw new CliError(
      `Media are in the S3 bucket ${process.env.S3_BUCKET}, which this backup does not copy yet: turn on the bucket's versioning or replication for the media, and back up the database with \`npm run backup -- --no-media\`.`,
    )
  }
  return diskMediaStore(path.resolve(getEnv().MEDIA_DIR))
}
