import { serializeJsonLd } from '@/lib/seo/jsonLd/serializeJsonLd'

/** Structured data for search engines; the serializer escapes what could close the script tag. */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />
}
