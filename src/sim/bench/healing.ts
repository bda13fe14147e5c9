// Bench figures of the healing model (npm run bench; never asserted in unit tests):
//   seekMedianMs / seekMaxMs  seekInto() at 200 random days of the default 180-day run (one preallocated state,
//                             as the view does per frame) — the bar is ≤ 16 ms (DESIGN.md)
//   runMs                     runHealing() of the default scenario's course (forearm, 3 sessions + NB-UVB, 180 days)
//   cohort200Ms               runCohort() of 200 patients, default course, months [6, 12] — the bar is ≤ 5 s
//   agentsMax                 most melanocyte agents in one state of the default run (and of a face block)
import { DEFAULT_SCENARIO } from '../scenario'
import { createRng } from '../rng'
import { createHealingState, maxAgentCounts, runCohort, runHealing, seekInto } from '../healing'

const now = (): number => globalThis.performance?.now() ?? Date.now()
const round = (x: number): number => Math.round(x * 1000) / 1000

export function benchHealing(): Record<string, number | string> {
  const { site, seed, laser, course } = DEFAULT_SCENARIO
  runHealing({ site, seed, laser, course: { ...course, days: 7 } }) // warm up: pulse cache, JIT
  let t0 = now()
  const run = runHealing({ site, seed, laser, course })
  const runMs = now() - t0

  const state = createHealingState(run)
  const rng = createRng(7)
  const times: number[] = []
  for (let k = 0; k < 200; k++) {
    const day = rng.next() * run.endDays
    t0 = now()
    seekInto(run, day, state)
    times.push(now() - t0)
  }
  times.sort((a, b) => a - b)

  t0 = now()
  runCohort({ patients: 200, months: [6, 12], seed, course, laser })
  const cohort200Ms = now() - t0

  const face = runHealing({ site: 'face', seed, laser, course })
  return {
    seekMedianMs: round(times[times.length >> 1]),
    seekMaxMs: round(times[times.length - 1]),
    runMs: round(runMs),
    cohort200Ms: round(cohort200Ms),
    agentsMax: maxAgentCounts(run).melanocytes,
    agentsMaxFace: maxAgentCounts(face).melanocytes,
    scenario: 'default (forearm, 30 mJ grid 10 %, 3 sessions / 28 d, NB-UVB 2×/week from day 5, 180 d)',
  }
}
