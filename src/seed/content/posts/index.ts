import { richText, type Block } from '../../lexical'
import type { ImageKey } from '../../media'
import { romeDateAfter, romeTimeToUtc } from '@/config/rome'
import { mapValues, upsertAll, type DocSpec, type SeedContext } from '../../upsert'
import type { EventKey } from '../events'
import type { ProjectKey } from '../projects'
import type { SpaceKey } from '../spaces'
import type { Taxonomies } from '../taxonomies'
import { collaboratorioPost } from './collaboratorio'
import { fanoMeetupPost } from './fanoMeetup'
import { geronimoLaunchPost } from './geronimoLaunch'

export type PostText = { title: string; slug: string; excerpt: string; paragraphs: Block[] }

type PostSeed = {
  publishedAt: string
  cover: ImageKey
  categories: Array<keyof Taxonomies['categories']>
  tags: Array<keyof Taxonomies['tags']>
  events?: EventKey[]
  spaces?: SpaceKey[]
  projects?: ProjectKey[]
  it: PostText
  en?: PostText
}

const postsData = (now: Date) =>
  ({
    collaboratorio: {
      ...collaboratorioPost,
      cover: 'fair',
      categories: ['events', 'network', 'europe'],
      tags: ['coworking', 'collaboratorio', 'fair', 'geronimo', 'erasmus', 'creativeEurope', 'horizon'],
      events: ['collaboratorio'],
      spaces: ['warehouse', 'lofoio', 'combo', 'replace', 'officinaLieve', 'agora'],
      projects: ['geronimo', 'fuoriExpo', 'appleseed', 'creativeEurope', 'horizon'],
    },
    fanoMeetup: {
      ...fanoMeetupPost,
      publishedAt: romeTimeToUtc(romeDateAfter(now, -2), '09:30'),
      cover: 'map',
      categories: ['events', 'network'],
      tags: ['collaboratorio', 'coworking'],
      events: ['fanoMeetup'],
      spaces: ['warehouse', 'replace'],
      projects: ['geronimo'],
    },
    geronimoLaunch: {
      ...geronimoLaunchPost,
      publishedAt: '2014-11-20T10:00:00.000Z',
      cover: 'desks',
      categories: ['local'],
      tags: ['geronimo', 'youth', 'coworking'],
      spaces: ['warehouse'],
      projects: ['geronimo'],
    },
  }) satisfies Record<string, PostSeed>

type Refs = {
  author: number
  media: Record<ImageKey, number>
  taxonomies: Taxonomies
  events: Record<EventKey, number>
  spaces: Record<SpaceKey, number>
  projects: Record<ProjectKey, number>
}

const text = ({ paragraphs, ...fields }: PostText) => ({ ...fields, generateSlug: false, content: richText(paragraphs) })

export function seedPosts(ctx: SeedContext, refs: Refs) {
  const ids = <K extends string>(keys: K[] | undefined, from: Record<K, number>) => (keys ?? []).map((key) => from[key])
  const spec = (post: PostSeed): DocSpec<'posts'> => ({
    collection: 'posts',
    it: {
      ...text(post.it),
      publishedAt: post.publishedAt,
      author: refs.author,
      coverImage: refs.media[post.cover],
      categories: ids(post.categories, refs.taxonomies.categories),
      tags: ids(post.tags, refs.taxonomies.tags),
      relatedEvents: ids(post.events, refs.events),
      relatedSpaces: ids(post.spaces, refs.spaces),
      relatedProjects: ids(post.projects, refs.projects),
    },
    en: post.en && text(post.en),
  })
  return upsertAll(ctx, mapValues<string, PostSeed, DocSpec<'posts'>>(postsData(ctx.now), spec))
}
