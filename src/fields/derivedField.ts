import type { Field, FieldHook } from 'payload'

/**
 * A hidden, localized field computed from `source` (a field of the same row) on every save that
 * carries it, and kept as it was by saves that do not: lists read the stored value instead of the
 * source (a whole rich text) for every document they show.
 */
export function derivedField(name: string, type: 'number' | 'text', source: string, derive: (value: unknown) => unknown): Field {
  const keep: FieldHook = ({ siblingData, value }) => (source in siblingData ? derive(siblingData[source]) : value)
  return { name, type, localized: true, admin: { hidden: true }, hooks: { beforeChange: [keep] } } as Field
}
