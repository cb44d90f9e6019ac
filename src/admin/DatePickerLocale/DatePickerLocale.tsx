'use client'
import { useTranslation } from '@payloadcms/ui'
import { enUS, it } from 'date-fns/locale'
import type { ReactNode } from 'react'
import { registerLocale, setDefaultLocale } from 'react-datepicker'

// Payload's date picker registers the admin language's date-fns locale in an effect after its own
// render, and nothing renders it again: a date field that mounted before the locale had loaded
// kept the English "Oct 6, 2014, 10:30" in the Italian admin. Both locales are registered as this
// module loads (react-datepicker keeps them on `globalThis`, shared with Payload's copy), under
// the names Payload gives them (`getFormattedLocale`).
registerLocale('it', it)
registerLocale('enUS', enUS)

/** Wraps the admin: the date pickers' default locale is the admin language's before any field renders. */
export function DatePickerLocale({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  setDefaultLocale(i18n.language === 'it' ? 'it' : 'enUS')
  return children
}
