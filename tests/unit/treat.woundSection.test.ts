// The fractional and continuous wounds in cross-section (Treat view comparison): the same pulse and density as the
// report, drawn to scale.
import { describe, expect, it } from 'vitest'
import { woundSection } from '../../src/sim/treat/woundSection'
import { pulseForLaser } from '../../src/sim/laserPulse'
import { criticalScarDepthUm, mtzPerUm2 } from '../../src/sim/pattern'
import { DEFAULT_LASER } from '../../src/sim/scenarioLaser'
import { SITES } from '../../src/sim'

const laser = DEFAULT_LASER
const pulse = pulseForLaser('forearm', laser)
const max = (a: Float32Array) => a.reduce((m, v) => Math.max(m, v), 0)
const share = (a: Float32Array, test: (v: number) => boolean) => a.filter(test).length / a.length

describe('woundSection', () => {
  const fractional = woundSection('forearm', laser, 'fractional')
  const continuous = woundSection('forearm', laser, 'continuous')

  it('fractional: columns as deep as the pulse, at the pattern pitch, with intact bridges between them', () => {
    expect(fractional.pitchUm).toBeCloseTo(
      1 / Math.sqrt(mtzPerUm2(laser.densityPercent, laser.spotDiameterUm)),
      6,
    )
    expect(max(fractional.craterDepthUm)).toBeGreaterThan(0.97 * pulse.ablationDepthUm)
    expect(max(fractional.craterDepthUm)).toBeLessThanOrEqual(pulse.ablationDepthUm + 1e-3)
    // the line crosses every column on its axis: the crater's share of the line is its diameter over the pitch
    const craterShare = share(fractional.craterDepthUm, (v) => v > 5)
    expect(craterShare).toBeCloseTo(pulse.ablationDiameterUm / (fractional.pitchUm ?? 1), 1)
    expect(share(fractional.damageDepthUm, (v) => v === 0)).toBeGreaterThan(0.15)
    for (let k = 0; k < fractional.craterDepthUm.length; k++) {
      expect(fractional.damageDepthUm[k]).toBeGreaterThanOrEqual(fractional.craterDepthUm[k])
    }
  })

  it('continuous: the whole line ablated to the pulse depth and damaged to its damage depth', () => {
    expect(continuous.pitchUm).toBeNull()
    expect(share(continuous.craterDepthUm, (v) => Math.abs(v - pulse.ablationDepthUm) < 1e-3)).toBe(1)
    expect(share(continuous.damageDepthUm, (v) => Math.abs(v - pulse.thermalDamageDepthUm) < 1e-3)).toBe(1)
  })

  it('carries the layer depths and the critical depth for scarring of the site', () => {
    expect(continuous.criticalScarDepthUm).toBeCloseTo(criticalScarDepthUm(SITES.forearm.layers), 6)
    expect(continuous.junctionUm).toBeLessThan(continuous.papillaryBottomUm)
    expect(continuous.papillaryBottomUm).toBeLessThan(continuous.reticularBottomUm)
    expect(fractional.widthUm).toBe(2000)
  })
})
