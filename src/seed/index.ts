import type { Payload } from 'payload'
import { seedEvents } from './content/events'
import { seedForms } from './content/forms'
import { seedPages } from './content/pages'
import { seedPosts } from './content/posts'
import { seedProjects } from './content/projects'
import { seedRedirects } from './content/redirects'
import { seedSite } from './content/site'
import { seedSpaces } from './content/spaces'
import { seedTaxonomies } from './content/taxonomies'
import { seedMedia } from './media'
import type { SeedContext } from './upsert'
import { seedUsers } from './users'

export type SeedOptions = { now?: Date; log?: (line: string) => void }

export type SeedResult = { created: number; updated: number; adminEmail: string; adminPassword: string }

/**
 * Fills the site with demo content in Italian and English. Safe to run again: every document is found
 * by a stable key (Italian slug, space slug, file name, email) and updated instead of duplicated.
 */
export async function seedDemoContent(payload: Payload, options: SeedOptions = {}): Promise<SeedResult> {
  const ctx: SeedContext = { payload, now: options.now ?? new Date(), log: options.log ?? (() => {}), stats: { created: 0, updated: 0 } }

  const users = await seedUsers(ctx)
  const media = await seedMedia(ctx)
  const taxonomies = await seedTaxonomies(ctx)
  const spaces = await seedSpaces(ctx, media)
  const projects = await seedProjects(ctx, spaces, media)
  const events = await seedEvents(ctx, { spaces, projects, media })
  await seedPosts(ctx, { author: users.ids.admin, media, taxonomies, events, spaces, projects })
  const forms = await seedForms(ctx)
  const pages = await seedPages(ctx, { media, forms })
  await seedSite(ctx, pages)
  await seedRedirects(ctx, pages)

  return { ...ctx.stats, adminEmail: users.admin.email, adminPassword: users.admin.password }
}
