import { existsSync, realpathSync } from 'node:fs'
import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Media } from '@/payload-types'
import { meaningful } from './content/cameraDefaults'
import { splitLanguages, translatedEnglish } from './qtranslate'
import { count, dryRunId, type ImportSession } from './session'
import { importContext, inTransaction } from './transaction'
import type { WxrItem } from './wxrReader'

/** "…/wp-content/uploads/2014/10/fiera-300x200.jpg" → "2014/10/fiera.jpg": the original's path. */
export function uploadPath(src: string): string | undefined {
  const match = /\/wp-content\/uploads\/(.+)$/.exec(src.split(/[?#]/)[0])
  if (!match) return undefined
  return decodeURIComponent(match[1]).replace(/-\d+x\d+(\.\w+)$/, '$1')
}

const attachedFile = (item: WxrItem) => item.meta._wp_attached_file || uploadPath(item.attachmentUrl)

/** Alt text and caption per locale; camera defaults ("SONY DSC") are not descriptions. */
function describe(item: WxrItem, file: string) {
  const alt = splitLanguages(item.meta._wp_attachment_image_alt ?? '')
  const title = splitLanguages(item.title)
  const caption = splitLanguages(item.excerpt)
  const itAlt = meaningful(alt.text.it) ?? meaningful(title.text.it)
  const enAlt = meaningful(translatedEnglish(alt)) ?? (itAlt === meaningful(title.text.it) ? meaningful(translatedEnglish(title)) : undefined)
  return {
    it: { alt: itAlt, caption: meaningful(caption.text.it) },
    en: enAlt || translatedEnglish(caption) ? { alt: enAlt, caption: meaningful(translatedEnglish(caption)) } : undefined,
    fallbackAlt: path.basename(file, path.extname(file)).replace(/[-_]+/g, ' '),
    unknown: [...new Set([...alt.unknown, ...title.unknown, ...caption.unknown])],
  }
}

/**
 * Attachments whose file is under --uploads become media (Payload runs sharp for the sizes), found
 * again by WordPress ID on the next run. A missing file is a warning; the file is never re-uploaded.
 */
export async function importAttachments(session: ImportSession): Promise<void> {
  const { payload, index } = session
  if (!session.uploadsDir) {
    if (index.attachments.size) session.report.warnings.push(`${index.attachments.size} attachments not imported: no --uploads directory given`)
    return
  }
  const uploadsRoot = realpathSync(session.uploadsDir)
  for (const item of index.attachments.values()) {
    const file = attachedFile(item)
    const title = splitLanguages(item.title).text.it || String(item.postId)
    const filePath = file === undefined ? undefined : insideUploads(uploadsRoot, file)
    if (file && filePath === null) {
      session.report.warnings.push(`attachment #${item.postId}: file ${file} lies outside --uploads, not read`)
      session.report.skipped.push({ kind: 'media', wordpressId: item.postId, title, reason: 'file outside --uploads' })
      continue
    }
    if (!file || !filePath || !existsSync(filePath)) {
      session.report.warnings.push(`attachment #${item.postId}: file ${file ?? item.attachmentUrl} not found under --uploads`)
      session.report.skipped.push({ kind: 'media', wordpressId: item.postId, title, reason: 'file missing' })
      continue
    }
    const text = describe(item, file)
    if (text.unknown.length) session.report.warnings.push(`attachment #${item.postId}: language ${text.unknown.join(', ')} not imported`)
    if (!text.it.alt) session.report.warnings.push(`attachment #${item.postId} (${file}) has no alt text: "${text.fallbackAlt}" used, please describe it`)
    const itData = { alt: text.it.alt ?? text.fallbackAlt, caption: text.it.caption ?? null, wordpressId: item.postId }
    const { docs } = await payload.find({ collection: 'media', where: { wordpressId: { equals: item.postId } }, locale: 'it', limit: 1, depth: 0 })
    const existing = docs[0]
    let id = existing?.id
    if (session.dryRun) {
      count(session, 'media', existing ? 'unchanged' : 'created')
      id ??= dryRunId()
    } else {
      const written = await writeOne(session, item, { file, filePath, existing, itData, text })
      if (written === undefined) continue
      id = written
    }
    session.ids.media.set(item.postId, id)
    session.ids.mediaByPath.set(file, id)
  }
}

type MediaWrite = { file: string; filePath: string; existing: Media | undefined; itData: { alt: string; caption: string | null; wordpressId: number }; text: ReturnType<typeof describe> }

/**
 * One attachment in one transaction. Payload writes an upload's files before its row, and a
 * rollback does not take them back: when the transaction fails, the files it wrote are removed.
 */
async function writeOne(session: ImportSession, item: WxrItem, { file, filePath, existing, itData, text }: MediaWrite): Promise<number | undefined> {
  const { payload } = session
  const started = Date.now()
  try {
    return await inTransaction(payload, async (req) => {
      const common = { collection: 'media', req, depth: 0, context: importContext } as const
      if (!existing) {
        const doc = await payload.create({ ...common, locale: 'it', filePath, data: itData })
        if (text.en?.alt) await payload.update({ ...common, id: doc.id, locale: 'en', data: { alt: text.en.alt, caption: text.en.caption ?? null } })
        count(session, 'media', 'created')
        session.log(`media ${file} created`)
        return doc.id
      }
      const en = await payload.findByID({ ...common, id: existing.id, locale: 'en' })
      const itChanged = existing.alt !== itData.alt || (existing.caption ?? null) !== itData.caption
      const enChanged = Boolean(text.en?.alt) && (en.alt !== text.en?.alt || (en.caption ?? null) !== (text.en?.caption ?? null))
      if (itChanged) await payload.update({ ...common, id: existing.id, locale: 'it', data: itData })
      if (enChanged) await payload.update({ ...common, id: existing.id, locale: 'en', data: { alt: text.en?.alt, caption: text.en?.caption ?? null } })
      count(session, 'media', itChanged || enChanged ? 'updated' : 'unchanged')
      return existing.id
    })
  } catch (error) {
    if (!existing) await removeUnreferencedFiles(payload, path.basename(filePath, path.extname(filePath)), started)
    session.report.skipped.push({ kind: 'media', wordpressId: item.postId, title: itData.alt, reason: `failed, nothing written: ${(error as Error).message}` })
    return undefined
  }
}

/** `file` resolved under the uploads folder, or null when it leads outside (`../`, an absolute path, a symlink out). */
export function insideUploads(root: string, file: string): string | null {
  const resolved = path.resolve(root, file)
  if (!resolved.startsWith(root + path.sep)) return null
  if (!existsSync(resolved)) return resolved
  const real = realpathSync(resolved)
  return real.startsWith(root + path.sep) ? real : null
}

/**
 * Files named after the upload (`fiera.jpg`, `fiera-1.jpg`, `fiera-320x240.webp`…) written since
 * `since` that no media document names: what a rolled-back create left in the media folder.
 */
async function removeUnreferencedFiles(payload: ImportSession['payload'], stem: string, since: number) {
  const staticDir = payload.collections.media.config.upload.staticDir
  if (!staticDir || !existsSync(staticDir)) return
  const { docs } = await payload.find({ collection: 'media', where: { filename: { like: stem } }, pagination: false, depth: 0, select: { filename: true, sizes: true } })
  const referenced = new Set(docs.flatMap((doc) => [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)]))
  for (const name of await readdir(staticDir)) {
    if (!name.startsWith(stem) || referenced.has(name)) continue
    const full = path.join(staticDir, name)
    if ((await stat(full)).mtimeMs >= since - 1000) await rm(full, { force: true })
  }
}
