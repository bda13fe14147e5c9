// The scan clock of a treatment pass: display seconds since Fire, advanced once per rendered frame by the scene
// (src/scene/laser/TreatmentLayer.tsx). It lives outside React state on purpose: it changes every frame, and
// React only hears of phase changes and a throttled "MTZs fired" counter.
//
// Normal mode: real time (frame delta, capped so a stalled tab does not skip the pass).
// Test mode (?test=1, frames on demand): a fixed step per rendered frame, so that
//   await dermasim.fire(); await dermasim.renderFrames(TEST_MODE_FRAMES)
// always ends with the pass done and the rims cooled, and screenshots are deterministic.
import type { TreatmentPlan } from '../sim/treatment'

/** Rendered frames that take a whole pass (scan, cooling and settling) in test mode. */
export const TEST_MODE_FRAMES = 40
/** Longest frame delta the clock accepts in normal mode, s. */
const MAX_DELTA_S = 0.25

export interface ScanClock {
  /** Display seconds since Fire. */
  timeS: number
  /** True until the animation of the current pass has ended. */
  running: boolean
  /** The fixed step per frame in test mode, s. */
  testStepS: number
  /** Bumped on every Fire or Clear, so the scene knows its per-pass state is stale. */
  generation: number
}

export const scanClock: ScanClock = { timeS: 0, running: false, testStepS: 0, generation: 0 }

export function startScanClock(plan: TreatmentPlan): void {
  scanClock.timeS = 0
  scanClock.running = true
  scanClock.testStepS = plan.timing.animEndS / TEST_MODE_FRAMES
  scanClock.generation++
}

export function stopScanClock(): void {
  scanClock.timeS = 0
  scanClock.running = false
  scanClock.generation++
}

/** Advances the clock by one frame; returns false once the pass's animation has ended. */
export function advanceScanClock(plan: TreatmentPlan, deltaS: number, testMode: boolean): boolean {
  if (!scanClock.running) return false
  const step = testMode ? scanClock.testStepS : Math.min(MAX_DELTA_S, Math.max(0, deltaS))
  scanClock.timeS += step
  // (a tolerance: TEST_MODE_FRAMES steps must land on the end despite rounding)
  if (scanClock.timeS >= plan.timing.animEndS - 1e-6) {
    scanClock.timeS = plan.timing.animEndS
    scanClock.running = false
  }
  return scanClock.running
}
