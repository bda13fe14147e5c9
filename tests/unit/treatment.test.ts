// The treatment plan: scan order and clock, what the columns do to cells and follicles, the texture arrays.
import { describe, expect, it } from 'vitest'
import {
  generateSkinBlock,
  simulateScenario,
  validateScenario,
  type Cell,
  type Follicle,
  type Scenario,
  type SkinBlock,
} from '../../src/sim'
import {
  cutFractionThroughCraters,
  firedCountAt,
  planTreatment,
  profileAt,
  radiusByDepthTexels,
  scenarioTreatmentInputs,
  sweepPositionAt,
  sweepTimeAt,
  thermalTexels,
  woundMaskTexels,
} from '../../src/sim/treatment'

function scenario(laser: Record<string, unknown>): Scenario {
  const r = validateScenario({ laser })
  if (!r.ok) throw new Error(r.errors.join('; '))
  return r.scenario
}

function inputs(laser: Record<string, unknown>) {
  const s = scenario(laser)
  const i = scenarioTreatmentInputs(s)
  if (!i) throw new Error('no pulse for this scenario')
  return { ...i, scenario: s }
}

function probeCell(id: number, xUm: number, yUm: number, depthUm: number): Cell {
  return { id, kind: 'melanocyte', niche: 'basalLayer', xUm, yUm, depthUm, inLesion: false, follicleId: -1 }
}

/** The block with its melanocytes replaced by the given probe cells. */
function withMelanocytes(block: SkinBlock, cells: Cell[]): SkinBlock {
  return { ...block, melanocytes: cells }
}

const fractional = inputs({})

describe('cell effects (fractional)', () => {
  const { block, pulse, pattern } = fractional
  const cx = pattern.centresUm[0]
  const cy = pattern.centresUm[1]
  const crater = pulse.profile.craterDepthUmByRadius[0]
  const coag = pulse.profile.coagulationDepthUmByRadius[0]
  const probes = [
    probeCell(1, cx, cy, crater / 2), // on the axis, above the crater depth
    probeCell(2, cx, cy, (crater + coag) / 2), // on the axis, in the coagulated zone below the crater bottom
    probeCell(3, cx, cy, coag + 50), // on the axis, below all damage
    probeCell(4, cx + pattern.spotDiameterUm * 0.25, cy, 5), // near the axis, just under the surface
  ]
  // a point as far as possible from every centre (the middle between four grid neighbours is still close, so
  // search the block for the point with the largest distance to the nearest centre)
  let far = { x: 0, y: 0, d: -1 }
  for (let x = 0; x <= block.widthUm; x += 20) {
    for (let y = 0; y <= block.lengthUm; y += 20) {
      let d = Infinity
      for (let m = 0; m < pattern.count; m++)
        d = Math.min(d, Math.hypot(pattern.centresUm[2 * m] - x, pattern.centresUm[2 * m + 1] - y))
      if (d > far.d) far = { x, y, d }
    }
  }
  probes.push(probeCell(5, far.x, far.y, 60))
  const plan = planTreatment(withMelanocytes(block, probes), pattern, pulse)
  const e = plan.cellEffects.melanocytes

  it('ablates a cell on an MTZ axis above the crater depth, at that MTZ’s fire time', () => {
    expect(crater).toBeGreaterThan(0)
    expect(e[0]).toBe(2)
    expect(plan.cellHitBy.melanocytes[0]).toBe(0)
    expect(plan.cellHitTimeS.melanocytes[0]).toBeCloseTo(plan.fireTimeS[0], 6)
  })

  it('coagulates a cell between the crater bottom and the Ω ≥ 1 depth', () => {
    expect(coag).toBeGreaterThan(crater)
    expect(e[1]).toBe(1)
  })

  it('leaves cells below the damage and far from every MTZ intact', () => {
    expect(far.d).toBeGreaterThan(plan.profile.damageRadiusUm)
    expect(e[2]).toBe(0)
    expect(e[4]).toBe(0)
    expect(plan.cellHitBy.melanocytes[4]).toBe(-1)
    expect(plan.cellHitTimeS.melanocytes[4]).toBe(-1)
  })

  it('ablates a cell near the axis just under the surface', () => {
    expect(
      profileAt(plan.profile, plan.profile.craterDepthUm, pattern.spotDiameterUm * 0.25),
    ).toBeGreaterThan(5)
    expect(e[3]).toBe(2)
  })
})

describe('the plan of a whole block', () => {
  const { block, pulse, pattern } = fractional
  const plan = planTreatment(block, pattern, pulse)

  it('counts what the per-cell arrays say', () => {
    const count = (a: Uint8Array, v: number) => a.reduce((n, x) => n + (x === v ? 1 : 0), 0)
    for (const kind of ['melanocytes', 'precursors', 'tCells'] as const) {
      expect(plan.hitCounts[kind].ablated).toBe(count(plan.cellEffects[kind], 2))
      expect(plan.hitCounts[kind].coagulated).toBe(count(plan.cellEffects[kind], 1))
      expect(plan.cellEffects[kind].length).toBe(block[kind].length)
      plan.cellEffects[kind].forEach((effect, i) => {
        expect(effect > 0).toBe(plan.cellHitBy[kind][i] >= 0)
        if (effect > 0) expect(plan.cellHitTimeS[kind][i]).toBe(plan.fireTimeS[plan.cellHitBy[kind][i]])
      })
    }
    expect(plan.hitCounts.melanocytes.ablated).toBeGreaterThan(0)
    const f = plan.hitCounts.follicles
    expect(f.total).toBe(block.follicles.length)
    expect(f.toBulge).toBeLessThanOrEqual(f.hit)
    expect(f.hit).toBeLessThanOrEqual(f.total)
  })

  it('scans row by row in a serpentine, every MTZ once, at growing display times', () => {
    expect(plan.mtzCount).toBe(pattern.count)
    expect(new Set(plan.mtzOrder).size).toBe(pattern.count)
    const c = pattern.centresUm
    const o = plan.mtzOrder
    // the first two rows of the grid (at the back): left to right, then right to left, one row nearer the front
    expect(c[2 * o[1]]).toBeGreaterThan(c[2 * o[0]])
    const rowLength = Math.round(Math.sqrt(pattern.count))
    expect(c[2 * o[rowLength + 1]]).toBeLessThan(c[2 * o[rowLength]])
    expect(c[2 * o[rowLength] + 1]).toBeLessThan(c[2 * o[0] + 1])
    expect(c[2 * o[0] + 1]).toBe(Math.max(...Array.from({ length: pattern.count }, (_, m) => c[2 * m + 1])))
    for (let k = 1; k < o.length; k++) expect(plan.fireTimeS[o[k]]).toBeGreaterThan(plan.fireTimeS[o[k - 1]])
    expect(firedCountAt(o, plan.fireTimeS, 0)).toBe(0)
    expect(firedCountAt(o, plan.fireTimeS, plan.timing.scanEndS)).toBe(pattern.count)
    expect(plan.timing.animEndS).toBeGreaterThan(plan.timing.scanEndS)
    // a pass lasts a few seconds on screen; a 1 ms pulse 0.1 s (time slowed ×100)
    expect(plan.timing.scanEndS).toBeLessThan(8)
    expect(plan.timing.pulseDisplayS).toBeCloseTo((pulse.temperatureSnapshots[0].timeMs / 1000) * 100, 6)
  })

  it('moves a cross-section that misses every crater onto the nearest row of MTZ centres', () => {
    const ys = [...new Set(Array.from({ length: pattern.count }, (_, m) => pattern.centresUm[2 * m + 1]))]
    const row = ys[2]
    const between = (ys[2] + ys[3]) / 2 - 1
    expect(cutFractionThroughCraters(plan, between / pattern.lengthUm)).toBeCloseTo(row / pattern.lengthUm, 6)
    const near = (row + plan.profile.craterRadiusUm / 4) / pattern.lengthUm
    expect(cutFractionThroughCraters(plan, near)).toBe(near)
    const continuous = { ...plan, mode: 'continuous' as const }
    expect(cutFractionThroughCraters(continuous, 0.5)).toBe(0.5)
  })

  it('is deterministic', () => {
    const again = planTreatment(block, pattern, pulse)
    expect(again.mtzOrder).toEqual(plan.mtzOrder)
    expect(again.fireTimeS).toEqual(plan.fireTimeS)
    expect(again.cellEffects).toEqual(plan.cellEffects)
    expect(again.follicleHits).toEqual(plan.follicleHits)
    expect(again.hitCounts).toEqual(plan.hitCounts)
  })

  it('flags a follicle whose bulge lies inside a column', () => {
    const cx = pattern.centresUm[0]
    const cy = pattern.centresUm[1]
    const f0 = block.follicles[0]
    const follicle: Follicle = {
      ...f0,
      xUm: cx,
      yUm: cy,
      tiltRad: 0,
      infundibulumDepthUm: 40,
      bulgeDepthUm: 100,
    }
    const shallow = planTreatment({ ...block, follicles: [follicle] }, pattern, pulse)
    expect(shallow.follicleHits.hit[0]).toBe(1)
    expect(shallow.follicleHits.mtz[0]).toBe(0)
    expect(shallow.follicleHits.deepestDamageUm[0]).toBeGreaterThanOrEqual(pulse.ablationDepthUm - 5)
    expect(shallow.follicleHits.reachesBulge[0]).toBe(1)
    expect(shallow.hitCounts.follicles).toEqual({ hit: 1, toBulge: 1, total: 1 })
  })
})

describe('continuous mode', () => {
  const { block, pulse, pattern } = inputs({ mode: 'continuous' })
  const plan = planTreatment(block, pattern, pulse)

  it('ablates every cell above the continuous crater depth and leaves deeper cells below the damage intact', () => {
    expect(plan.mtzCount).toBe(0)
    expect(plan.sweep).not.toBeNull()
    for (const kind of ['melanocytes', 'precursors', 'tCells'] as const) {
      block[kind].forEach((cell, i) => {
        const e = plan.cellEffects[kind][i]
        if (cell.depthUm < pulse.ablationDepthUm) expect(e).toBe(2)
        else if (cell.depthUm > pulse.thermalDamageDepthUm) expect(e).toBe(0)
        else expect(e).toBe(1)
        if (e > 0) expect(plan.cellHitTimeS[kind][i]).toBeGreaterThan(0)
      })
    }
    expect(plan.hitCounts.melanocytes.ablated).toBe(block.melanocytes.length)
  })

  it('sweeps so that the beam is over a point at that point’s sweep time', () => {
    const sweep = plan.sweep!
    const at = { xUm: 0, yUm: 0 }
    for (const t of [0.5, 1.3, 2.9, 4.1]) {
      sweepPositionAt(sweep, t, at)
      expect(sweepTimeAt(sweep, at.xUm, at.yUm)).toBeCloseTo(t, 4)
    }
  })
})

describe('agreement with the report and the texture arrays', () => {
  it('uses the pulse and the pattern of simulateScenario', () => {
    for (const laser of [{}, { pattern: 'random', densityPercent: 20 }, { energyMj: 60, pattern: 'hex' }]) {
      const i = inputs(laser)
      const report = simulateScenario(i.scenario)
      expect(i.pattern.count).toBe(report.pattern.mtzCount)
      expect(Math.round(i.pulse.ablationDepthUm * 10) / 10).toBe(report.pulse?.ablationDepthUm)
      expect(i.block).toEqual(generateSkinBlock(i.scenario.site, i.scenario.seed))
    }
    expect(scenarioTreatmentInputs(scenario({ mode: 'none' }))).toBeNull()
  })

  it('puts each MTZ centre in the wound-mask texel under it, and no NaN in the temperature maps', () => {
    const { block, pulse, pattern } = fractional
    const plan = planTreatment(block, pattern, pulse)
    const size = 128
    const mask = woundMaskTexels(plan, plan.profile.spanUm, size)
    for (let m = 0; m < pattern.count; m++) {
      const i = Math.floor((pattern.centresUm[2 * m] / block.widthUm) * size)
      const j = Math.floor((pattern.centresUm[2 * m + 1] / block.lengthUm) * size)
      const k = 4 * (j * size + i)
      expect([mask[k], mask[k + 1], mask[k + 2], mask[k + 3]]).toEqual([
        pattern.centresUm[2 * m],
        pattern.centresUm[2 * m + 1],
        plan.fireTimeS[m],
        1,
      ])
    }
    const thermal = thermalTexels(pulse)
    expect(thermal.data.length).toBe(thermal.nr * thermal.nz * 4)
    expect(thermal.data.every(Number.isFinite)).toBe(true)
    expect(thermal.timesMs[0]).toBeLessThan(thermal.timesMs[3])
  })

  it('inverts the profile: the crater radius at a depth is where the crater is that deep', () => {
    const { block, pulse, pattern } = fractional
    const plan = planTreatment(block, pattern, pulse)
    const n = 32
    const { data, spanUm } = radiusByDepthTexels(plan, n)
    expect(spanUm).toBeCloseTo(pulse.thermalDamageDepthUm, 0)
    for (let j = 0; j < n; j++) {
      const depth = ((j + 0.5) * spanUm) / n
      const craterR = data[4 * j]
      const damageR = data[4 * j + 1]
      expect(damageR).toBeGreaterThanOrEqual(craterR)
      if (craterR > 0)
        expect(profileAt(plan.profile, plan.profile.craterDepthUm, craterR)).toBeCloseTo(depth, 0)
      if (depth < pulse.ablationDepthUm - 10) expect(craterR).toBeGreaterThan(0)
      if (depth > pulse.ablationDepthUm) expect(craterR).toBe(0)
    }
  })
})
