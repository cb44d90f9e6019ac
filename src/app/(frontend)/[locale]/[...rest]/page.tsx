import { notFound } from 'next/navigation'

/** Any path the site does not know is a localized 404, rendered by [locale]/not-found.tsx. */
export default function CatchAll() {
  notFound()
}
