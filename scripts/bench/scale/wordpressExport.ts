import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { paragraphs, title } from './text'

export const categoryCount = 12
export const tagCount = 60

const cdata = (text: string) => `<![CDATA[${text}]]>`
const both = (it: string, en: string | undefined) => (en === undefined ? it : `[:it]${it}[:en]${en}[:]`)

/** Post `n`: a quarter Italian only, one in forty a draft, one to three categories and tags. */
function item(n: number): string {
  const english = n % 4 !== 0
  const body = (locale: 'it' | 'en') => paragraphs(n, locale, 6).join('\n\n')
  const day = new Date(Date.UTC(2012, 0, 1) + n * 6 * 3600_000).toISOString()
  const date = `${day.slice(0, 10)} ${day.slice(11, 19)}`
  const terms = [
    `<category domain="category" nicename="categoria-${n % categoryCount}">${cdata(`Categoria ${n % categoryCount}`)}</category>`,
    ...(n % 3 === 0 ? [`<category domain="category" nicename="categoria-${(n * 7) % categoryCount}">${cdata(`Categoria ${(n * 7) % categoryCount}`)}</category>`] : []),
    `<category domain="post_tag" nicename="etichetta-${n % tagCount}">${cdata(`Etichetta ${n % tagCount}`)}</category>`,
    `<category domain="post_tag" nicename="etichetta-${(n * 11) % tagCount}">${cdata(`Etichetta ${(n * 11) % tagCount}`)}</category>`,
  ]
  return `<item><title>${cdata(both(title(n, 'it'), english ? title(n, 'en') : undefined))}</title><link>http://old.example/?p=${n}</link>
<dc:creator>author</dc:creator><content:encoded>${cdata(both(body('it'), english ? body('en') : undefined))}</content:encoded>
<excerpt:encoded>${cdata(both(paragraphs(n + 1, 'it', 1)[0].slice(0, 200), english ? paragraphs(n + 1, 'en', 1)[0].slice(0, 200) : undefined))}</excerpt:encoded>
<wp:post_id>${n}</wp:post_id><wp:post_date>${date}</wp:post_date><wp:post_date_gmt>${date}</wp:post_date_gmt><wp:post_name>articolo-${n}</wp:post_name>
<wp:status>${n % 40 === 0 ? 'draft' : 'publish'}</wp:status><wp:post_type>post</wp:post_type>
${terms.join('\n')}</item>\n`
}

function termDefinitions(): string {
  const categories = Array.from({ length: categoryCount }, (_, i) =>
    `<wp:category><wp:term_id>${i + 1}</wp:term_id><wp:category_nicename>categoria-${i}</wp:category_nicename><wp:cat_name>${cdata(`[:it]Categoria ${i}[:en]Category ${i}[:]`)}</wp:cat_name></wp:category>`)
  const tags = Array.from({ length: tagCount }, (_, i) =>
    `<wp:tag><wp:term_id>${i + 100}</wp:term_id><wp:tag_slug>etichetta-${i}</wp:tag_slug><wp:tag_name>${cdata(`[:it]Etichetta ${i}[:en]Tag ${i}[:]`)}</wp:tag_name></wp:tag>`)
  return [...categories, ...tags].join('\n')
}

/** Writes a WordPress + qTranslate export of `posts` posts, streamed so that any size fits in memory. */
export async function writeWordpressExport(file: string, posts: number): Promise<void> {
  const out = createWriteStream(file)
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain')
  }
  await write(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><link>http://old.example</link><wp:author><wp:author_login>author</wp:author_login><wp:author_email>author@old.example</wp:author_email><wp:author_display_name>Author</wp:author_display_name></wp:author>
${termDefinitions()}\n`)
  for (let n = 1; n <= posts; n++) await write(item(n))
  await write('</channel></rss>\n')
  out.end()
  await once(out, 'finish')
}
