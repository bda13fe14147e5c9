// The GPU pacer asks for the next frame only once the fence of the frames already submitted has signalled.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { GpuPacer } from '../../src/scene/gpuPacer'

const SIGNALED = 0x9119
const UNSIGNALED = 0x9118

function fakeGl(signalAfterPolls: number) {
  let polls = 0
  return {
    SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
    SYNC_STATUS: 0x9114,
    SIGNALED,
    fenceSync: vi.fn(() => ({})),
    flush: vi.fn(),
    deleteSync: vi.fn(),
    getSyncParameter: vi.fn(() => (++polls > signalAfterPolls ? SIGNALED : UNSIGNALED)),
  }
}

/** Runs queued animation-frame callbacks one round at a time. */
function stubAnimationFrames() {
  const queue: FrameRequestCallback[] = []
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queue.push(cb))
  return () => {
    const round = queue.splice(0)
    for (const cb of round) cb(0)
  }
}

afterEach(() => vi.unstubAllGlobals())

describe('GpuPacer', () => {
  it('requests the next frame only after the fence signals, and once per fence', () => {
    const tick = stubAnimationFrames()
    const gl = fakeGl(2)
    const pacer = new GpuPacer(gl as unknown as WebGL2RenderingContext)
    const request = vi.fn()
    pacer.requestWhenIdle(request)
    pacer.requestWhenIdle(request) // a second ask while waiting adds no fence
    expect(gl.fenceSync).toHaveBeenCalledTimes(1)
    tick()
    tick()
    expect(request).not.toHaveBeenCalled()
    tick()
    expect(request).toHaveBeenCalledTimes(1)
    expect(gl.deleteSync).toHaveBeenCalledTimes(1)
  })

  it('without fences (WebGL1) requests at once', () => {
    const request = vi.fn()
    new GpuPacer({} as unknown as WebGLRenderingContext).requestWhenIdle(request)
    expect(request).toHaveBeenCalledTimes(1)
  })
})
