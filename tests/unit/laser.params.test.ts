// The laser parameter registry: every number has a resolvable source and a sane range.
import { describe, expect, it } from 'vitest'
import { LASER_PARAMS, LASER_SOURCES } from '../../src/sim/laser'

describe('laser parameter registry', () => {
  it('has unique keys, a citation for every source id and defaults inside their ranges', () => {
    const keys = LASER_PARAMS.map((p) => p.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const p of LASER_PARAMS) {
      expect(LASER_SOURCES[p.source], `${p.key} → ${p.source}`).toBeDefined()
      expect(p.min).toBeLessThanOrEqual(p.default)
      expect(p.default).toBeLessThanOrEqual(p.max)
    }
  })

  it('flags every value the reference does not give as an assumption with a note', () => {
    for (const p of LASER_PARAMS.filter((q) => q.source === 'Assumption')) {
      expect(p.confidence).toBe('assumption')
      expect(p.note?.length ?? 0).toBeGreaterThan(10)
    }
  })
})
