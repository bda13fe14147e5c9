// Conservation, convergence and determinism of the pulse solver.
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_PULSE,
  defaultSolverOptions,
  simulatePulse,
  simulatePulseCached,
  simulatePulseWith,
} from '../../src/sim/laser'
import { energyResidualMj } from '../../src/sim/laser/experiments'

// The balance: absorbed (the energy that reached the tissue, after the plume) = ablation + stored heat +
// losses, within 2% OF THE ABSORBED ENERGY. Because ablation takes most of it, the heat part is also checked on its
// own: absorbed − ablation = stored + losses within 2% of the heat left in the tissue. A conduction step that leaked
// 3% of the heat it moves fails both (tried by mutating conduction.ts).
describe('energy balance', () => {
  it.each([
    [10, 1, 1, 120],
    [30, 1, 1, 120],
    [100, 3, 1, 120],
    [30, 0.2, 3, 120],
    [400, 1, 1, 120],
    [100, 1, 1, 1300],
  ])(
    '%i mJ, %f ms × %i pulses, %i µm: absorbed = ablation + stored + out + perfusion + convection (±2%)',
    (energyMj, pulseDurationMs, stackedPulses, spotDiameterUm) => {
      const result = simulatePulse({
        ...DEFAULT_PULSE,
        energyMj,
        pulseDurationMs,
        stackedPulses,
        spotDiameterUm,
      })
      const e = result.energy
      const residual = energyResidualMj(result)
      const heatLeft = e.absorbedMj - e.ablationMj
      console.log(
        `${energyMj} mJ: residual ${residual.toExponential(2)} mJ of ${e.absorbedMj.toFixed(3)} mJ absorbed, ` +
          `${heatLeft.toFixed(3)} mJ left as heat`,
        e,
      )
      expect(e.absorbedMj).toBeGreaterThan(0)
      expect(Math.abs(residual)).toBeLessThanOrEqual(0.02 * e.absorbedMj)
      expect(Math.abs(residual)).toBeLessThanOrEqual(0.02 * heatLeft)
      expect(e.absorbedMj + e.plumeMj).toBeCloseTo(e.deliveredMj, 9)
    },
  )

  it('the far boundaries take < 5% of the heat, even under the widest spot (1,300 µm)', () => {
    for (const input of [DEFAULT_PULSE, { ...DEFAULT_PULSE, spotDiameterUm: 1300, energyMj: 100 }]) {
      const e = simulatePulse(input).energy
      const share = e.conductionOutMj / (e.absorbedMj - e.ablationMj)
      console.log(`${input.spotDiameterUm} µm: ${(share * 100).toFixed(2)}% of the heat left the domain`)
      expect(share).toBeLessThan(0.05)
    }
  })
})

describe('grid convergence', () => {
  it('halving the cell size (5 → 2.5 µm) changes the 30 mJ depth by < 5%', () => {
    const coarse = simulatePulse(DEFAULT_PULSE)
    const fine = simulatePulseWith(DEFAULT_PULSE, { ...defaultSolverOptions(DEFAULT_PULSE), cellUm: 2.5 })
    const change = fine.ablationDepthUm / coarse.ablationDepthUm - 1
    console.log(
      `depth ${coarse.ablationDepthUm.toFixed(1)} → ${fine.ablationDepthUm.toFixed(1)} µm (${(change * 100).toFixed(2)}%); ` +
        `rim ${coarse.coagulationThicknessUm.toFixed(1)} → ${fine.coagulationThicknessUm.toFixed(1)} µm; ` +
        `below bottom ${coarse.coagulationBelowBottomUm.toFixed(1)} → ${fine.coagulationBelowBottomUm.toFixed(1)} µm; ` +
        `lesion width ${coarse.lesionWidthUm.toFixed(1)} → ${fine.lesionWidthUm.toFixed(1)} µm`,
    )
    expect(Math.abs(change)).toBeLessThan(0.05)
  })
})

describe('determinism and cache', () => {
  it('the same input gives the same output', () => {
    const a = simulatePulse({ ...DEFAULT_PULSE, energyMj: 15 })
    const b = simulatePulse({ ...DEFAULT_PULSE, energyMj: 15 })
    expect(b).toEqual(a)
  })

  it('the cached wrapper returns the very same object for the same input, and a new one for another', () => {
    const input = { ...DEFAULT_PULSE, energyMj: 12 }
    const first = simulatePulseCached(input)
    expect(simulatePulseCached({ ...input, layers: { ...input.layers } })).toBe(first)
    expect(simulatePulseCached({ ...input, damageModel: 'weaver-stoll' })).not.toBe(first)
  })

  it('rejects inputs that make no physical sense', () => {
    expect(() => simulatePulse({ ...DEFAULT_PULSE, energyMj: 0 })).toThrow(RangeError)
    expect(() => simulatePulse({ ...DEFAULT_PULSE, spotDiameterUm: Number.NaN })).toThrow(RangeError)
  })
})
