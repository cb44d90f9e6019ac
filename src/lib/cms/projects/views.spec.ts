import { describe, expect, it } from 'vitest'
import { distinctHashtag, type ProjectSummary, sortProjects } from './views'

const project = (title: string, status: ProjectSummary['status'], start?: string): ProjectSummary => ({
  id: title.length,
  slug: title,
  title,
  programme: 'local',
  status,
  period: { start },
})

describe('sortProjects', () => {
  it('lists running projects first, then planned, then completed, the most recent first within each', () => {
    const sorted = sortProjects([
      project('old', 'completed', '2014-11-01T12:00:00.000Z'),
      project('soon', 'planned', '2015-06-01T12:00:00.000Z'),
      project('later', 'planned', '2015-09-01T12:00:00.000Z'),
      project('now', 'active', '2014-11-01T12:00:00.000Z'),
      project('undated', 'planned'),
    ])
    expect(sorted.map((p) => p.title)).toEqual(['now', 'later', 'soon', 'undated', 'old'])
  })
})

describe('distinctHashtag', () => {
  it('drops a hashtag the title already says', () => {
    expect(distinctHashtag('#Appleseed', '#Appleseed')).toBeUndefined()
    expect(distinctHashtag('#FUORIEXPOMARCHE', '#FUORI EXPO MARCHE')).toBeUndefined()
    expect(distinctHashtag(' #GERONIMO ', 'Young Heroes, New Entrepreneurs')).toBe('#GERONIMO')
    expect(distinctHashtag(null, 'Anything')).toBeUndefined()
  })
})
