import type { ReactNode } from 'react'

/**
 * The root layout of /next/bare: a bare Next App Router page in the same build as the site, the
 * floor `npm run bench:site` measures the post page's JavaScript against (no client code, no CSS).
 */
export default function BareLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
