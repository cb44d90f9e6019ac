import 'server-only'
import { contentCollections } from '@/content/types'
import { cached } from '@/lib/cms/read/cached'
import { getPayloadClient } from '@/lib/cms/read/client'
import { readRedirectTable } from './readRedirectTable'

/** The table, read once and kept until a redirect or a document it may lead to changes. */
export const getRedirectTable = cached('staff-redirects', ['redirects', ...contentCollections], async () => readRedirectTable(await getPayloadClient()))
