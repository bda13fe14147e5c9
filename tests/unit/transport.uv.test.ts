// NB-UVB: Beer–Lambert per layer, the Korean 1997 anchor, open channels and their closure.
import { describe, expect, it } from 'vitest'
import { transmissionAt, transportParam, unitCellFor, uvDetails, uvReport } from '../../src/sim/transport'
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
    expect(Object.keys(none).sort()).toEqual(['basalDoseFraction', 'bulgeDoseFraction'])
  })

  it('thicker epidermis lets less through (palm < forearm)', () => {
    expect(uvReport('palm', DEFAULT_LASER).basalDoseFraction.intact).toBeLessThan(
      uvReport('forearm', DEFAULT_LASER).basalDoseFraction.intact,
    )
  })
})
