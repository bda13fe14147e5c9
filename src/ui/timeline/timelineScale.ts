// The drawn timeline shared by the scrubber and the chart: the named phases of the healing clock on their piecewise
// scale (src/sim/healing/clock.ts), with short labels that fit the bar and the time at each phase boundary.
import { clockPhases, timeAtPosition, timelinePosition, type ClockPhase } from '../../sim/healing'

/** Steps of the scrubber slider over the whole timeline (arrow keys move one step). */
export const SCRUB_STEPS = 1000

/** Short names for the bar (the full name is read out and shown as the current phase). */
const SHORT: Record<string, string> = {
  pulse: 'Pulse',
  thermal: 'Heat',
  're-epithelialization': 'Re-epithelialization',
  'inflammation and cytokines': 'Inflammation',
  'stem-cell activation': 'Activation',
  migration: 'Migration',
  repigmentation: 'Repigmentation',
}

export function shortPhaseName(name: string): string {
  return SHORT[name] ?? name
}

/** "1 µs", "10 s", "2 d": the time of a phase boundary, compact. */
export function boundaryLabel(days: number): string {
  const s = days * 86400
  if (s <= 0) return '0'
  if (s < 1e-3) return `${Math.round(s * 1e6)} µs`
  if (s < 1) return `${Math.round(s * 1000)} ms`
  if (s < 60) return `${Math.round(s)} s`
  if (s < 3600) return `${Math.round(s / 60)} min`
  if (days < 1) return `${Math.round(s / 3600)} h`
  return `${Math.round(days)} d`
}

export interface TimelineSegment {
  name: string
  label: string
  /** Position of the phase's start and end on the drawn timeline, 0..1. */
  startU: number
  endU: number
  endLabel: string
}

/** The run's phases (or those of the course length while no run exists) as segments of the bar. */
export function timelineSegments(phases: ClockPhase[]): TimelineSegment[] {
  let u = 0
  return phases.map((p) => {
    const seg = {
      name: p.name,
      label: shortPhaseName(p.name),
      startU: u,
      endU: u + p.share,
      endLabel: boundaryLabel(p.endDays),
    }
    u += p.share
    return seg
  })
}

export function phasesFor(runPhases: ClockPhase[] | undefined, courseDays: number): ClockPhase[] {
  return runPhases ?? clockPhases(courseDays)
}

export const dayToPosition = (phases: ClockPhase[], day: number): number => timelinePosition(phases, day)
export const positionToDay = (phases: ClockPhase[], u: number): number =>
  timeAtPosition(phases, Math.min(1, Math.max(0, u)))
