import { localeParams } from '@/i18n/requestLocale'
import { type SectionListProps, sectionListGenerateMetadata } from '../../sectionList'
import { ProjectsList } from '../projectsList'

// The list with the language switch's notice: rendered per request, from the cached data layer.
// Reached by a rewrite of /{locale}/{projects}?only=… (src/config/listRewrites.ts); the capital
// keeps it apart from project slugs, which are lower case.
export const dynamic = 'force-dynamic'

export const generateMetadata = sectionListGenerateMetadata('projects')

export default async function FilteredProjectsPage({ params, searchParams }: SectionListProps) {
  return <ProjectsList locale={(await localeParams(params)).locale} only={(await searchParams).only} />
}
