import Image from 'next/image'
import type { ImageView } from '@/lib/cms/shared/media'

type Props = { image: ImageView; sizes: string; priority?: boolean; className?: string }

/** An uploaded image at its stored dimensions (no layout shift), resized by next/image per screen. */
export function CmsImage({ image, sizes, priority = false, className }: Props) {
  return (
    <Image
      src={image.src}
      width={image.width}
      height={image.height}
      alt={image.alt}
      sizes={sizes}
      priority={priority}
      className={className}
      style={image.objectPosition ? { objectPosition: image.objectPosition } : undefined}
    />
  )
}
