// Delivery through intact versus lasered skin: channels never reduce delivery (every agent, several densities,
// a nearly impermeable rim), the SC model against Potts–Guy, closed channels, and the report's shape.
import { describe, expect, it } from 'vitest'
import {
  agentProperties,
  agentSpec,
  deliveryReport,
  pottsGuyKpCmPerH,
  runDelivery,
} from '../../src/sim/transport'
import type { TopicalAgentId } from '../../src/sim/transport'
import { DEFAULT_LASER } from '../../src/sim/scenarioLaser'
import { DEFAULT_TOPICAL } from '../../src/sim/scenarioTopical'

const AGENTS: TopicalAgentId[] = ['corticosteroid', '5-fu', 'prp', 'custom']

describe('topical delivery', () => {
  it('channels never reduce delivery: every agent, densities 5/20/40%, rim factor 1 and 0.01', () => {
    for (const agent of AGENTS) {
      for (const densityPercent of [5, 20, 40]) {
        for (const rim of densityPercent === 20 ? [1, 0.01] : [1]) {
          const run = runDelivery({
            site: 'forearm',
            laser: { ...DEFAULT_LASER, densityPercent },
            topical: { ...DEFAULT_TOPICAL, agent, hours: 1 },
            rimDiffusivityFactor: rim,
          })
          const last = run.result.timesH.length - 1
          const label = `${agent} ${densityPercent}% rim ${rim}`
          expect(run.deliveredUgPerCm2.lasered[last], label).toBeGreaterThanOrEqual(
            run.deliveredUgPerCm2.intact[last],
          )
          expect(run.basalAuc.lasered, label).toBeGreaterThanOrEqual(run.basalAuc.intact)
          expect(run.result.enhancementAtEnd, label).toBeGreaterThanOrEqual(1)
        }
      }
    }
  }, 60_000)

  it('the homogenized stratum corneum agrees with Potts–Guy within ×3 for small molecules', () => {
    for (const agent of ['corticosteroid', '5-fu', 'custom'] as const) {
      const spec = agentSpec({ ...DEFAULT_TOPICAL, agent })
      const kp = agentProperties(spec, 18.3).scPermeabilityCmPerH
      const ratio = kp / pottsGuyKpCmPerH(spec.molecularWeight, spec.logP)
      expect(ratio, agent).toBeGreaterThan(1 / 3)
      expect(ratio, agent).toBeLessThan(3)
    }
  })

  it('closed channels give (almost) intact skin; open channels reach the basal layer first', () => {
    const closed = runDelivery({
      site: 'forearm',
      laser: DEFAULT_LASER,
      topical: { ...DEFAULT_TOPICAL, applyAfterLaserHours: 48, hours: 1 },
    })
    // Closed: the only difference left is the coagulated rim, which has no perfusion (a 2e-5 relative effect).
    expect(closed.result.enhancementAtEnd).toBeGreaterThan(0.999)
    expect(closed.result.enhancementAtEnd).toBeLessThan(1.1)
    const open = runDelivery({ site: 'forearm', laser: DEFAULT_LASER, topical: DEFAULT_TOPICAL })
    expect(open.result.timeToBasalThresholdH.lasered).not.toBeNull()
    const intactT = open.result.timeToBasalThresholdH.intact
    if (intactT !== null) expect(intactT).toBeGreaterThan(open.result.timeToBasalThresholdH.lasered as number)
    const none = runDelivery({
      site: 'forearm',
      laser: { ...DEFAULT_LASER, mode: 'none' },
      topical: DEFAULT_TOPICAL,
    })
    expect(none.result.enhancementAtEnd).toBeCloseTo(1, 9)
  })

  it('deliveryReport has exactly the issue 5 shape', () => {
    const r = deliveryReport('forearm', DEFAULT_LASER, DEFAULT_TOPICAL)
    expect(Object.keys(r).sort()).toEqual(
      ['agent', 'enhancementAtEnd', 'intact', 'lasered', 'timeToBasalThresholdH', 'timesH'].sort(),
    )
    for (const arm of [r.intact, r.lasered]) {
      expect(Object.keys(arm).sort()).toEqual([
        'amountInSkinUgPerCm2',
        'basalLayerConcentration',
        'depthReachedUm',
      ])
      expect(arm.amountInSkinUgPerCm2).toHaveLength(r.timesH.length)
    }
    expect(Object.keys(r.timeToBasalThresholdH).sort()).toEqual(['intact', 'lasered'])
    expect(r.timesH[0]).toBe(0)
    expect(r.timesH.at(-1)).toBe(DEFAULT_TOPICAL.hours)
    expect(r.enhancementAtEnd).toBeGreaterThan(1)
  })
})
