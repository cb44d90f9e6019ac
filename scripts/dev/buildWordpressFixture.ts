import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Writes tests/fixtures/wordpress/export.xml from its template, putting the seed post's body in
 * verbatim (the first line of seed-post.txt is its title, already in the template).
 */
const dir = path.resolve('tests/fixtures/wordpress')
const seed = readFileSync(path.join(dir, 'seed-post.txt'), 'utf8')
const body = seed.slice(seed.indexOf('\n') + 1).replace(/^\n/, '')
if (body.includes(']]>')) throw new Error('The seed post cannot sit in a CDATA section')
const template = readFileSync(path.join(dir, 'export.template.xml'), 'utf8')
writeFileSync(path.join(dir, 'export.xml'), template.replace('@@SEED_CONTENT@@', () => body))
