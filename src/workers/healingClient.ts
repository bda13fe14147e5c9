// Main-thread side of the healing worker. One worker for the run and one for cohorts, so a cohort does not hold up
// the timeline. A new run request while one is still computing terminates that worker (its result would be stale
// anyway) and starts a fresh one. Without Worker support (unit tests in Node) the work runs on the main thread
// after a tick; the model is then imported on demand, so that it never lands in the app's main bundle.
import type { HealingRun } from '../sim/healing'
import type { CohortArmRequest, HealingRequest, HealingResponse } from './healingProtocol'
import { WorkerChannel } from './workerChannel'

export interface CohortOutcome {
  arms: { id: string; result: import('../sim/healing').CohortResult }[]
  computeMs: number
}

const hasWorker = typeof Worker !== 'undefined'
const startWorker = () => new Worker(new URL('./healing.worker.ts', import.meta.url), { type: 'module' })
const runChannel = new WorkerChannel<HealingResponse>(startWorker, 'healing')
const cohortChannel = new WorkerChannel<HealingResponse>(startWorker, 'healing')

/** Computes a healing run off the main thread. Rejects with 'superseded' when a newer request replaced it. */
export async function computeHealingRun(
  input: Extract<HealingRequest, { kind: 'run' }>['input'],
): Promise<HealingRun> {
  if (!hasWorker) {
    const { runHealing } = await import('../sim/healing/engine')
    return runHealing(input)
  }
  const message = await runChannel.request((id): HealingRequest => ({ kind: 'run', id, input }))
  if (message.kind !== 'run' || !message.ok) throw new Error('unexpected reply from the healing worker')
  return message.run
}

/** Runs cohort arms one after the other off the main thread, reporting progress over all of them. */
export async function computeCohortArms(
  arms: CohortArmRequest[],
  onProgress: (done: number, total: number) => void,
): Promise<CohortOutcome> {
  if (!hasWorker) {
    const { runCohort } = await import('../sim/healing/cohort')
    const started = performance.now()
    const out = arms.map((a) => ({ id: a.id, result: runCohort(a.config) }))
    return { arms: out, computeMs: performance.now() - started }
  }
  const message = await cohortChannel.request(
    (id): HealingRequest => ({ kind: 'cohort', id, arms }),
    onProgress,
  )
  if (message.kind !== 'cohort' || !message.ok) throw new Error('unexpected reply from the healing worker')
  return { arms: message.arms, computeMs: message.computeMs }
}
