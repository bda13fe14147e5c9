// One request at a time to one worker: a newer request terminates the worker that is still busy with an older one
// (its result would be stale) and starts a fresh one; the older promise rejects with 'superseded'.
import type { WorkerResponse } from './transportProtocol'

interface Pending {
  id: number
  resolve: (message: WorkerResponse) => void
  reject: (error: Error) => void
  onProgress?: (done: number, total: number) => void
}

export const SUPERSEDED = 'superseded'

export class WorkerChannel {
  private worker: Worker | null = null
  private pending: Pending | null = null
  private nextId = 1

  constructor(
    private readonly create: () => Worker,
    private readonly name: string,
  ) {}

  private start(): Worker {
    const worker = this.create()
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => this.receive(event.data)
    worker.onerror = (event) => {
      const p = this.pending
      this.pending = null
      this.stop()
      p?.reject(new Error(event.message || `the ${this.name} worker failed`))
    }
    return worker
  }

  private receive(message: WorkerResponse): void {
    const p = this.pending
    if (!p || message.id !== p.id) return
    if (message.kind === 'progress') {
      p.onProgress?.(message.done, message.total)
      return
    }
    this.pending = null
    if (!message.ok) p.reject(new Error(message.error))
    else p.resolve(message)
  }

  stop(): void {
    this.worker?.terminate()
    this.worker = null
  }

  request(make: (id: number) => unknown, onProgress?: (done: number, total: number) => void) {
    if (this.pending) {
      this.pending.reject(new Error(SUPERSEDED))
      this.pending = null
      this.stop()
    }
    this.worker ??= this.start()
    const id = this.nextId++
    const worker = this.worker
    return new Promise<WorkerResponse>((resolve, reject) => {
      this.pending = { id, resolve, reject, onProgress }
      worker.postMessage(make(id))
    })
  }
}
