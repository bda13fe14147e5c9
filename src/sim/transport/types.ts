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
  /** Multiplies the capillary PS of the dermal clearance (sensitivity runs, tests); Infinity = flow-limited. */
  capillaryPSFactor?: number
  /** Skip the run on to the enhancement horizon (tests of the application itself; the horizon figure is NaN). */
  skipHorizon?: boolean
}

export interface ArmSeries {
  /** Agent in the tissue (vehicle and vehicle-filled channels excluded), µg per cm² of skin surface. */
  amountInSkinUgPerCm2: number[]
  /** Mean concentration in the living basal layer (tissue, not coagulated rim nor channel; unit cell), µg/cm³. */
  basalLayerConcentration: number[]
  /** Deepest depth whose laterally averaged tissue concentration ≥ the threshold, µm (0 if none). */
  depthReachedUm: number[]
}

/** One enhancement figure: lasered ÷ intact amount delivered past the stratum corneum at a time. */
export interface EnhancementFigure {
  /** Hours since the application started. */
  hours: number
  intactUgPerCm2: number
  laseredUgPerCm2: number
  /** lasered ÷ max(intact, detection limit). */
  ratio: number
  /** The intact arm delivered less than the detection limit: the ratio is a lower bound ("more than"). */
  intactBelowDetection: boolean
}

export interface Enhancement {
  /** 'transport.detectionLimitFraction' of the applied dose, µg/cm²: the floor under the intact denominator. */
  detectionLimitUgPerCm2: number
  atEnd: EnhancementFigure
  /** The same application left on until the horizon (24 h): past most of the intact barrier's lag. */
  atHorizon: EnhancementFigure
  /** Lag time of the intact stratum corneum, h²/6D, h: before it intact skin delivers almost nothing. */
  intactLagTimeH: number
}

export interface BasalThreshold {
  concentrationUgPerCm3: number
  fraction: number
  /** Length of the first time step, h: a threshold reached inside it is reported as this (an upper bound). */
  firstStepH: number
  withinFirstStep: { intact: boolean; lasered: boolean }
  /** Lasered arm: when the living basal layer midway between MTZs (outer tenth of the cell radius) reaches it. */
  laseredMidwayH: number | null
}

export interface VehicleInfo {
  /** Applied strength, µg/cm³ of vehicle, and dose, µg/cm² of skin (both arms). */
  appliedUgPerCm3: number
  doseUgPerCm2: number
  /** Solubility in the aqueous vehicle, µg/cm³ (null: no cap), and where it comes from. */
  solubilityUgPerCm3: number | null
  solubilityBasis: string
  /** Dissolved at the start, µg/cm³ (the rest is suspended). */
  dissolvedUgPerCm3: number
  /** Agent still undissolved in the vehicle at the end, µg/cm². */
  suspendedAtEndUgPerCm2: { intact: number; lasered: number }
}

/** The report's `delivery` object (issue 5 item 4, with the fields added beside it). */
export interface DeliveryResult {
  agent: TopicalAgentId
  /** Hours since the application started. */
  timesH: number[]
  intact: ArmSeries
  lasered: ArmSeries
  /**
   * lasered ÷ intact amount delivered past the stratum corneum (incl. cleared) at the end of the application, the
   * intact amount floored at the detection limit (then a lower bound: enhancement.atEnd.intactBelowDetection).
   */
  enhancementAtEnd: number
  enhancement: Enhancement
  /**
   * First time the living basal layer's mean concentration reaches the threshold; null if not within the
   * application. A crossing within the first time step is reported as that step's length (basalThreshold).
   */
  timeToBasalThresholdH: { intact: number | null; lasered: number | null }
  basalThreshold: BasalThreshold
  vehicle: VehicleInfo
  /** Inputs outside the range where the model's relations were fitted (custom agent), one line each. */
  warnings: string[]
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
  /** Clearance rates in vascular dermis (clearance.ts), 1/s. */
  clearance: { totalPerS: number; bloodPerS: number; lymphPerS: number; extraction: number }
  /** ∫ basal-layer concentration dt over the application, µg·h/cm³; 'wound' = lasered, damaged disc only. */
  basalAuc: Record<ArmId | 'wound', number>
  /** Compute time of both arms, ms: to the end of the application, and in all (on to the 24 h horizon). */
  applicationComputeMs: number
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
  /** Continuous mode: hours after the laser when the wound is closed (the healing model's figure); else 0. */
  continuousClosedAfterH: number
}

export interface UvInput {
  site: SiteId
  laser: LaserSettings
  /** Hours between the laser pass and the UV session (default 0: channels fully open). */
  hoursAfterLaser?: number
}

/** NB-UVB dose fractions at one time after the laser. */
export interface UvDoses {
  hoursAfterLaser: number
  /** Intact: at the dermo-epidermal junction; lasered: mean over the living basal layer of the unit cell. */
  basalDoseFraction: { intact: number; lasered: number }
  bulgeDoseFraction: { intact: number; lasered: number }
  /** Lasered: the living basal layer just beside the open channel (lit from the side too); null when closed. */
  channelWallBasalDoseFraction: number | null
}

/** The report's `uv` object (issue 5 item 4, with the fields added beside it). */
export interface UvResult extends UvDoses {
  /** What sets hoursAfterLaser: the course's first NB-UVB session, or right after the laser. */
  timing: string
  /** Depth at which intact skin passes 1% (REFERENCE §4.4 estimates ≈ 115 µm for pigmented skin), µm. */
  onePercentDepthUm: number
  /** The lasered figures over the hours after the laser (intact ones do not change). */
  series: {
    hoursAfterLaser: number[]
    basalLasered: number[]
    bulgeLasered: number[]
    channelWall: (number | null)[]
  }
}

export interface UvDetails extends UvDoses {
  basalDepthUm: number
  bulgeDepthUm: number
  /** Share of the unit cell's surface over an open channel at the UV time. */
  openAreaFraction: number
  /** Dose fraction at the basal depth inside an open channel (mean over its footprint), 1 when none. */
  openChannelBasalDoseFraction: number
  onePercentDepthUm: number
}
