// The fractional pattern: MTZ counts against the density, coverage against N·π(d/2)² (REFERENCE §3.1), the random
// layout's least distance and determinism, and the continuous / none modes.
import { describe, expect, it } from 'vitest'
import {
  generatePattern,
  mtzPerUm2,
  meanNearestNeighbourUm,
  PATTERN_PARAMS,
  PATTERN_SOURCES,
  type PatternInput,
  type PatternLayout,
} from '../../src/sim/pattern'

const AREA_UM2 = 2000 * 2000
const base: PatternInput = {
  mode: 'fractional',
  layout: 'grid',
  densityPercent: 10,
  spotDiameterUm: 120,
  mtzDiameterUm: 205,
  seed: 1,
}

describe('pattern parameter registry', () => {
  it('has unique keys, a citation for every source id, defaults inside ranges, notes on assumptions', () => {
    const keys = PATTERN_PARAMS.map((p) => p.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const p of PATTERN_PARAMS) {
      expect(PATTERN_SOURCES[p.source], `${p.key} → ${p.source}`).toBeDefined()
      expect(p.min).toBeLessThanOrEqual(p.default)
      expect(p.default).toBeLessThanOrEqual(p.max)
      if (p.source === 'Assumption') {
        expect(p.confidence).toBe('assumption')
        expect(p.note?.length ?? 0).toBeGreaterThan(10)
      }
    }
  })
})

describe('generatePattern: counts versus density', () => {
  it('uses MTZ per cm² = density / (π·(spot/2)²)', () => {
    // 10% with a 120 µm spot: 0.1 / (π·(60e-4 cm)²) = 884 /cm².
    expect(mtzPerUm2(10, 120) * 1e8).toBeCloseTo(884.2, 1)
    expect(generatePattern(base).targetMtzPerCm2).toBeCloseTo(884.2, 1)
  })

  it('grid and hex: the count matches density × area within the rounding of each side, spacing from the density', () => {
    for (const layout of ['grid', 'hex'] as PatternLayout[]) {
      for (const densityPercent of [1, 5, 10, 20, 40, 60]) {
        for (const spotDiameterUm of [100, 120, 300, 600]) {
          const p = generatePattern({
            ...base,
            layout,
            densityPercent,
            spotDiameterUm,
            mtzDiameterUm: spotDiameterUm,
          })
          const n = mtzPerUm2(densityPercent, spotDiameterUm)
          const expected = n * AREA_UM2
          // Grid: s = 1/√n; hex: a = √(2/(√3 n)) with rows a√3/2 apart.
          const step = layout === 'grid' ? 1 / Math.sqrt(n) : Math.sqrt(2 / (Math.sqrt(3) * n))
          const rowStep = layout === 'grid' ? step : (step * Math.sqrt(3)) / 2
          const columns = 2000 / step
          const rows = 2000 / rowStep
          // |round(c)·round(r) − c·r| ≤ ½(c + r) + ¼
          expect(
            Math.abs(p.count - expected),
            `${layout} ${densityPercent}% ${spotDiameterUm} µm`,
          ).toBeLessThanOrEqual(0.5 * (columns + rows) + 0.25 + 1e-9)
          if (expected > 100) expect(Math.abs(p.count / expected - 1)).toBeLessThan(0.1)
          if (p.count >= 4) expect(p.meanSpacingUm).toBeCloseTo(step, 0)
          // every centre inside the treated area
          for (let k = 0; k < p.centresUm.length; k++) {
            expect(p.centresUm[k]).toBeGreaterThanOrEqual(-1e-3)
            expect(p.centresUm[k]).toBeLessThanOrEqual(2000 + 1e-3)
          }
        }
      }
    }
  })

  it('the default grid (10%, 120 µm) puts 6 × 6 = 36 MTZs 336 µm apart in the 2 × 2 mm block', () => {
    const p = generatePattern(base)
    expect(p.count).toBe(36)
    expect(p.meanSpacingUm).toBeCloseTo(336.3, 1)
    // centred: the mean position is the middle of the block
    let sx = 0
    let sy = 0
    for (let k = 0; k < p.count; k++) {
      sx += p.centresUm[2 * k]
      sy += p.centresUm[2 * k + 1]
    }
    expect(sx / p.count).toBeCloseTo(1000, 2)
    expect(sy / p.count).toBeCloseTo(1000, 2)
  })

  it('random: exactly round(density × area) MTZs, none closer than the least distance', () => {
    for (const [densityPercent, spotDiameterUm, mtzDiameterUm] of [
      [10, 120, 205],
      [30, 120, 205],
      [60, 100, 176],
      [5, 300, 450],
    ]) {
      const p = generatePattern({ ...base, layout: 'random', densityPercent, spotDiameterUm, mtzDiameterUm })
      expect(p.count).toBe(Math.round(mtzPerUm2(densityPercent, spotDiameterUm) * AREA_UM2))
      const min = p.minDistanceUm as number
      expect(min).toBeGreaterThan(0)
      expect(min).toBeLessThanOrEqual(mtzDiameterUm)
      let closest = Infinity
      for (let a = 0; a < p.count; a++) {
        for (let b = a + 1; b < p.count; b++) {
          const d = Math.hypot(
            p.centresUm[2 * a] - p.centresUm[2 * b],
            p.centresUm[2 * a + 1] - p.centresUm[2 * b + 1],
          )
          closest = Math.min(closest, d)
        }
      }
      expect(closest).toBeGreaterThanOrEqual(min - 1e-3) // Float32 storage
    }
  })

  it('random: the least distance is the MTZ diameter when the density allows it (no overlapping damage)', () => {
    const p = generatePattern({ ...base, layout: 'random' })
    expect(p.minDistanceUm).toBe(205)
    // no overlap → coverage = N·π(d/2)² ÷ area (up to the raster and MTZs cut by the block edge)
    const analytic = (p.count * Math.PI * 102.5 ** 2) / AREA_UM2
    expect(p.coverageFraction).toBeLessThanOrEqual(analytic + 0.005)
    expect(p.coverageFraction).toBeGreaterThan(analytic * 0.85)
  })

  it('random: seeded and deterministic', () => {
    const a = generatePattern({ ...base, layout: 'random', seed: 7 })
    const b = generatePattern({ ...base, layout: 'random', seed: 7 })
    const c = generatePattern({ ...base, layout: 'random', seed: 8 })
    expect(Array.from(a.centresUm)).toEqual(Array.from(b.centresUm))
    expect(Array.from(a.centresUm)).not.toEqual(Array.from(c.centresUm))
    expect(a.coverageFraction).toBe(b.coverageFraction)
    // grids ignore the seed
    expect(Array.from(generatePattern({ ...base, seed: 3 }).centresUm)).toEqual(
      Array.from(generatePattern(base).centresUm),
    )
  })
})

describe('generatePattern: coverage', () => {
  it('REFERENCE §3.1: 1600 MTZ/cm² of 100 µm → 12.6% (non-overlapping, raster within 1%)', () => {
    // 1600 /cm² with a 100 µm spot is a density of 1600 × π(50e-4 cm)² = 12.57%.
    const densityPercent = 1600 * Math.PI * 50e-4 ** 2 * 100
    for (const layout of ['grid', 'hex'] as PatternLayout[]) {
      const p = generatePattern({ ...base, layout, densityPercent, spotDiameterUm: 100, mtzDiameterUm: 100 })
      const analytic = (p.count * Math.PI * 50 ** 2) / AREA_UM2
      expect(p.coverageFraction / analytic).toBeGreaterThan(0.99)
      expect(p.coverageFraction / analytic).toBeLessThan(1.01)
      if (layout === 'grid') {
        expect(p.count).toBe(64) // 8 × 8 at 250 µm: exactly 1600 /cm²
        expect(p.mtzPerCm2).toBeCloseTo(1600, 6)
        expect(p.coverageFraction).toBeCloseTo(0.126, 3)
      }
    }
  })

  it('overlaps are counted once: coverage never exceeds 1 and is below N·π(d/2)² when discs overlap', () => {
    const p = generatePattern({ ...base, densityPercent: 60, mtzDiameterUm: 205 })
    const sum = (p.count * Math.PI * 102.5 ** 2) / AREA_UM2
    expect(sum).toBeGreaterThan(1)
    expect(p.coverageFraction).toBeLessThanOrEqual(1)
    expect(p.coverageFraction).toBeGreaterThan(0.95)
  })

  it('continuous mode wounds the whole area; none wounds nothing', () => {
    const continuous = generatePattern({ ...base, mode: 'continuous' })
    expect(continuous.coverageFraction).toBe(1)
    expect(continuous.count).toBe(0)
    expect(continuous.centresUm.length).toBe(0)
    expect(continuous.meanSpacingUm).toBeNull()
    const none = generatePattern({ ...base, mode: 'none' })
    expect(none.coverageFraction).toBe(0)
    expect(none.count).toBe(0)
    expect(none.mtzPerCm2).toBe(0)
  })

  it('zero damage width gives zero coverage; bad input throws', () => {
    expect(generatePattern({ ...base, mtzDiameterUm: 0 }).coverageFraction).toBe(0)
    expect(() => generatePattern({ ...base, densityPercent: 0 })).toThrow(RangeError)
    expect(() => generatePattern({ ...base, spotDiameterUm: Number.NaN })).toThrow(RangeError)
    expect(() => generatePattern({ ...base, mtzDiameterUm: -1 })).toThrow(RangeError)
  })

  it('treated areas other than the block work, and the mean nearest-neighbour distance is exact on a lattice', () => {
    const p = generatePattern({ ...base, widthUm: 5000, lengthUm: 3000 })
    expect(p.widthUm).toBe(5000)
    expect(Math.abs(p.count - mtzPerUm2(10, 120) * 5000 * 3000)).toBeLessThan(12)
    expect(meanNearestNeighbourUm(Float32Array.from([0, 0, 3, 4, 100, 100]))).toBeCloseTo(
      (5 + 5 + Math.hypot(97, 96)) / 3,
      3,
    )
    expect(meanNearestNeighbourUm(new Float32Array(2))).toBeNull()
  })
})
