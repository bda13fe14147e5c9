// Paces a continuous animation to the GPU: the next frame is requested only once the GPU has finished the frames
// already submitted (a WebGL2 fence), instead of on every animation frame. On a fast GPU the fence has signalled
// by the next animation frame and nothing changes; on a slow one (a tablet, or software WebGL) the main thread no
// longer stalls inside WebGL calls behind a queue of unfinished frames, so input and the panel stay responsive and
// the animation drops frames instead of lagging. Clocks advance by elapsed time, so the speed is unchanged.
// Not used in test mode (frames on demand). WebGL1 (no fences): requests at once, as before.

/** Longest wait for a fence, ms: past it the next frame is requested anyway (a lost or stuck context). */
const MAX_WAIT_MS = 250

export class GpuPacer {
  private sync: WebGLSync | null = null
  private waiting = false
  private startedMs = 0
  private request: () => void = () => {}

  constructor(private readonly gl: WebGLRenderingContext | WebGL2RenderingContext) {}

  /** Calls `request` (e.g. R3F's invalidate) once the GPU has caught up with what was submitted so far. */
  requestWhenIdle(request: () => void): void {
    const gl = this.gl
    if (!('fenceSync' in gl)) {
      request()
      return
    }
    this.request = request
    if (this.waiting) return
    this.sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0)
    if (!this.sync) {
      request()
      return
    }
    gl.flush()
    this.waiting = true
    this.startedMs = performance.now()
    requestAnimationFrame(this.poll)
  }

  private readonly poll = (): void => {
    const gl = this.gl as WebGL2RenderingContext
    const sync = this.sync
    const done =
      !sync ||
      gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED ||
      performance.now() - this.startedMs > MAX_WAIT_MS
    if (!done) {
      requestAnimationFrame(this.poll)
      return
    }
    if (sync) gl.deleteSync(sync)
    this.sync = null
    this.waiting = false
    this.request()
  }

  dispose(): void {
    if (this.sync) (this.gl as WebGL2RenderingContext).deleteSync(this.sync)
    this.sync = null
    this.waiting = false
    this.request = () => {}
  }
}
