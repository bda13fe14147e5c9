// View-side logic of the Heal view (no DOM, no WebGL): the step buttons' stops, the timeline scale the scrubber
// and the chart share, the chart's samples, and the cut moved onto the laser columns.
import { describe, expect, it } from 'vitest'
import { clockPhases, type CohortResult, type HealingRun } from '../../src/sim/healing'
import { cohortShares } from '../../src/state/healingAutomation'
import {
  advanceHealingClock,
  formatHealingTime,
  healingClock,
  stepStopDays,
} from '../../src/state/healingClock'
import { cutFractionThroughWounds } from '../../src/state/healingCut'
import { chartTimesDays, nearestIndex } from '../../src/ui/heal/chartData'
import { dayToPosition, positionToDay, timelineSegments } from '../../src/ui/timeline/timelineScale'

describe('step stops', () => {
  it('step forward through the first day in finer steps, then whole days, and back the same way', () => {
    const forward = [0]
    while (forward[forward.length - 1] < 5) forward.push(stepStopDays(forward[forward.length - 1], 1, 180))
    for (let k = 1; k < forward.length; k++) expect(forward[k]).toBeGreaterThan(forward[k - 1])
    expect(forward.filter((d) => d < 1).length).toBeGreaterThan(5)
    expect(forward.slice(-5)).toEqual([1, 2, 3, 4, 5])
    const back = [5]
    while (back[back.length - 1] > 0) back.push(stepStopDays(back[back.length - 1], -1, 180))
    expect(back.reverse()).toEqual(forward)
  })

  it('stays within the course', () => {
    expect(stepStopDays(180, 1, 180)).toBe(180)
    expect(stepStopDays(0, -1, 180)).toBe(0)
  })
})

describe('playing', () => {
  it('moves along the drawn timeline at the speed chosen and stops at the end', () => {
    const phases = clockPhases(180)
    Object.assign(healingClock, { timeDays: 0, playing: true, speed: 'normal' })
    // 40 s for the whole timeline at normal speed: 10 s is a quarter of it
    for (let k = 0; k < 100; k++) advanceHealingClock(phases, 180, 0.1, false)
    expect(dayToPosition(phases, healingClock.timeDays)).toBeCloseTo(0.25, 6)
    for (let k = 0; k < 400; k++) advanceHealingClock(phases, 180, 0.1, false)
    expect(healingClock.timeDays).toBe(180)
    expect(healingClock.playing).toBe(false)
  })
})

describe('timeline scale', () => {
  it('segments cover 0..1 in phase order and the scrubber inverts', () => {
    const phases = clockPhases(180)
    const segs = timelineSegments(phases)
    expect(segs[0].startU).toBe(0)
    expect(segs[segs.length - 1].endU).toBeCloseTo(1, 9)
    expect(segs.map((s) => s.endLabel)).toEqual(['1 ms', '10 s', '2 d', '7 d', '21 d', '90 d', '180 d'])
    for (const day of [1e-6, 0.01, 0.5, 3, 30, 120]) {
      expect(positionToDay(phases, dayToPosition(phases, day)) / day).toBeCloseTo(1, 6)
    }
  })

  it('formats times in the unit a reader expects', () => {
    expect(formatHealingTime(0.5e-3 / 86400)).toBe('500 µs')
    expect(formatHealingTime(2 / 86400)).toBe('2.0 s')
    expect(formatHealingTime(0.1)).toBe('2 h 24 min')
    expect(formatHealingTime(60)).toBe('day 60 · 2.0 months')
  })
})

describe('chart samples', () => {
  it('start at 0, increase, reach the end, and give the first hour room', () => {
    const t = chartTimesDays(180)
    expect(t[0]).toBe(0)
    expect(t[t.length - 1]).toBe(180)
    for (let k = 1; k < t.length; k++) expect(t[k]).toBeGreaterThan(t[k - 1])
    expect(t.filter((d) => d < 1 / 24).length).toBeGreaterThanOrEqual(20)
    expect(nearestIndex([0, 0.1, 0.2, 0.3], 0.26)).toBe(3)
    expect(nearestIndex([0, 0.1, 0.2, 0.3], 0.04)).toBe(0)
  })
})

/** A run reduced to what cutFractionThroughWounds reads: one session's closure raster. */
function runWithWoundRow(rowCentreUm: number): HealingRun {
  const n = 100
  const cellUm = 20
  const close = new Float32Array(n * n).fill(-1)
  const hours: number[] = []
  // one MTZ of radius 100 µm centred at (1000, rowCentreUm): closes from its rim (11.4 µm/h)
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const r = Math.hypot((i + 0.5) * cellUm - 1000, (j + 0.5) * cellUm - rowCentreUm)
      if (r < 100) {
        close[j * n + i] = (100 - r) / 11.4
        hours.push(close[j * n + i])
      }
    }
  }
  const closure = {
    startHour: 0,
    fineNx: n,
    fineNy: n,
    fineCellUm: cellUm,
    closeAfterHours: close,
    sortedCloseHours: Float32Array.from(hours).sort(),
    fineCellsInBlock: n * n,
  }
  return { closures: [closure] } as unknown as HealingRun
}

describe('cut through the columns', () => {
  it('keeps a cut that passes through a column and moves one that misses onto the nearest core', () => {
    const run = runWithWoundRow(1500)
    expect(cutFractionThroughWounds(run, 0.75, 0.9)).toBe(0.75)
    const moved = cutFractionThroughWounds(run, 0.5, 0.9)
    expect(Math.abs(moved * 2000 - 1500)).toBeLessThan(50)
  })

  it('does not move past the control’s limit, nor without a wound', () => {
    expect(cutFractionThroughWounds(runWithWoundRow(1960), 0.5, 0.9)).toBe(0.5)
    expect(cutFractionThroughWounds({ closures: [] } as unknown as HealingRun, 0.4, 0.9)).toBe(0.4)
  })
})

describe('getState().healing.cohort', () => {
  it('carries the last comparison’s shares per arm, overall and by site, as plain data', () => {
    expect(cohortShares(null)).toBeNull()
    const row = (month: number, f: number) => ({ month, atLeast25: f, atLeast50: f / 2, atLeast75: f / 4 })
    const arm = (f: number): CohortResult => ({
      patients: 10,
      results: [row(6, f)],
      bySite: { trunk: { patients: 10, results: [row(6, f)] } },
      repigmentation: new Float32Array(10),
      computeMs: 1,
    })
    const shares = cohortShares({
      arms: { uv: arm(0.4), 'laser+uv': arm(0.6), laser: arm(0) },
      patients: 10,
      months: [6],
      computeMs: 3,
    })
    expect(shares?.['laser+uv'].results[0].atLeast25).toBe(0.6)
    expect(shares?.uv.bySite.trunk).toEqual({ patients: 10, results: [row(6, 0.4)] })
    expect(JSON.parse(JSON.stringify(shares))).toEqual(shares) // nothing lost through JSON
  })
})
