import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { answerAnonymousReadsFromCache } from '@/lib/api/anonymousReadCache'

// Payload's generated route, wrapped: anonymous queries come from the cache (README, "Load").
export const POST = answerAnonymousReadsFromCache(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
