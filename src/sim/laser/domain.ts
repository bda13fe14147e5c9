// Size of the computed domain: wide and deep enough for the crater, its coagulated rim and the heat that spreads
// during the cool-down, and no larger (the solve time scales with the number of cells).
import type { PulseInput } from './types'
import type { SolverOptions } from './solver'
import type { BeamShape } from './beam'
import { laserParam } from './laserParams'
import { ABLATION, LAYER_WATER_FRACTIONS, TISSUE, tissueAbsorptionPerCm } from './physics'

export interface DomainPlan {
  nr: number
  nz: number
  beam: BeamShape
  /** Energy of one pulse, J (flat-top: the fluence times the area of the single column). */
  pulseEnergyJ: number
}

/** Crater depth that satisfies d + d³/(3·zR²) = linearDepth (on-axis fluence falls as 1/(1 + (z/zR)²)). */
function divergedDepthM(linearDepthM: number, rayleighRangeM: number): number {
  if (!Number.isFinite(rayleighRangeM)) return linearDepthM
  let lo = 0
  let hi = linearDepthM
  for (let k = 0; k < 60; k++) {
    const mid = 0.5 * (lo + hi)
    if (mid + (mid * mid * mid) / (3 * rayleighRangeM * rayleighRangeM) < linearDepthM) lo = mid
    else hi = mid
  }
  return hi
}

/**
 * Tissue kept beyond the crater on every side, m: a multiple of the heat-diffusion length √(4αt) over the longest
 * run (all pulses and gaps plus the cool-down cap), so that little heat reaches the far boundaries held at 37 °C.
 */
export function domainMarginM(input: PulseInput, pulses: number): number {
  const diffusivity = TISSUE.conductivityWPerMK / TISSUE.volumetricHeatCapacity
  const longestRunS =
    (pulses * input.pulseDurationMs +
      (pulses - 1) * input.stackIntervalMs +
      laserParam('laser.coolDownCapMs')) *
    1e-3
  return laserParam('laser.domainMarginDiffusionLengths') * Math.sqrt(4 * diffusivity * longestRunS)
}

export function planDomain(input: PulseInput, options: SolverOptions): DomainPlan {
  const cellM = options.cellUm * 1e-6
  const pulses = Math.max(1, Math.round(input.stackedPulses))
  const marginM = domainMarginM(input, pulses)
  const transmission = options.plumeTransmission
  const cellsFor = (lengthM: number) => Math.max(4, Math.ceil(lengthM / cellM))

  if (options.beam.kind === 'flatTop') {
    const fluence = options.beam.fluenceJPerCm2 * 1e4
    const depthM = options.domainDepthUm
      ? options.domainDepthUm * 1e-6
      : (1.15 * pulses * transmission * fluence) / ABLATION.removalJPerM3 + 20e-6 + marginM
    return {
      nr: 1,
      nz: cellsFor(depthM),
      beam: { kind: 'flatTop', waistRadiusM: cellM, rayleighRangeM: Infinity },
      pulseEnergyJ: fluence * Math.PI * cellM * cellM,
    }
  }

  const energyJ = input.energyMj * 1e-3
  const waistM = (input.spotDiameterUm * 1e-6) / 2
  const wavelengthM = laserParam('laser.wavelengthUm') * 1e-6
  const rayleighM = options.divergence
    ? (Math.PI * waistM * waistM) / (laserParam('laser.beamQualityM2') * wavelengthM)
    : Infinity
  const peakFluence = (2 * energyJ) / (Math.PI * waistM * waistM)
  // Upper bound of the on-axis crater: all of the (plume-attenuated) fluence spent on ejection.
  const linearDepthM = (pulses * transmission * peakFluence) / ABLATION.removalJPerM3
  const craterBoundM = 1.15 * divergedDepthM(linearDepthM, rayleighM) + 20e-6
  const depthM = options.domainDepthUm ? options.domainDepthUm * 1e-6 : craterBoundM + marginM
  // Widest crater: where the unattenuated Gaussian still reaches the lowest threshold of any layer.
  const maxMuAPerM = Math.max(...LAYER_WATER_FRACTIONS.map(tissueAbsorptionPerCm)) * 100
  const lowestThreshold = ABLATION.onsetJPerM3 / maxMuAPerM
  const craterRadiusM =
    peakFluence > lowestThreshold ? waistM * Math.sqrt(Math.log(peakFluence / lowestThreshold) / 2) : 0
  const radiusM = Math.max(craterRadiusM + marginM, 2 * waistM)
  return {
    nr: cellsFor(radiusM),
    nz: cellsFor(depthM),
    beam: { kind: 'gaussian', waistRadiusM: waistM, rayleighRangeM: rayleighM },
    pulseEnergyJ: energyJ,
  }
}
