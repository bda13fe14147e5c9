// How far new skin must travel to close the wound, and how long that takes.
//
// Sources of new epithelium: the intact epidermis at the wound's edge (skin outside the treated area counts as
// intact) and, under wounded surface, hair follicles whose bulb lies deeper than the thermal damage: their outer
// root sheath keeps living epithelium (Collawn 2001, REFERENCE §3.4: after full CO2 resurfacing most regenerating
// cells come from the follicles). Simplifications: a surviving follicle is a point source where its axis crosses
// the depth at which damage stops (tilt followed, follicle width ignored), and its cells must first climb through
// the dead coagulated layer between that depth and the wound bed (thermal damage depth − ablation depth).
//
// Time: re-epithelialization is complete when the front reaches the farthest wounded point, so the time uses the
// MAX distance to living epithelium (the mean describes half-closure and would under-state a wide wound):
//   hours = lag + maxDistance / v,   lag = 7 h for fractional MTZs, 48 h for continuous wounds (Collawn 2001)
// with v = 16.7 µm/h and the 7 h lag fitted to both ends of REFERENCE case 5 (Stumpp 2009: the smallest lesions,
// ≈ 100 µm wide, close in 10 h; the widest, < 500 µm, by 22 h, ED50; ED84 ≤ 28 h). Check: v is 0.37–0.62 of a
// single keratinocyte's speed (3–5 × 9 µm/h, Grahn 2003): the front is slower than its cells, as it must be.
// This is the ONE closure rule: the healing model's wounds (src/sim/healing/wound.ts) call reepithelializationHours.
import type { Follicle } from '../types'
import type { LaserMode, Pattern, PatternFigures, PulseFootprint } from './types'
import { follicleAxisPointUm } from '../follicles'
import { patternParam } from './patternParams'
import { discWoundRaster, distanceToIntactUm, fullWoundRaster, type WoundRaster } from './raster'

const HOURS_PER_DAY = 24

/** Exact figures for an isolated disc of radius R: the mean distance from inside to the edge is R/3, the max R. */
export function isolatedDiscDistancesUm(radiusUm: number): { meanUm: number; maxUm: number } {
  // ∫0^R (R − r)·2πr dr / (πR²) = R/3.
  return { meanUm: radiusUm / 3, maxUm: radiusUm }
}

function woundRasterOf(pattern: Pattern): WoundRaster {
  const { widthUm, lengthUm, rasterCellUm } = pattern
  if (pattern.mode === 'continuous') return fullWoundRaster(widthUm, lengthUm, rasterCellUm)
  return discWoundRaster(widthUm, lengthUm, pattern.centresUm, pattern.mtzDiameterUm, rasterCellUm)
}

interface FollicleSource {
  xUm: number
  yUm: number
}

function meanAndMax(values: Float32Array, mask: Uint8Array): { mean: number | null; max: number | null } {
  let sum = 0
  let max = 0
  let count = 0
  for (let k = 0; k < values.length; k++) {
    if (mask[k] !== 1) continue
    sum += values[k]
    max = Math.max(max, values[k])
    count++
  }
  return count === 0 ? { mean: null, max: null } : { mean: sum / count, max }
}

/**
 * Distances from wounded surface to living epithelium (raster distance transform; the tests check it against the
 * exact R/3 of isolated discs) and which follicles under the wound keep epithelium. `follicles` come from the
 * SkinBlock (generateSkinBlock); without them the follicles are left out and only the wound edge heals it.
 */
export function patternFigures(
  pattern: Pattern,
  pulse: PulseFootprint,
  block?: { follicles: Follicle[] },
): PatternFigures {
  const raster = woundRasterOf(pattern)
  const climbUm = Math.max(0, pulse.thermalDamageDepthUm - pulse.ablationDepthUm)
  const follicles = { considered: block !== undefined, underWound: 0, surviving: 0, destroyed: 0 }
  const none: PatternFigures = {
    mode: pattern.mode,
    woundFraction: 0,
    meanDistanceToIntactUm: null,
    maxDistanceToIntactUm: null,
    meanDistanceToEdgeUm: null,
    maxDistanceToEdgeUm: null,
    follicles,
    follicleClimbUm: climbUm,
  }
  if (pattern.mode === 'none' || raster.woundedCount === 0) return none

  const { nx, ny, cellUm, wounded } = raster
  const toEdge = distanceToIntactUm(raster)
  const sources: FollicleSource[] = []
  for (const follicle of block?.follicles ?? []) {
    const at = follicleAxisPointUm(follicle, pulse.thermalDamageDepthUm)
    const i = Math.floor(at.xUm / cellUm)
    const j = Math.floor(at.yUm / cellUm)
    if (i < 0 || j < 0 || i >= nx || j >= ny || wounded[j * nx + i] !== 1) continue
    follicles.underWound++
    if (follicle.bulbBaseDepthUm > pulse.thermalDamageDepthUm) {
      follicles.surviving++
      sources.push(at)
    } else follicles.destroyed++
  }
  const toLiving = sources.length === 0 ? toEdge : Float32Array.from(toEdge)
  if (sources.length > 0) {
    for (let j = 0; j < ny; j++) {
      const y = (j + 0.5) * cellUm
      for (let i = 0; i < nx; i++) {
        const k = j * nx + i
        if (wounded[k] !== 1) continue
        const x = (i + 0.5) * cellUm
        let best = toLiving[k]
        for (const s of sources) {
          const dx = x - s.xUm
          const dy = y - s.yUm
          best = Math.min(best, Math.sqrt(dx * dx + dy * dy) + climbUm)
        }
        toLiving[k] = best
      }
    }
  }
  const edge = meanAndMax(toEdge, wounded)
  const living = meanAndMax(toLiving, wounded)
  return {
    ...none,
    woundFraction: raster.woundedCount / raster.insideCount,
    meanDistanceToIntactUm: living.mean,
    maxDistanceToIntactUm: living.max,
    meanDistanceToEdgeUm: edge.mean,
    maxDistanceToEdgeUm: edge.max,
  }
}

/** Hours before the front starts to move: 7 h for fractional MTZs (Stumpp 2009 fit), 48 h for continuous wounds. */
export function reepithelializationLagHours(mode: LaserMode): number {
  if (mode === 'none') return 0
  return patternParam(mode === 'continuous' ? 'healing.continuousStartDelayH' : 'healing.fractionalStartLagH')
}

/** Hours until the front has covered `distanceUm`, for a wound of this mode (lag + distance ÷ front speed). */
export function reepithelializationHours(distanceUm: number, mode: LaserMode): number {
  if (mode === 'none' || !(distanceUm > 0)) return 0
  return reepithelializationLagHours(mode) + distanceUm / patternParam('healing.keratinocyteFrontSpeedUmPerH')
}

/** Days until the wound is fully re-epithelialized: the front reaches the farthest wounded point. 0 = no wound. */
export function reepithelializationDays(
  figures: Pick<PatternFigures, 'mode' | 'maxDistanceToIntactUm'>,
): number {
  return reepithelializationHours(figures.maxDistanceToIntactUm ?? 0, figures.mode) / HOURS_PER_DAY
}
