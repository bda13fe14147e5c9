// The therapy comparison worker: six arms of the virtual cohort on the same patients (compareTherapies, ≈ 5–9 s for
// 100 patients, most of it the first run of the transport doses) off the main thread, with progress every 50 ms.
import { compareTherapies } from '../sim/healing'
import type { TherapyRequest, WorkerResponse } from './transportProtocol'

const post = (message: WorkerResponse): void =>
  (self as unknown as { postMessage: (m: unknown) => void }).postMessage(message)

self.onmessage = (event: MessageEvent<TherapyRequest>) => {
  const { id, config } = event.data
  try {
    const started = performance.now()
    let lastPostMs = 0
    const comparison = compareTherapies(config, (done, total) => {
      const now = performance.now()
      if (now - lastPostMs > 50 || done === total) {
        lastPostMs = now
        post({ kind: 'progress', id, done, total })
      }
    })
    post({ kind: 'therapy', id, ok: true, comparison, computeMs: performance.now() - started })
  } catch (error) {
    post({ kind: 'therapy', id, ok: false, error: error instanceof Error ? error.message : String(error) })
  }
}
