// One clock from the first laser pulse (t = 0) to the end of the course, drawn on a piecewise time scale: each named
// phase gets a fixed share of the timeline, on a log scale inside the fast phases (milliseconds to days) and a
// linear one inside the slow ones. The phases describe the first laser session; later sessions repeat the early
// phases at their own start, which the timeline marks as events.
//
// The phase boundaries are REFERENCE time points (healingParams.ts 'heal.phase.*'); the shares are a display choice.
import type { ClockPhase } from './types'
import { healingParam } from './healingParams'

const S_PER_DAY = 86400

/** Display shares of the timeline, in phase order (sum 1; a display choice, not data). */
const SHARES = [0.04, 0.08, 0.14, 0.12, 0.14, 0.2, 0.28]
/** The log-scaled pulse phase needs a positive start: 1 µs stands for "the pulse begins". */
const PULSE_START_DAYS = 1e-6 / S_PER_DAY

/** The named phases from 0 to endDays; phases that would start after endDays are dropped, the last is clipped. */
export function clockPhases(endDays: number): ClockPhase[] {
  const bounds = [
    0,
    healingParam('heal.phase.pulseEndS') / S_PER_DAY,
    healingParam('heal.phase.thermalEndS') / S_PER_DAY,
    healingParam('heal.phase.reepithelializationEndDays'),
    healingParam('heal.phase.inflammationEndDays'),
    healingParam('heal.phase.activationEndDays'),
    healingParam('heal.phase.migrationEndDays'),
    Math.max(endDays, healingParam('heal.phase.migrationEndDays')),
  ]
  const names = [
    'pulse',
    'thermal',
    're-epithelialization',
    'inflammation and cytokines',
    'stem-cell activation',
    'migration',
    'repigmentation',
  ]
  const scales: ClockPhase['scale'][] = ['linear', 'log', 'log', 'linear', 'linear', 'linear', 'linear']
  const phases: ClockPhase[] = []
  for (let k = 0; k < names.length; k++) {
    if (bounds[k] >= endDays) break
    phases.push({
      name: names[k],
      startDays: bounds[k],
      endDays: Math.min(bounds[k + 1], endDays),
      share: SHARES[k],
      scale: scales[k],
    })
  }
  const total = phases.reduce((sum, p) => sum + p.share, 0)
  for (const p of phases) p.share /= total
  return phases
}

function localFraction(phase: ClockPhase, timeDays: number): number {
  const t = Math.min(phase.endDays, Math.max(phase.startDays, timeDays))
  if (phase.scale === 'linear') return (t - phase.startDays) / (phase.endDays - phase.startDays)
  const lo = Math.log(Math.max(phase.startDays, PULSE_START_DAYS))
  const hi = Math.log(phase.endDays)
  return (Math.log(Math.max(t, PULSE_START_DAYS)) - lo) / (hi - lo)
}

/** Position 0..1 on the drawn timeline of a time in days (monotone). */
export function timelinePosition(phases: ClockPhase[], timeDays: number): number {
  let start = 0
  for (const p of phases) {
    if (timeDays < p.endDays || p === phases[phases.length - 1]) {
      return Math.min(1, start + p.share * Math.max(0, localFraction(p, timeDays)))
    }
    start += p.share
  }
  return 1
}

/** Time in days at a position 0..1 of the drawn timeline (inverse of timelinePosition). */
export function timeAtPosition(phases: ClockPhase[], position: number): number {
  let start = 0
  const u = Math.min(1, Math.max(0, position))
  for (const p of phases) {
    if (u <= start + p.share || p === phases[phases.length - 1]) {
      const f = Math.min(1, Math.max(0, (u - start) / p.share))
      if (p.scale === 'linear') return p.startDays + f * (p.endDays - p.startDays)
      const lo = Math.log(Math.max(p.startDays, PULSE_START_DAYS))
      const hi = Math.log(p.endDays)
      return Math.exp(lo + f * (hi - lo))
    }
    start += p.share
  }
  return phases.length > 0 ? phases[phases.length - 1].endDays : 0
}

/** Name of the phase that holds a time (the last phase for times at or after the end). */
export function phaseAt(phases: ClockPhase[], timeDays: number): string {
  for (const p of phases) if (timeDays < p.endDays) return p.name
  return phases.length > 0 ? phases[phases.length - 1].name : ''
}
