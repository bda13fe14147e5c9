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

describe('energy balance', () => {
  it.each([
    [10, 1, 1],
    [30, 1, 1],
    [100, 3, 1],
    [30, 0.2, 3],
  ])(
    '%i mJ, %f ms × %i pulses: delivered = ablation + stored + plume + out + perfusion + convection (±2%)',
    (energyMj, pulseDurationMs, stackedPulses) => {
      const result = simulatePulse({ ...DEFAULT_PULSE, energyMj, pulseDurationMs, stackedPulses })
      const residual = energyResidualMj(result)
      console.log(`${energyMj} mJ: residual ${residual.toExponential(2)} mJ`, result.energy)
      expect(Math.abs(residual)).toBeLessThanOrEqual(0.02 * result.energy.deliveredMj)
      expect(result.energy.absorbedMj + result.energy.plumeMj).toBeCloseTo(result.energy.deliveredMj, 9)
    },
  )
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
