// The healing worker: runs runHealing (≈ 1.5–2.5 s for 180 days) and virtual cohorts (≈ 3 s per 200-patient arm)
// off the main thread, so the view stays responsive. Results go back with their buffers transferred.
import { runCohort, runHealing } from '../sim/healing'
import { transferablesOf, type HealingRequest, type HealingResponse } from './healingProtocol'

const post = (message: HealingResponse, transfer: ArrayBuffer[] = []): void =>
  (self as unknown as { postMessage: (m: unknown, t: ArrayBuffer[]) => void }).postMessage(message, transfer)

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

self.onmessage = (event: MessageEvent<HealingRequest>) => {
  const request = event.data
  if (request.kind === 'run') {
    try {
      const run = runHealing(request.input)
      post({ kind: 'run', id: request.id, ok: true, run }, transferablesOf(run))
    } catch (error) {
      post({ kind: 'run', id: request.id, ok: false, error: describe(error) })
    }
    return
  }
  try {
    const started = performance.now()
    const total = request.arms.reduce((sum, a) => sum + a.config.patients, 0)
    let before = 0
    let lastPostMs = 0
    const arms = request.arms.map((arm) => {
      const result = runCohort(arm.config, (done) => {
        // progress at most every 50 ms: enough for a smooth bar, few messages
        const now = performance.now()
        if (now - lastPostMs > 50) {
          lastPostMs = now
          post({ kind: 'progress', id: request.id, done: before + done, total })
        }
      })
      before += arm.config.patients
      return { id: arm.id, result }
    })
    const computeMs = performance.now() - started
    post({ kind: 'cohort', id: request.id, ok: true, arms, computeMs }, transferablesOf(arms))
  } catch (error) {
    post({ kind: 'cohort', id: request.id, ok: false, error: describe(error) })
  }
}
