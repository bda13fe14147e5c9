// Hair follicles of a block: straight, slightly tilted tubes from the surface opening down to the bulb.
//
// Geometry (all depths measured vertically from the surface):
//   axis point at depth d = opening + d · tan(tilt) · (cos azimuth, sin azimuth)
//   infundibulum bottom < bulge (arrector pili insertion) < bulb top < bulb base ≤ block bottom
//   the bulb is a sphere of radius bulbRadiusUm resting on the bulb base, centred on the axis.
// Simplifications: straight axes (real follicles curve), one common slant direction per block (a hair stream),
// no sebaceous gland or arrector pili muscle drawn, every follicle in anagen.
import type { Follicle, FollicleKind, LayerDepths, LayerThicknesses } from './types'
import type { Rng } from './rng'
import type { FollicleGeometryPreset, ValueRange } from './sites'
import { paramValue } from './params'

const DEG = Math.PI / 180
/** Clearance kept between any part of a follicle and the block's sides or bottom, µm (drawing margin). */
const EDGE_CLEARANCE_UM = 10
/** Placement attempts before the least spacing is relaxed by RELAX_FACTOR (keeps the count exact). */
const TRIES_PER_RELAXATION = 100
const RELAX_FACTOR = 0.8
const MAX_TRIES = 5000

type AxisFields = Pick<Follicle, 'xUm' | 'yUm' | 'tiltRad' | 'tiltAzimuthRad'>

/** Position of the follicle's axis at a depth (tilted follicles drift sideways with depth). */
export function follicleAxisPointUm(follicle: AxisFields, depthUm: number): { xUm: number; yUm: number } {
  const drift = depthUm * Math.tan(follicle.tiltRad)
  return {
    xUm: follicle.xUm + drift * Math.cos(follicle.tiltAzimuthRad),
    yUm: follicle.yUm + drift * Math.sin(follicle.tiltAzimuthRad),
  }
}

/** Unit vector along the axis pointing down, in (xUm, yUm, depthUm) components. */
export function follicleAxisDirection(
  follicle: Pick<Follicle, 'tiltRad' | 'tiltAzimuthRad'>,
): [number, number, number] {
  const s = Math.sin(follicle.tiltRad)
  return [
    s * Math.cos(follicle.tiltAzimuthRad),
    s * Math.sin(follicle.tiltAzimuthRad),
    Math.cos(follicle.tiltRad),
  ]
}

/** Depth of the centre of the bulb sphere (one bulb radius up the axis from the base). */
export function bulbCentreDepthUm(follicle: Follicle): number {
  return follicle.bulbBaseDepthUm - follicle.bulbRadiusUm * Math.cos(follicle.tiltRad)
}

/** Depth of the top of the bulb, where the outer root sheath begins to widen into it. */
export function bulbTopDepthUm(follicle: Follicle): number {
  return follicle.bulbBaseDepthUm - 2 * follicle.bulbRadiusUm * Math.cos(follicle.tiltRad)
}

export interface FollicleContext {
  preset: FollicleGeometryPreset
  layers: LayerThicknesses
  depths: LayerDepths
  widthUm: number
  lengthUm: number
  folliclesPerMm2: number
}

/** Follicle count for the block: the site density times the surface area, rounded. */
export function follicleCountFor(folliclesPerMm2: number, widthUm: number, lengthUm: number): number {
  return Math.max(0, Math.round((folliclesPerMm2 * widthUm * lengthUm) / 1e6))
}

const within = (rng: Rng, r: ValueRange) => rng.range(r.min, r.max)

/** One follicle's shape (everything but its position), drawn inside the site's ranges. */
function drawShape(rng: Rng, ctx: FollicleContext, id: number, streamAzimuthRad: number): Follicle {
  const { preset, layers, depths } = ctx
  const kind: FollicleKind = rng.next() < preset.terminalShare ? 'terminal' : 'vellus'
  const orsRadiusUm = within(rng, preset.orsRadiusUm[kind])
  const bulbRadiusUm = orsRadiusUm * preset.bulbToOrsRatio
  const bulbFraction = within(rng, preset.bulbDermisFraction[kind])
  const bulgeFraction = within(rng, preset.bulgeDepthFraction)
  const infundibulumFraction = within(rng, preset.infundibulumDepthFraction)
  const tiltRad = within(rng, preset.tiltDeg) * DEG
  const tiltAzimuthRad = streamAzimuthRad + rng.range(-1, 1) * preset.azimuthSpreadDeg * DEG

  // Bulb base: deep dermis (vellus) or down to the top of the subcutis (terminal); never above the papillary
  // dermis plus a bulb, never below the block bottom.
  const dermisUm = layers.papillaryDermisUm + layers.reticularDermisUm
  const shallowest = depths.papillaryDermisBottomUm + 2 * bulbRadiusUm
  const deepest = depths.blockBottomUm - EDGE_CLEARANCE_UM
  const bulbBaseDepthUm = clamp(
    depths.dermoEpidermalJunctionUm + bulbFraction * dermisUm,
    shallowest,
    deepest,
  )
  // Infundibulum below the epidermis; bulge below the infundibulum and above the bulb.
  const infundibulumDepthUm = Math.max(
    infundibulumFraction * bulbBaseDepthUm,
    depths.dermoEpidermalJunctionUm + paramValue('follicle.infundibulumBelowJunctionUm'),
  )
  const bulbTop = bulbBaseDepthUm - 2 * bulbRadiusUm * Math.cos(tiltRad)
  const bulgeDepthUm = clampBulge(bulgeFraction * bulbBaseDepthUm, infundibulumDepthUm, bulbTop)

  return {
    id,
    kind,
    xUm: 0,
    yUm: 0,
    tiltRad,
    tiltAzimuthRad,
    infundibulumDepthUm,
    bulgeDepthUm,
    bulbBaseDepthUm,
    outerRootSheathRadiusUm: orsRadiusUm,
    bulbRadiusUm,
    dermalPapillaRadiusUm: bulbRadiusUm * preset.dermalPapillaToBulbRatio,
    hairShaftRadiusUm: preset.shaftRadiusUm[kind],
    inLesion: false,
  }
}

/**
 * Range of opening positions along one axis that keep both the opening (with its funnel) and the bulb inside
 * the block, given the sideways drift of the bulb. Empty (lo > hi) if the follicle cannot fit.
 */
function openingRange(sizeUm: number, openingRadiusUm: number, bulbRadiusUm: number, driftUm: number) {
  const e = EDGE_CLEARANCE_UM
  return {
    lo: Math.max(openingRadiusUm, bulbRadiusUm - driftUm) + e,
    hi: Math.min(sizeUm - openingRadiusUm, sizeUm - bulbRadiusUm - driftUm) - e,
  }
}

/**
 * Follicles at the site's density: count = round(density × area), placed by dart throwing (Poisson-disc): each
 * opening at least minSpacing from the others and bulbs not overlapping, inside the block's sides.
 */
export function generateFollicles(rng: Rng, ctx: FollicleContext): Follicle[] {
  const count = follicleCountFor(ctx.folliclesPerMm2, ctx.widthUm, ctx.lengthUm)
  if (count === 0) return []
  const streamAzimuthRad = rng.range(0, 2 * Math.PI)
  let minSpacingUm = (ctx.preset.minSpacingFraction * 1000) / Math.sqrt(ctx.folliclesPerMm2)
  const placed: Follicle[] = []
  for (let id = 0; id < count; id++) {
    const f = drawShape(rng, ctx, id, streamAzimuthRad)
    const openingRadiusUm = f.outerRootSheathRadiusUm * ctx.preset.openingRadiusToOrs
    for (let tries = 1; ; tries++) {
      const drift = f.bulbBaseDepthUm * Math.tan(f.tiltRad)
      const xr = openingRange(
        ctx.widthUm,
        openingRadiusUm,
        f.bulbRadiusUm,
        drift * Math.cos(f.tiltAzimuthRad),
      )
      const yr = openingRange(
        ctx.lengthUm,
        openingRadiusUm,
        f.bulbRadiusUm,
        drift * Math.sin(f.tiltAzimuthRad),
      )
      if (xr.lo > xr.hi || yr.lo > yr.hi) {
        f.tiltRad *= 0.5 // too slanted to fit in this block: straighten it
        continue
      }
      f.xUm = rng.range(xr.lo, xr.hi)
      f.yUm = rng.range(yr.lo, yr.hi)
      // The last condition only guards against an impossible crowding (never reached at skin densities).
      if (placed.every((other) => apart(f, other, minSpacingUm)) || tries > MAX_TRIES) break
      if (tries % TRIES_PER_RELAXATION === 0) minSpacingUm *= RELAX_FACTOR
    }
    // Straightening may have lifted the bulb top a little: keep the bulge above it.
    f.bulgeDepthUm = clampBulge(f.bulgeDepthUm, f.infundibulumDepthUm, bulbTopDepthUm(f))
    placed.push(f)
  }
  return placed
}

function apart(a: Follicle, b: Follicle, minSpacingUm: number): boolean {
  if (Math.hypot(a.xUm - b.xUm, a.yUm - b.yUm) < minSpacingUm) return false
  const depth = Math.min(a.bulbBaseDepthUm, b.bulbBaseDepthUm)
  const pa = follicleAxisPointUm(a, depth)
  const pb = follicleAxisPointUm(b, depth)
  return Math.hypot(pa.xUm - pb.xUm, pa.yUm - pb.yUm) >= a.bulbRadiusUm + b.bulbRadiusUm + EDGE_CLEARANCE_UM
}

/** Bulge depth kept below the infundibulum and above the bulb by the registry's least gaps. */
function clampBulge(depthUm: number, infundibulumDepthUm: number, bulbTopUm: number): number {
  const below = infundibulumDepthUm + paramValue('follicle.bulgeBelowInfundibulumUm')
  const above = bulbTopUm - paramValue('follicle.bulgeAboveBulbUm')
  return Math.max(below, Math.min(depthUm, above))
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x))
}
