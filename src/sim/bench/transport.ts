// Bench figures of the transport model: a 3-hour application on both arms (default forearm, default laser, 5-FU;
// the pulse model's result is cached first, so only transport is timed) — with the run on to the 24 h enhancement
// horizon that the report includes, and without it — and the UV model. Median of repeats.
import { DEFAULT_LASER } from '../scenarioLaser'
import { DEFAULT_TOPICAL } from '../scenarioTopical'
import { runDelivery, simulateUv, unitCellFor } from '../transport'

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

export function benchTransport(): Record<string, number | string> {
  unitCellFor('forearm', DEFAULT_LASER) // warm the pulse cache
  const input = { site: 'forearm' as const, laser: DEFAULT_LASER, topical: { ...DEFAULT_TOPICAL, hours: 3 } }
  runDelivery(input) // warm-up (JIT)
  const runs: number[] = []
  let last = runDelivery(input)
  for (let k = 0; k < 7; k++) {
    const t0 = performance.now()
    last = runDelivery(input)
    runs.push(performance.now() - t0)
  }
  const applicationOnly: number[] = []
  for (let k = 0; k < 7; k++) {
    const t0 = performance.now()
    runDelivery({ ...input, skipHorizon: true })
    applicationOnly.push(performance.now() - t0)
  }
  const uv: number[] = []
  for (let k = 0; k < 7; k++) {
    const t0 = performance.now()
    simulateUv({ site: 'forearm', laser: DEFAULT_LASER })
    uv.push(performance.now() - t0)
  }
  return {
    transport3hBothArmsMedianMs: Math.round(median(runs) * 10) / 10,
    transport3hApplicationOnlyMedianMs: Math.round(median(applicationOnly) * 10) / 10,
    transport3hBudgetMs: 200,
    transportGrid: `${last.fields.lasered.nr} × ${last.fields.lasered.nz} lasered, 1 × ${last.fields.intact.nz} intact`,
    uvMedianMs: Math.round(median(uv) * 100) / 100,
  }
}
