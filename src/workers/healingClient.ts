// Main-thread side of the healing worker. One worker for the run and one for cohorts, so a cohort does not hold up
// the timeline. A new run request while one is still computing terminates that worker (its result would be stale
// anyway) and starts a fresh one. Without Worker support (unit tests in Node) the work runs on the main thread
// after a tick; the model is then imported on demand, so that it never lands in the app's main bundle.
import type { HealingRun } from '../sim/healing'
import type { CohortArmRequest, HealingRequest, HealingResponse } from './healingProtocol'

export interface CohortOutcome {
  arms: { id: string; result: import('../sim/healing').CohortResult }[]
  computeMs: number
}

interface Pending {
  id: number
  resolve: (value: unknown) => void
  reject: (error: Error) => void
  onProgress?: (done: number, total: number) => void
}

class WorkerChannel {
  private worker: Worker | null = null
  private pending: Pending | null = null
  private nextId = 1

  private start(): Worker {
    const worker = new Worker(new URL('./healing.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<HealingResponse>) => this.receive(event.data)
    worker.onerror = (event) => {
      const p = this.pending
      this.pending = null
      this.stop()
      p?.reject(new Error(event.message || 'the healing worker failed'))
    }
    return worker
  }

  private receive(message: HealingResponse): void {
    const p = this.pending
    if (!p || message.id !== p.id) return
    if (message.kind === 'progress') {
      p.onProgress?.(message.done, message.total)
      return
    }
    this.pending = null
    if (!message.ok) p.reject(new Error(message.error))
    else if (message.kind === 'run') p.resolve(message.run)
    else p.resolve({ arms: message.arms, computeMs: message.computeMs })
  }

  stop(): void {
    this.worker?.terminate()
    this.worker = null
  }

  request<T>(
    make: (id: number) => HealingRequest,
    onProgress?: (done: number, total: number) => void,
  ): Promise<T> {
    if (this.pending) {
      // the newer request wins: the old computation is abandoned, not awaited
      this.pending.reject(new Error('superseded'))
      this.pending = null
      this.stop()
    }
    this.worker ??= this.start()
    const id = this.nextId++
    const worker = this.worker
    return new Promise<T>((resolve, reject) => {
      this.pending = { id, resolve: resolve as (v: unknown) => void, reject, onProgress }
      worker.postMessage(make(id))
    })
  }
}

const hasWorker = typeof Worker !== 'undefined'
const runChannel = new WorkerChannel()
const cohortChannel = new WorkerChannel()

/** Computes a healing run off the main thread. Rejects with 'superseded' when a newer request replaced it. */
export async function computeHealingRun(
  input: Extract<HealingRequest, { kind: 'run' }>['input'],
): Promise<HealingRun> {
  if (!hasWorker) {
    const { runHealing } = await import('../sim/healing/engine')
    return runHealing(input)
  }
  return runChannel.request<HealingRun>((id) => ({ kind: 'run', id, input }))
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
  return cohortChannel.request<CohortOutcome>((id) => ({ kind: 'cohort', id, arms }), onProgress)
}
