import type { Event } from '@/payload-types'
import { ROME_TIME_ZONE, romeTimeToUtc } from '@/config/rome'
import { richText, type Block } from '../../lexical'
import type { ImageKey } from '../../media'
import { mapValues, upsertAll, type DocSpec, type SeedContext } from '../../upsert'
import type { ProjectKey } from '../projects'
import type { SpaceKey } from '../spaces'
import { eventsData } from './data'

type Text = { title: string; slug: string; summary: string; description: Block[] }

export type EventSeed = {
  /** Rome's wall clock: date, start, end. */
  when: [date: string, start: string, end: string]
  status?: Event['status']
  host?: SpaceKey
  partners?: SpaceKey[]
  projects?: ProjectKey[]
  venue?: { it: string; en: string; city: string; region: string; country?: string; at: [number, number] }
  onlineUrl?: string
  cover: ImageKey
  it: Text
  en: Text
}

type Refs = { spaces: Record<SpaceKey, number>; projects: Record<ProjectKey, number>; media: Record<ImageKey, number> }

function venueIn(locale: 'it' | 'en', venue: EventSeed['venue']) {
  if (!venue) return undefined
  const { it, en, at, country = 'IT', ...place } = venue
  return { ...place, country, name: locale === 'it' ? it : en, latitude: at[0], longitude: at[1] }
}

const text = ({ description, ...fields }: Text) => ({ ...fields, generateSlug: false, description: richText(description) })

export function seedEvents(ctx: SeedContext, { spaces, projects, media }: Refs) {
  const spec = (event: EventSeed): DocSpec<'events'> => {
    const [date, start, end] = event.when
    return {
      collection: 'events',
      it: {
        ...text(event.it),
        start: romeTimeToUtc(date, start),
        start_tz: ROME_TIME_ZONE,
        end: romeTimeToUtc(date, end),
        end_tz: ROME_TIME_ZONE,
        status: event.status ?? 'scheduled',
        venue: venueIn('it', event.venue),
        onlineUrl: event.onlineUrl,
        host: event.host ? spaces[event.host] : null,
        partners: (event.partners ?? []).map((key) => spaces[key]),
        relatedProjects: (event.projects ?? []).map((key) => projects[key]),
        coverImage: media[event.cover],
      },
      en: { ...text(event.en), venue: venueIn('en', event.venue) },
    }
  }
  return upsertAll(ctx, mapValues(eventsData(ctx.now), spec))
}

export type EventKey = keyof ReturnType<typeof eventsData>
