import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { sectionListGenerateMetadata } from '../sectionList'
import { ProjectsList } from './projectsList'

/**
 * The projects list: kept in the render cache until a project changes. With the language switch's
 * notice (`?only=`) the address is rewritten to `Filtered/` (src/config/listRewrites.ts),
 * rendered per request.
 */
export const generateMetadata = sectionListGenerateMetadata('projects')

export default async function ProjectsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  return <ProjectsList locale={(await localeParams(params)).locale} />
}
