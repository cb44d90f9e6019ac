import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Payload's "Copy to locale" saves with `draft: true` but carries the `_status: 'published'` it
 * read from the document, which would publish Italian text on the English page at once. A save
 * asked for as a draft stays a draft; publishing is always an explicit publish.
 */
export const keepDraftSavesDraft: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'update' || !args.draft) return args
  const data = args.data as Record<string, unknown> | undefined
  if (data?._status === 'published') return { ...args, data: { ...data, _status: 'draft' } }
  return args
}
