import { collaboratorioPost } from '../../../src/seed/content/posts/collaboratorio'

/** One address per page type and locale, on the demo content every e2e run seeds. */
export const demoPages = {
  home: { it: '/it', en: '/en' },
  blog: { it: '/it/blog', en: '/en/blog' },
  post: { it: `/it/blog/${collaboratorioPost.it.slug}`, en: `/en/blog/${collaboratorioPost.en.slug}` },
  events: { it: '/it/eventi', en: '/en/events' },
  event: {
    it: '/it/eventi/collaboratorio-fai-la-cosa-giusta-umbria-2014',
    en: '/en/events/collaboratorio-coworking-spaces-at-fai-la-cosa-giusta-umbria-2014',
  },
  spaces: { it: '/it/spazi', en: '/en/spaces' },
  space: { it: '/it/spazi/lofoio', en: '/en/spaces/lofoio' },
  projects: { it: '/it/progetti', en: '/en/projects' },
  project: { it: '/it/progetti/geronimo-giovani-eroi-nuovi-imprenditori', en: '/en/projects/geronimo-young-heroes-new-entrepreneurs' },
  about: { it: '/it/chi-siamo', en: '/en/about' },
  plans: { it: '/it/piani-e-prezzi', en: '/en/plans-and-prices' },
  contact: { it: '/it/contatti', en: '/en/contact' },
  privacy: { it: '/it/privacy', en: '/en/privacy' },
  search: { it: '/it/cerca?q=spazi', en: '/en/search?q=events' },
  notFound: { it: '/it/nessuna-pagina', en: '/en/no-such-page' },
} as const

export type PageType = keyof typeof demoPages
