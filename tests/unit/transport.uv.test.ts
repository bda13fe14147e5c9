// NB-UVB: Beer–Lambert per layer, the Korean 1997 anchor, open channels and their closure.
import { describe, expect, it } from 'vitest'
import {
  onePercentDepthUm,
  transmissionAt,
  transportParam,
  unitCellFor,
  uvDetails,
  uvReport,
  wallViewFactor,
} from '../../src/sim/transport'
import { DEFAULT_LASER } from '../../src/sim/scenarioLaser'
import { SITES } from '../../src/sim/sites'

describe('NB-UVB attenuation', () => {
  it('reproduces 32.4% through forearm vitiligo epidermis and Beer–Lambert in each layer', () => {
    const cell = unitCellFor('forearm', { ...DEFAULT_LASER, mode: 'none' })
    const l = SITES.forearm.layers
    const dej = l.stratumCorneumUm + l.viableEpidermisUm
    expect(transmissionAt(cell, 0, dej, 0)).toBeCloseTo(0.324, 9)
    const muEpi = transportParam('transport.uv.epidermisAttenuationPerCm') / 1e4
    const muDerm = transportParam('transport.uv.dermisAttenuationPerCm') / 1e4
    expect(transmissionAt(cell, 0, l.stratumCorneumUm, 0)).toBeCloseTo(
      Math.exp(-muEpi * l.stratumCorneumUm),
      12,
    )
    expect(transmissionAt(cell, 0, dej + 100, 0)).toBeCloseTo(0.324 * Math.exp(-muDerm * 100), 12)
    // REFERENCE §4.4: the dermal coefficient is the 1/e depth of ≈ 25 µm.
    expect(1 / muDerm).toBeCloseTo(25, 6)
  })

  it('open channels raise the basal and bulge doses; closed channels and no laser do not', () => {
    for (const site of ['forearm', 'face', 'trunk', 'hand'] as const) {
      const u = uvReport(site, DEFAULT_LASER)
      expect(u.basalDoseFraction.lasered).toBeGreaterThan(u.basalDoseFraction.intact)
      expect(u.bulgeDoseFraction.lasered).toBeGreaterThanOrEqual(u.bulgeDoseFraction.intact)
      expect(u.bulgeDoseFraction.intact).toBeLessThan(u.basalDoseFraction.intact)
    }
    const open = uvDetails({ site: 'forearm', laser: DEFAULT_LASER })
    expect(open.openChannelBasalDoseFraction).toBeGreaterThan(open.basalDoseFraction.lasered)
    const closed = uvDetails({ site: 'forearm', laser: DEFAULT_LASER, hoursAfterLaser: 100 })
    expect(closed.basalDoseFraction.lasered).toBeCloseTo(closed.basalDoseFraction.intact, 12)
    const none = uvReport('forearm', { ...DEFAULT_LASER, mode: 'none' })
    expect(none.basalDoseFraction.lasered).toBe(none.basalDoseFraction.intact)
    expect(Object.keys(none).sort()).toEqual(
      [
        'basalDoseFraction',
        'bulgeDoseFraction',
        'channelWallBasalDoseFraction',
        'hoursAfterLaser',
        'onePercentDepthUm',
        'series',
        'timing',
      ].sort(),
    )
  })

  it('the lasered basal dose is over living cells: never the empty channel', () => {
    const open = uvDetails({ site: 'forearm', laser: DEFAULT_LASER })
    // Inside the channel the light reaches the basal depth almost undimmed; no melanocyte lives there.
    expect(open.basalDoseFraction.lasered).toBeLessThan(open.openChannelBasalDoseFraction)
    expect(open.basalDoseFraction.lasered).toBeGreaterThanOrEqual(open.basalDoseFraction.intact)
    // The wall's living cells also get light through the channel, from the side.
    const wall = open.channelWallBasalDoseFraction as number
    expect(wall).toBeGreaterThan(open.basalDoseFraction.intact)
    expect(wall).toBeLessThan(open.basalDoseFraction.intact + 0.5)
    expect(wallViewFactor(0, 50)).toBeCloseTo(0.5, 12)
    expect(wallViewFactor(1e4, 50)).toBeLessThan(1e-5)
  })

  it('is reported at the course’s first NB-UVB session, with the series over the hours after the laser', () => {
    const course = { uv: 'nb-uvb' as const, uvStartDay: 5 }
    const u = uvReport('forearm', DEFAULT_LASER, course)
    expect(u.hoursAfterLaser).toBe(120)
    expect(u.timing).toContain('course.uvStartDay')
    // Day 5: the channels have closed; lasered = intact, which the series shows happening within hours.
    expect(u.basalDoseFraction.lasered).toBe(u.basalDoseFraction.intact)
    expect(u.channelWallBasalDoseFraction).toBeNull()
    const s = u.series
    expect(s.hoursAfterLaser[0]).toBe(0)
    expect(s.hoursAfterLaser.at(-1)).toBe(120)
    expect(s.bulgeLasered[0]).toBeGreaterThan(u.bulgeDoseFraction.intact * 10)
    expect(s.basalLasered.at(-1)).toBe(u.basalDoseFraction.intact)
    const early = uvReport('forearm', DEFAULT_LASER, { uv: 'nb-uvb', uvStartDay: 0 })
    expect(early.basalDoseFraction.lasered).toBeGreaterThan(early.basalDoseFraction.intact)
    expect(uvReport('forearm', DEFAULT_LASER, { uv: 'none', uvStartDay: 5 }).hoursAfterLaser).toBe(0)
  })

  it('1% depth: deeper than REFERENCE’s ≈ 115 µm for pigmented skin (vitiligo epidermis passes more)', () => {
    const cell = unitCellFor('forearm', { ...DEFAULT_LASER, mode: 'none' })
    const d = onePercentDepthUm(cell)
    expect(transmissionAt(cell, 0, d, 0)).toBeCloseTo(0.01, 9)
    expect(d).toBeGreaterThan(115)
    expect(d).toBeLessThan(200)
  })

  it('thicker epidermis lets less through (palm < forearm)', () => {
    expect(uvReport('palm', DEFAULT_LASER).basalDoseFraction.intact).toBeLessThan(
      uvReport('forearm', DEFAULT_LASER).basalDoseFraction.intact,
    )
  })
})
