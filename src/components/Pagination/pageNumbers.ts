/**
 * `?page=` as a page number: absent means page 1; anything but a plain positive integer
 * (0, -1, 1.5, abc, 02, a repeated parameter) is undefined, which the page turns into a 404.
 */
export function parsePageParam(value: string | string[] | undefined): number | undefined {
  if (value === undefined) return 1
  if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value)) return undefined
  return Number(value)
}

export type PageItem = number | 'gap'

/** The page links to show: first, last, and a window around the current page, with gaps between. */
export function pageItems(current: number, total: number, around = 1): PageItem[] {
  const shown = new Set([1, total, ...Array.from({ length: around * 2 + 1 }, (_, i) => current - around + i)])
  const pages = [...shown].filter((page) => page >= 1 && page <= total).sort((a, b) => a - b)
  return pages.flatMap((page, i) => {
    const previous = pages[i - 1]
    if (previous === undefined || page === previous + 1) return [page]
    return page === previous + 2 ? [previous + 1, page] : ['gap' as const, page]
  })
}
