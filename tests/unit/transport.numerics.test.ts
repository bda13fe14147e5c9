// Transport numerics: mass conservation, the erfc solution of a semi-infinite slab, Fick's steady flux and the
// lag time through a membrane, grid convergence and determinism.
import { describe, expect, it } from 'vitest'
import { TransportSolver } from '../../src/sim/transport/solver'
import { runDelivery } from '../../src/sim/transport'
import { DEFAULT_LASER } from '../../src/sim/scenarioLaser'
import { DEFAULT_TOPICAL } from '../../src/sim/scenarioTopical'
import type { DeliveryInput } from '../../src/sim/transport'

/** erfc by Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7). */
function erfc(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x))
  const y = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
  const e = y * Math.exp(-x * x)
  return x >= 0 ? e : 2 - e
}

/** A 1-D column: a huge well-mixed donor cell on top, then `cells` of tissue; optional sink cell at the bottom. */
function column(cells: number, cellUm: number, d: number, k: number, sinkBottom: boolean) {
  const donorUm = 1e9
  const faces = [-donorUm, 0]
  for (let i = 1; i <= cells; i++) faces.push(i * cellUm)
  if (sinkBottom) faces.push(cells * cellUm + 1)
  const solver = new TransportSolver(Float64Array.of(0, 1), Float64Array.from(faces))
  const n = solver.n
  const media = {
    diffusivity: new Float64Array(n),
    partition: new Float64Array(n),
    sinkPerS: new Float64Array(n),
  }
  media.diffusivity.fill(d)
  media.partition.fill(k)
  media.diffusivity[0] = 1e15
  media.partition[0] = 1
  if (sinkBottom) {
    media.diffusivity[n - 1] = 1e15
    media.partition[n - 1] = 1
    media.sinkPerS[n - 1] = 1e12
  }
  solver.setMedia(media)
  const c = new Float64Array(n)
  c[0] = 1
  solver.setConcentrations(c)
  return solver
}

const input = (
  over: Partial<DeliveryInput['topical']> = {},
  extra: Partial<DeliveryInput> = {},
): DeliveryInput => ({
  site: 'forearm',
  laser: DEFAULT_LASER,
  topical: { ...DEFAULT_TOPICAL, ...over },
  ...extra,
})

describe('transport numerics', () => {
  it('conserves mass: vehicle + skin + cleared = applied (1e-9 relative), channels closing during the run', () => {
    for (const topical of [{}, { agent: 'corticosteroid' as const, applyAfterLaserHours: 1.5 }]) {
      const run = runDelivery(input(topical))
      for (const b of Object.values(run.massBalance)) {
        const total = b.vehicleUgPerCm2 + b.tissueUgPerCm2 + b.clearedUgPerCm2
        expect(Math.abs(total - b.initialUgPerCm2) / b.initialUgPerCm2).toBeLessThan(1e-9)
      }
      // Same dose per area on both arms: the lasered arm fills its channels from the film.
      expect(run.massBalance.lasered.initialUgPerCm2).toBeCloseTo(run.massBalance.intact.initialUgPerCm2, 6)
    }
  })

  it('matches C = K·C0·erfc(z / 2√(Dt)) in a homogeneous semi-infinite slab (within 0.5% of K·C0)', () => {
    const d = 100 // µm²/s
    const k = 2
    const solver = column(300, 5, d, k, false) // 1.5 mm deep, √(Dt) = 316 µm at t = 1000 s
    for (let s = 0; s < 2000; s++) solver.step(0.5)
    let worst = 0
    for (let j = 1; j < 200; j++) {
      const z = (j - 0.5) * 5
      const exact = k * erfc(z / (2 * Math.sqrt(d * 1000)))
      worst = Math.max(worst, Math.abs(solver.concentration(j) - exact) / k)
    }
    expect(worst).toBeLessThan(0.005)
  })

  it('gives Fick’s steady flux J = K·D·ΔC/h (1%) and the lag time h²/6D (3%) through a membrane', () => {
    const h = 20
    const d = 1
    const k = 2
    const cells = 40
    const solver = column(cells, h / cells, d, k, true)
    const dt = 0.05
    const lag = (h * h) / (6 * d)
    const times: number[] = []
    const q: number[] = []
    let t = 0
    while (t < 12 * lag) {
      solver.step(dt)
      t += dt
      times.push(t)
      q.push(solver.cleared) // per radian of a unit-area... column area per radian = 1/2 µm²
    }
    const area = 0.5
    const n = times.length
    const flux = (q[n - 1] - q[n - 1 - 2000]) / (times[n - 1] - times[n - 1 - 2000]) / area
    expect(flux / ((k * d * 1) / h)).toBeCloseTo(1, 2)
    const intercept = times[n - 1] - q[n - 1] / area / flux
    expect(Math.abs(intercept / lag - 1)).toBeLessThan(0.03)
  })

  it('converges: halving cells and time steps changes the 3 h figures by < 5%', () => {
    const base = runDelivery(input())
    const fine = runDelivery(input({}, { refine: { space: 0.5, time: 0.5 } }))
    const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b)
    expect(rel(base.result.enhancementAtEnd, fine.result.enhancementAtEnd)).toBeLessThan(0.05)
    expect(rel(base.basalAuc.intact, fine.basalAuc.intact)).toBeLessThan(0.05)
    expect(rel(base.basalAuc.wound, fine.basalAuc.wound)).toBeLessThan(0.05)
    const last = base.result.timesH.length - 1
    expect(
      rel(base.result.intact.amountInSkinUgPerCm2[last], fine.result.intact.amountInSkinUgPerCm2[last]),
    ).toBeLessThan(0.05)
  }, 60_000)

  it('converges for clobetasol too (saturated vehicle, 16 h intact lag): the 24 h figures within 2%', () => {
    const topical = { agent: 'corticosteroid' as const, concentrationPercent: 0.05 }
    const base = runDelivery(input(topical))
    const fine = runDelivery(input(topical, { refine: { space: 0.5, time: 0.5 } }))
    const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b)
    const last = base.result.timesH.length - 1
    expect(rel(base.deliveredUgPerCm2.lasered[last], fine.deliveredUgPerCm2.lasered[last])).toBeLessThan(0.05)
    // Intact at 3 h is a far diffusion tail (t ≪ lag): 9% per halving, ≈ 15% above the Richardson limit (docs).
    expect(rel(base.deliveredUgPerCm2.intact[last], fine.deliveredUgPerCm2.intact[last])).toBeLessThan(0.12)
    expect(rel(base.basalAuc.wound, fine.basalAuc.wound)).toBeLessThan(0.05)
    const h = (r: typeof base) => r.result.enhancement.atHorizon
    expect(rel(h(base).ratio, h(fine).ratio)).toBeLessThan(0.02)
    expect(rel(h(base).intactUgPerCm2, h(fine).intactUgPerCm2)).toBeLessThan(0.02)
  }, 90_000)

  it('conserves mass with a suspended reservoir in a continuous pass (channels filled with wound fluid)', () => {
    const run = runDelivery(
      input({ applyAfterLaserHours: 50 }, { laser: { ...DEFAULT_LASER, mode: 'continuous' } }),
    )
    for (const b of Object.values(run.massBalance)) {
      const total = b.vehicleUgPerCm2 + b.tissueUgPerCm2 + b.clearedUgPerCm2
      expect(Math.abs(total - b.initialUgPerCm2) / b.initialUgPerCm2).toBeLessThan(1e-9)
    }
    expect(run.massBalance.lasered.initialUgPerCm2).toBeCloseTo(run.massBalance.intact.initialUgPerCm2, 6)
  }, 30_000)

  it('is deterministic', () => {
    const a = runDelivery(input({ agent: 'custom' }))
    const b = runDelivery(input({ agent: 'custom' }))
    expect(a.result).toEqual(b.result)
    expect(a.fields.lasered.concentrationUgPerCm3.at(-1)).toEqual(
      b.fields.lasered.concentrationUgPerCm3.at(-1),
    )
  })
})
