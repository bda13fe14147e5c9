// The periodic axisymmetric unit cell around one MTZ and the (r, z) finite-volume grid.
//
// Unit cell: each MTZ owns 1/n of the surface (n = MTZ per µm² from the density and spot, pattern model); the cell
// is the disc of the same area, radius R = 1/√(π·n), with a no-flux outer wall (a standard "Krogh cylinder"
// simplification of the square or hexagonal lattice cell; grid and hex give the same n, so the same R).
// Channel: the crater of the pulse model (PulseResult.profile) minus what new epidermis has covered. The
// re-epithelialization front of the pattern model starts at the edge of the damaged disc (lesionWidthUm/2) after
// the fractional lag and moves inward at 'healing.keratinocyteFrontSpeedUmPerH' (both fitted to Stumpp 2009 in
// src/sim/pattern); the open radius is min(crater radius, lesion radius − v·(t − lag)): the channel is the crater
// inside that radius. Covered crater
// is given the properties of the layer it lies in (the barrier is taken as restored: a lower bound on delivery).
// Continuous mode: the whole cell is ablated to the axial crater depth. Nothing closes before migration starts
// ('healing.continuousStartDelayH', 48 h, Collawn 2001); then, as in the healing model, new epidermis spreads from
// living epithelium (surviving follicles, the treated area's edge) and the wound is closed when the front has
// travelled the largest distance to it: 48 h + maxDistance / v (pattern model, on the representative block of seed 1
// that the Heal model's session response also uses). In the cell the front runs from the wall inward at the speed
// that closes it then (a disc closing inward has the 1/3 mean-to-max distance ratio such wounds show).
import type { LayerThicknesses, SiteId } from '../types'
import type { LaserSettings } from '../scenarioLaser'
import type { UnitCell } from './types'
import { SITES } from '../sites'
import { patternForLaser, pulseForLaser } from '../laserPulse'
import { generateSkinBlock } from '../anatomy'
import {
  mtzPerUm2,
  patternFigures,
  patternParam,
  reepithelializationHours,
  reepithelializationLagHours,
} from '../pattern'
import { transportParam as tp } from './transportParams'

const continuousClosure = new Map<string, number>()

/** Hours after a continuous pass at which the healing model has the wound closed (memoised per site and laser). */
function continuousClosedAfterH(site: SiteId, laser: LaserSettings): number {
  const key = JSON.stringify([site, laser])
  let hours = continuousClosure.get(key)
  if (hours === undefined) {
    const pulse = pulseForLaser(site, laser)
    const block = generateSkinBlock(site, 1)
    const pattern = patternForLaser({ ...laser, mode: 'continuous' }, pulse, block, 1)
    const figures = patternFigures(pattern, pulse, block)
    hours = reepithelializationHours(figures.maxDistanceToIntactUm ?? 0, 'continuous')
    if (continuousClosure.size > 16) continuousClosure.clear()
    continuousClosure.set(key, hours)
  }
  return hours
}

/** The unit cell for a site and laser settings (runs, or reuses, the pulse model). */
export function unitCellFor(site: SiteId, laser: LaserSettings): UnitCell {
  const layers = SITES[site].layers
  const speed = patternParam('healing.keratinocyteFrontSpeedUmPerH')
  const none: UnitCell = {
    mode: 'none',
    radiusUm: 1 / Math.sqrt(Math.PI * mtzPerUm2(laser.densityPercent, laser.spotDiameterUm)),
    layers,
    radiiUm: new Float32Array(0),
    craterDepthUm: new Float32Array(0),
    coagulationDepthUm: new Float32Array(0),
    craterRadiusUm: 0,
    lesionRadiusUm: 0,
    frontSpeedUmPerH: speed,
    continuousClosedAfterH: 0,
  }
  if (laser.mode === 'none') return none
  const pulse = pulseForLaser(site, laser)
  const { radiiUm, craterDepthUmByRadius, coagulationDepthUmByRadius } = pulse.profile
  if (laser.mode === 'continuous') {
    const radiusUm = none.radiusUm
    return {
      ...none,
      mode: 'continuous',
      radiiUm: Float32Array.of(0, radiusUm),
      craterDepthUm: Float32Array.of(pulse.ablationDepthUm, pulse.ablationDepthUm),
      coagulationDepthUm: Float32Array.of(pulse.thermalDamageDepthUm, pulse.thermalDamageDepthUm),
      craterRadiusUm: radiusUm,
      lesionRadiusUm: radiusUm,
      continuousClosedAfterH: continuousClosedAfterH(site, laser),
    }
  }
  return {
    ...none,
    mode: 'fractional',
    radiiUm,
    craterDepthUm: craterDepthUmByRadius,
    coagulationDepthUm: coagulationDepthUmByRadius,
    craterRadiusUm: pulse.ablationDiameterUm / 2,
    lesionRadiusUm: pulse.lesionWidthUm / 2,
  }
}

/** Depth of a profile at radius r (linear between column centres; 0 beyond the last column). */
function profileAt(radii: Float32Array, depths: Float32Array, rUm: number): number {
  const n = radii.length
  if (n === 0) return 0
  if (rUm <= radii[0]) return depths[0]
  for (let k = 1; k < n; k++) {
    if (rUm <= radii[k]) {
      const f = (rUm - radii[k - 1]) / (radii[k] - radii[k - 1])
      return depths[k - 1] + f * (depths[k] - depths[k - 1])
    }
  }
  return 0
}

export const craterDepthAt = (cell: UnitCell, rUm: number) => profileAt(cell.radiiUm, cell.craterDepthUm, rUm)
export const coagulationDepthAt = (cell: UnitCell, rUm: number) =>
  profileAt(cell.radiiUm, cell.coagulationDepthUm, rUm)

/** Radius of the open channel mouth, µm, hours after the laser (0 = closed or no channel). */
export function openRadiusUm(cell: UnitCell, hoursAfterLaser: number): number {
  if (cell.mode === 'none') return 0
  if (cell.mode === 'continuous') {
    const delay = patternParam('healing.continuousStartDelayH')
    const f = (hoursAfterLaser - delay) / Math.max(1e-9, cell.continuousClosedAfterH - delay)
    return cell.radiusUm * Math.min(1, Math.max(0, 1 - f))
  }
  // the front starts at the damage edge after the fractional lag (pattern/healing.ts, the healing model's rule)
  const movingH = Math.max(0, hoursAfterLaser - reepithelializationLagHours('fractional'))
  return Math.max(0, Math.min(cell.craterRadiusUm, cell.lesionRadiusUm - cell.frontSpeedUmPerH * movingH))
}

/** Hours after the laser at which the open radius falls to rUm. */
export function closureHoursAt(cell: UnitCell, rUm: number): number {
  if (cell.mode === 'continuous') {
    const delay = patternParam('healing.continuousStartDelayH')
    return delay + (1 - rUm / cell.radiusUm) * (cell.continuousClosedAfterH - delay)
  }
  return reepithelializationLagHours('fractional') + (cell.lesionRadiusUm - rUm) / cell.frontSpeedUmPerH
}

/** Hours after the laser at which the channel mouth passes each column centre (events of the lasered arm). */
export function closureEventsH(cell: UnitCell, rFaces: Float64Array): number[] {
  if (cell.mode === 'none') return []
  const out: number[] = []
  for (let i = 0; i + 1 < rFaces.length; i++) out.push(closureHoursAt(cell, (rFaces[i] + rFaces[i + 1]) / 2))
  return out
}

export interface LayerDepths {
  scBottomUm: number
  basalTopUm: number
  dejUm: number
  papillaryBottomUm: number
  dermisBottomUm: number
}

export function layerDepths(layers: LayerThicknesses): LayerDepths {
  const dejUm = layers.stratumCorneumUm + layers.viableEpidermisUm
  const papillaryBottomUm = dejUm + layers.papillaryDermisUm
  return {
    scBottomUm: layers.stratumCorneumUm,
    basalTopUm: dejUm - layers.basalLayerUm,
    dejUm,
    papillaryBottomUm,
    dermisBottomUm: papillaryBottomUm + layers.reticularDermisUm,
  }
}

function pushUniform(faces: number[], to: number, cellUm: number): void {
  const from = faces[faces.length - 1]
  if (to <= from + 1e-9) return
  const n = Math.max(1, Math.ceil((to - from) / cellUm - 1e-9))
  for (let k = 1; k <= n; k++) faces.push(from + ((to - from) * k) / n)
}

function pushGrowing(faces: number[], to: number, firstUm: number, growth: number, maxUm: number): void {
  let h = firstUm
  while (faces[faces.length - 1] + h * 1.5 < to) {
    faces.push(faces[faces.length - 1] + h)
    h = Math.min(maxUm, h * growth)
  }
  faces.push(to)
}

/** Depth faces, µm: the vehicle film (negative), then every layer boundary; fine down to woundDepthUm. */
export function depthFaces(
  layers: LayerThicknesses,
  filmUm: number,
  woundDepthUm: number,
  refine = 1,
): Float64Array {
  const d = layerDepths(layers)
  const epi = tp('transport.numerics.epidermisCellZUm') * refine
  const derm = tp('transport.numerics.dermisCellZUm') * refine
  const faces = [-filmUm]
  const vehicleCells = Math.max(2, Math.round(2 / refine))
  pushUniform(faces, 0, filmUm / vehicleCells)
  pushUniform(faces, d.scBottomUm, d.scBottomUm / Math.round(tp('transport.numerics.scCells') / refine))
  pushUniform(faces, d.basalTopUm, epi)
  pushUniform(faces, d.dejUm, epi)
  const fineTo = Math.min(d.dermisBottomUm, Math.max(d.dejUm + 60, woundDepthUm + 2 * derm))
  if (fineTo < d.papillaryBottomUm) {
    pushUniform(faces, fineTo, derm)
    pushGrowing(
      faces,
      d.papillaryBottomUm,
      derm,
      tp('transport.numerics.growth'),
      tp('transport.numerics.maxCellZUm'),
    )
  } else {
    pushUniform(faces, d.papillaryBottomUm, derm)
    pushUniform(faces, fineTo, derm)
  }
  const maxUm = tp('transport.numerics.maxCellZUm') * refine
  pushGrowing(faces, d.dermisBottomUm, derm, tp('transport.numerics.growth'), maxUm)
  return Float64Array.from(faces)
}

/** Radial faces, µm: fine out to just past the damaged disc, then growing to the cell radius. */
export function radialFaces(cell: UnitCell, refine = 1): Float64Array {
  const h = tp('transport.numerics.cellRUm') * refine
  if (cell.mode === 'none') return Float64Array.of(0, cell.radiusUm)
  if (cell.mode === 'continuous') {
    // Columns only to follow the closing front (the tissue is the same at every radius).
    const faces = [0]
    pushUniform(
      faces,
      cell.radiusUm,
      cell.radiusUm / Math.round(tp('transport.numerics.continuousColumns') / refine),
    )
    return Float64Array.from(faces)
  }
  const fineTo = Math.min(cell.radiusUm, Math.max(cell.craterRadiusUm, cell.lesionRadiusUm) + 2 * h)
  const faces = [0]
  pushUniform(faces, fineTo, h)
  if (fineTo < cell.radiusUm) pushGrowing(faces, cell.radiusUm, h, tp('transport.numerics.growth'), 1e9)
  return Float64Array.from(faces)
}
