// How the handpiece scans: the serpentine order of the MTZs, the display clock of each pulse, and the sweep of
// continuous mode. Every time here is on the slowed display clock (see ScanTiming); the speeds are display
// choices, not device figures.
import type { Pattern } from '../pattern/types'
import type { PulseResult } from '../laser/types'
import type { ContinuousSweep, MtzProfile, ScanTiming } from './types'

/** Physical time runs this many times slower on screen: a 1 ms pulse lasts 0.1 s. */
export const SLOW_FACTOR = 100
/** A whole pass takes about this long on screen, whatever the MTZ count (display choice). */
export const SCAN_TARGET_S = 4
/** Limits of the display interval between two MTZs, s. */
export const MIN_INTERVAL_S = 0.012
export const MAX_INTERVAL_S = 0.15
/** The handpiece moves in before the first pulse, s. */
export const LEAD_IN_S = 0.4
/** After the last temperature snapshot the rim colour fades to its settled look over this time, s (drawing only). */
export const SETTLE_DISPLAY_S = 1
/** Width of one continuous-mode sweep row, µm (display choice: a few rows over the block). */
export const CONTINUOUS_ROW_PITCH_UM = 250

/** The MTZ profile of a pulse, with the radii where the crater and the Ω ≥ 1 zone end. */
export function mtzProfileOf(pulse: PulseResult): MtzProfile {
  const { radiiUm, craterDepthUmByRadius, coagulationDepthUmByRadius } = pulse.profile
  const n = radiiUm.length
  const stepUm = n > 1 ? radiiUm[1] - radiiUm[0] : Math.max(1, 2 * (radiiUm[0] ?? 1))
  let craterRadiusUm = 0
  let damageRadiusUm = 0
  for (let k = 0; k < n; k++) {
    const outer = radiiUm[k] + stepUm / 2
    if (craterDepthUmByRadius[k] > 0) craterRadiusUm = outer
    if (coagulationDepthUmByRadius[k] > 0 || craterDepthUmByRadius[k] > 0) damageRadiusUm = outer
  }
  return {
    radiiUm,
    craterDepthUm: craterDepthUmByRadius,
    coagulationDepthUm: coagulationDepthUmByRadius,
    stepUm,
    spanUm: n > 0 ? radiiUm[n - 1] + stepUm / 2 : 0,
    craterRadiusUm,
    damageRadiusUm,
  }
}

/** Linear interpolation of a by-radius profile (constant inside the first column centre, 0 beyond the span). */
export function profileAt(profile: MtzProfile, values: Float32Array, rUm: number): number {
  const { radiiUm } = profile
  const n = radiiUm.length
  if (n === 0 || rUm >= profile.spanUm) return 0
  if (rUm <= radiiUm[0]) return values[0]
  const u = (rUm - radiiUm[0]) / profile.stepUm
  const k = Math.min(n - 2, Math.floor(u))
  if (k < 0) return values[0]
  const f = Math.min(1, u - k)
  return values[k] * (1 - f) + values[k + 1] * f
}

function displayTiming(
  pulse: PulseResult,
  leadInS: number,
  intervalS: number,
  lastFireS: number,
): ScanTiming {
  const snapshots = pulse.temperatureSnapshots
  const pulseEndMs = snapshots.length > 0 ? snapshots[0].timeMs : pulse.numerics.simulatedMs
  const coolEndMs = snapshots.length > 0 ? snapshots[snapshots.length - 1].timeMs : pulseEndMs
  const pulseDisplayS = (pulseEndMs / 1000) * SLOW_FACTOR
  const coolDisplayS = (coolEndMs / 1000) * SLOW_FACTOR
  return {
    slowFactor: SLOW_FACTOR,
    leadInS,
    intervalS,
    pulseEndMs,
    coolEndMs,
    pulseDisplayS,
    coolDisplayS,
    settleDisplayS: SETTLE_DISPLAY_S,
    scanEndS: lastFireS + pulseDisplayS,
    animEndS: lastFireS + Math.max(pulseDisplayS, coolDisplayS) + SETTLE_DISPLAY_S,
  }
}

/** Display interval between MTZs so that a pass of `count` MTZs lasts about SCAN_TARGET_S. */
export function scanIntervalS(count: number): number {
  return Math.min(MAX_INTERVAL_S, Math.max(MIN_INTERVAL_S, SCAN_TARGET_S / Math.max(1, count)))
}

/**
 * Serpentine scan order, as a scanner does it: rows along x, taken from the back of the block (large y) to the
 * front, every other row right to left (the view cuts the block away from the front, so the pass starts where
 * the tissue is shown). A new row starts when a centre lies more than `rowBandUm` in front of the first centre of
 * the current row: half the mean spacing groups the exact rows of a grid or hex lattice; a whole spacing makes
 * bands of random centres.
 */
export function serpentineOrder(
  pattern: Pick<Pattern, 'centresUm' | 'count' | 'layout' | 'widthUm' | 'lengthUm'>,
) {
  const n = pattern.count
  const c = pattern.centresUm
  const byY = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => c[2 * b + 1] - c[2 * a + 1] || c[2 * a] - c[2 * b],
  )
  const spacingUm = Math.sqrt((pattern.widthUm * pattern.lengthUm) / Math.max(1, n))
  const rowBandUm = (pattern.layout === 'random' ? 1 : 0.5) * spacingUm
  const order = new Uint32Array(n)
  let written = 0
  let row = 0
  let start = 0
  while (start < n) {
    const y0 = c[2 * byY[start] + 1]
    let end = start + 1
    while (end < n && y0 - c[2 * byY[end] + 1] <= rowBandUm) end++
    const members = byY.slice(start, end).sort((a, b) => c[2 * a] - c[2 * b])
    if (row % 2 === 1) members.reverse()
    for (const m of members) order[written++] = m
    row++
    start = end
  }
  return order
}

/** Fire time of every MTZ (by pattern index) and the display timing of a fractional pass. */
export function fractionalSchedule(
  pattern: Pick<Pattern, 'centresUm' | 'count' | 'layout' | 'widthUm' | 'lengthUm'>,
  pulse: PulseResult,
): { order: Uint32Array; fireTimeS: Float32Array; timing: ScanTiming } {
  const order = serpentineOrder(pattern)
  const intervalS = scanIntervalS(pattern.count)
  const fireTimeS = new Float32Array(pattern.count)
  for (let k = 0; k < order.length; k++) fireTimeS[order[k]] = LEAD_IN_S + k * intervalS
  const lastFireS = LEAD_IN_S + Math.max(0, order.length - 1) * intervalS
  return { order, fireTimeS, timing: displayTiming(pulse, LEAD_IN_S, intervalS, lastFireS) }
}

/** The continuous-mode sweep over the area and its display timing. */
export function continuousSchedule(
  widthUm: number,
  lengthUm: number,
  pulse: PulseResult,
): { sweep: ContinuousSweep; timing: ScanTiming } {
  const rows = Math.max(1, Math.round(lengthUm / CONTINUOUS_ROW_PITCH_UM))
  const rowDurationS = SCAN_TARGET_S / rows
  const sweep: ContinuousSweep = {
    widthUm,
    lengthUm,
    rows,
    rowPitchUm: lengthUm / rows,
    startS: LEAD_IN_S,
    rowDurationS,
    depthUm: pulse.ablationDepthUm,
    coagulationDepthUm: Math.max(pulse.ablationDepthUm, pulse.thermalDamageDepthUm),
  }
  const lastFireS = LEAD_IN_S + rows * rowDurationS
  return { sweep, timing: displayTiming(pulse, LEAD_IN_S, rowDurationS, lastFireS) }
}

/** Sweep row (0 = the first swept, at the back of the block) of a surface point. */
function sweepRowOf(sweep: ContinuousSweep, yUm: number): number {
  const fromBack = Math.floor((sweep.lengthUm - yUm) / sweep.rowPitchUm)
  return Math.min(sweep.rows - 1, Math.max(0, fromBack))
}

/** Display time at which the continuous beam passes over a surface point (the centre of its row passes its x). */
export function sweepTimeAt(sweep: ContinuousSweep, xUm: number, yUm: number): number {
  const row = sweepRowOf(sweep, yUm)
  const u = Math.min(1, Math.max(0, xUm / sweep.widthUm))
  const along = row % 2 === 0 ? u : 1 - u
  return sweep.startS + (row + along) * sweep.rowDurationS
}

/** Where the continuous beam is at display time t (µm), written into out; clamped to the start and the end. */
export function sweepPositionAt(sweep: ContinuousSweep, t: number, out: { xUm: number; yUm: number }): void {
  const s = Math.min(sweep.rows - 1e-6, Math.max(0, (t - sweep.startS) / sweep.rowDurationS))
  const row = Math.floor(s)
  const f = s - row
  out.xUm = (row % 2 === 0 ? f : 1 - f) * sweep.widthUm
  out.yUm = sweep.lengthUm - (row + 0.5) * sweep.rowPitchUm
}

/** Number of MTZs fired by display time t (fire times taken in scan order, which only grow). */
export function firedCountAt(order: Uint32Array, fireTimeS: Float32Array, t: number): number {
  let lo = 0
  let hi = order.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (fireTimeS[order[mid]] <= t) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Where to put the cross-section so that it shows the MTZs' profiles: `cutFraction` itself (the share of the
 * length at which the cut lies, 0…maxFraction) if the cut already passes within half a crater radius of some MTZ
 * centre, else the nearest MTZ centre line. Only the fractional mode has separate profiles to show.
 */
export function cutFractionThroughCraters(
  plan: { mode: string; centresUm: Float32Array; lengthUm: number; profile: MtzProfile },
  cutFraction: number,
  maxFraction = 0.9,
): number {
  const n = plan.centresUm.length / 2
  if (plan.mode !== 'fractional' || n === 0 || plan.profile.craterRadiusUm <= 0) return cutFraction
  const cutUm = cutFraction * plan.lengthUm
  let best = Infinity
  let bestY = cutUm
  for (let m = 0; m < n; m++) {
    const y = plan.centresUm[2 * m + 1]
    if (y / plan.lengthUm > maxFraction) continue
    const d = Math.abs(y - cutUm)
    if (d < best) {
      best = d
      bestY = y
    }
  }
  if (best <= plan.profile.craterRadiusUm / 2) return cutFraction
  return Math.min(maxFraction, Math.max(0, bestY / plan.lengthUm))
}
