import type { ServerProps } from 'payload'
import { adminT } from './i18n'

/** The translation dashboard's entry in the admin's side navigation. */
export function TranslationsNavLink({ payload, i18n }: ServerProps) {
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/translations`} id="nav-translations">
      <span className="nav__link-label">{adminT(i18n, 'translationsNav')}</span>
    </a>
  )
}
