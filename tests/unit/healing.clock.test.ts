// The clock: named phases, the piecewise timeline scale, and seek() against the run (checkpoints, no replay).
import { describe, expect, it } from 'vitest'
import {
  clockPhases,
  createHealingState,
  phaseAt,
  runHealing,
  seek,
  seekInto,
  timeAtPosition,
  timelinePosition,
} from '../../src/sim/healing'
import { COURSE, input } from './healing.fixtures'

describe('clock', () => {
  it('has the seven named phases in order, covering 0 → course end', () => {
    const phases = clockPhases(180)
    expect(phases.map((p) => p.name)).toEqual([
      'pulse',
      'thermal',
      're-epithelialization',
      'inflammation and cytokines',
      'stem-cell activation',
      'migration',
      'repigmentation',
    ])
    expect(phases[0].startDays).toBe(0)
    expect(phases[phases.length - 1].endDays).toBe(180)
    for (let k = 1; k < phases.length; k++) expect(phases[k].startDays).toBe(phases[k - 1].endDays)
    expect(phases.reduce((s, p) => s + p.share, 0)).toBeCloseTo(1, 9)
    expect(phaseAt(phases, 0.5)).toBe('re-epithelialization')
    expect(phaseAt(phases, 100)).toBe('repigmentation')
  })

  it('maps time ↔ timeline position monotonically and invertibly', () => {
    const phases = clockPhases(180)
    let last = -1
    for (const t of [1e-9, 1e-6, 1e-4, 0.01, 0.5, 3, 10, 30, 90, 179.9]) {
      const u = timelinePosition(phases, t)
      expect(u).toBeGreaterThan(last)
      last = u
      expect(timeAtPosition(phases, u)).toBeCloseTo(t, 6)
    }
    expect(timelinePosition(phases, 180)).toBe(1)
  })
})

describe('seek', () => {
  const long = runHealing(input())
  const days = 17 // not a laser day

  it('equals the state reached by running to that day (checkpoint times)', () => {
    const short = runHealing(input({ course: { ...COURSE, days } }))
    const end = short.checkpoints[short.checkpoints.length - 1]
    const state = seek(long, days)
    expect(state.timeDays).toBe(days)
    expect(state.melanocytes.count).toBe(end.melanocytes.count)
    expect(state.melanocytes.xUm.subarray(0, end.melanocytes.count)).toEqual(end.melanocytes.xUm)
    expect(state.melanocytes.mode.subarray(0, end.melanocytes.count)).toEqual(end.melanocytes.mode)
    expect(state.tCells.mode.subarray(0, end.tCells.count)).toEqual(end.tCells.mode)
    expect(state.mmp2).toEqual(end.mmp2)
    expect(state.coverage).toEqual(end.coverage)
    expect(state.figures.repigmentationFraction).toBeCloseTo(short.timeline[days].repigmentationFraction, 6)
  })

  it('seekInto rewrites one preallocated state (no allocation per frame) and agrees with seek', () => {
    const state = createHealingState(long)
    const xs = state.melanocytes.xUm
    for (const t of [0, 0.2, 3.5, 17, 39.99, 40, 55]) {
      seekInto(long, t, state)
      expect(state.melanocytes.xUm).toBe(xs)
      const fresh = seek(long, t)
      const n = fresh.melanocytes.count
      expect(state.melanocytes.count).toBe(n)
      expect(state.melanocytes.xUm.subarray(0, n)).toEqual(fresh.melanocytes.xUm.subarray(0, n))
      expect(state.melanocytes.mode.subarray(0, n)).toEqual(fresh.melanocytes.mode.subarray(0, n))
      expect(state.figures).toEqual(fresh.figures)
      expect(state.phase).toBe(fresh.phase)
    }
    expect(state.timeDays).toBe(40) // clamped to the end
  })

  it('gives the open epidermis per grid cell at any time, consistent with the figure', () => {
    const s0 = seek(long, 0)
    const mean = s0.openEpidermis.reduce((a, b) => a + b, 0) / s0.openEpidermis.length
    expect(mean).toBeCloseTo(s0.figures.openEpidermisFraction, 2)
    expect(seek(long, 2).openEpidermis.every((v) => v === 0)).toBe(true)
  })
})
