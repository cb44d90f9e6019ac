import type { DateFieldValidation } from 'payload'

export const endAfterStart: DateFieldValidation = (value, { siblingData, req }) => {
  const start = (siblingData as { start?: string | Date }).start
  if (!value || !start) return true
  if (new Date(value).getTime() >= new Date(start).getTime()) return true
  return req.i18n?.language === 'it' ? "La fine deve venire dopo l'inizio." : 'The end must come after the start.'
}
