import { englishVerdict } from './postFields'
import { splitLanguages } from './qtranslate'
import { readWxr, type WxrChannel, type WxrItem } from './wxrReader'

export type IndexedPost = WxrItem & { english: ReturnType<typeof englishVerdict> }

/** Everything but the post bodies: small enough to keep in memory for any export. */
export type WxrIndex = {
  channel: WxrChannel
  posts: Map<number, IndexedPost>
  attachments: Map<number, WxrItem>
  /** Items that are neither (pages, menus, revisions…): reported as skipped. */
  others: WxrItem[]
}

/**
 * The first pass: reads the whole file, so a malformed export fails here, before anything is
 * written, and collects what the second pass needs to resolve references (authors, terms,
 * attachments, every post's slugs for link rewriting).
 */
export async function indexWxr(filePath: string): Promise<WxrIndex> {
  const index: WxrIndex = { channel: { siteUrl: '', authors: [], terms: [] }, posts: new Map(), attachments: new Map(), others: [] }
  await readWxr(filePath, {
    onItem: (item) => {
      // The body is read to decide whether the post has an English translation, then dropped.
      const english = englishVerdict(splitLanguages(item.title), splitLanguages(item.content))
      if (item.postType === 'post') index.posts.set(item.postId, { ...item, content: '', english })
      else if (item.postType === 'attachment') index.attachments.set(item.postId, { ...item, content: '' })
      else index.others.push({ ...item, content: '', excerpt: '', meta: {} })
    },
    onChannel: (channel) => {
      index.channel = channel
    },
  })
  return index
}
