// Public types of the single-pulse laser model. Plain data; no React, three.js or DOM.
import type { LayerThicknesses } from '../types'

/** Arrhenius parameter set used for the thermal-damage integral (REFERENCE §2.3). */
export type DamageModelId = 'henriques' | 'weaver-stoll' | 'takata' | 'mehta-wong'

export interface PulseInput {
  /** Energy of one micro-beam pulse, mJ (UI range 1–400). */
  energyMj: number
  /** 1/e² diameter of the Gaussian micro-beam at the skin surface, µm (100–1300). */
  spotDiameterUm: number
  /** Duration of each (top-hat) pulse, ms. UI range 0.1–10; shorter values are accepted for threshold studies. */
  pulseDurationMs: number
  /** Number of pulses stacked on the same spot (1–5), each of `energyMj`. */
  stackedPulses: number
  /** Laser-off gap between the end of one stacked pulse and the start of the next, ms (assumption). */
  stackIntervalMs: number
  layers: LayerThicknesses
  damageModel: DamageModelId
}

/** A coarse temperature map (rows = depth, columns = radius, row-major: index = row * nr + column). */
export interface TemperatureSnapshot {
  /** Time since the start of the first pulse, ms. */
  timeMs: number
  /** Temperature of each coarse cell, °C; NaN where the cell has been ablated (crater). */
  temperatureC: Float32Array
  /** Number of radial columns (column c spans radii c·cellUm … (c+1)·cellUm). */
  nr: number
  /** Number of depth rows (row r spans depths r·cellUm … (r+1)·cellUm). */
  nz: number
  cellUm: number
}

/** Where the pulse energy went, mJ. delivered = plume + absorbed; absorbed = the other five terms. */
export interface PulseEnergyBudget {
  /** Energy emitted by the laser (all stacked pulses). */
  deliveredMj: number
  /** Energy that reached the tissue (delivered minus the part absorbed in the ablation plume). */
  absorbedMj: number
  /** Energy carried away by the ejected tissue (its enthalpy at ejection: heat of ablation × mass). */
  ablationMj: number
  /** Heat still in the remaining tissue at the end of the run (above the 37 °C baseline). */
  storedHeatMj: number
  /** Beam energy absorbed by the ablation plume above the tissue. */
  plumeMj: number
  /** Heat conducted out through the far (deep and lateral) boundaries of the computed domain. */
  conductionOutMj: number
  /** Heat carried away by blood perfusion (Pennes term). */
  perfusionMj: number
  /** Heat lost by convection from the skin surface and the crater wall. */
  convectionMj: number
}

export interface PulseProfile {
  /** Crater depth at each radius, µm. */
  craterDepthUmByRadius: Float32Array
  /** Deepest point with Ω ≥ 1 at each radius, µm (0 where none). */
  coagulationDepthUmByRadius: Float32Array
  /** Radius of the centre of each column, µm. */
  radiiUm: Float32Array
}

/** Figures of fixed, excised tissue (which shrinks): what a stained section of the MTZ would show. */
export interface HistologyEquivalent {
  ablationDepthUm: number
  ablationDiameterUm: number
  coagulationThicknessUm: number
  thermalDamageDepthUm: number
  lesionWidthUm: number
}

export interface PulseResult {
  /** Crater depth on the beam axis, µm (in-vivo model value). */
  ablationDepthUm: number
  /** Crater diameter at the skin surface, µm (columns ablated deeper than the 'laser.craterEdgeDepthUm' parameter, 5 µm). */
  ablationDiameterUm: number
  /** Mean thickness of the Ω ≥ 1 lining of the crater wall, measured perpendicular to the wall, µm. */
  coagulationThicknessUm: number
  /** Thickness of the Ω ≥ 1 zone below the crater bottom on the axis, µm. */
  coagulationBelowBottomUm: number
  /** Deepest point with Ω ≥ 1, µm from the surface. */
  thermalDamageDepthUm: number
  /** Full width of the Ω ≥ 1 region at the surface, crater included, µm. */
  lesionWidthUm: number
  /** Hottest temperature reached by tissue that remains (not ablated), °C. */
  peakTemperatureC: number
  /** Emergent ablation threshold of this skin for this pulse duration (wide beam), J/cm². */
  thresholdFluenceJPerCm2: number
  /** Peak (on-axis) fluence of one pulse at the surface, J/cm². */
  peakFluenceJPerCm2: number
  energy: PulseEnergyBudget
  profile: PulseProfile
  temperatureSnapshots: TemperatureSnapshot[]
  /**
   * The same MTZ as fixed histology would show it: model values shrunk per Marqa & Mordon 2014 (depths ÷ 1.21,
   * widths and the sideways rim ÷ 1.12).
   */
  histologyEquivalent: HistologyEquivalent
  /** Numerical facts of the run (for the docs, the bench and debugging). */
  numerics: { cellUm: number; nr: number; nz: number; timeSteps: number; simulatedMs: number }
}
