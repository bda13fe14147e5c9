// Reference experiments of the laser model, shared by the unit tests, the calibration and the docs.
import type { PulseInput, PulseResult } from './types'
import type { SolverOptions } from './solver'
import { DEFAULT_PULSE, simulatePulseWith } from './index'
import { laserParam } from './laserParams'

/**
 * Payne's experiment (REFERENCE case 2): a wide flat-top beam on a homogeneous porcine-dermis slab (70% water),
 * computed as one insulated 1-D column with 1 µm cells; no plume unless an override sets one.
 */
export function simulatePorcineSlab(
  fluenceJPerCm2: number,
  pulseDurationMs: number,
  overrides: Partial<SolverOptions> = {},
): PulseResult {
  const input: PulseInput = { ...DEFAULT_PULSE, pulseDurationMs }
  return simulatePulseWith(input, {
    cellUm: 1,
    tissue: { kind: 'slab', waterFraction: laserParam('laser.water.porcineDermis') },
    beam: { kind: 'flatTop', fluenceJPerCm2 },
    plumeTransmission: 1,
    divergence: false,
    coolDown: true,
    stopAtFirstAblation: false,
    snapshotDelaysMs: [],
    ...overrides,
  })
}

/** Heat of ablation the model shows on the slab: absorbed fluence per removed mass, kJ/g. */
export function apparentHeatOfAblationKJPerG(result: PulseResult, fluenceJPerCm2: number): number {
  const removedGPerCm2 = laserParam('laser.tissueDensityKgPerM3') * 1e-3 * result.ablationDepthUm * 1e-4
  return fluenceJPerCm2 / removedGPerCm2 / 1e3
}

/** absorbed − (ablation + stored + conduction out + perfusion + convection), mJ: what the tissue lost unaccounted. */
export function energyResidualMj(result: PulseResult): number {
  const e = result.energy
  return e.absorbedMj - (e.ablationMj + e.storedHeatMj + e.conductionOutMj + e.perfusionMj + e.convectionMj)
}
