// Checkpoints and seeking. A run stores the full state every day (every 3 h during the first 2 days); seek(run, t)
// returns the state at any time by interpolating the two checkpoints around t: no replay from zero, so the cost
// does not depend on t (≈ 1 ms for 10,000 agents; benchSeekMs measures it, the tests do not assert it).
//   - a cell present in both checkpoints (same slot, born before the first) moves linearly between its two
//     positions and shows the first checkpoint's mode until halfway, then the second's;
//   - a cell born between them appears at its birth hour, at its position in the second checkpoint;
//   - fields and coverage are interpolated linearly; the open epidermis is computed exactly from the closure
//     times; the figures are interpolated from the hourly series.
import type {
  Checkpoint,
  HealingFigures,
  HealingRun,
  HealingState,
  MelanocyteSnapshot,
  TCellSnapshot,
} from './types'
import type { EngineState } from './engine'
import { MODE } from './agents'
import { TCELL_MODE } from './tcells'
import { addOpenShare } from './wound'
import { phaseAt } from './clock'
import { FIGURE_NAMES } from './figures'

const LOST = MODE.lost
const APOPTOTIC = TCELL_MODE.apoptotic

export function takeCheckpoint(st: EngineState, hour: number): Checkpoint {
  const s = st.w.melanocytes
  const n = s.count
  return {
    timeHours: hour,
    melanocytes: {
      count: n,
      xUm: s.xUm.slice(0, n),
      yUm: s.yUm.slice(0, n),
      depthUm: s.depthUm.slice(0, n),
      mode: s.mode.slice(0, n),
      follicleId: s.follicleId.slice(0, n),
      birthHour: s.birthHour.slice(0, n),
    },
    tCells: st.w.tCells.snapshot(),
    mmp2: st.mmp2.values.slice(),
    growthFactor: st.gf.values.slice(),
    coverage: st.rates.coverage.slice(),
  }
}

/** Index of the last checkpoint at or before the hour. */
function checkpointBefore(checkpoints: Checkpoint[], hour: number): number {
  let lo = 0
  let hi = checkpoints.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (checkpoints[mid].timeHours <= hour) lo = mid
    else hi = mid - 1
  }
  return lo
}

const lerp = (a: number, b: number, f: number): number => a + (b - a) * f

function lerpInto(a: Float32Array, b: Float32Array, f: number, out: Float32Array): void {
  for (let k = 0; k < b.length; k++) out[k] = lerp(a[k], b[k], f)
}

function interpolateMelanocytes(
  a: MelanocyteSnapshot,
  b: MelanocyteSnapshot,
  tA: number,
  hour: number,
  f: number,
  out: MelanocyteSnapshot,
): void {
  const n = b.count
  out.count = n
  out.follicleId.set(b.follicleId.subarray(0, n))
  out.birthHour.set(b.birthHour.subarray(0, n))
  for (let i = 0; i < n; i++) {
    const sameCell = i < a.count && b.birthHour[i] <= tA
    if (sameCell) {
      out.xUm[i] = lerp(a.xUm[i], b.xUm[i], f)
      out.yUm[i] = lerp(a.yUm[i], b.yUm[i], f)
      out.depthUm[i] = lerp(a.depthUm[i], b.depthUm[i], f)
      out.mode[i] = f < 0.5 ? a.mode[i] : b.mode[i]
    } else {
      out.xUm[i] = b.xUm[i]
      out.yUm[i] = b.yUm[i]
      out.depthUm[i] = b.depthUm[i]
      out.mode[i] = hour >= b.birthHour[i] ? b.mode[i] : LOST
    }
  }
}

function interpolateTCells(
  a: TCellSnapshot,
  b: TCellSnapshot,
  tA: number,
  hour: number,
  f: number,
  out: TCellSnapshot,
): void {
  const n = b.count
  out.count = n
  out.xUm.set(b.xUm.subarray(0, n))
  out.yUm.set(b.yUm.subarray(0, n))
  out.depthUm.set(b.depthUm.subarray(0, n))
  out.birthHour.set(b.birthHour.subarray(0, n))
  for (let i = 0; i < n; i++) {
    const sameCell = i < a.count && b.birthHour[i] <= tA
    if (sameCell) out.mode[i] = f < 0.5 ? a.mode[i] : b.mode[i]
    else out.mode[i] = hour >= b.birthHour[i] ? b.mode[i] : APOPTOTIC
  }
}

/** Figures at any time, interpolated from the hourly series (into `out` when given). */
export function figuresAt(run: HealingRun, timeDays: number, out = {} as HealingFigures): HealingFigures {
  const last = run.series.openEpidermisFraction.length - 1
  const h = Math.min(last, Math.max(0, timeDays * 24))
  const h0 = Math.floor(h)
  const h1 = Math.min(last, h0 + 1)
  const f = h - h0
  for (const name of FIGURE_NAMES) out[name] = lerp(run.series[name][h0], run.series[name][h1], f)
  return out
}

/** Per grid cell, share of open epidermis at a time (exact, from the closure times of each session). */
export function openEpidermisAt(
  run: HealingRun,
  timeDays: number,
  out: Float32Array = new Float32Array(run.grid.nx * run.grid.ny),
): Float32Array {
  const { nx, ny } = run.grid
  out.fill(0)
  const hour = timeDays * 24
  for (const c of run.closures) addOpenShare(c, hour - c.startHour, nx, ny, out)
  for (let k = 0; k < out.length; k++) out[k] = Math.min(1, out[k])
  return out
}

function melanocyteBuffer(capacity: number): MelanocyteSnapshot {
  return {
    count: 0,
    xUm: new Float32Array(capacity),
    yUm: new Float32Array(capacity),
    depthUm: new Float32Array(capacity),
    mode: new Uint8Array(capacity),
    follicleId: new Int16Array(capacity),
    birthHour: new Float32Array(capacity),
  }
}

/** Most agents present at any checkpoint (the size of a HealingState's buffers). */
export function maxAgentCounts(run: HealingRun): { melanocytes: number; tCells: number } {
  let melanocytes = 0
  let tCells = 0
  for (const c of run.checkpoints) {
    melanocytes = Math.max(melanocytes, c.melanocytes.count)
    tCells = Math.max(tCells, c.tCells.count)
  }
  return { melanocytes, tCells }
}

/**
 * A state whose typed arrays are sized for the whole run: seekInto() rewrites it in place, so a view can seek
 * every frame without allocating. Only the first `melanocytes.count` / `tCells.count` entries are meaningful.
 */
export function createHealingState(run: HealingRun): HealingState {
  const max = maxAgentCounts(run)
  const cells = run.grid.nx * run.grid.ny
  const t = melanocyteBuffer(max.tCells)
  return {
    timeDays: 0,
    phase: '',
    melanocytes: melanocyteBuffer(max.melanocytes),
    tCells: { count: 0, xUm: t.xUm, yUm: t.yUm, depthUm: t.depthUm, mode: t.mode, birthHour: t.birthHour },
    mmp2: new Float32Array(cells),
    growthFactor: new Float32Array(cells),
    coverage: new Float32Array(cells),
    openEpidermis: new Float32Array(cells),
    figures: {} as HealingFigures,
  }
}

/** Writes the state of the run at a time (clamped to 0..end) into `state` (from createHealingState) and returns it. */
export function seekInto(run: HealingRun, timeDays: number, state: HealingState): HealingState {
  const hour = Math.min(run.endDays * 24, Math.max(0, timeDays * 24))
  const cps = run.checkpoints
  const ia = checkpointBefore(cps, hour)
  const a = cps[ia]
  // exactly at a checkpoint: that checkpoint alone (the state the run had then)
  const b = hour === a.timeHours ? a : cps[Math.min(cps.length - 1, ia + 1)]
  const span = b.timeHours - a.timeHours
  const f = span > 0 ? (hour - a.timeHours) / span : 0
  state.timeDays = hour / 24
  state.phase = phaseAt(run.phases, hour / 24)
  interpolateMelanocytes(a.melanocytes, b.melanocytes, a.timeHours, hour, f, state.melanocytes)
  interpolateTCells(a.tCells, b.tCells, a.timeHours, hour, f, state.tCells)
  lerpInto(a.mmp2, b.mmp2, f, state.mmp2)
  lerpInto(a.growthFactor, b.growthFactor, f, state.growthFactor)
  lerpInto(a.coverage, b.coverage, f, state.coverage)
  openEpidermisAt(run, hour / 24, state.openEpidermis)
  figuresAt(run, hour / 24, state.figures)
  return state
}

/** The state of the run at any time from 0 to its end (clamped), in freshly allocated arrays. */
export function seek(run: HealingRun, timeDays: number): HealingState {
  return seekInto(run, timeDays, createHealingState(run))
}

/** Mean wall time of one seek, ms, over `samples` evenly spread times (a benchmark, never asserted). */
export function benchSeekMs(run: HealingRun, samples = 100): number {
  const now = (): number => globalThis.performance?.now() ?? Date.now()
  const t0 = now()
  const state = createHealingState(run)
  for (let k = 0; k < samples; k++) seekInto(run, ((k + 0.37) / samples) * run.endDays, state)
  return (now() - t0) / samples
}
