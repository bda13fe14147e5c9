// The Drugs & UV transport worker: runs both arms of one topical application (runDelivery) and resamples them
// for the view (transportViewData.ts) off the main thread. Results go back with their buffers transferred.
import { buildDeliverViewData } from './transportViewData'
import { transferablesOf, type TransportRequest, type WorkerResponse } from './transportProtocol'

const post = (message: WorkerResponse, transfer: ArrayBuffer[] = []): void =>
  (self as unknown as { postMessage: (m: unknown, t: ArrayBuffer[]) => void }).postMessage(message, transfer)

self.onmessage = (event: MessageEvent<TransportRequest>) => {
  const { id, input } = event.data
  try {
    const data = buildDeliverViewData(input)
    post({ kind: 'delivery', id, ok: true, data }, transferablesOf(data))
  } catch (error) {
    post({ kind: 'delivery', id, ok: false, error: error instanceof Error ? error.message : String(error) })
  }
}
