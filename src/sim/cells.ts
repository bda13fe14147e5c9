// The initial cell populations of a block: basal melanocytes in healthy skin, dormant melanocyte precursors in
// the follicles of the lesion, and CD8+ T cells at the lesion's dermo-epidermal junction.
import type { Cell, Follicle, LayerDepths, LayerThicknesses, Lesion, RidgeShape, SiteFigures } from './types'
import type { Rng } from './rng'
import { distanceToLesionBorderUm, isInLesion } from './lesion'
import { dermoEpidermalJunctionDepthUm } from './layers'
import { bulbCentreDepthUm, bulbTopDepthUm, follicleAxisDirection, follicleAxisPointUm } from './follicles'
import { paramValue } from './params'

export interface CellContext {
  widthUm: number
  lengthUm: number
  layers: LayerThicknesses
  depths: LayerDepths
  ridges: RidgeShape
  figures: SiteFigures
  lesion: Lesion
  follicles: Follicle[]
  /** Radius of a follicle's funnel-shaped opening as a multiple of its ORS radius. */
  openingRadiusToOrs: number
}

/** Hands out block-unique cell ids. */
export type IdSource = () => number

function areaMm2(ctx: CellContext): number {
  return (ctx.widthUm * ctx.lengthUm) / 1e6
}

/** True if the surface point lies in the opening (funnel) of any follicle: no epidermal cell is placed there. */
function inFollicleOpening(ctx: CellContext, xUm: number, yUm: number): boolean {
  for (const f of ctx.follicles) {
    const r = f.outerRootSheathRadiusUm * ctx.openingRadiusToOrs
    const dx = xUm - f.xUm
    const dy = yUm - f.yUm
    if (dx * dx + dy * dy < r * r) return true
  }
  return false
}

/** Share of the surface taken by follicle openings (overlaps ignored: follicles are kept apart). */
function openingAreaFraction(ctx: CellContext): number {
  let sum = 0
  for (const f of ctx.follicles) sum += Math.PI * (f.outerRootSheathRadiusUm * ctx.openingRadiusToOrs) ** 2
  // guard only: kept-apart follicles cover a few % of the surface at the densest site
  return Math.min(0.5, sum / (ctx.widthUm * ctx.lengthUm))
}

/**
 * Basal melanocytes: independent uniform positions over the block (a Poisson process conditioned on its count),
 * kept only in healthy skin (none in the lesion). The count is the expectation, not a Poisson draw, so the
 * site figure is met without sampling noise (a Poisson count moves it by ±2-4%), and it is scaled up by the
 * area of the follicle openings, where no epidermis lies, so the density holds per mm² of interfollicular
 * epidermis. Across the hypopigmented band just outside the border the share kept rises linearly from
 * melanocyte.borderBandMinSurvival to 1. Each sits in the middle of the basal layer under its (x, y).
 * Every candidate draws the same three numbers, so the stream stays aligned whatever is rejected.
 */
export function placeBasalMelanocytes(rng: Rng, ctx: CellContext, nextId: IdSource): Cell[] {
  const n = Math.round((ctx.figures.melanocytesPerMm2 * areaMm2(ctx)) / (1 - openingAreaFraction(ctx)))
  const band = ctx.lesion.borderBandUm
  const minSurvival = paramValue('melanocyte.borderBandMinSurvival')
  const cells: Cell[] = []
  for (let i = 0; i < n; i++) {
    const xUm = rng.next() * ctx.widthUm
    const yUm = rng.next() * ctx.lengthUm
    const u = rng.next()
    if (isInLesion(ctx.lesion, xUm, yUm)) continue
    if (band > 0) {
      const d = distanceToLesionBorderUm(ctx.lesion, xUm, yUm)
      if (d < band && u > minSurvival + ((1 - minSurvival) * Math.max(0, d)) / band) continue
    }
    if (inFollicleOpening(ctx, xUm, yUm)) continue
    const depthUm = dermoEpidermalJunctionDepthUm(ctx, xUm, yUm) - ctx.layers.basalLayerUm / 2
    cells.push({
      id: nextId(),
      kind: 'melanocyte',
      niche: 'basalLayer',
      xUm,
      yUm,
      depthUm,
      inLesion: false,
      follicleId: -1,
    })
  }
  return cells
}

/** Two unit vectors perpendicular to the follicle axis (and to each other). */
function axisFrame(f: Follicle): { d: number[]; u: number[]; v: number[] } {
  const d = follicleAxisDirection(f)
  // u: horizontal, perpendicular to the tilt direction; v = d × u.
  const u = [-Math.sin(f.tiltAzimuthRad), Math.cos(f.tiltAzimuthRad), 0]
  const v = [d[1] * u[2] - d[2] * u[1], d[2] * u[0] - d[0] * u[2], d[0] * u[1] - d[1] * u[0]]
  return { d, u, v }
}

/**
 * Dormant precursors (inactive, DOPA-negative melanocytes; Cui 1991) in each follicle of the lesion: most on the
 * outer surface of the outer root sheath between the bulge and the top of the bulb ("middle and lower ORS"),
 * a few in the upper half of the bulb around the dermal papilla. One forked stream per follicle, so adding a
 * follicle does not move the precursors of the others.
 */
export function placePrecursors(rng: Rng, ctx: CellContext, nextId: IdSource): Cell[] {
  const perFollicle = ctx.figures.precursorsPerFollicle
  const inBulb = Math.round(perFollicle * paramValue('precursor.bulbShare'))
  const radialMin = paramValue('precursor.orsRadialFractionMin')
  const cells: Cell[] = []
  for (const f of ctx.follicles) {
    if (!f.inLesion) continue
    const frng = rng.fork(`follicle:${f.id}`)
    const { d, u, v } = axisFrame(f)
    const cosT = Math.cos(f.tiltRad)
    for (let k = 0; k < perFollicle; k++) {
      const bulb = k < inBulb
      let along: number // distance along the axis from the opening, µm
      let offset: number[]
      if (bulb) {
        // a point of the upper half of the bulb, outside the dermal papilla
        along = bulbCentreDepthUm(f) / cosT
        const outer = paramValue('precursor.bulbRadialFractionMax')
        const inner =
          f.dermalPapillaRadiusUm / f.bulbRadiusUm + paramValue('precursor.bulbPapillaGapFraction')
        const r = f.bulbRadiusUm * frng.range(Math.min(outer, inner), outer)
        const up = frng.range(paramValue('precursor.bulbUpperCosMin'), 1) // cosine of the angle from the upward axis
        const side = Math.sqrt(1 - up * up)
        const phi = frng.range(0, 2 * Math.PI)
        offset = [0, 1, 2].map((i) => r * (-up * d[i] + side * (Math.cos(phi) * u[i] + Math.sin(phi) * v[i])))
      } else {
        along = frng.range(f.bulgeDepthUm, bulbTopDepthUm(f)) / cosT
        const r = f.outerRootSheathRadiusUm * frng.range(radialMin, 1)
        const phi = frng.range(0, 2 * Math.PI)
        offset = [0, 1, 2].map((i) => r * (Math.cos(phi) * u[i] + Math.sin(phi) * v[i]))
      }
      const axisDepth = along * cosT
      const axis = follicleAxisPointUm(f, axisDepth)
      cells.push({
        id: nextId(),
        kind: 'precursor',
        niche: bulb ? 'bulb' : 'outerRootSheath',
        xUm: axis.xUm + offset[0],
        yUm: axis.yUm + offset[1],
        depthUm: axisDepth + offset[2],
        inLesion: true,
        follicleId: f.id,
      })
    }
  }
  return cells
}

/**
 * CD8+ T cells at the lesion's dermo-epidermal junction (Shin 2016: epidermal/basal at active margins;
 * van den Wijngaard 2000: perilesional): uniform candidates at the margin density (count = its expectation,
 * as for melanocytes), thinned with distance inside
 * the border to tCell.centreFraction in the centre (e-folding over tCell.marginDecayUm). Each lies within one
 * basal-layer thickness of the junction.
 */
export function placeTCells(rng: Rng, ctx: CellContext, nextId: IdSource): Cell[] {
  const n = Math.round(ctx.figures.tCellsPerMm2 * areaMm2(ctx))
  const centreFraction = paramValue('tCell.centreFraction')
  const decayUm = paramValue('tCell.marginDecayUm')
  const basal = ctx.layers.basalLayerUm
  const cells: Cell[] = []
  for (let i = 0; i < n; i++) {
    const xUm = rng.next() * ctx.widthUm
    const yUm = rng.next() * ctx.lengthUm
    const u = rng.next()
    const w = rng.next()
    if (!isInLesion(ctx.lesion, xUm, yUm)) continue
    const insideUm = Math.max(0, -distanceToLesionBorderUm(ctx.lesion, xUm, yUm))
    if (u > centreFraction + (1 - centreFraction) * Math.exp(-insideUm / decayUm)) continue
    if (inFollicleOpening(ctx, xUm, yUm)) continue
    // 0.9: stay strictly inside the ±basal band
    const depthUm = dermoEpidermalJunctionDepthUm(ctx, xUm, yUm) + (2 * w - 1) * 0.9 * basal
    cells.push({
      id: nextId(),
      kind: 'tCell',
      niche: 'dermoEpidermalJunction',
      xUm,
      yUm,
      depthUm,
      inLesion: true,
      follicleId: -1,
    })
  }
  return cells
}
