import type { Project } from '@/payload-types'
import { richText } from '../../lexical'
import type { ImageKey } from '../../media'
import { mapValues, upsertAll, type DocSpec, type SeedContext } from '../../upsert'
import { projects } from './data'
import type { SpaceKey } from '../spaces'

export type Text = { title: string; slug: string; summary: string; body: string[]; funding?: string }
export type Partner = { space: SpaceKey } | { organisation: string; city?: string; country: string }
export type ProjectSeed = Pick<Project, 'hashtag' | 'programme' | 'status'> & {
  period: [start: string, end?: string]
  partners: Partner[]
  cover: ImageKey
  it: Text
  en: Text
}

const month = (ym: string) => `${ym}-01T12:00:00.000Z`

function text({ body, ...fields }: Text) {
  return { ...fields, generateSlug: false, body: richText(body) }
}

export type ProjectKey = keyof typeof projects

export function seedProjects(ctx: SeedContext, spaces: Record<SpaceKey, number>, media: Record<ImageKey, number>) {
  const spec = ({ it, en, period, partners, cover, ...fields }: ProjectSeed): DocSpec<'projects'> => ({
    collection: 'projects',
    it: {
      ...fields,
      ...text(it),
      period: { start: month(period[0]), end: period[1] && month(period[1]) },
      partners: partners.map((partner) => ('space' in partner ? { space: spaces[partner.space] } : partner)),
      coverImage: media[cover],
    },
    en: text(en),
  })
  return upsertAll(ctx, mapValues(projects, spec))
}
