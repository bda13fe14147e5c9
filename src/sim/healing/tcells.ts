// CD8+ T lymphocytes of the lesion as agents (two modes: patrolling, apoptotic) and the local density that drives
// melanocyte loss.
//
// Apoptosis hazard per hour  h = 1/residence  +  a_L·Ĝ(x)  (+ corticosteroid a_C·E(X(x)), topicalEffects.ts)
// plus, at each NB-UVB session, death with probability p_UV × (basal UV dose ÷ forearm intact dose), capped at 1.
//   - UV: UV-induced T-cell apoptosis is a main proposed mechanism of NB-UVB (Esmat 2017, REFERENCE §6, B).
//   - laser: T cells inside the thermal damage die with the tissue (physical). The extra term a_L·Ĝ, with the
//     pro-migratory growth-factor effect Ĝ as the injury signal of the rims, is an EXPLICIT HYPOTHESIS: no
//     measurement of T-cell apoptosis after fractional CO2 exists (REFERENCE §6). It is flagged in the run
//     (laserTCellHypothesisActive) and in docs/model-healing.md.
// Influx keeps the disease going: new T cells arrive at  activity × N0 ÷ residence  per hour (N0 = the block's
// T cells at activity 1; the run starts at its steady state, activity × N0, so an untreated lesion stays there),
// at positions drawn from the block's (the active margin stays richer, Shin 2016); 5-FU slows it (× (1 − f·E(X))).
// Activity: HealingInput.activity (scenario course.activity; in the cohort, each patient's lognormal draw). T cells are not moved (their patrol is folded
// into the 200 µm density window).
import type { Cell } from '../types'
import type { TCellSnapshot } from './types'
import type { Rng } from '../rng'

export const TCELL_MODE_NAMES = ['apoptotic', 'patrolling'] as const
export const TCELL_MODE = { apoptotic: 0, patrolling: 1 } as const

export class TCellStore {
  count = 0
  readonly xUm: Float32Array
  readonly yUm: Float32Array
  readonly depthUm: Float32Array
  readonly mode: Uint8Array
  readonly birthHour: Float32Array
  private readonly free: number[] = []
  private pendingFree: number[] = []

  constructor(readonly capacity: number) {
    this.xUm = new Float32Array(capacity)
    this.yUm = new Float32Array(capacity)
    this.depthUm = new Float32Array(capacity)
    this.mode = new Uint8Array(capacity)
    this.birthHour = new Float32Array(capacity)
  }

  spawn(xUm: number, yUm: number, depthUm: number, hour: number): number {
    let slot: number
    if (this.free.length > 0) slot = this.free.pop() as number
    else if (this.count < this.capacity) slot = this.count++
    else return -1
    this.xUm[slot] = xUm
    this.yUm[slot] = yUm
    this.depthUm[slot] = depthUm
    this.mode[slot] = TCELL_MODE.patrolling
    this.birthHour[slot] = hour
    return slot
  }

  kill(slot: number): void {
    if (this.mode[slot] !== TCELL_MODE.patrolling) return
    this.mode[slot] = TCELL_MODE.apoptotic
    this.pendingFree.push(slot)
  }

  releaseDead(): void {
    for (const s of this.pendingFree) this.free.push(s)
    this.pendingFree = []
  }

  alive(): number {
    let n = 0
    for (let i = 0; i < this.count; i++) n += this.mode[i]
    return n
  }

  snapshot(): TCellSnapshot {
    const n = this.count
    return {
      count: n,
      xUm: this.xUm.slice(0, n),
      yUm: this.yUm.slice(0, n),
      depthUm: this.depthUm.slice(0, n),
      mode: this.mode.slice(0, n),
      birthHour: this.birthHour.slice(0, n),
    }
  }
}

/** The run's initial T cells: the block's, each kept ⌊a⌋ or ⌈a⌉ times at random (mean = activity a). */
export function seedTCells(store: TCellStore, cells: Cell[], activity = 1, rng?: Rng): void {
  for (const c of cells) {
    const whole = Math.floor(activity)
    const copies = whole + (rng && rng.next() < activity - whole ? 1 : 0)
    for (let k = 0; k < copies; k++) store.spawn(c.xUm, c.yUm, c.depthUm, 0)
  }
}

/** Sum of `src` over the (2w+1)² window around each cell, clipped at the sides (two 1D running sums). */
export function boxSum(
  src: Float32Array,
  nx: number,
  ny: number,
  w: number,
  out: Float32Array,
  scratch: Float32Array = new Float32Array(nx * ny),
): void {
  const tmp = scratch
  for (let j = 0; j < ny; j++) {
    const row = j * nx
    let s = 0
    for (let d = 0; d <= Math.min(nx - 1, w); d++) s += src[row + d]
    for (let i = 0; i < nx; i++) {
      tmp[row + i] = s
      if (i + w + 1 < nx) s += src[row + i + w + 1]
      if (i - w >= 0) s -= src[row + i - w]
    }
  }
  for (let i = 0; i < nx; i++) {
    let s = 0
    for (let d = 0; d <= Math.min(ny - 1, w); d++) s += tmp[d * nx + i]
    for (let j = 0; j < ny; j++) {
      out[j * nx + i] = s
      if (j + w + 1 < ny) s += tmp[(j + w + 1) * nx + i]
      if (j - w >= 0) s -= tmp[(j - w) * nx + i]
    }
  }
}

/** Number of in-block cells in each clipped window (to turn window sums into densities). */
export function windowCells(nx: number, ny: number, w: number): Float32Array {
  const out = new Float32Array(nx * ny)
  for (let j = 0; j < ny; j++) {
    const rows = Math.min(ny - 1, j + w) - Math.max(0, j - w) + 1
    for (let i = 0; i < nx; i++) out[j * nx + i] = rows * (Math.min(nx - 1, i + w) - Math.max(0, i - w) + 1)
  }
  return out
}
