import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

export const wordpressFixtures = path.resolve('tests/fixtures/wordpress')

/** A WXR file holding the given items, with the fixture's channel (site, authors, terms). */
export async function exportWith(items: string, tail = '</channel>\n</rss>\n') {
  const template = await readFile(path.join(wordpressFixtures, 'export.xml'), 'utf8')
  const head = template.slice(0, template.indexOf('<item>'))
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'wxr-')), 'export.xml')
  await writeFile(file, `${head}${items}\n${tail}`)
  return file
}

type PostOptions = { excerpt?: string; status?: string; postName?: string }

/** One WordPress post item. */
export const item = (id: number, title: string, content: string, { excerpt = '', status = 'publish', postName = `post-${id}` }: PostOptions = {}) => `
  <item><title><![CDATA[${title}]]></title><link>http://www.warehousecoworking.it/?p=${id}</link><dc:creator>warehouse</dc:creator>
  <content:encoded><![CDATA[${content}]]></content:encoded><excerpt:encoded><![CDATA[${excerpt}]]></excerpt:encoded>
  <wp:post_id>${id}</wp:post_id><wp:post_date>2020-01-01 10:00:00</wp:post_date><wp:post_date_gmt>2020-01-01 09:00:00</wp:post_date_gmt>
  <wp:post_name>${postName}</wp:post_name><wp:status>${status}</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type></item>`

/** One WordPress attachment item whose file is `attachedFile` under --uploads. */
export const attachment = (id: number, attachedFile: string, alt: string) => `
  <item><title>Allegato ${id}</title><wp:post_id>${id}</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
  <wp:attachment_url>http://www.warehousecoworking.it/wp-content/uploads/${attachedFile}</wp:attachment_url>
  <wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value><![CDATA[${attachedFile}]]></wp:meta_value></wp:postmeta>
  <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value><![CDATA[${alt}]]></wp:meta_value></wp:postmeta></item>`
