// Main-thread side of the transport worker. Without Worker support (unit tests in Node) the work runs on the main
// thread after a tick.
import { WorkerChannel } from './workerChannel'
import type { WorkerResponse } from './transportProtocol'
import { buildDeliverViewData } from './transportViewData'
import type { DeliverViewData, DeliveryViewInput } from './transportProtocol'

const hasWorker = typeof Worker !== 'undefined'
const channel = new WorkerChannel<WorkerResponse>(
  () => new Worker(new URL('./transport.worker.ts', import.meta.url), { type: 'module' }),
  'transport',
)

/** Both arms of a topical application, ready for the view. Rejects with 'superseded' when a newer request won. */
export async function computeDeliverView(input: DeliveryViewInput): Promise<DeliverViewData> {
  if (!hasWorker) {
    await new Promise((resolve) => setTimeout(resolve, 0))
    return buildDeliverViewData(input)
  }
  const message = await channel.request((id) => ({ kind: 'delivery', id, input }))
  if (message.kind !== 'delivery' || !message.ok)
    throw new Error('unexpected reply from the transport worker')
  return message.data
}
