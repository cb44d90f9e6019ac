import type { PostView } from '@/lib/cms/posts/views'

type Links = { url: string; image: string; publisher: string; publisherUrl: string }

/** schema.org BlogPosting for a post page. */
export function postJsonLd(post: PostView, locale: string, { url, image, publisher, publisherUrl }: Links) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.excerpt,
    inLanguage: locale,
    datePublished: post.publishedAt,
    author: post.author ? { '@type': 'Person', name: post.author } : { '@type': 'Organization', name: publisher, url: publisherUrl },
    publisher: { '@type': 'Organization', name: publisher, url: publisherUrl },
    image: [image],
    mainEntityOfPage: url,
    url,
  }
}
