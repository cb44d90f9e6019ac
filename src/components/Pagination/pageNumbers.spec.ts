import { describe, expect, it } from 'vitest'
import { pageItems, parsePageParam } from './pageNumbers'

describe('parsePageParam', () => {
  it('reads a positive page number, page 1 when absent', () => {
    expect(parsePageParam(undefined)).toBe(1)
    expect(parsePageParam('1')).toBe(1)
    expect(parsePageParam('12')).toBe(12)
  })

  it.each(['0', '-1', 'abc', '1.5', '02', '', ' 2', '1e3', '9999999'])('refuses %j', (value) => {
    expect(parsePageParam(value)).toBeUndefined()
  })

  it('refuses a repeated parameter', () => {
    expect(parsePageParam(['1', '2'])).toBeUndefined()
  })
})

describe('pageItems', () => {
  it('lists every page when there are few', () => {
    expect(pageItems(1, 1)).toEqual([1])
    expect(pageItems(2, 5)).toEqual([1, 2, 3, 4, 5])
  })

  it('keeps first, last and the neighbours of the current page', () => {
    expect(pageItems(1, 10)).toEqual([1, 2, 'gap', 10])
    expect(pageItems(6, 10)).toEqual([1, 'gap', 5, 6, 7, 'gap', 10])
    expect(pageItems(10, 10)).toEqual([1, 'gap', 9, 10])
  })

  it('shows a single hidden page instead of a gap', () => {
    expect(pageItems(4, 10)).toEqual([1, 2, 3, 4, 5, 'gap', 10])
  })
})
