import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'

/** What a visitor typed into a form that came back with errors, kept until they see it again. */
export type FormDraft = { formId: number; locale: Locale; slug: string; values: Record<string, string>; at: number }

const prefix = 'form-draft:'
export const DRAFT_LIFETIME_MS = 60 * 60 * 1000

export async function saveDraft(payload: Payload, draft: Omit<FormDraft, 'at'>, now = Date.now()): Promise<string> {
  const id = randomBytes(16).toString('base64url')
  await payload.kv.set(prefix + id, { ...draft, at: now })
  return id
}

export async function readDraft(payload: Payload, id: string, now = Date.now()): Promise<FormDraft | undefined> {
  if (!/^[\w-]{22}$/.test(id)) return undefined
  const draft = await payload.kv.get<FormDraft>(prefix + id)
  return draft && now - draft.at < DRAFT_LIFETIME_MS ? draft : undefined
}

/** Drafts older than their lifetime: what the visitor typed is not kept longer than that. */
export async function deleteStaleDrafts(payload: Payload, now = Date.now()): Promise<void> {
  const keys = (await payload.kv.keys()).filter((key) => key.startsWith(prefix))
  for (const key of keys) {
    const draft = await payload.kv.get<FormDraft>(key)
    if (!draft || now - draft.at >= DRAFT_LIFETIME_MS) await payload.kv.delete(key)
  }
}
