import { z } from 'zod'

/** What an archive holds besides the files: read back first by a restore. */
export const manifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  database: z.object({
    serverVersion: z.string(),
    migrations: z.array(z.string()),
    tables: z.array(z.object({ name: z.string(), columns: z.array(z.string()), file: z.string(), rows: z.number() })),
    sequences: z.array(z.object({ name: z.string(), value: z.string(), isCalled: z.boolean() })),
  }),
  media: z.object({ included: z.boolean(), files: z.number(), bytes: z.number() }),
})

export type Manifest = z.infer<typeof manifestSchema>

export const MANIFEST = 'manifest.json'
