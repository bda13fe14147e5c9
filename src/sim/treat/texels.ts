// The plan and the pulse as plain arrays for the view's data textures. Layout only: the numbers are the model's.
//  - wound mask: size × size texels over the block surface; texel (i, j) covers x = (i + ½)·W/size,
//    y = (j + ½)·L/size and holds (centre x µm, centre y µm, fire time s, kind) of the MTZ whose centre is nearest
//    within `reachUm` (kind 1), or (x, y, sweep time, 2) in continuous mode, or (0, 0, −1, 0) for none;
//  - profile: n texels, (crater depth µm, coagulation depth µm, 0, 0) by radius column;
//  - radius by depth: n texels over 0…the deepest damage, (crater radius µm, damaged-zone radius µm, 0, 0): the
//    profile inverted, so a column drawn from outside can show its open channel inside the pale rim;
//  - thermal: nr × nz texels, the four temperature snapshots (°C) as RGBA. Inside the crater (NaN in the model)
//    the temperature of the crater wall is carried in, so that interpolating across the wall stays smooth.
import type { PulseResult } from '../laser/types'
import type { TreatmentPlan } from './types'
import { sweepTimeAt } from './scan'

export const WOUND_MASK_SIZE = 512
/** Temperature used where a whole snapshot row lies inside the crater (the vaporisation plateau), °C. */
export const CRATER_WALL_FALLBACK_C = 100

export function woundMaskTexels(
  plan: Pick<TreatmentPlan, 'mode' | 'widthUm' | 'lengthUm' | 'centresUm' | 'fireTimeS' | 'sweep'>,
  reachUm: number,
  size = WOUND_MASK_SIZE,
): Float32Array {
  const data = new Float32Array(size * size * 4)
  for (let k = 0; k < size * size; k++) data[4 * k + 2] = -1
  const dx = plan.widthUm / size
  const dy = plan.lengthUm / size
  if (plan.mode === 'continuous' && plan.sweep) {
    for (let j = 0; j < size; j++) {
      for (let i = 0; i < size; i++) {
        const k = 4 * (j * size + i)
        const x = (i + 0.5) * dx
        const y = (j + 0.5) * dy
        data[k] = x
        data[k + 1] = y
        data[k + 2] = sweepTimeAt(plan.sweep, x, y)
        data[k + 3] = 2
      }
    }
    return data
  }
  if (plan.mode !== 'fractional') return data
  const best = new Float32Array(size * size).fill(Infinity)
  const c = plan.centresUm
  const n = c.length / 2
  for (let m = 0; m < n; m++) {
    const cx = c[2 * m]
    const cy = c[2 * m + 1]
    const i0 = Math.max(0, Math.floor((cx - reachUm) / dx))
    const i1 = Math.min(size - 1, Math.ceil((cx + reachUm) / dx))
    const j0 = Math.max(0, Math.floor((cy - reachUm) / dy))
    const j1 = Math.min(size - 1, Math.ceil((cy + reachUm) / dy))
    for (let j = j0; j <= j1; j++) {
      const ey = (j + 0.5) * dy - cy
      for (let i = i0; i <= i1; i++) {
        const ex = (i + 0.5) * dx - cx
        const d2 = ex * ex + ey * ey
        const t = j * size + i
        if (d2 > reachUm * reachUm || d2 >= best[t]) continue
        best[t] = d2
        data[4 * t] = cx
        data[4 * t + 1] = cy
        data[4 * t + 2] = plan.fireTimeS[m]
        data[4 * t + 3] = 1
      }
    }
  }
  return data
}

/** Crater and coagulation depth by radius column, RGBA per texel. */
export function profileTexels(plan: Pick<TreatmentPlan, 'profile'>): Float32Array {
  const p = plan.profile
  const data = new Float32Array(p.radiiUm.length * 4)
  for (let k = 0; k < p.radiiUm.length; k++) {
    data[4 * k] = p.craterDepthUm[k]
    data[4 * k + 1] = Math.max(p.craterDepthUm[k], p.coagulationDepthUm[k])
  }
  return data
}

export const RADIUS_BY_DEPTH_TEXELS = 64

/** Largest radius at which a by-radius depth profile is still deeper than depthUm (linear between columns). */
function radiusWhereDeeper(
  radiiUm: Float32Array,
  depthAt: (k: number) => number,
  depthUm: number,
  spanUm: number,
) {
  for (let k = radiiUm.length - 1; k >= 0; k--) {
    const d = depthAt(k)
    if (d <= depthUm) continue
    if (k === radiiUm.length - 1) return spanUm
    const next = depthAt(k + 1)
    return radiiUm[k] + (radiiUm[k + 1] - radiiUm[k]) * ((d - depthUm) / Math.max(d - next, 1e-9))
  }
  return 0
}

/** Crater and damaged-zone radius at n depths spread over 0…spanUm (texel j at depth (j + ½)·spanUm / n). */
export function radiusByDepthTexels(
  plan: Pick<TreatmentPlan, 'profile'>,
  n = RADIUS_BY_DEPTH_TEXELS,
): { data: Float32Array; spanUm: number } {
  const p = plan.profile
  const crater = (k: number) => p.craterDepthUm[k]
  const damage = (k: number) => Math.max(p.craterDepthUm[k], p.coagulationDepthUm[k])
  let spanUm = 1
  for (let k = 0; k < p.radiiUm.length; k++) spanUm = Math.max(spanUm, damage(k))
  const data = new Float32Array(n * 4)
  for (let j = 0; j < n; j++) {
    const depth = ((j + 0.5) * spanUm) / n
    data[4 * j] = radiusWhereDeeper(p.radiiUm, crater, depth, p.spanUm)
    data[4 * j + 1] = radiusWhereDeeper(p.radiiUm, damage, depth, p.spanUm)
  }
  return { data, spanUm }
}

export interface ThermalTexels {
  data: Float32Array
  nr: number
  nz: number
  cellUm: number
  /** Physical times of the four channels, ms (the last snapshot repeated if the model kept fewer). */
  timesMs: [number, number, number, number]
}

export function thermalTexels(pulse: PulseResult): ThermalTexels {
  const snaps = pulse.temperatureSnapshots
  const first = snaps[0]
  const nr = first?.nr ?? 1
  const nz = first?.nz ?? 1
  const data = new Float32Array(nr * nz * 4).fill(37)
  const timesMs: [number, number, number, number] = [0, 0, 0, 0]
  for (let ch = 0; ch < 4; ch++) {
    const s = snaps[Math.min(ch, snaps.length - 1)]
    if (!s) continue
    timesMs[ch] = s.timeMs
    for (let row = 0; row < nz; row++) {
      // walk outwards from the far edge so each crater cell takes the wall temperature next to it
      let wall = CRATER_WALL_FALLBACK_C
      for (let col = nr - 1; col >= 0; col--) {
        const v = s.temperatureC[row * nr + col]
        if (Number.isFinite(v)) wall = v
        data[4 * (row * nr + col) + ch] = Number.isFinite(v) ? v : wall
      }
    }
  }
  return { data, nr, nz, cellUm: first?.cellUm ?? 1, timesMs }
}
