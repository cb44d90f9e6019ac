/** Above every translated collection's list: untranslated (and, for events, upcoming) filters. */
export const quickFiltersComponents = { beforeListTable: ['/admin/QuickFilters/QuickFilters#QuickFilters'] }
