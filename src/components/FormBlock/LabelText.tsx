import { safeHref } from '@/lib/richText/safeHref'

/** A label as editors write it: plain text with at most a few [text](/path) links. */
export function LabelText({ label }: { label: string }) {
  const parts = label.split(/(\[[^\]]+\]\([^)\s]+\))/g)
  return parts.map((part, index) => {
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part)
    const href = link && safeHref(link[2])
    return href ? (
      <a key={index} href={href}>
        {link[1]}
      </a>
    ) : (
      link?.[1] ?? part
    )
  })
}
