// Derived physical constants of the laser model, in SI units (m, s, J, kg, K), computed once from LASER_PARAMS.
import type { LayerThicknesses } from '../types'
import { laserParam } from './laserParams'

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
const porcineMuAPerM = tissueAbsorptionPerCm(laserParam('laser.water.porcineDermis')) * 100

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
  baselineC: laserParam('laser.baselineTemperatureC'),
  boilingC: laserParam('laser.boilingPointC'),
  /** Latent heat of water per kg of water, J/kg. */
  latentHeatJPerKgWater: laserParam('laser.latentHeatWaterKJPerKg') * 1e3,
} as const

export const ABLATION = {
  /** µa of porcine dermis (70% water), 1/m. */
  porcineDermisMuAPerM: porcineMuAPerM,
  /**
   * Energy density above baseline at which a cell becomes ejectable, J/m³: ε_onset = µa·F_th (Payne's threshold
   * on porcine dermis). ≈ 690 J/cm³ = heating to 100 °C plus vaporising about a quarter of the water.
   */
  onsetJPerM3: porcineMuAPerM * laserParam('laser.ablationThresholdJPerCm2') * 1e4,
  /** Total energy that removes a unit volume, ρ·h_abl, J/m³ (Payne's heat of ablation). */
  removalJPerM3: rho * laserParam('laser.heatOfAblationKJPerG') * 1e6,
} as const

/** Enthalpy (J/m³ above baseline) at which a cell with this water fraction reaches the boiling plateau. */
export function plateauStartJPerM3(): number {
  return TISSUE.volumetricHeatCapacity * (TISSUE.boilingC - TISSUE.baselineC)
}

/** Latent heat of the cell's water per unit tissue volume, J/m³. */
export function latentHeatJPerM3(waterFraction: number): number {
  return TISSUE.latentHeatJPerKgWater * TISSUE.densityKgPerM3 * waterFraction
}

/**
 * Temperature rise above baseline (K) from enthalpy (J/m³ above baseline): sensible heat up to 100 °C, a plateau
 * at 100 °C while the water vaporises, then sensible heat again (same ρc for the dried tissue: a simplification).
 */
export function temperatureRiseFromEnthalpy(enthalpy: number, plateauStart: number, latent: number): number {
  const rhoC = TISSUE.volumetricHeatCapacity
  if (enthalpy <= plateauStart) return enthalpy / rhoC
  if (enthalpy <= plateauStart + latent) return plateauStart / rhoC
  return (enthalpy - latent) / rhoC
}
