import type { Config, Plugin } from 'payload'
import { keepDraftSavesDraft } from '@/collections/hooks/keepDraftSavesDraft'

/** Adds the hook to every collection with drafts. */
export const draftSavesNeverPublish: Plugin = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.versions && typeof collection.versions === 'object' && collection.versions.drafts
      ? { ...collection, hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), keepDraftSavesDraft] } }
      : collection,
  ),
})
