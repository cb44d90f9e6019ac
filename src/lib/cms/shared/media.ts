import type { Media } from '@/payload-types'

/** What a page needs to show an uploaded image without layout shift. */
export type ImageView = { src: string; width: number; height: number; alt: string; objectPosition?: string }

type SizeName = keyof NonNullable<Media['sizes']>

const isMedia = (value: unknown): value is Media =>
  typeof value === 'object' && value !== null && 'filename' in value

// Payload returns absolute URLs (serverURL); the site serves them from its own origin.
const sameOriginPath = (url: string) => new URL(url, 'http://site.invalid').pathname

/** Picks one generated size (falling back to the original) of a populated upload field. */
export function toImageView(value: unknown, size: SizeName): ImageView | undefined {
  if (!isMedia(value)) return undefined
  const chosen = value.sizes?.[size]
  const source = chosen?.url && chosen.width && chosen.height ? chosen : value
  if (!source.url || !source.width || !source.height) return undefined
  const focal =
    typeof value.focalX === 'number' && typeof value.focalY === 'number' ? `${value.focalX}% ${value.focalY}%` : undefined
  return {
    src: sameOriginPath(source.url),
    width: source.width,
    height: source.height,
    alt: value.alt ?? '',
    objectPosition: focal,
  }
}
