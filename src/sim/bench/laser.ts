// Laser figures for `npm run bench` (scripts/bench.mjs, figures printed, never asserted in a timed test):
//  - thermalSolveMs: one uncached thermal solve of the default pulse (30 mJ, 120 µm, 1 ms, forearm), median of
//    RUNS after a warm-up (JIT, the memoised threshold search); target ≤ 20 ms (DESIGN.md);
//  - firstSolveMs: the very first solve in this process (cold JIT, threshold search included);
//  - cachedCallMs: simulatePulseCached with the same input again (the app's path once a setting was seen);
//  - deepChannelSolveMs: the 190 mJ deep-channel pulse (larger domain), median;
//  - planTreatmentMs: planTreatment for the default pattern and for the densest pattern the block allows.
import { generateSkinBlock } from '../anatomy'
import { DEFAULT_SCENARIO, type Scenario } from '../scenario'
import { DEFAULT_PULSE, simulatePulse, simulatePulseCached } from '../laser'
import type { PulseInput } from '../laser/types'
import { planTreatment, scenarioTreatmentInputs } from '../treatment'

const RUNS = 9
const CACHED_RUNS = 1000

const round = (x: number, digits = 3) => Number(x.toFixed(digits))

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

function timeMs(fn: () => unknown): number {
  const t0 = performance.now()
  fn()
  return performance.now() - t0
}

function medianSolveMs(input: PulseInput): number {
  simulatePulse(input) // warm-up
  return median(Array.from({ length: RUNS }, () => timeMs(() => simulatePulse(input))))
}

/** The densest pattern the 2 × 2 mm block accepts: 60% of the surface at the narrowest spot, random layout. */
export const DENSEST_LASER = {
  spotDiameterUm: 100,
  densityPercent: 60,
  pattern: 'random',
} as const

function planFigures(scenario: Scenario) {
  const block = generateSkinBlock(scenario.site, scenario.seed)
  const inputs = scenarioTreatmentInputs(scenario, block)
  if (!inputs) return null
  planTreatment(block, inputs.pattern, inputs.pulse) // warm-up
  const ms = median(
    Array.from({ length: RUNS }, () => timeMs(() => planTreatment(block, inputs.pattern, inputs.pulse))),
  )
  return { mtzCount: inputs.pattern.count, ms: round(ms) }
}

export function benchLaser(): Record<string, unknown> {
  const firstSolveMs = timeMs(() => simulatePulse(DEFAULT_PULSE))
  const thermalSolveMs = medianSolveMs(DEFAULT_PULSE)
  simulatePulseCached(DEFAULT_PULSE)
  const t0 = performance.now()
  for (let k = 0; k < CACHED_RUNS; k++) simulatePulseCached(DEFAULT_PULSE)
  const cachedCallMs = (performance.now() - t0) / CACHED_RUNS
  const deepChannelSolveMs = medianSolveMs({ ...DEFAULT_PULSE, energyMj: 190 })
  const densest: Scenario = { ...DEFAULT_SCENARIO, laser: { ...DEFAULT_SCENARIO.laser, ...DENSEST_LASER } }
  return {
    thermalSolveMs: round(thermalSolveMs),
    firstSolveMs: round(firstSolveMs),
    cachedCallMs: round(cachedCallMs, 5),
    deepChannelSolveMs: round(deepChannelSolveMs),
    planTreatment: { default: planFigures(DEFAULT_SCENARIO), densest: planFigures(densest) },
    details: {
      pulse: '30 mJ, 120 µm (1/e²), 1 ms, forearm layers, Henriques; deep channel: 190 mJ',
      statistic: `median of ${RUNS} after one warm-up; cached: mean of ${CACHED_RUNS} calls`,
    },
  }
}
