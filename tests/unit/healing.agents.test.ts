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
import { generateSkinBlock } from '../../src/sim/anatomy'
import { follicleAxisPointUm } from '../../src/sim/follicles'
import { distanceToLesionBorderUm, isInLesion } from '../../src/sim/lesion'
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

  it('move no faster than 9 µm/h (Grahn 2003, REFERENCE case 8), measured from their positions over time', () => {
    expect(healingParam('heal.melanocyte.maxSpeedUmPerH')).toBe(9)
    expect(run.meanMelanocyteSpeedUmPerH).toBeGreaterThan(2)
    expect(run.meanMelanocyteSpeedUmPerH).toBeLessThanOrEqual(9)
    // From the positions of cells spreading at two consecutive daily checkpoints: the net displacement per hour,
    // and the step speed of a random walk of hourly steps, √(mean squared displacement ÷ hours) (reflecting
    // sides only shorten it). Both must stay ≤ 9 µm/h; the second must agree with the reported mean speed.
    const cps = run.checkpoints.filter((c) => c.timeHours % 24 === 0)
    let sumSquares = 0
    let sumNet = 0
    let hours = 0
    let tracked = 0
    for (let c = 1; c < cps.length; c++) {
      const a = cps[c - 1].melanocytes
      const b = cps[c].melanocytes
      const dt = cps[c].timeHours - cps[c - 1].timeHours
      for (let i = 0; i < Math.min(a.count, b.count); i++) {
        if (b.birthHour[i] !== a.birthHour[i] || b.birthHour[i] > cps[c - 1].timeHours) continue
        if (b.mode[i] !== MELANOCYTE_MODE.spreading || a.mode[i] !== MELANOCYTE_MODE.spreading) continue
        const d = Math.hypot(b.xUm[i] - a.xUm[i], b.yUm[i] - a.yUm[i])
        expect(d / dt).toBeLessThanOrEqual(9)
        sumSquares += d * d
        sumNet += d
        hours += dt
        tracked++
      }
    }
    expect(tracked).toBeGreaterThan(50)
    const netPerH = sumNet / hours
    const stepSpeed = Math.sqrt(sumSquares / hours)
    expect(netPerH).toBeGreaterThan(0)
    expect(netPerH).toBeLessThan(stepSpeed) // a random walk's net displacement is far below its path
    expect(stepSpeed).toBeLessThanOrEqual(9)
    expect(stepSpeed).toBeGreaterThan(0.6 * run.meanMelanocyteSpeedUmPerH)
  })

  it('keep their books: births by division − losses = change in living cells', () => {
    const b = run.melanocyteBalance
    const last = run.checkpoints[run.checkpoints.length - 1].melanocytes
    let living = 0
    for (let i = 0; i < last.count; i++) if (last.mode[i] !== MELANOCYTE_MODE.lost) living++
    expect(b.final).toBe(living)
    expect(b.births).toBeGreaterThan(0)
    expect(b.losses).toBeGreaterThan(0) // the laser and T cells kill
    expect(b.initial + b.births - b.losses).toBe(b.final)
  })

  it('stop dividing when their lineage is spent: a budget of 0 divisions leaves only the sheath daughters', () => {
    const spent = runHealing(input({ laser: NO_LASER, calibration: { divisionBudget: 0 } }))
    const full = runHealing(input({ laser: NO_LASER }))
    expect(spent.melanocyteBalance.births).toBeLessThan(full.melanocyteBalance.births)
    expect(spent.timeline[40].repigmentationFraction).toBeLessThan(full.timeline[40].repigmentationFraction)
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

describe('islands and rim emerge from the agents', () => {
  it('lesional pigment concentrates around follicle openings and inside the lesion edge', () => {
    const long = runHealing(input({ laser: NO_LASER, course: { ...COURSE, days: 90 } }))
    const block = generateSkinBlock('forearm', 1)
    const junction = block.depths.dermoEpidermalJunctionUm
    const exits = block.follicles.map((f) => follicleAxisPointUm(f, junction))
    const cp = long.checkpoints[long.checkpoints.length - 1].melanocytes
    // lesional basal cells born in the lesion (spreading or pigmenting), binned by where they sit
    const island = { cells: 0, area: 0 } // within 100 µm of a follicle's exit, away from the edge
    const rim = { cells: 0, area: 0 } // within 100 µm inside the edge, away from follicles
    const far = { cells: 0, area: 0 } // more than 200 µm from both
    const zone = (x: number, y: number) => {
      const toFollicle = Math.min(...exits.map((e) => Math.hypot(x - e.xUm, y - e.yUm)))
      const toEdge = -distanceToLesionBorderUm(block.lesion, x, y) // signed: negative inside
      if (toFollicle < 100 && toEdge > 200) return island
      if (toEdge < 100 && toFollicle > 200) return rim
      if (toFollicle > 200 && toEdge > 200) return far
      return null
    }
    const step = 20
    for (let y = step / 2; y < block.lengthUm; y += step)
      for (let x = step / 2; x < block.widthUm; x += step)
        if (isInLesion(block.lesion, x, y)) {
          const z = zone(x, y)
          if (z) z.area += step * step
        }
    for (let i = 0; i < cp.count; i++) {
      if (cp.mode[i] !== MELANOCYTE_MODE.spreading && cp.mode[i] !== MELANOCYTE_MODE.pigmenting) continue
      if (!isInLesion(block.lesion, cp.xUm[i], cp.yUm[i])) continue
      const z = zone(cp.xUm[i], cp.yUm[i])
      if (z) z.cells++
    }
    const density = (z: { cells: number; area: number }) => z.cells / Math.max(1, z.area)
    expect(far.area).toBeGreaterThan(0)
    expect(island.cells).toBeGreaterThan(10)
    expect(rim.cells).toBeGreaterThan(10)
    expect(density(island)).toBeGreaterThan(3 * density(far))
    expect(density(rim)).toBeGreaterThan(3 * density(far))
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

  it('balance influx and apoptosis: an untreated lesion stays at its steady state, which scales with activity', () => {
    const untreated = { ...COURSE, uv: 'none' as const, days: 60 }
    for (const activity of [0.5, 1, 2]) {
      const r = runHealing(input({ laser: NO_LASER, course: { ...untreated, activity } }))
      const start = r.series.tCellsInLesion[0]
      const late =
        r.timeline.slice(30).reduce((s, e) => s + e.tCellsInLesion, 0) / r.timeline.slice(30).length
      expect(Math.abs(late / start - 1), `activity ${activity}`).toBeLessThan(0.15)
      if (activity === 1) expect(start).toBeGreaterThan(30)
    }
    const low = runHealing(input({ laser: NO_LASER, course: { ...untreated, activity: 0.5 } }))
    const high = runHealing(input({ laser: NO_LASER, course: { ...untreated, activity: 2 } }))
    expect(high.timeline[45].tCellsInLesion).toBeGreaterThan(2.5 * low.timeline[45].tCellsInLesion)
    // a more active lesion repigments less under the same NB-UVB course
    const uvLow = runHealing(input({ laser: NO_LASER, course: { ...COURSE, activity: 0.5 } }))
    const uvHigh = runHealing(input({ laser: NO_LASER, course: { ...COURSE, activity: 3 } }))
    expect(uvHigh.timeline[40].repigmentationFraction).toBeLessThan(uvLow.timeline[40].repigmentationFraction)
  })
})
