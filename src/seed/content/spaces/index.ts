import { richText } from '../../lexical'
import type { ImageKey } from '../../media'
import { mapValues, upsertAll, type DocSpec, type SeedContext } from '../../upsert'
import { spaces } from './data'

export type Space = {
  name: string
  slug: string
  kind: 'home' | 'partner'
  city: string
  region: string
  country: string
  address: string
  at: [latitude: number, longitude: number]
  it: string[]
  /** Left out on purpose for one partner: its English description is still to be written. */
  en?: string[]
}

export type SpaceKey = keyof typeof spaces

function spec(space: Space, logo?: number): DocSpec<'spaces'> {
  const { at, address, it, en, ...fields } = space
  return {
    collection: 'spaces',
    it: {
      ...fields,
      generateSlug: false,
      logo,
      location: { address, latitude: at[0], longitude: at[1] },
      description: richText(it),
    },
    en: en && { description: richText(en) },
  }
}

export function seedSpaces(ctx: SeedContext, media: Record<ImageKey, number>): Promise<Record<SpaceKey, number>> {
  return upsertAll(ctx, mapValues<SpaceKey, Space, DocSpec<'spaces'>>(spaces, (space) => spec(space, space.kind === 'home' ? media.mark : undefined)))
}
