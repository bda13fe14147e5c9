// The healing clock: the day shown by the Heal view. It changes every frame while playing, so it lives here, outside
// React state (like scanClock.ts): the scene advances it in useFrame and the store hears only of phase changes and
// a throttled day readout (healingSlice.ts).
//
// Playing moves at a constant speed along the DRAWN timeline (the piecewise scale of src/sim/healing/clock.ts), not
// in days: milliseconds of the pulse and months of repigmentation both take a visible share of the playback.
// Test mode (?test=1, frames on demand): a fixed step per rendered frame, so screenshots are deterministic.
import type { ClockPhase } from '../sim/healing'
import { timeAtPosition, timelinePosition } from '../sim/healing/clock'

/** Playback speeds: seconds of real time to play the whole timeline once. */
export const SPEEDS = [
  { id: 'slow', label: 'Slow', timelineS: 90 },
  { id: 'normal', label: 'Normal', timelineS: 40 },
  { id: 'fast', label: 'Fast', timelineS: 15 },
] as const
export type SpeedId = (typeof SPEEDS)[number]['id']

/** Timeline share advanced per rendered frame in test mode (200 frames play the whole course). */
export const TEST_MODE_STEP = 1 / 200
/** Longest frame delta the clock accepts in normal mode, s (a stalled tab does not jump through the course). */
const MAX_DELTA_S = 0.25

export interface HealingClock {
  /** The day shown (0 = the first pulse). */
  timeDays: number
  playing: boolean
  speed: SpeedId
  /** Bumped by every seek, so the scene knows to redraw even when paused. */
  revision: number
}

export const healingClock: HealingClock = { timeDays: 0, playing: false, speed: 'normal', revision: 0 }

/** Set by the Heal scene: asks for one frame to be rendered (frames are rendered on demand). */
let frameRequester: (() => void) | null = null
export function setHealingFrameRequester(request: (() => void) | null): void {
  frameRequester = request
}
export function requestHealingFrame(): void {
  frameRequester?.()
}

/**
 * What the Heal scene last drew: the run and the clock revision (automation's seek waits for them), and how many
 * agents it updated (all of them, every frame the clock moves) and drew (those in the section).
 */
export const healingShown: {
  run: object | null
  revision: number
  timeDays: number
  melanocyteAgents: number
  tCellAgents: number
  drawnMelanocytes: number
  drawnTCells: number
} = {
  run: null,
  revision: -1,
  timeDays: 0,
  melanocyteAgents: 0,
  tCellAgents: 0,
  drawnMelanocytes: 0,
  drawnTCells: 0,
}

/** Early stops for the step buttons (days): the fast phases step through decades, then hours, then whole days. */
const S = 1 / 86400
const EARLY_STOPS_DAYS = [
  0,
  1e-3 * S,
  1e-2 * S,
  0.1 * S,
  1 * S,
  10 * S,
  60 * S,
  600 * S,
  1 / 24,
  3 / 24,
  6 / 24,
  12 / 24,
  18 / 24,
  1,
]

/** The next step stop after (direction +1) or before (−1) a time, within 0..endDays. */
export function stepStopDays(timeDays: number, direction: 1 | -1, endDays: number): number {
  const eps = 1e-9
  let next: number
  if (direction > 0) {
    next =
      timeDays < 1 - eps
        ? EARLY_STOPS_DAYS.find((d) => d > timeDays + eps * d + 1e-12)!
        : Math.floor(timeDays + eps) + 1
  } else if (timeDays > 1 + eps) {
    next = Math.ceil(timeDays - eps) - 1
  } else {
    const earlier = EARLY_STOPS_DAYS.filter((d) => d < timeDays - eps * d - 1e-12)
    next = earlier.length > 0 ? earlier[earlier.length - 1] : 0
  }
  return Math.min(endDays, Math.max(0, next))
}

/** Sets the clock to a day (clamped) and bumps the revision. */
export function setClockDays(timeDays: number, endDays: number): void {
  healingClock.timeDays = Math.min(endDays, Math.max(0, Number.isFinite(timeDays) ? timeDays : 0))
  healingClock.revision++
  requestHealingFrame()
}

/**
 * Advances the clock by one frame along the drawn timeline; returns true while it is still playing (it stops at
 * the end of the course).
 */
export function advanceHealingClock(
  phases: ClockPhase[],
  endDays: number,
  deltaS: number,
  testMode: boolean,
): boolean {
  if (!healingClock.playing) return false
  const spec = SPEEDS.find((s) => s.id === healingClock.speed) ?? SPEEDS[1]
  const du = testMode ? TEST_MODE_STEP : Math.min(MAX_DELTA_S, Math.max(0, deltaS)) / spec.timelineS
  const u = timelinePosition(phases, healingClock.timeDays) + du
  if (u >= 1 - 1e-9) {
    healingClock.timeDays = endDays
    healingClock.playing = false
  } else {
    healingClock.timeDays = Math.min(endDays, timeAtPosition(phases, u))
  }
  return healingClock.playing
}

/** "9 h 36 min", "12 s", "day 60 · 2.0 months": the time since the first pulse in the unit a reader expects. */
export function formatHealingTime(timeDays: number): string {
  const s = timeDays * 86400
  if (s <= 0) return 'first pulse (t = 0)'
  // two significant digits, never exponent notation (toPrecision(2) of 499.99 is "5.0e+2")
  const sig2 = (v: number) => (v >= 99.5 ? String(Math.round(v)) : v.toPrecision(2))
  if (s < 1e-3) return `${sig2(s * 1e6)} µs`
  if (s < 1) return `${sig2(s * 1000)} ms`
  if (s < 60) return `${sig2(s)} s`
  if (s < 3600) return `${Math.round(s / 60)} min`
  if (timeDays < 2) {
    const h = Math.floor(s / 3600)
    const min = Math.round((s - h * 3600) / 60)
    return min === 60 ? `${h + 1} h` : min > 0 ? `${h} h ${min} min` : `${h} h`
  }
  const day = timeDays < 10 ? timeDays.toFixed(1) : String(Math.round(timeDays))
  return timeDays >= 30 ? `day ${day} · ${(timeDays / 30.4375).toFixed(1)} months` : `day ${day}`
}
