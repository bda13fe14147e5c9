// Melanocyte and T-cell agents: named modes and allowed transitions, the motility bound (REFERENCE case 8),
// determinism, islands and rim emerging from agents, T-cell apoptosis by laser and UV.
import { describe, expect, it } from 'vitest'
import {
  ALLOWED_TRANSITIONS,
  DAUGHTER_MODES,
  MELANOCYTE_MODE,
  MELANOCYTE_MODE_NAMES,
  TCELL_MODE_NAMES,
  runHealing,
  type HealingRun,
} from '../../src/sim/healing'
import { healingParam } from '../../src/sim/healing/healingParams'
import { COURSE, NO_LASER, input } from './healing.fixtures'

const run: HealingRun = runHealing(input())

describe('melanocyte agents', () => {
  it('have the named modes of the issue', () => {
    expect(MELANOCYTE_MODE_NAMES).toEqual([
      'dormant precursor',
      'activated precursor',
      'migrating up the outer root sheath',
      'spreading in the basal layer',
      'settled and pigmenting',
      'resident (healthy skin)',
      'lost',
    ])
    expect(TCELL_MODE_NAMES).toEqual(['apoptotic', 'patrolling'])
  })

  it('change mode only along allowed transitions between checkpoints; newborns have a daughter mode', () => {
    const daughterModes = new Set(Object.values(DAUGHTER_MODES).flat())
    const seen = new Set<string>()
    for (let c = 1; c < run.checkpoints.length; c++) {
      const a = run.checkpoints[c - 1].melanocytes
      const b = run.checkpoints[c].melanocytes
      for (let i = 0; i < b.count; i++) {
        const sameCell = i < a.count && b.birthHour[i] === a.birthHour[i] && b.birthHour[i] <= a.birthHour[i]
        if (sameCell && a.mode[i] !== MELANOCYTE_MODE.lost) {
          if (a.mode[i] === b.mode[i]) continue
          // several steps may happen between checkpoints: follow the allowed graph
          const reachable = new Set<number>([a.mode[i]])
          for (let k = 0; k < 4; k++)
            for (const m of [...reachable]) ALLOWED_TRANSITIONS[m].forEach((x) => reachable.add(x))
          expect(reachable.has(b.mode[i]), `${a.mode[i]} → ${b.mode[i]}`).toBe(true)
          seen.add(`${a.mode[i]}→${b.mode[i]}`)
        } else if (b.birthHour[i] > run.checkpoints[c - 1].timeHours) {
          expect(
            daughterModes.has(b.mode[i]) ||
              b.mode[i] === MELANOCYTE_MODE.lost ||
              b.mode[i] === MELANOCYTE_MODE.pigmenting,
          ).toBe(true)
        }
      }
    }
    // the cascade actually runs: activation, and spreading cells that settle
    expect(seen.has(`${MELANOCYTE_MODE.dormant}→${MELANOCYTE_MODE.activated}`)).toBe(true)
    expect(seen.has(`${MELANOCYTE_MODE.spreading}→${MELANOCYTE_MODE.pigmenting}`)).toBe(true)
  })

  it('move no faster than 9 µm/h on average (Grahn 2003, REFERENCE case 8), and do move', () => {
    expect(healingParam('heal.melanocyte.maxSpeedUmPerH')).toBe(9)
    expect(run.meanMelanocyteSpeedUmPerH).toBeGreaterThan(2)
    expect(run.meanMelanocyteSpeedUmPerH).toBeLessThanOrEqual(9)
    // no cell's displacement between daily checkpoints exceeds 9 µm/h × 24 h
    const cps = run.checkpoints.filter((c) => c.timeHours % 24 === 0)
    for (let c = 1; c < cps.length; c++) {
      const a = cps[c - 1].melanocytes
      const b = cps[c].melanocytes
      const maxUm = 9 * (cps[c].timeHours - cps[c - 1].timeHours) + 1
      for (let i = 0; i < Math.min(a.count, b.count); i++) {
        if (b.birthHour[i] !== a.birthHour[i] || b.birthHour[i] > cps[c - 1].timeHours) continue
        if (b.mode[i] !== MELANOCYTE_MODE.spreading || a.mode[i] !== MELANOCYTE_MODE.spreading) continue
        expect(Math.hypot(b.xUm[i] - a.xUm[i], b.yUm[i] - a.yUm[i])).toBeLessThanOrEqual(maxUm)
      }
    }
  })

  it('is deterministic: same seed → same run; another seed → another run', () => {
    const again = runHealing(input())
    expect(again.timeline).toEqual(run.timeline)
    const last = run.checkpoints.length - 1
    expect(again.checkpoints[last].melanocytes.xUm).toEqual(run.checkpoints[last].melanocytes.xUm)
    expect(again.checkpoints[last].tCells.mode).toEqual(run.checkpoints[last].tCells.mode)
    const other = runHealing(input({ seed: 2 }))
    expect(other.checkpoints[last].melanocytes.xUm).not.toEqual(run.checkpoints[last].melanocytes.xUm)
  })

  it('repigment from follicles (perifollicular) and from the lesion edge (marginal), as agents', () => {
    const cp = run.checkpoints[run.checkpoints.length - 1].melanocytes
    let fromFollicles = 0
    let fromResidents = 0
    for (let i = 0; i < cp.count; i++) {
      if (cp.mode[i] !== MELANOCYTE_MODE.spreading && cp.mode[i] !== MELANOCYTE_MODE.pigmenting) continue
      if (cp.follicleId[i] >= 0) fromFollicles++
      else fromResidents++
    }
    expect(fromFollicles).toBeGreaterThan(10)
    expect(fromResidents).toBeGreaterThan(10)
    expect(run.timeline[run.timeline.length - 1].repigmentationFraction).toBeGreaterThan(0)
  })
})

describe('T lymphocytes', () => {
  const count = (r: HealingRun, day: number) => r.timeline[day].tCellsInLesion

  it('die where the laser wounds (day 0) and under NB-UVB; the surviving load slows repigmentation', () => {
    const noUv = { ...COURSE, uv: 'none' as const }
    const untreated = runHealing(input({ laser: NO_LASER, course: noUv }))
    const uvOnly = runHealing(input({ laser: NO_LASER }))
    expect(run.series.tCellsInLesion[1]).toBeLessThan(untreated.series.tCellsInLesion[1])
    const mean = (r: HealingRun) => r.timeline.slice(10).reduce((s, e) => s + e.tCellsInLesion, 0)
    expect(mean(uvOnly)).toBeLessThan(mean(untreated))
    expect(count(untreated, 40)).toBeGreaterThan(0)
    // the same UV course with more T-cell kill of melanocytes repigments less
    const harsher = runHealing(input({ laser: NO_LASER, calibration: { tCellKillPerH: 0.05 } }))
    expect(harsher.timeline[40].repigmentationFraction).toBeLessThan(
      uvOnly.timeline[40].repigmentationFraction,
    )
  })
})
