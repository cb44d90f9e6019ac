import { describe, expect, it } from 'vitest'
import { statisticsDue } from './statistics'

describe('statisticsDue', () => {
  it('refreshes after the first 50 posts, then each time the posts written have doubled', () => {
    const refreshes: number[] = []
    let refreshedAt = 0
    for (let written = 0; written <= 10_000; written += 50) {
      if (statisticsDue(written, refreshedAt)) refreshes.push((refreshedAt = written))
    }
    expect(refreshes).toEqual([50, 100, 200, 400, 800, 1600, 3200, 6400])
  })

  it('waits for 50 posts, and never refreshes twice for the same posts', () => {
    expect(statisticsDue(49, 0)).toBe(false)
    expect(statisticsDue(50, 50)).toBe(false)
    expect(statisticsDue(99, 50)).toBe(false)
  })
})
