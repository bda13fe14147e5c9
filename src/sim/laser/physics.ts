// Derived physical constants of the laser model, in SI units (m, s, J, kg, K), computed once from LASER_PARAMS.
import type { LayerThicknesses } from '../types'
import { laserParam } from './laserParams'
import { ejectionOnsetC } from './onset'

const UM = 1e-6

/**
 * Tissue layers of the model, top to bottom (index into LAYER_WATER_FRACTIONS): stratum corneum, viable epidermis,
 * papillary dermis, reticular dermis, subcutis. Below the shown subcutis the domain continues as subcutis.
 */
/** Layers counted as epidermis (Mehta–Wong uses a separate frequency factor for them). */
export const EPIDERMAL_LAYER_COUNT = 2

/** Water absorption coefficient at 10.6 µm: µa = 4πk/λ with k interpolated linearly from Hale & Querry. */
export function waterAbsorptionPerCm(): number {
  const wavelengthUm = laserParam('laser.wavelengthUm')
  const k105 = laserParam('laser.waterK10500nm')
  const k110 = laserParam('laser.waterK11000nm')
  const k = k105 + ((k110 - k105) * (wavelengthUm - 10.5)) / (11.0 - 10.5)
  const wavelengthCm = wavelengthUm * 1e-4
  return (4 * Math.PI * k) / wavelengthCm
}

/** Tissue µa = water mass fraction × water µa (scattering neglected: µs ≪ µa at 10.6 µm). */
export function tissueAbsorptionPerCm(waterFraction: number): number {
  return waterFraction * waterAbsorptionPerCm()
}

export const LAYER_WATER_FRACTIONS: readonly number[] = [
  laserParam('laser.water.stratumCorneum'),
  laserParam('laser.water.viableEpidermis'),
  laserParam('laser.water.papillaryDermis'),
  laserParam('laser.water.reticularDermis'),
  laserParam('laser.water.subcutis'),
]

/** Depth (m) of the bottom of each of the first four layers; everything deeper is subcutis. */
export function layerBottomsM(layers: LayerThicknesses): number[] {
  const sc = layers.stratumCorneumUm
  const ve = sc + layers.viableEpidermisUm
  const pap = ve + layers.papillaryDermisUm
  const ret = pap + layers.reticularDermisUm
  return [sc * UM, ve * UM, pap * UM, ret * UM]
}

const rho = laserParam('laser.tissueDensityKgPerM3')
const c = laserParam('laser.tissueSpecificHeatJPerKgK')
const baselineC = laserParam('laser.baselineTemperatureC')
const onsetC = ejectionOnsetC()

export const TISSUE = {
  densityKgPerM3: rho,
  /** ρc, J/(m³·K). */
  volumetricHeatCapacity: rho * c,
  conductivityWPerMK: laserParam('laser.tissueConductivityWPerMK'),
  /** Pennes sink coefficient ω·ρb·cb, W/(m³·K). */
  perfusionWPerM3K:
    laserParam('laser.bloodPerfusionPerS') *
    laserParam('laser.bloodDensityKgPerM3') *
    laserParam('laser.bloodSpecificHeatJPerKgK'),
  convectionWPerM2K: laserParam('laser.surfaceConvectionWPerM2K'),
  baselineC,
} as const

export const ABLATION = {
  /** Temperature at which the confined tissue water ruptures the matrix (onset.ts), °C. */
  onsetTemperatureC: onsetC,
  /**
   * Energy density above baseline at which a cell becomes ejectable, J/m³: the sensible heat to T_onset,
   * ε_onset = ρc·(T_onset − 37 °C) (confined water does not boil before the matrix fails). ≈ 1262 J/cm³.
   */
  onsetJPerM3: rho * c * (onsetC - baselineC),
  /** Total energy that removes a unit volume, ρ·h_abl, J/m³ (Payne's heat of ablation). */
  removalJPerM3: rho * laserParam('laser.heatOfAblationKJPerG') * 1e6,
} as const

/** Temperature rise above baseline (K) from enthalpy (J/m³ above baseline): sensible heat only (no boiling). */
export function temperatureRiseFromEnthalpy(enthalpy: number): number {
  return enthalpy / TISSUE.volumetricHeatCapacity
}
