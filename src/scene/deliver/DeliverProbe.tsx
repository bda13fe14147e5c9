// The Drugs & UV canvas's RenderProbe for window.dermasim (renderFrames, ready, draw calls). The two drei Views
// render their own scenes in useFrame (priorities 1 and 2), so the root scene's onAfterRender never fires here:
// frames are counted by a useFrame that runs after both views, and the renderer's counters are reset by hand at
// the start of each frame so they add up both halves. Unregistered on unmount (the main viewport's probe returns
// with it).
import { useEffect, useMemo } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import {
  markReady,
  registerRenderProbe,
  unregisterRenderProbe,
  type RenderProbe,
} from '../../state/automation'

/** After both views (index 1 and 2). */
const AFTER_VIEWS = 10

interface Waiter {
  remaining: number
  resolve: () => void
  timer: ReturnType<typeof setTimeout>
}

export function DeliverProbe() {
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  const state = useMemo(
    () => ({ waiters: [] as Waiter[], last: { calls: 0, triangles: 0 }, ready: false }),
    [],
  )

  useEffect(() => {
    const autoReset = gl.info.autoReset
    gl.info.autoReset = false
    const probe: RenderProbe = {
      renderInfo: () => ({ ...state.last }),
      locate: () => null,
      renderFrames: (n) =>
        new Promise<void>((resolve) => {
          const waiter: Waiter = {
            remaining: Math.max(1, Math.floor(n)),
            resolve,
            // never hang: a hidden tab renders nothing (software WebGL can take ~0.5 s a frame)
            timer: setTimeout(
              () => {
                const i = state.waiters.indexOf(waiter)
                if (i >= 0) state.waiters.splice(i, 1)
                resolve()
              },
              10000 + n * 1000,
            ),
          }
          state.waiters.push(waiter)
          invalidate()
        }),
    }
    registerRenderProbe(probe)
    invalidate()
    return () => {
      unregisterRenderProbe(probe)
      gl.info.autoReset = autoReset
      for (const w of state.waiters.splice(0)) {
        clearTimeout(w.timer)
        w.resolve()
      }
    }
  }, [gl, invalidate, state])

  useFrame(() => gl.info.reset(), 0)
  useFrame(() => {
    state.last.calls = gl.info.render.calls
    state.last.triangles = gl.info.render.triangles
    if (!state.ready && state.last.calls > 0) {
      state.ready = true
      markReady()
    }
    let more = false
    for (let i = state.waiters.length - 1; i >= 0; i--) {
      const w = state.waiters[i]
      w.remaining--
      if (w.remaining <= 0) {
        clearTimeout(w.timer)
        state.waiters.splice(i, 1)
        w.resolve()
      } else more = true
    }
    if (more) invalidate()
  }, AFTER_VIEWS)
  return null
}
