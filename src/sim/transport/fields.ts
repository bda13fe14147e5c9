// Reading the stored snapshots for the view: the concentration field of an arm at any time (linear between
// reported times) and the concentration-versus-depth profile (lateral mean over tissue cells).
import type { ArmField, ArmId, DeliveryFields } from './types'
import { CELL_KIND } from './types'

export interface FieldAt {
  nr: number
  nz: number
  rFacesUm: Float64Array
  zFacesUm: Float64Array
  /** µg/cm³ per cell, row-major (zRow·nr + rColumn). */
  concentrationUgPerCm3: Float32Array
  /** CELL_KIND per cell (of the earlier snapshot). */
  kind: Uint8Array
}

function bracket(timesH: number[], timeH: number): { i: number; f: number } {
  const last = timesH.length - 1
  if (!(timeH > timesH[0])) return { i: 0, f: 0 }
  if (timeH >= timesH[last]) return { i: Math.max(0, last - 1), f: last === 0 ? 0 : 1 }
  let i = 0
  while (timesH[i + 1] < timeH) i++
  return { i, f: (timeH - timesH[i]) / (timesH[i + 1] - timesH[i]) }
}

/** The concentration field of one arm at timeH (hours since the application started). */
export function concentrationFieldAt(fields: DeliveryFields, arm: ArmId, timeH: number): FieldAt {
  const a: ArmField = fields[arm]
  const { i, f } = bracket(fields.timesH, timeH)
  const c0 = a.concentrationUgPerCm3[i]
  const c1 = a.concentrationUgPerCm3[Math.min(i + 1, a.concentrationUgPerCm3.length - 1)]
  const out = new Float32Array(c0.length)
  for (let k = 0; k < out.length; k++) out[k] = c0[k] + f * (c1[k] - c0[k])
  return {
    nr: a.nr,
    nz: a.nz,
    rFacesUm: a.rFacesUm,
    zFacesUm: a.zFacesUm,
    concentrationUgPerCm3: out,
    kind: a.kind[i],
  }
}

/** Lateral (area-weighted) mean tissue concentration per depth row of the skin, µg/cm³, at timeH. */
export function depthProfileAt(
  fields: DeliveryFields,
  arm: ArmId,
  timeH: number,
): { depthUm: Float64Array; concentrationUgPerCm3: Float64Array } {
  const field = concentrationFieldAt(fields, arm, timeH)
  const { nr, nz, rFacesUm, zFacesUm, concentrationUgPerCm3: c, kind } = field
  const depth: number[] = []
  const conc: number[] = []
  for (let j = 0; j < nz; j++) {
    const zc = (zFacesUm[j] + zFacesUm[j + 1]) / 2
    if (zc < 0) continue
    let sum = 0
    let area = 0
    for (let i = 0; i < nr; i++) {
      const k = j * nr + i
      if (kind[k] !== CELL_KIND.tissue && kind[k] !== CELL_KIND.rim) continue
      const ring = (rFacesUm[i + 1] ** 2 - rFacesUm[i] ** 2) / 2
      sum += c[k] * ring
      area += ring
    }
    depth.push(zc)
    conc.push(area > 0 ? sum / area : 0)
  }
  return { depthUm: Float64Array.from(depth), concentrationUgPerCm3: Float64Array.from(conc) }
}
