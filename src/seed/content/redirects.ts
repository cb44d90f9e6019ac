import { writeContext, type SeedContext } from '../upsert'

/** A printed address of the demo: /prenota leads to the contact page in the visitor's language. */
export async function seedRedirects(ctx: SeedContext, pageIds: { contact: number }) {
  const from = '/prenota'
  const { totalDocs } = await ctx.payload.count({ collection: 'redirects', where: { from: { equals: from } } })
  if (totalDocs > 0) return ctx.log('unchanged redirects')
  await ctx.payload.create({ collection: 'redirects', data: { from, to: { type: 'reference', reference: { relationTo: 'pages', value: pageIds.contact } }, type: '308' }, context: writeContext })
  ctx.stats.created += 1
  ctx.log(`created redirect ${from}`)
}
