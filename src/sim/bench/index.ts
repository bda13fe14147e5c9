// Simulation benches for `npm run bench`: scripts/bench.mjs loads this module through Vite's ssrLoadModule and
// puts what runSimBenches() returns under `sim` in its JSON. One named function per capability; each returns a
// plain JSON-able object of figures (ms, counts). Add a capability by adding an entry to SIM_BENCHES.
// Figures are printed, never asserted: no timed unit tests (DESIGN.md).
import { benchLaser } from './laser'
import { benchHealing } from './healing'
import { benchTransport } from './transport'

export type SimBench = () => Record<string, unknown>

export const SIM_BENCHES: Record<string, SimBench> = {
  laser: benchLaser,
  healing: benchHealing,
  transport: benchTransport,
}

/** Runs every bench; a bench that throws reports { error } instead of stopping the others. */
export function runSimBenches(): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [name, bench] of Object.entries(SIM_BENCHES)) {
    try {
      out[name] = bench()
    } catch (error) {
      out[name] = { error: error instanceof Error ? error.message : String(error) }
    }
  }
  return out
}
