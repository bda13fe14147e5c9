// Main-thread side of the therapy comparison worker (six cohort arms, seconds of work), with progress.
import type { TherapyComparison, TherapyComparisonConfig } from '../sim/healing'
import { WorkerChannel } from './workerChannel'
import type { WorkerResponse } from './transportProtocol'

const hasWorker = typeof Worker !== 'undefined'
const channel = new WorkerChannel<WorkerResponse>(
  () => new Worker(new URL('./therapy.worker.ts', import.meta.url), { type: 'module' }),
  'therapy comparison',
)

export async function computeTherapyComparison(
  config: TherapyComparisonConfig,
  onProgress: (done: number, total: number) => void,
): Promise<{ comparison: TherapyComparison; computeMs: number }> {
  if (!hasWorker) {
    // no Worker (unit tests in Node): the model, imported on demand so it stays out of the main bundle
    const { compareTherapies } = await import('../sim/healing/therapyComparison')
    const started = performance.now()
    const comparison = compareTherapies(config, onProgress)
    return { comparison, computeMs: performance.now() - started }
  }
  const message = await channel.request((id) => ({ kind: 'therapy', id, config }), onProgress)
  if (message.kind !== 'therapy' || !message.ok) throw new Error('unexpected reply from the therapy worker')
  return { comparison: message.comparison, computeMs: message.computeMs }
}
