import { frameAncestors } from './frameAncestors'

/** Videos the rich text may embed (src/components/RichText/embedUrl.ts). */
const videoFrames = 'https://www.youtube-nocookie.com https://player.vimeo.com'

/**
 * The public site's Content-Security-Policy, the same for every visitor so that pages stay cached
 * (no per-request nonce). Scripts, styles, images and fonts come from this site only; Next's
 * inline bootstrap scripts need 'unsafe-inline'. No plugins, no <base> changes, forms post here.
 */
export function sitePolicy(ancestors: string): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    `frame-src ${videoFrames}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join('; ')
}

const everywhere = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
]

/** next.config `headers()`: later rules win for the same header, so the most specific comes last. */
export const securityHeaders = [
  { source: '/:path*', headers: [...everywhere, { key: 'Content-Security-Policy', value: `frame-ancestors ${frameAncestors.site}` }] },
  { source: '/:locale(it|en)', headers: [{ key: 'Content-Security-Policy', value: sitePolicy(frameAncestors.site) }] },
  { source: '/:locale(it|en)/:path*', headers: [{ key: 'Content-Security-Policy', value: sitePolicy(frameAncestors.site) }] },
  { source: '/:locale(it|en)/embed/:path*', headers: [{ key: 'Content-Security-Policy', value: sitePolicy(frameAncestors.widget) }] },
]
