import Redis from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { type RateLimitName, rateLimitScale, rateLimits } from './limits'

let redis: Redis | undefined

/** One Redis connection for every limiter; commands fail fast (the memory limiter stands in) while it is down. */
function redisClient(url: string): Redis {
  redis ??= new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
  redis.on('error', () => {
    // reconnects by itself; meanwhile the in-memory insurance limiter counts
  })
  return redis
}

const limiters = new Map<RateLimitName, RateLimiterAbstract>()

function limiter(name: RateLimitName): RateLimiterAbstract {
  let found = limiters.get(name)
  if (!found) {
    const { points, duration } = rateLimits[name]
    const options = { keyPrefix: `rl:${name}`, points: Math.max(1, Math.round(points * rateLimitScale())), duration }
    const memory = new RateLimiterMemory(options)
    const url = process.env.REDIS_URL
    found = url ? new RateLimiterRedis({ ...options, storeClient: redisClient(url), rejectIfRedisNotReady: true, insuranceLimiter: memory }) : memory
    limiters.set(name, found)
  }
  return found
}

/** Seconds until the client may try again, or undefined when this request is within its allowance. */
export async function consume(name: RateLimitName, client: string): Promise<number | undefined> {
  if (rateLimitScale() === 0) return undefined
  try {
    await limiter(name).consume(client)
    return undefined
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    return undefined // the store failing must not lock every visitor out
  }
}

/** The 429 a limited client gets: JSON for the API, a short text otherwise. */
export function tooManyRequests(retryAfter: number, json: boolean): Response {
  const headers = { 'Retry-After': String(retryAfter), 'Cache-Control': 'no-store' }
  return json
    ? Response.json({ errors: [{ message: 'Too many requests: try again later.' }] }, { status: 429, headers })
    : new Response('Too many requests: try again later.\n', { status: 429, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } })
}

/**
 * The client's address: the last X-Forwarded-For entry, the one our own TLS proxy (or Next itself,
 * when nothing is in front) appended. Entries before it are what the client claimed.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((part) => part.trim()).filter(Boolean)
  return forwarded?.at(-1) ?? headers.get('x-real-ip') ?? 'unknown'
}
