// Timing of the default solve, for the project bench (`npm run bench`); never used in timed tests.
import { DEFAULT_PULSE, simulatePulse } from './index'
import type { PulseInput } from './types'

/**
 * Mean wall-clock time (ms) of `runs` uncached solves of `input` (default: 30 mJ, 120 µm, 1 ms, forearm), after
 * one warm-up solve so that the JIT and the memoised threshold search are not counted.
 */
export function benchPulseMs(runs = 10, input: PulseInput = DEFAULT_PULSE): number {
  simulatePulse(input)
  const start = performance.now()
  for (let k = 0; k < runs; k++) simulatePulse(input)
  return (performance.now() - start) / Math.max(1, runs)
}
