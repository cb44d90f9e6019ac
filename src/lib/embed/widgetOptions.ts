import { z } from 'zod'

const hex = z.string().regex(/^[0-9a-fA-F]{6}$/).transform((value) => `#${value.toLowerCase()}`)

// Each option falls back to its default on a bad value: a partner's typo must not break its page.
const schema = z.object({
  accent: hex.catch('#a63c15'),
  background: hex.catch('#ffffff'),
  text: hex.catch('#1d1b18'),
  limit: z.coerce.number().int().min(1).max(20).catch(5),
})

export type WidgetOptions = z.infer<typeof schema>

/** The widget's look from its query string (`?accent=0055aa&background=ffffff&text=111111&limit=3`). */
export function widgetOptions(query: Record<string, string | string[] | undefined>): WidgetOptions {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
  return schema.parse({ accent: first(query.accent), background: first(query.background), text: first(query.text), limit: first(query.limit) })
}
