import { describe, expect, it } from 'vitest'
import { publishedAt } from './postFields'
import type { WxrItem } from './wxrReader'

const item = (postDate: string, postDateGmt = '0000-00-00 00:00:00') => ({ postDate, postDateGmt }) as WxrItem

describe('publishedAt', () => {
  it('takes the GMT date when WordPress set one', () => {
    expect(publishedAt(item('2014-10-05 11:00:00', '2014-10-05 09:00:00'))).toBe('2014-10-05T09:00:00.000Z')
  })

  it("reads a draft's local date as Rome time, summer and winter, seconds kept", () => {
    expect(publishedAt(item('2014-10-05 11:00:15'))).toBe('2014-10-05T09:00:15.000Z')
    expect(publishedAt(item('2015-01-20 18:30:00'))).toBe('2015-01-20T17:30:00.000Z')
  })

  it('has no date when WordPress has none', () => {
    expect(publishedAt(item('0000-00-00 00:00:00'))).toBeUndefined()
  })
})
