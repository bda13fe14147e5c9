// What the columns do to the cells and follicles of the block.
//
// A point at radius r from an MTZ axis and depth d is
//   ablated     if d < crater depth(r)                          (vaporised: inside the crater),
//   coagulated  if crater depth(r) ≤ d ≤ coagulation depth(r)   (Ω ≥ 1: the coagulated sleeve),
//   intact      otherwise.
// A cell counts as a point (its centre). A follicle is a tube: its epithelium at depth d is damaged when the zone
// reaches the tube's wall, i.e. at radius max(0, r − tube radius) from the MTZ axis, r measured from the
// follicle's axis point at that depth (tilt followed). The tube radius is the outer root sheath, and the bulb's
// radius at the bulb. Where several MTZs reach a point the strongest effect wins, then the earliest.
import type { Cell, Follicle, SkinBlock } from '../types'
import { follicleAxisPointUm } from '../follicles'
import { bulbTopDepthUm } from '../follicles'
import type { CellEffect, EffectCount, FollicleHits, MtzProfile, PerCellKind, TreatmentPlan } from './types'
import { profileAt, sweepTimeAt } from './scan'

/** Depth step along a follicle's axis when looking for its deepest damaged point, µm. */
export const FOLLICLE_STEP_UM = 5

/** Effect of one MTZ at radius r and depth d. */
export function effectAtRadius(profile: MtzProfile, rUm: number, depthUm: number): CellEffect {
  if (rUm >= profile.damageRadiusUm) return 0
  if (depthUm < profileAt(profile, profile.craterDepthUm, rUm)) return 2
  return depthUm <= profileAt(profile, profile.coagulationDepthUm, rUm) ? 1 : 0
}

/** Effect of the continuous pass at a depth. */
function continuousEffect(depthUm: number, depth: number, coagulation: number): CellEffect {
  if (depthUm < depth) return 2
  return depthUm <= coagulation ? 1 : 0
}

/** MTZ centres bucketed on a square grid of side ≥ the damage radius, so a query checks 3 × 3 buckets. */
export class CentreBuckets {
  private readonly side: number
  private readonly nx: number
  private readonly ny: number
  private readonly start: Int32Array
  private readonly items: Int32Array

  constructor(
    private readonly centresUm: Float32Array,
    widthUm: number,
    lengthUm: number,
    reachUm: number,
  ) {
    const n = centresUm.length / 2
    this.side = Math.max(reachUm, 1, Math.sqrt((widthUm * lengthUm) / Math.max(1, n)) / 2)
    this.nx = Math.max(1, Math.ceil(widthUm / this.side))
    this.ny = Math.max(1, Math.ceil(lengthUm / this.side))
    const counts = new Int32Array(this.nx * this.ny + 1)
    const bucketOf = new Int32Array(n)
    for (let i = 0; i < n; i++) {
      bucketOf[i] = this.bucket(centresUm[2 * i], centresUm[2 * i + 1])
      counts[bucketOf[i] + 1]++
    }
    for (let b = 0; b < this.nx * this.ny; b++) counts[b + 1] += counts[b]
    this.start = counts
    this.items = new Int32Array(n)
    const fill = counts.slice(0, this.nx * this.ny)
    for (let i = 0; i < n; i++) this.items[fill[bucketOf[i]]++] = i
  }

  private bucket(xUm: number, yUm: number): number {
    const i = Math.min(this.nx - 1, Math.max(0, Math.floor(xUm / this.side)))
    const j = Math.min(this.ny - 1, Math.max(0, Math.floor(yUm / this.side)))
    return j * this.nx + i
  }

  /** Calls visit(index, distance) for every centre within `reachUm` of (x, y) (reach ≤ the bucket side). */
  near(xUm: number, yUm: number, reachUm: number, visit: (index: number, distanceUm: number) => void): void {
    const ci = Math.floor(xUm / this.side)
    const cj = Math.floor(yUm / this.side)
    const c = this.centresUm
    for (let j = Math.max(0, cj - 1); j <= Math.min(this.ny - 1, cj + 1); j++) {
      for (let i = Math.max(0, ci - 1); i <= Math.min(this.nx - 1, ci + 1); i++) {
        const b = j * this.nx + i
        for (let k = this.start[b]; k < this.start[b + 1]; k++) {
          const m = this.items[k]
          const d = Math.hypot(c[2 * m] - xUm, c[2 * m + 1] - yUm)
          if (d < reachUm) visit(m, d)
        }
      }
    }
  }
}

type PlanCore = Pick<TreatmentPlan, 'mode' | 'centresUm' | 'fireTimeS' | 'sweep' | 'profile'>

/** Effect at a point, the MTZ responsible (−1: none or continuous) and its display time (−1: never). */
export interface PointEffect {
  effect: CellEffect
  mtz: number
  timeS: number
}

/** The strongest (then earliest) effect of the plan at a point; writes into out. */
export function effectAtPoint(
  plan: PlanCore,
  buckets: CentreBuckets | null,
  xUm: number,
  yUm: number,
  depthUm: number,
  out: PointEffect,
): PointEffect {
  out.effect = 0
  out.mtz = -1
  out.timeS = -1
  if (plan.mode === 'continuous' && plan.sweep) {
    const s = plan.sweep
    if (xUm < 0 || yUm < 0 || xUm > s.widthUm || yUm > s.lengthUm) return out
    out.effect = continuousEffect(depthUm, s.depthUm, s.coagulationDepthUm)
    if (out.effect > 0) out.timeS = sweepTimeAt(s, xUm, yUm)
    return out
  }
  if (plan.mode !== 'fractional' || !buckets) return out
  buckets.near(xUm, yUm, plan.profile.damageRadiusUm, (m, r) => {
    const e = effectAtRadius(plan.profile, r, depthUm)
    const t = plan.fireTimeS[m]
    if (e > out.effect || (e > 0 && e === out.effect && t < out.timeS)) {
      out.effect = e
      out.mtz = m
      out.timeS = t
    }
  })
  return out
}

function cellsEffects(plan: PlanCore, buckets: CentreBuckets | null, cells: Cell[]) {
  const effect = new Uint8Array(cells.length)
  const hitBy = new Int32Array(cells.length).fill(-1)
  const hitTimeS = new Float32Array(cells.length).fill(-1)
  const count: EffectCount = { ablated: 0, coagulated: 0 }
  const at: PointEffect = { effect: 0, mtz: -1, timeS: -1 }
  cells.forEach((cell, i) => {
    effectAtPoint(plan, buckets, cell.xUm, cell.yUm, cell.depthUm, at)
    effect[i] = at.effect
    hitBy[i] = at.mtz
    hitTimeS[i] = at.timeS
    if (at.effect === 2) count.ablated++
    else if (at.effect === 1) count.coagulated++
  })
  return { effect, hitBy, hitTimeS, count }
}

/** Effects on the three cell populations of the block. */
export function cellEffectsOf(plan: PlanCore, buckets: CentreBuckets | null, block: SkinBlock) {
  const m = cellsEffects(plan, buckets, block.melanocytes)
  const p = cellsEffects(plan, buckets, block.precursors)
  const t = cellsEffects(plan, buckets, block.tCells)
  const pick = <K extends 'effect' | 'hitBy' | 'hitTimeS'>(key: K): PerCellKind<(typeof m)[K]> => ({
    melanocytes: m[key],
    precursors: p[key],
    tCells: t[key],
  })
  return {
    effects: pick('effect'),
    hitBy: pick('hitBy'),
    hitTimeS: pick('hitTimeS'),
    counts: { melanocytes: m.count, precursors: p.count, tCells: t.count },
  }
}

/** Radius of the follicle's epithelial tube at a depth: the bulb below its top, the outer root sheath above. */
function tubeRadiusUm(f: Follicle, depthUm: number): number {
  return depthUm >= bulbTopDepthUm(f)
    ? Math.max(f.bulbRadiusUm, f.outerRootSheathRadiusUm)
    : f.outerRootSheathRadiusUm
}

/** The deepest damaged point along each follicle's axis and the MTZ responsible. */
export function follicleHitsOf(
  plan: PlanCore,
  buckets: CentreBuckets | null,
  follicles: Follicle[],
): FollicleHits {
  const n = follicles.length
  const hits: FollicleHits = {
    hit: new Uint8Array(n),
    mtz: new Int32Array(n).fill(-1),
    deepestDamageUm: new Float32Array(n),
    hitTimeS: new Float32Array(n).fill(-1),
    reachesBulge: new Uint8Array(n),
  }
  follicles.forEach((f, fi) => {
    let deepest = 0
    let mtz = -1
    let timeS = -1
    let hit = false
    if (plan.mode === 'continuous' && plan.sweep) {
      deepest = Math.min(plan.sweep.coagulationDepthUm, f.bulbBaseDepthUm)
      hit = deepest > 0
      timeS = sweepTimeAt(plan.sweep, f.xUm, f.yUm)
    } else if (plan.mode === 'fractional' && buckets) {
      for (let d = 0; d <= f.bulbBaseDepthUm; d += FOLLICLE_STEP_UM) {
        const p = follicleAxisPointUm(f, d)
        const tube = tubeRadiusUm(f, d)
        buckets.near(p.xUm, p.yUm, plan.profile.damageRadiusUm + tube, (m, r) => {
          if (effectAtRadius(plan.profile, Math.max(0, r - tube), d) === 0) return
          const t = plan.fireTimeS[m]
          if (!hit || d > deepest || (d === deepest && t < timeS)) {
            hit = true
            deepest = d
            mtz = m
            timeS = t
          }
        })
      }
    }
    hits.hit[fi] = hit ? 1 : 0
    hits.mtz[fi] = mtz
    hits.deepestDamageUm[fi] = deepest
    hits.hitTimeS[fi] = hit ? timeS : -1
    hits.reachesBulge[fi] = hit && deepest >= f.bulgeDepthUm ? 1 : 0
  })
  return hits
}
