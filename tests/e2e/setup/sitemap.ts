import type { APIRequestContext } from '@playwright/test'

/** The whole sitemap: the index, then every file it lists, concatenated. */
export async function wholeSitemap(request: APIRequestContext): Promise<{ index: string; files: string }> {
  const index = await (await request.get('/sitemap.xml')).text()
  const paths = [...index.matchAll(/<loc>[^<]*?(\/sitemap\/[^<]+)<\/loc>/g)].map((match) => match[1])
  const files = await Promise.all(paths.map(async (path) => (await request.get(path)).text()))
  return { index, files: files.join('\n') }
}
