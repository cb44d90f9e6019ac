import { describe, expect, it } from 'vitest'
import { groupByRegion, type SpaceSummary, sortSpaces } from './views'

const space = (name: string, kind: 'home' | 'partner', country: string, region?: string): SpaceSummary => ({
  id: name.length,
  slug: name.toLowerCase(),
  name,
  kind,
  city: name,
  region,
  country,
})

const spaces = [
  space('Agorà', 'partner', 'DE', 'Berlin'),
  space('Re-Place', 'partner', 'IT', 'Umbria'),
  space('LoFoIo', 'partner', 'IT', 'Toscana'),
  space('Warehouse', 'home', 'IT', 'Marche'),
  space('Combo', 'partner', 'IT', 'Toscana'),
  space('Nowhere', 'partner', 'IT'),
]

describe('sortSpaces', () => {
  it('puts the home space first, then the home country’s partners by region and name, then abroad', () => {
    expect(sortSpaces(spaces).map((s) => s.name)).toEqual(['Warehouse', 'Nowhere', 'Combo', 'LoFoIo', 'Re-Place', 'Agorà'])
  })
})

describe('groupByRegion', () => {
  it('groups sorted partners under their region and country', () => {
    const partners = sortSpaces(spaces).filter((s) => s.kind === 'partner')
    expect(groupByRegion(partners).map((g) => [g.region, g.country, g.spaces.map((s) => s.name)])).toEqual([
      ['', 'IT', ['Nowhere']],
      ['Toscana', 'IT', ['Combo', 'LoFoIo']],
      ['Umbria', 'IT', ['Re-Place']],
      ['Berlin', 'DE', ['Agorà']],
    ])
  })
})
