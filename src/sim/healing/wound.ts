// One laser session's wound over time: which surface is open, when each point closes, eschar and MENDs, and which
// cells the pulse itself destroys.
//
// Closure reuses the pattern module's calibrated re-epithelialization (pattern/healing.ts, REFERENCE case 5): new
// epidermis grows from the intact edge of each wound and from the follicles that survive under it (a point source
// where the axis crosses the damage depth, after climbing the dead coagulated layer). A fine raster cell closes at
// reepithelializationHours(distance to living epithelium) of the pattern module (one rule, one source of truth:
// lag 7 h for fractional MTZs, 48 h for continuous wounds, Collawn 2001; then 16.7 µm/h, Stumpp 2009 fit), so the
// open fraction can only fall between sessions (monotone non-increasing; tested).
//
// Injured rims: the coagulated sleeve of each MTZ (Hantash 2007: ablation cavity lined by a coagulation column),
// the annulus between the ablation radius and the damaged radius, is where the growth factors and MMP-2 are
// released (the issue: "released from the injured rims"); a continuous wound's whole bed is coagulated, so its rim
// is the wound.
//
// Eschar and MENDs (Laubach 2006, Hantash 2007): each fractional MTZ is lined by eschar from 0 h; from day 1 its
// debris is a MEND, shed at a time spread uniformly between 'heal.wound.mendShedMinDays' and day 7. A continuous
// wound has no MENDs; its open surface is covered by crust (eschar) until it closes.
import type { Follicle } from '../types'
import type { Pattern, PulseFootprint } from '../pattern/types'
import type { SessionClosure } from './types'
import { follicleAxisPointUm } from '../follicles'
import { discWoundRaster, distanceToIntactUm, fullWoundRaster, type WoundRaster } from '../pattern/raster'
import { reepithelializationHours } from '../pattern/healing'
import { healingParam } from './healingParams'

export interface SessionWound {
  closure: SessionClosure
  mode: Pattern['mode']
  mtzCount: number
  woundFraction: number
  reepithelializationDays: number
  /** MTZ centres (x, y interleaved) and the surface radius of each damaged disc, µm. */
  centresUm: Float32Array
  surfaceRadiusUm: number
  thermalDamageDepthUm: number
  raster: WoundRaster
  /** Per fine raster cell: 1 where the surface lies on a coagulated rim (the field sources). */
  rim: Uint8Array
  rimFraction: number
}

function woundRaster(pattern: Pattern, cellUm: number): WoundRaster {
  if (pattern.mode === 'continuous') return fullWoundRaster(pattern.widthUm, pattern.lengthUm, cellUm)
  return discWoundRaster(pattern.widthUm, pattern.lengthUm, pattern.centresUm, pattern.mtzDiameterUm, cellUm)
}

/** Closure times of every wounded fine cell, hours after the session (−1 where not wounded). */
export function sessionWound(
  pattern: Pattern,
  pulse: PulseFootprint,
  follicles: Follicle[],
  startHour: number,
  ablationDiameterUm = 0,
): SessionWound {
  const cellUm = healingParam('heal.wound.rasterCellUm')
  const raster = woundRaster(pattern, cellUm)
  const rim = Uint8Array.from(raster.wounded)
  if (pattern.mode === 'fractional' && ablationDiameterUm > 0) {
    const crater = discWoundRaster(
      pattern.widthUm,
      pattern.lengthUm,
      pattern.centresUm,
      ablationDiameterUm,
      cellUm,
    )
    for (let k = 0; k < rim.length; k++) if (crater.wounded[k] === 1) rim[k] = 0
  }
  let rimCount = 0
  for (let k = 0; k < rim.length; k++) rimCount += rim[k]
  const { nx, ny, wounded } = raster
  const toEdge = distanceToIntactUm(raster)
  const climbUm = Math.max(0, pulse.thermalDamageDepthUm - pulse.ablationDepthUm)
  const sources: { xUm: number; yUm: number }[] = []
  for (const f of follicles) {
    if (f.bulbBaseDepthUm <= pulse.thermalDamageDepthUm) continue // destroyed down to the bulb
    const at = follicleAxisPointUm(f, pulse.thermalDamageDepthUm)
    const i = Math.floor(at.xUm / cellUm)
    const j = Math.floor(at.yUm / cellUm)
    if (i >= 0 && j >= 0 && i < nx && j < ny && wounded[j * nx + i] === 1) sources.push(at)
  }
  const closeAfterHours = new Float32Array(nx * ny).fill(-1)
  const sorted: number[] = []
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const k = j * nx + i
      if (wounded[k] !== 1) continue
      let d = toEdge[k]
      const x = (i + 0.5) * cellUm
      const y = (j + 0.5) * cellUm
      for (const s of sources) d = Math.min(d, Math.hypot(x - s.xUm, y - s.yUm) + climbUm)
      const hours = reepithelializationHours(d, pattern.mode)
      closeAfterHours[k] = hours
      sorted.push(hours)
    }
  }
  const sortedCloseHours = Float32Array.from(sorted).sort()
  const maxHours = sortedCloseHours.length > 0 ? sortedCloseHours[sortedCloseHours.length - 1] : 0
  return {
    closure: {
      startHour,
      fineNx: nx,
      fineNy: ny,
      fineCellUm: cellUm,
      closeAfterHours,
      sortedCloseHours,
      fineCellsInBlock: raster.insideCount,
    },
    mode: pattern.mode,
    mtzCount: pattern.count,
    woundFraction: raster.woundedCount / raster.insideCount,
    reepithelializationDays: maxHours / 24,
    centresUm: pattern.centresUm,
    surfaceRadiusUm: pattern.mtzDiameterUm / 2,
    thermalDamageDepthUm: pulse.thermalDamageDepthUm,
    raster,
    rim,
    rimFraction: rimCount / raster.insideCount,
  }
}

/** Share of the block whose epidermis is open `hoursAfter` the session (binary search; non-increasing). */
export function openFractionAt(closure: SessionClosure, hoursAfter: number): number {
  if (hoursAfter < 0) return 0
  const a = closure.sortedCloseHours
  let lo = 0
  let hi = a.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (a[mid] > hoursAfter) hi = mid
    else lo = mid + 1
  }
  return (a.length - lo) / closure.fineCellsInBlock
}

/** Adds, per surface-grid cell, the open share `hoursAfter` the session (or the wounded share at 0 h) to `out`. */
export function addOpenShare(
  closure: SessionClosure,
  hoursAfter: number,
  gridNx: number,
  gridNy: number,
  out: Float32Array,
): void {
  if (hoursAfter < 0) return
  // every wounded cell has closed: nothing to add (the common case once the first days are past; the view seeks
  // every frame while the timeline plays, and the raster loop below is the costliest part of a seek)
  const closed = closure.sortedCloseHours
  if (hoursAfter > 0 && (closed.length === 0 || hoursAfter >= closed[closed.length - 1])) return
  const { fineNx, fineNy, closeAfterHours } = closure
  const perCell = 1 / ((fineNx / gridNx) * (fineNy / gridNy))
  for (let j = 0; j < fineNy; j++) {
    const gj = Math.min(gridNy - 1, Math.floor((j * gridNy) / fineNy))
    for (let i = 0; i < fineNx; i++) {
      const h = closeAfterHours[j * fineNx + i]
      if (h > hoursAfter || (h >= 0 && hoursAfter === 0)) {
        out[gj * gridNx + Math.min(gridNx - 1, Math.floor((i * gridNx) / fineNx))] += perCell
      }
    }
  }
}

/** Adds, per surface-grid cell, the share of its surface on a coagulated rim (the field sources) to `out`. */
export function addRimShare(wound: SessionWound, gridNx: number, gridNy: number, out: Float32Array): void {
  const { nx, ny } = wound.raster
  const perCell = 1 / ((nx / gridNx) * (ny / gridNy))
  for (let j = 0; j < ny; j++) {
    const gj = Math.min(gridNy - 1, Math.floor((j * gridNy) / ny))
    for (let i = 0; i < nx; i++) {
      if (wound.rim[j * nx + i] === 1)
        out[gj * gridNx + Math.min(gridNx - 1, Math.floor((i * gridNx) / nx))] += perCell
    }
  }
}

/** True if the surface point lies in wounded epidermis (basal cells there die with the pulse). */
export function basalPointDamaged(wound: SessionWound, xUm: number, yUm: number): boolean {
  const { raster } = wound
  const i = Math.floor(xUm / raster.cellUm)
  const j = Math.floor(yUm / raster.cellUm)
  if (i < 0 || j < 0 || i >= raster.nx || j >= raster.ny) return false
  return raster.wounded[j * raster.nx + i] === 1
}

/**
 * True if a deep point (follicular precursor, climbing cell) lies inside the thermal damage. Fractional: each MTZ
 * is a paraboloid, radius R·√(1 − depth/D) (tapering column, Hantash 2007); continuous: everything above D.
 */
export function deepPointDamaged(wound: SessionWound, xUm: number, yUm: number, depthUm: number): boolean {
  const D = wound.thermalDamageDepthUm
  if (depthUm >= D) return false
  if (wound.mode === 'continuous') return true
  const r = wound.surfaceRadiusUm * Math.sqrt(1 - depthUm / D)
  const c = wound.centresUm
  for (let k = 0; k + 1 < c.length; k += 2) {
    const dx = c[k] - xUm
    const dy = c[k + 1] - yUm
    if (dx * dx + dy * dy < r * r) return true
  }
  return false
}

/** Eschar-covered share and MENDs per mm² `hoursAfter` the session. */
export function escharAndMends(
  wound: SessionWound,
  hoursAfter: number,
  areaMm2: number,
): { escharFraction: number; mendsPerMm2: number } {
  if (hoursAfter < 0) return { escharFraction: 0, mendsPerMm2: 0 }
  if (wound.mode === 'continuous') {
    return { escharFraction: openFractionAt(wound.closure, hoursAfter), mendsPerMm2: 0 }
  }
  const appearH = healingParam('heal.wound.mendAppearDays') * 24
  if (hoursAfter < appearH) return { escharFraction: wound.woundFraction, mendsPerMm2: 0 }
  const shedMinH = healingParam('heal.wound.mendShedMinDays') * 24
  const shedMaxH = healingParam('heal.wound.mendShedMaxDays') * 24
  const remaining = Math.min(1, Math.max(0, (shedMaxH - hoursAfter) / (shedMaxH - shedMinH)))
  return { escharFraction: 0, mendsPerMm2: (wound.mtzCount * remaining) / areaMm2 }
}
