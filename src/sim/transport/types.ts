// Public types of the transport model (Deliver): a topical agent through intact and lasered skin, and NB-UVB.
// Plain data; no React, three.js or DOM. Depth z downward from the skin surface, radius r from the MTZ axis, µm.
import type { LayerThicknesses, SiteId } from '../types'
import type { LaserSettings } from '../scenarioLaser'

export type TopicalAgentId = 'corticosteroid' | '5-fu' | 'prp' | 'custom'
export type ArmId = 'intact' | 'lasered'

/** The scenario's `topical` section (validated by scenarioTopical.ts). */
export interface TopicalSettings {
  agent: TopicalAgentId
  /** Agent in the vehicle, % w/w. */
  concentrationPercent: number
  /** Application time, h (the run ends with it). */
  hours: number
  /** Hours between the laser pass and the application (the channels close meanwhile). */
  applyAfterLaserHours: number
  /** Used when agent is 'custom'. */
  custom: { molecularWeight: number; logP: number }
}

/** Molecular data of an agent. */
export interface AgentSpec {
  id: TopicalAgentId
  label: string
  molecularWeight: number
  logP: number
}

/** Transport properties of one tissue class: D (cm²/s) and partition coefficient to water. */
export interface Medium {
  diffusivityCm2PerS: number
  partition: number
}

export interface AgentProperties {
  agent: AgentSpec
  soluteRadiusA: number
  vehicle: Medium
  /** Homogenized stratum corneum (brick-and-mortar, lipid and transcellular routes in parallel). */
  stratumCorneum: Medium
  viable: Medium
  /** Stratum-corneum permeability K·D/h of this site's SC, cm/h (for the docs and the Potts–Guy check). */
  scPermeabilityCmPerH: number
  /** The two SC routes as effective K·D (cm²/s). */
  scLipidRouteKD: number
  scTranscellularRouteKD: number
}

export interface DeliveryInput {
  site: SiteId
  laser: LaserSettings
  topical: TopicalSettings
  /** Numerics overrides (tests): multiply every cell size and the largest time step by these factors. */
  refine?: { space?: number; time?: number }
  /** Override of 'transport.rimDiffusivityFactor' (tests). */
  rimDiffusivityFactor?: number
}

export interface ArmSeries {
  /** Agent in the tissue (vehicle and vehicle-filled channels excluded), µg per cm² of skin surface. */
  amountInSkinUgPerCm2: number[]
  /** Mean tissue concentration in the basal layer (area-weighted over the unit cell), µg/cm³. */
  basalLayerConcentration: number[]
  /** Deepest depth whose laterally averaged tissue concentration ≥ the threshold, µm (0 if none). */
  depthReachedUm: number[]
}

/** The report's `delivery` object (issue 5 item 4). */
export interface DeliveryResult {
  agent: TopicalAgentId
  /** Hours since the application started. */
  timesH: number[]
  intact: ArmSeries
  lasered: ArmSeries
  /** lasered ÷ intact amount delivered past the stratum corneum (incl. cleared) at the end of the application. */
  enhancementAtEnd: number
  /** First time the basal-layer concentration reaches the threshold; null if not within the application. */
  timeToBasalThresholdH: { intact: number | null; lasered: number | null }
}

/** What each cell holds in a snapshot. */
export const CELL_KIND = { vehicle: 0, tissue: 1, rim: 2, channel: 3 } as const

/** One arm's axisymmetric grid and concentration snapshots (row-major: index = zRow·nr + rColumn). */
export interface ArmField {
  nr: number
  nz: number
  /** Cell faces, µm: nr + 1 radii from the axis, nz + 1 depths (negative = vehicle film above the skin). */
  rFacesUm: Float64Array
  zFacesUm: Float64Array
  /** Concentration of each cell at each reported time, µg/cm³ (vehicle and channel cells hold vehicle). */
  concentrationUgPerCm3: Float32Array[]
  /** CELL_KIND of each cell at each reported time (channels close). */
  kind: Uint8Array[]
}

export interface DeliveryFields {
  timesH: number[]
  intact: ArmField
  lasered: ArmField
}

export interface MassBalance {
  initialUgPerCm2: number
  vehicleUgPerCm2: number
  tissueUgPerCm2: number
  clearedUgPerCm2: number
}

export interface DeliveryRun {
  result: DeliveryResult
  fields: DeliveryFields
  properties: AgentProperties
  unitCell: UnitCell
  /** Final mass balance of each arm. */
  massBalance: Record<ArmId, MassBalance>
  threshold: { concentrationUgPerCm3: number; fraction: number }
  /** Amount delivered past the stratum corneum (viable tissue, rim and cleared), µg/cm², per report time. */
  deliveredUgPerCm2: Record<ArmId, number[]>
  /** ∫ basal-layer concentration dt over the application, µg·h/cm³; 'wound' = lasered, damaged disc only. */
  basalAuc: Record<ArmId | 'wound', number>
  computeMs: number
}

/** The periodic axisymmetric cell around one MTZ. */
export interface UnitCell {
  mode: LaserSettings['mode']
  /** Radius of the disc with the same area as one MTZ's share of the surface, µm. */
  radiusUm: number
  layers: LayerThicknesses
  /** Crater depth and coagulation depth per radius (from the pulse model), µm. */
  radiiUm: Float32Array
  craterDepthUm: Float32Array
  coagulationDepthUm: Float32Array
  /** Crater radius at the surface and radius of the damaged disc (lesion), µm. */
  craterRadiusUm: number
  lesionRadiusUm: number
  /** Front speed of re-epithelialization (pattern model), µm/h. */
  frontSpeedUmPerH: number
}

export interface UvInput {
  site: SiteId
  laser: LaserSettings
  /** Hours between the laser pass and the UV session (default 0: channels fully open). */
  hoursAfterLaser?: number
}

/** The report's `uv` object (issue 5 item 4). */
export interface UvResult {
  basalDoseFraction: { intact: number; lasered: number }
  bulgeDoseFraction: { intact: number; lasered: number }
}

export interface UvDetails extends UvResult {
  basalDepthUm: number
  bulgeDepthUm: number
  /** Share of the unit cell's surface over an open channel at the UV time. */
  openAreaFraction: number
  /** Dose fraction at the basal depth inside an open channel (mean over its footprint), 1 when none. */
  openChannelBasalDoseFraction: number
}
