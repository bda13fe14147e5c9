// One request at a time to one worker: a newer request terminates the worker that is still busy with an older one
// (its result would be stale) and starts a fresh one; the older promise rejects with 'superseded'. Shared by the
// healing, transport and therapy workers: every reply carries the request's id and is either progress, a failure
// ({ ok: false, error }) or the result.

/** The reply shape every worker protocol shares (transportProtocol.ts, healingProtocol.ts). */
export type ChannelResponse =
  | { kind: 'progress'; id: number; done: number; total: number }
  | { kind: string; id: number; ok: boolean; error?: string }

interface Pending<R> {
  id: number
  resolve: (message: R) => void
  reject: (error: Error) => void
  onProgress?: (done: number, total: number) => void
}

export const SUPERSEDED = 'superseded'

export class WorkerChannel<R extends ChannelResponse> {
  private worker: Worker | null = null
  private pending: Pending<R> | null = null
  private nextId = 1

  constructor(
    private readonly create: () => Worker,
    private readonly name: string,
  ) {}

  private start(): Worker {
    const worker = this.create()
    worker.onmessage = (event: MessageEvent<R>) => this.receive(event.data)
    worker.onerror = (event) => {
      const p = this.pending
      this.pending = null
      this.stop()
      p?.reject(new Error(event.message || `the ${this.name} worker failed`))
    }
    return worker
  }

  private receive(message: R): void {
    const p = this.pending
    if (!p || message.id !== p.id) return
    if ('done' in message) {
      p.onProgress?.(message.done, message.total)
      return
    }
    this.pending = null
    if (!message.ok) p.reject(new Error(message.error ?? `the ${this.name} worker failed`))
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
    return new Promise<R>((resolve, reject) => {
      this.pending = { id, resolve, reject, onProgress }
      worker.postMessage(make(id))
    })
  }
}
