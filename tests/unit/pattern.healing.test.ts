// Distances to living epithelium and re-epithelialization time: raster against the exact R/3 of isolated discs,
// the calibration on REFERENCE case 5 (Stumpp 2009 / Laubach 2006), Grahn's motility check, follicles as sources.
import { describe, expect, it } from 'vitest'
import type { Follicle } from '../../src/sim'
import {
  generatePattern,
  isolatedDiscDistancesUm,
  patternFigures,
  patternParam,
  reepithelializationDays,
  reepithelializationHours,
  type PatternInput,
} from '../../src/sim/pattern'
import { DEFAULT_PULSE, simulatePulseCached } from '../../src/sim/laser'
import { SITES } from '../../src/sim'

// A density that puts exactly one MTZ in the middle of the 2 × 2 mm block: round(2000 µm / s) = 1 for s = 2 mm.
const ONE_MTZ_DENSITY = (Math.PI * 60 ** 2 * 100) / 2000 ** 2
const SHALLOW = { ablationDepthUm: 0, thermalDamageDepthUm: 0 }

function isolatedDisc(diameterUm: number, rasterCellUm?: number, offsetUm = 0) {
  const input: PatternInput = {
    mode: 'fractional',
    layout: 'grid',
    densityPercent: ONE_MTZ_DENSITY,
    spotDiameterUm: 120,
    mtzDiameterUm: diameterUm,
    seed: 1,
    rasterCellUm,
  }
  const pattern = generatePattern(input)
  expect(pattern.count).toBe(1)
  pattern.centresUm[0] += offsetUm // move off the cell grid to test sub-cell positions
  pattern.centresUm[1] += offsetUm * 1.7
  return { pattern, figures: patternFigures(pattern, SHALLOW) }
}

describe('distance to intact epidermis', () => {
  it('raster transform ≈ exact R/3 (mean) and R (max) of an isolated disc: mean within 5% (4 µm cells) and 2% (1 µm), max within 1.25 cells', () => {
    for (const diameter of [100, 205, 500]) {
      const exact = isolatedDiscDistancesUm(diameter / 2)
      expect(exact.meanUm).toBeCloseTo(diameter / 6, 10)
      for (const offset of [0, 0.77, 1.9]) {
        const coarse = isolatedDisc(diameter, undefined, offset).figures
        expect(Math.abs((coarse.meanDistanceToIntactUm as number) / exact.meanUm - 1)).toBeLessThan(0.05)
        // the max sits at the disc centre, which a cell centre can miss by ½√2 cell; the half-cell edge
        // correction (exact for straight edges) overshoots on a curve: within 1.25 cells
        expect(Math.abs((coarse.maxDistanceToIntactUm as number) - exact.maxUm)).toBeLessThanOrEqual(5)
      }
      const fine = isolatedDisc(diameter, 1, 0.3).figures
      expect(Math.abs((fine.meanDistanceToIntactUm as number) / exact.meanUm - 1)).toBeLessThan(0.02)
      expect(Math.abs((fine.maxDistanceToIntactUm as number) - exact.maxUm)).toBeLessThanOrEqual(1.25)
    }
  })

  it('continuous wound of the 2 × 2 mm block: mean distance to its edge a/6 = 333 µm, max a/2 = 1000 µm', () => {
    const pattern = generatePattern({ ...isolatedDisc(205).pattern, mode: 'continuous', seed: 1 })
    const f = patternFigures(pattern, SHALLOW)
    expect(f.woundFraction).toBe(1)
    expect(f.meanDistanceToEdgeUm).toBeCloseTo(2000 / 6, 0)
    expect(Math.abs((f.maxDistanceToEdgeUm as number) - 1000)).toBeLessThanOrEqual(4)
    expect(f.follicles.considered).toBe(false)
  })

  it('follicles under a continuous wound: bulbs deeper than the damage survive and shorten the distances', () => {
    const follicle = (id: number, xUm: number, yUm: number, bulbBaseDepthUm: number) =>
      ({ id, xUm, yUm, tiltRad: 0, tiltAzimuthRad: 0, bulbBaseDepthUm }) as Follicle
    const pattern = generatePattern({ ...isolatedDisc(205).pattern, mode: 'continuous', seed: 1 })
    const pulse = { ablationDepthUm: 280, thermalDamageDepthUm: 305 }
    const block = { follicles: [follicle(0, 1000, 1000, 1000), follicle(1, 500, 500, 200)] }
    const f = patternFigures(pattern, pulse, block)
    expect(f.follicles).toEqual({ considered: true, underWound: 2, surviving: 1, destroyed: 1 })
    expect(f.follicleClimbUm).toBeCloseTo(25, 6)
    expect(f.maxDistanceToIntactUm as number).toBeLessThan(f.maxDistanceToEdgeUm as number)
    expect(f.meanDistanceToIntactUm as number).toBeLessThan(f.meanDistanceToEdgeUm as number)
    // the centre of the block is now 25 µm (the climb) from living epithelium instead of 1000 µm
    const deeper = patternFigures(pattern, { ablationDepthUm: 900, thermalDamageDepthUm: 1100 }, block)
    expect(deeper.follicles).toEqual({ considered: true, underWound: 2, surviving: 0, destroyed: 2 })
    expect(deeper.maxDistanceToIntactUm).toBe(deeper.maxDistanceToEdgeUm)
  })

  it('no wound → null distances and 0 days', () => {
    const none = patternFigures(
      generatePattern({ ...isolatedDisc(205).pattern, mode: 'none', seed: 1 }),
      SHALLOW,
    )
    expect(none.meanDistanceToIntactUm).toBeNull()
    expect(none.maxDistanceToIntactUm).toBeNull()
    expect(reepithelializationDays(none)).toBe(0)
  })
})

describe('re-epithelialization time', () => {
  const v = patternParam('healing.keratinocyteFrontSpeedUmPerH')

  it('calibration: lag + front fitted to both ends of Stumpp 2009 (100 µm wide in 10 h, 500 µm wide in 22 h)', () => {
    expect(v).toBeCloseTo(200 / 12, 10)
    expect(patternParam('healing.fractionalStartLagH')).toBeCloseTo(7, 10)
    expect(reepithelializationHours(50, 'fractional')).toBeCloseTo(10, 10)
    expect(reepithelializationHours(250, 'fractional')).toBeCloseTo(22, 10)
  })

  it('REFERENCE case 5: no fractional MTZ closes sooner than 10 h, none < 500 µm later than 28 h (ED84)', () => {
    for (const diameter of [100, 120, 300, 500]) {
      const hours = reepithelializationDays(isolatedDisc(diameter).figures) * 24
      expect(hours, `${diameter} µm`).toBeGreaterThanOrEqual(10 - 0.5) // raster: max distance within ½ cell
      expect(hours, `${diameter} µm`).toBeLessThanOrEqual(28)
    }
    // even the smallest wound waits for the lag
    expect(reepithelializationHours(1, 'fractional')).toBeGreaterThan(7)
  })

  it("the front is slower than single keratinocytes (3–5 × Grahn's 9 µm/h) and faster than melanocytes", () => {
    const melanocyte = patternParam('healing.melanocyteSpeedUmPerH')
    expect(v).toBeLessThan(patternParam('healing.keratinocyteSpeedFactorMin') * melanocyte)
    expect(v).toBeGreaterThan(melanocyte)
  })

  it('REFERENCE case 5: a 500 µm-wide MTZ re-epithelializes within 10–28 h', () => {
    const hours = reepithelializationDays(isolatedDisc(500).figures) * 24
    expect(hours).toBeGreaterThanOrEqual(10)
    expect(hours).toBeLessThanOrEqual(28)
  })

  it('grows monotonically with the damaged width', () => {
    const days = [100, 200, 300, 500, 800].map((d) => reepithelializationDays(isolatedDisc(d).figures))
    for (let k = 1; k < days.length; k++) expect(days[k]).toBeGreaterThan(days[k - 1])
  })

  it('grows monotonically with the spot diameter through the pulse model (30 mJ, 10% density, forearm)', () => {
    let previous = { width: 0, days: 0 }
    for (const spotDiameterUm of [120, 300, 600]) {
      const pulse = simulatePulseCached({ ...DEFAULT_PULSE, spotDiameterUm, layers: SITES.forearm.layers })
      const pattern = generatePattern({
        mode: 'fractional',
        layout: 'grid',
        densityPercent: 10,
        spotDiameterUm,
        mtzDiameterUm: pulse.lesionWidthUm,
        seed: 1,
      })
      const days = reepithelializationDays(patternFigures(pattern, pulse))
      expect(pulse.lesionWidthUm).toBeGreaterThan(previous.width)
      expect(days).toBeGreaterThan(previous.days)
      previous = { width: pulse.lesionWidthUm, days }
    }
  })

  it('continuous wounds start 48 h late (Collawn 2001) and take longer than fractional ones', () => {
    expect(reepithelializationHours(100, 'continuous')).toBeCloseTo(48 + 100 / v, 10) // Collawn's 48 h replaces the lag
    expect(reepithelializationHours(100, 'none')).toBe(0)
    const fractional = isolatedDisc(205)
    const continuous = patternFigures(
      generatePattern({ ...fractional.pattern, mode: 'continuous', seed: 1 }),
      SHALLOW,
    )
    expect(reepithelializationDays(continuous)).toBeGreaterThan(reepithelializationDays(fractional.figures))
  })
})
