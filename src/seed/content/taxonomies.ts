import { mapValues, upsertAll, type DocSpec, type SeedContext } from '../upsert'

type Term = { it: [title: string, slug: string]; en: [title: string, slug: string] }

const categories = {
  events: { it: ['Eventi', 'eventi'], en: ['Events', 'events'] },
  network: { it: ['Rete', 'rete'], en: ['Network', 'network'] },
  europe: { it: ['Progetti europei', 'progetti-europei'], en: ['European projects', 'european-projects'] },
  local: { it: ['Territorio', 'territorio'], en: ['Local community', 'local-community'] },
} satisfies Record<string, Term>

const tags = {
  coworking: { it: ['coworking', 'coworking'], en: ['coworking', 'coworking'] },
  collaboratorio: { it: ['#collaboratorio', 'collaboratorio'], en: ['#collaboratorio', 'collaboratorio'] },
  erasmus: { it: ['Erasmus+', 'erasmus-plus'], en: ['Erasmus+', 'erasmus-plus'] },
  creativeEurope: { it: ['Creative Europe', 'creative-europe'], en: ['Creative Europe', 'creative-europe'] },
  horizon: { it: ['Horizon 2020', 'horizon-2020'], en: ['Horizon 2020', 'horizon-2020'] },
  fair: { it: ['Fai la Cosa Giusta', 'fai-la-cosa-giusta'], en: ['Fai la Cosa Giusta', 'fai-la-cosa-giusta'] },
  youth: { it: ['Imprenditoria giovanile', 'imprenditoria-giovanile'], en: ['Youth entrepreneurship', 'youth-entrepreneurship'] },
  socialEconomy: { it: ['Economia sociale', 'economia-sociale'], en: ['Social economy', 'social-economy'] },
  geronimo: { it: ['#GERONIMO', 'geronimo'], en: ['#GERONIMO', 'geronimo'] },
} satisfies Record<string, Term>

type Taxonomy = 'categories' | 'tags'

const specs = (collection: Taxonomy) => ({ it, en }: Term): DocSpec<Taxonomy> => ({
  collection,
  it: { title: it[0], slug: it[1], generateSlug: false },
  en: { title: en[0], slug: en[1], generateSlug: false },
})

export async function seedTaxonomies(ctx: SeedContext) {
  return {
    categories: await upsertAll(ctx, mapValues(categories, specs('categories'))),
    tags: await upsertAll(ctx, mapValues(tags, specs('tags'))),
  }
}

export type Taxonomies = Awaited<ReturnType<typeof seedTaxonomies>>
