// Delivery through intact versus lasered skin: channels never reduce delivery (every agent, several densities,
// a nearly impermeable rim), the SC model against Potts–Guy, closed channels, the report's shape, the enhancement
// figures, the solubility limit, dermal clearance, the living basal layer and the custom agent's warnings.
import { describe, expect, it } from 'vitest'
import {
  agentProperties,
  agentSpec,
  customAgentWarnings,
  defaultConcentrationPercent,
  deliveryReport,
  dermalClearance,
  gseSolubilityUgPerMl,
  pottsGuyKpCmPerH,
  renkinRestriction,
  runDelivery,
  solubilityOf,
  transportParam,
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
            skipHorizon: true,
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

  it('deliveryReport has the issue 5 shape, with the added figures beside it', () => {
    const r = deliveryReport('forearm', DEFAULT_LASER, DEFAULT_TOPICAL)
    expect(Object.keys(r).sort()).toEqual(
      [
        'agent',
        'basalThreshold',
        'enhancement',
        'enhancementAtEnd',
        'intact',
        'lasered',
        'timeToBasalThresholdH',
        'timesH',
        'vehicle',
        'warnings',
      ].sort(),
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
    expect(Object.keys(r.enhancement).sort()).toEqual(
      ['atEnd', 'atHorizon', 'detectionLimitUgPerCm2', 'intactLagTimeH'].sort(),
    )
    expect(r.timesH[0]).toBe(0)
    expect(r.timesH.at(-1)).toBe(DEFAULT_TOPICAL.hours)
    expect(r.enhancementAtEnd).toBeGreaterThan(1)
    expect(r.enhancement.atEnd.ratio).toBe(r.enhancementAtEnd)
    expect(r.enhancement.atHorizon.hours).toBe(24)
    expect(r.warnings).toEqual([])
  })
})

const clinical = (agent: TopicalAgentId, hours: number) => ({
  ...DEFAULT_TOPICAL,
  agent,
  hours,
  concentrationPercent: defaultConcentrationPercent(agent),
})

describe('enhancement figures that mean something', () => {
  it('the 24 h figure does not depend on how long the cream was left on; the end figure is floored', () => {
    const runs = [1, 3].map(
      (hours) =>
        runDelivery({ site: 'forearm', laser: DEFAULT_LASER, topical: clinical('corticosteroid', hours) })
          .result,
    )
    const [h1, h3] = runs.map((r) => r.enhancement.atHorizon.ratio)
    expect(Math.abs(h1 / h3 - 1)).toBeLessThan(0.01)
    // Clobetasol's intact lag is ≈ 16 h (h²/6D): after 1 h intact skin has let through ≈ nothing.
    const e1 = runs[0].enhancement
    expect(e1.intactLagTimeH).toBeGreaterThan(10)
    expect(e1.atEnd.intactBelowDetection).toBe(true)
    expect(e1.atEnd.intactUgPerCm2).toBeLessThan(e1.detectionLimitUgPerCm2)
    expect(e1.atEnd.ratio).toBeCloseTo(e1.atEnd.laseredUgPerCm2 / e1.detectionLimitUgPerCm2, 6)
    expect(e1.detectionLimitUgPerCm2).toBeCloseTo(1e-6 * runs[0].vehicle.doseUgPerCm2, 12)
    // The floor keeps the figure within 10⁶ of the dose: a ratio of 10¹⁰ can no longer appear.
    expect(e1.atEnd.ratio).toBeLessThanOrEqual(1e6)
    // Past the lag the channels still help, by far less.
    expect(h3).toBeGreaterThan(1)
    expect(h3).toBeLessThan(runs[1].enhancementAtEnd)
  }, 60_000)

  it('a protein never crosses intact skin: "more than", never a 10¹¹⁰ ratio', () => {
    const r = runDelivery({ site: 'forearm', laser: DEFAULT_LASER, topical: clinical('prp', 1) }).result
    expect(r.enhancement.atEnd.intactBelowDetection).toBe(true)
    expect(r.enhancement.atHorizon.intactBelowDetection).toBe(true)
    expect(r.enhancementAtEnd).toBeLessThanOrEqual(1e6)
    expect(r.vehicle.solubilityUgPerCm3).toBeNull()
  }, 30_000)
})

describe('solubility limit', () => {
  it('above the solubility the vehicle is saturated: more strength, same early flux, a longer-lasting reservoir', () => {
    const run = (percent: number) =>
      runDelivery({
        site: 'forearm',
        laser: { ...DEFAULT_LASER, mode: 'none' },
        topical: { ...clinical('corticosteroid', 3), concentrationPercent: percent },
        skipHorizon: true,
      })
    const a = run(0.05)
    const b = run(0.5)
    const last = a.result.timesH.length - 1
    expect(a.result.vehicle.dissolvedUgPerCm3).toBe(
      transportParam('transport.agent.corticosteroid.solubilityUgPerMl'),
    )
    expect(b.result.vehicle.dissolvedUgPerCm3).toBe(a.result.vehicle.dissolvedUgPerCm3)
    const ratio = b.deliveredUgPerCm2.intact[last] / a.deliveredUgPerCm2.intact[last]
    expect(Math.abs(ratio - 1)).toBeLessThan(1e-3)
    expect(b.result.vehicle.suspendedAtEndUgPerCm2.intact).toBeGreaterThan(
      a.result.vehicle.suspendedAtEndUgPerCm2.intact,
    )
  }, 30_000)

  it('below the solubility delivery is proportional to the strength', () => {
    const run = (percent: number) =>
      runDelivery({
        site: 'forearm',
        laser: DEFAULT_LASER,
        topical: { ...clinical('5-fu', 1), concentrationPercent: percent },
        skipHorizon: true,
      })
    const a = run(0.1)
    const b = run(0.2)
    const last = a.result.timesH.length - 1
    for (const arm of ['intact', 'lasered'] as const) {
      expect(b.deliveredUgPerCm2[arm][last] / a.deliveredUgPerCm2[arm][last]).toBeCloseTo(2, 6)
    }
    expect(a.result.vehicle.suspendedAtEndUgPerCm2.intact).toBe(0)
  }, 30_000)

  it('the General Solubility Equation is within ×3 of the tabulated solubilities', () => {
    for (const agent of ['corticosteroid', '5-fu'] as const) {
      const spec = agentSpec({ ...DEFAULT_TOPICAL, agent })
      const gse = gseSolubilityUgPerMl(
        spec.molecularWeight,
        spec.logP,
        transportParam(`transport.agent.${agent}.meltingPointC`),
      )
      const ratio = gse / solubilityOf(spec).ugPerCm3
      expect(ratio, agent).toBeGreaterThan(1 / 3)
      expect(ratio, agent).toBeLessThan(3)
    }
  })
})

describe('dermal clearance', () => {
  it('is permeability-limited for small drugs and lymphatic for proteins', () => {
    const omega = transportParam('transport.dermis.perfusionPerS')
    const lymph = transportParam('transport.dermis.lymphFlowPerS')
    const small = dermalClearance(130.08)
    const steroid = dermalClearance(466.97)
    const protein = dermalClearance(25000)
    for (const c of [small, steroid, protein]) {
      expect(c.extraction).toBeGreaterThan(0)
      expect(c.extraction).toBeLessThan(1)
      expect(c.totalPerS).toBeLessThan(omega + lymph)
    }
    expect(small.bloodPerS).toBeGreaterThan(steroid.bloodPerS)
    expect(protein.totalPerS).toBeLessThan(0.05 * small.totalPerS)
    expect(protein.lymphPerS).toBeGreaterThan(0.3 * protein.totalPerS)
    // Flow-limited in the limit of a free capillary wall.
    expect(dermalClearance(130.08, Number.POSITIVE_INFINITY).totalPerS).toBeCloseTo(omega + lymph, 12)
    expect(renkinRestriction(0)).toBe(1)
    expect(renkinRestriction(1)).toBe(0)
  })

  it('faster clearance leaves less agent in lasered skin (sensitivity runs)', () => {
    const run = (f: number) =>
      runDelivery({
        site: 'forearm',
        laser: DEFAULT_LASER,
        topical: clinical('5-fu', 1),
        capillaryPSFactor: f,
        skipHorizon: true,
      })
    const slow = run(0.1)
    const fast = run(10)
    const last = slow.result.timesH.length - 1
    expect(fast.massBalance.lasered.clearedUgPerCm2).toBeGreaterThan(slow.massBalance.lasered.clearedUgPerCm2)
    expect(fast.result.lasered.amountInSkinUgPerCm2[last]).toBeLessThan(
      slow.result.lasered.amountInSkinUgPerCm2[last],
    )
  }, 30_000)
})

describe('time to the living basal layer', () => {
  it('is measured on living cells; a crossing inside the first step is flagged, not interpolated', () => {
    const fu = runDelivery({ site: 'forearm', laser: DEFAULT_LASER, topical: clinical('5-fu', 1) }).result
    const first = fu.basalThreshold.firstStepH
    expect(first).toBeCloseTo(transportParam('transport.numerics.dtStartS') / 3600, 12)
    if (fu.basalThreshold.withinFirstStep.lasered) expect(fu.timeToBasalThresholdH.lasered).toBe(first)
    else expect(fu.timeToBasalThresholdH.lasered as number).toBeGreaterThan(first)
    const cp = runDelivery({
      site: 'forearm',
      laser: DEFAULT_LASER,
      topical: clinical('corticosteroid', 1),
    }).result
    const t = cp.timeToBasalThresholdH.lasered as number
    expect(cp.basalThreshold.withinFirstStep.lasered).toBe(false)
    expect(t).toBeGreaterThan(first)
    // Midway between MTZs is reached later than the layer's mean (the wall side).
    expect(cp.basalThreshold.laseredMidwayH as number).toBeGreaterThan(t)
  }, 60_000)
})

describe('custom agents outside the fitted range', () => {
  it('warn, naming the field; the defaults do not', () => {
    const warn = (molecularWeight: number, logP: number) => {
      const spec = agentSpec({ agent: 'custom', custom: { molecularWeight, logP } })
      return customAgentWarnings(spec, agentProperties(spec, 18.3))
    }
    expect(warn(300, 1)).toEqual([])
    const big = warn(900, 5)
    expect(big.some((w) => w.startsWith('topical.custom.molecularWeight:'))).toBe(true)
    expect(big.some((w) => w.startsWith('topical.custom:') && w.includes('Potts–Guy'))).toBe(true)
    expect(warn(300, 7).some((w) => w.startsWith('topical.custom.logP:'))).toBe(true)
    const r = runDelivery({
      site: 'forearm',
      laser: DEFAULT_LASER,
      topical: { ...clinical('custom', 0.5), custom: { molecularWeight: 900, logP: 5 } },
      skipHorizon: true,
    })
    expect(r.result.warnings).toEqual(big)
  }, 30_000)
})
