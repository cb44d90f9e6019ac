import type { SpaceView } from '@/lib/cms/spaces/views'

/** schema.org Organization that is also a Place (a coworking space has both an address and a website). */
export function spaceJsonLd(space: SpaceView, { url, logo }: { url: string; logo?: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': ['Organization', 'Place'],
    name: space.name,
    description: space.excerpt,
    url,
    sameAs: space.website ? [space.website] : undefined,
    logo,
    address: {
      '@type': 'PostalAddress',
      streetAddress: space.address,
      addressLocality: space.city,
      addressRegion: space.region,
      addressCountry: space.country,
    },
  }
}
