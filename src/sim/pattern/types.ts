// Public types of the fractional-pattern model: where the micro-thermal zones (MTZs) land on the treated skin,
// how much of the surface they wound, how far new skin must travel to close them, and the scar-risk reasoning.
// Plain data; no React, three.js or DOM. Coordinates in µm on the skin surface (0..widthUm, 0..lengthUm).

/** How the laser is applied: separate micro-beams, the whole surface (classic resurfacing), or not at all. */
export type LaserMode = 'fractional' | 'continuous' | 'none'

/** Arrangement of the micro-beams on the skin. */
export type PatternLayout = 'grid' | 'hex' | 'random'

export interface PatternInput {
  mode: LaserMode
  layout: PatternLayout
  /**
   * Device convention: the share of the treated surface under the beam spots, %, so that
   * MTZ per cm² = density / (π·(spot/2)²). UI range 1–60; (0, 100] accepted.
   */
  densityPercent: number
  /** 1/e² diameter of one micro-beam at the surface, µm (sets the MTZ density). */
  spotDiameterUm: number
  /** Width of the thermally damaged disc at the surface (PulseResult.lesionWidthUm), µm; 0 = no damage. */
  mtzDiameterUm: number
  /** Treated area; defaults to the 2 × 2 mm block ('block.widthUm', 'block.lengthUm'). */
  widthUm?: number
  lengthUm?: number
  seed: number
  /** Numerics override of the raster cell, µm (default 'pattern.rasterCellUm'; used by convergence tests). */
  rasterCellUm?: number
}

export interface Pattern {
  mode: LaserMode
  layout: PatternLayout
  widthUm: number
  lengthUm: number
  densityPercent: number
  spotDiameterUm: number
  mtzDiameterUm: number
  /** MTZ centres, interleaved x, y (µm): centre i is (centresUm[2i], centresUm[2i+1]). Empty unless fractional. */
  centresUm: Float32Array
  count: number
  /** MTZ per cm² the density asks for: density / (π·(spot/2)²). 0 unless fractional. */
  targetMtzPerCm2: number
  /** MTZ per cm² actually placed (count ÷ area). 0 unless fractional. */
  mtzPerCm2: number
  /** Mean nearest-neighbour distance between MTZ centres, µm; null with fewer than two MTZs. */
  meanSpacingUm: number | null
  /** Random layout: the least distance kept between centres (dart throwing), µm; null for grid, hex and others. */
  minDistanceUm: number | null
  /** True fraction of the treated surface inside the damaged discs, overlaps counted once (raster). */
  coverageFraction: number
  /** Raster cell used for coverage and distances, µm. */
  rasterCellUm: number
}

/** What the pulse model says about one MTZ (a subset of PulseResult, so tests can pass plain numbers). */
export interface PulseFootprint {
  ablationDepthUm: number
  thermalDamageDepthUm: number
}

export interface FollicleSurvival {
  /** False when no skin block (no follicle positions) was given: follicles were left out. */
  considered: boolean
  /** Follicles whose axis, at the depth where damage stops, lies under wounded surface. */
  underWound: number
  /** Of those, follicles whose bulb lies deeper than the thermal damage: living epithelium is left. */
  surviving: number
  destroyed: number
}

export interface PatternFigures {
  mode: LaserMode
  /** Fraction of the treated surface that is wounded (the pattern's coverage; 1 for continuous). */
  woundFraction: number
  /** Mean distance from a wounded surface point to the nearest living epithelium, µm; null without a wound. */
  meanDistanceToIntactUm: number | null
  /** Largest such distance: the last point that new skin reaches, µm; null without a wound. */
  maxDistanceToIntactUm: number | null
  /** The same two, counting only intact epidermis at the wound's edge (no follicles), µm; null without a wound. */
  meanDistanceToEdgeUm: number | null
  maxDistanceToEdgeUm: number | null
  follicles: FollicleSurvival
  /** Dead, coagulated layer that follicle cells must climb through to reach the wound bed, µm. */
  follicleClimbUm: number
}

export type ScarRiskLevel = 'low' | 'moderate' | 'high'

export interface ScarRisk {
  level: ScarRiskLevel
  /** 0 (no wound) … 1; educational, not clinical. */
  score: number
  /** Plain sentences with the numbers behind the score, for the UI. */
  reasons: string[]
}
