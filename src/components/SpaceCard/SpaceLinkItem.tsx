import { contentHref } from '@/content/types'
import { Link } from '@/i18n/navigation'
import type { SpaceLink } from '@/lib/cms/shared/linkViews'

/** A space named on another page: a link when it has a page in this language, else its name. */
export function SpaceLinkItem({ space }: { space: SpaceLink }) {
  return space.slug ? <Link href={contentHref('spaces', space.slug)}>{space.name}</Link> : <>{space.name}</>
}
