// Public types of the treatment plan: the order and time in which the handpiece fires the MTZs of a pattern, and
// what each column does to the cells and follicles of the skin block. Plain data; no React, three.js or DOM.
import type { LaserMode } from '../pattern/types'

/** 0 intact, 1 coagulated (inside Ω ≥ 1 but not vaporised), 2 ablated (vaporised: inside the crater). */
export type CellEffect = 0 | 1 | 2

/** One value per cell, in the order of block.melanocytes / block.precursors / block.tCells. */
export interface PerCellKind<T> {
  melanocytes: T
  precursors: T
  tCells: T
}

/**
 * The pulse's MTZ profile as the plan uses it: crater and Ω ≥ 1 depth by radius from the MTZ axis (µm), from
 * PulseResult.profile. Radius k is the centre of a column of width `stepUm`, so the profile spans 0…spanUm.
 */
export interface MtzProfile {
  radiiUm: Float32Array
  craterDepthUm: Float32Array
  coagulationDepthUm: Float32Array
  stepUm: number
  spanUm: number
  /** Largest radius with a crater (crater depth > 0), µm. */
  craterRadiusUm: number
  /** Largest radius with Ω ≥ 1 (coagulation depth > 0), µm. */
  damageRadiusUm: number
}

/**
 * The display clock of the animation (seconds on screen, not in the tissue). Two display choices, stated in the UI:
 *  - the handpiece's speed: one MTZ every `intervalS` so the whole pass takes a few seconds (a real scanner fires
 *    hundreds of MTZs per second);
 *  - the time scale of each pulse: physical time runs `slowFactor` times slower, so a 1 ms pulse lasts 0.1 s.
 */
export interface ScanTiming {
  /** Display seconds per physical second (time slowed × slowFactor). */
  slowFactor: number
  /** Before the first pulse: the handpiece moves in. */
  leadInS: number
  /** Between two MTZs in scan order (fractional mode). */
  intervalS: number
  /** End of the last stacked pulse after the start of the first, physical ms (= the first temperature snapshot). */
  pulseEndMs: number
  /** Time of the last temperature snapshot, physical ms. */
  coolEndMs: number
  /** pulseEndMs and coolEndMs on the display clock, s. */
  pulseDisplayS: number
  coolDisplayS: number
  /** After the last snapshot the rim colour fades to the settled look over this display time (drawing only). */
  settleDisplayS: number
  /** Display time at which the last column is fully drilled: the treatment is done. */
  scanEndS: number
  /** Display time at which the last rim has cooled and settled: the animation stops. */
  animEndS: number
}

/**
 * Continuous (non-fractional) mode: the handpiece sweeps serpentine rows `rowPitchUm` apart from the back of the
 * block (large y) to the front, one row every `rowDurationS`, and every point of the surface is ablated to `depthUm` (and coagulated to `coagulationDepthUm`)
 * when the beam passes over it.
 */
export interface ContinuousSweep {
  widthUm: number
  lengthUm: number
  rows: number
  rowPitchUm: number
  startS: number
  rowDurationS: number
  depthUm: number
  coagulationDepthUm: number
}

export interface FollicleHits {
  /** 1 when some part of the follicle's epithelium lies in an ablated or coagulated zone. */
  hit: Uint8Array
  /** MTZ that damaged the follicle deepest (−1: none, or continuous mode). */
  mtz: Int32Array
  /** Deepest point of the follicle's axis whose epithelium lies in the ablated or coagulated zone, µm (0 when not hit, or hit only at the surface). */
  deepestDamageUm: Float32Array
  /** Display time at which that damage is done, s (−1 = never). */
  hitTimeS: Float32Array
  /** 1 when the damage reaches the bulge (the melanocyte stem-cell niche). */
  reachesBulge: Uint8Array
}

export interface EffectCount {
  ablated: number
  coagulated: number
}

export interface HitCounts {
  melanocytes: EffectCount
  precursors: EffectCount
  tCells: EffectCount
  follicles: { hit: number; toBulge: number; total: number }
}

export interface TreatmentPlan {
  mode: LaserMode
  widthUm: number
  lengthUm: number
  mtzCount: number
  /** MTZ centres (x, y interleaved, µm), as in Pattern.centresUm. */
  centresUm: Float32Array
  /** Scan order: mtzOrder[k] is the MTZ fired k-th (serpentine, row by row). */
  mtzOrder: Uint32Array
  /** Display time at which each MTZ (by pattern index) is fired, s. */
  fireTimeS: Float32Array
  timing: ScanTiming
  /** Continuous mode only. */
  sweep: ContinuousSweep | null
  profile: MtzProfile
  cellEffects: PerCellKind<Uint8Array>
  /** MTZ that hit each cell (−1: none; continuous mode: −1 with an effect). */
  cellHitBy: PerCellKind<Int32Array>
  /** Display time at which each cell is hit, s (−1 = never). */
  cellHitTimeS: PerCellKind<Float32Array>
  follicleHits: FollicleHits
  hitCounts: HitCounts
}
