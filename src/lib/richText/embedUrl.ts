export type EmbedProvider = 'YouTube' | 'Vimeo'

/** Where the player loads from (the privacy-friendly host) and the video's own page. */
export type EmbedTarget = { provider: EmbedProvider; src: string; pageUrl: string }

const youtubeHosts = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com', 'youtube-nocookie.com'])
const vimeoHosts = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'])
const youtubeId = /^[\w-]{11}$/
const vimeoId = /^\d{1,12}$/
const vimeoHash = /^[\da-f]{6,20}$/i

/** "90", "90s", "1m30s", "1h2m3s" → seconds; anything else → undefined. */
function seconds(value: string | null): number | undefined {
  const match = value?.match(/^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/)
  if (!value || !match) return undefined
  const total = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0)
  return total > 0 ? total : undefined
}

function youtube(url: URL): EmbedTarget | undefined {
  const segments = url.pathname.split('/').filter(Boolean)
  const id =
    url.hostname === 'youtu.be'
      ? segments[0]
      : segments[0] === 'watch'
        ? url.searchParams.get('v')
        : ['embed', 'shorts', 'live'].includes(segments[0] ?? '')
          ? segments[1]
          : undefined
  if (!id || !youtubeId.test(id)) return undefined
  const start = seconds(url.searchParams.get('t') ?? url.searchParams.get('start'))
  return {
    provider: 'YouTube',
    src: `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ''}`,
    pageUrl: `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}` : ''}`,
  }
}

function vimeo(url: URL): EmbedTarget | undefined {
  const segments = url.pathname.split('/').filter(Boolean)
  const [id, pathHash] = url.hostname === 'player.vimeo.com' ? (segments[0] === 'video' ? segments.slice(1) : []) : segments
  if (!id || !vimeoId.test(id)) return undefined
  const hash = url.searchParams.get('h') ?? pathHash
  if (hash !== undefined && !vimeoHash.test(hash)) return undefined
  const query = new URLSearchParams({ ...(hash ? { h: hash } : {}), dnt: '1' })
  return {
    provider: 'Vimeo',
    src: `https://player.vimeo.com/video/${id}?${query}`,
    pageUrl: `https://vimeo.com/${id}${hash ? `/${hash}` : ''}`,
  }
}

/**
 * The embeddable player of a YouTube or Vimeo address an editor pasted (https only), on the
 * provider's no-cookie / do-not-track host; undefined for any other address.
 */
export function toEmbed(value: unknown): EmbedTarget | undefined {
  if (typeof value !== 'string') return undefined
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined
  const host = url.hostname.toLowerCase()
  if (youtubeHosts.has(host)) return youtube(url)
  if (vimeoHosts.has(host)) return vimeo(url)
  return undefined
}
