/* global window */
// Page probes and the trace reader of the browser benches: when the app became ready, which animation frames
// drew, and the CPU time of each frame's requestAnimationFrame callbacks from a Chromium trace.
/** Records when window.dermasim.ready turns true (performance.now() is measured from navigation start). */
export const READY_TRAP = () => {
  let api
  Object.defineProperty(window, 'dermasim', {
    configurable: true,
    enumerable: true,
    get: () => api,
    set: (value) => {
      api = value
      if (!value || typeof value !== 'object') return
      let ready = !!value.ready
      Object.defineProperty(value, 'ready', {
        configurable: true,
        enumerable: true,
        get: () => ready,
        set: (v) => {
          if (v && !ready) window.__benchReadyAt = performance.now()
          ready = !!v
        },
      })
    },
  })
}

export const TRACE_CATEGORIES = ['devtools.timeline', 'toplevel', 'blink.user_timing']

/**
 * CPU time of the requestAnimationFrame callbacks of each rendered frame, from a Chromium trace: the
 * FireAnimationFrame events' thread time (tdur, microseconds), summed per main-thread task (all callbacks of a
 * frame run in one task), kept for the tasks that hold a 'dermasim-bench-drew' mark (a WebGL draw ran).
 */
export function frameCpuFromTrace(buffer) {
  const parsed = JSON.parse(buffer.toString('utf8'))
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents
  const fired = events.filter((e) => e.name === 'FireAnimationFrame' && e.ph === 'X')
  if (fired.length === 0) return { frames: [], eventDispatchMs: 0 }
  // the renderer main thread: where the animation frames fire
  const byThread = new Map()
  for (const e of fired) byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + 1)
  const main = [...byThread.entries()].sort((a, b) => b[1] - a[1])[0][0]
  const onMain = (e) => `${e.pid}:${e.tid}` === main
  const tasks = events
    .filter(
      (e) =>
        onMain(e) && e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'),
    )
    .sort((a, b) => a.ts - b.ts)
  const taskOf = (ts) => {
    let lo = 0
    let hi = tasks.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (tasks[mid].ts <= ts) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    // nested RunTask events share a start: walk back to one that still covers ts
    while (found >= 0 && tasks[found].ts + tasks[found].dur < ts) found--
    return found >= 0 ? tasks[found].ts : null
  }
  const cpuByTask = new Map()
  for (const e of fired.filter(onMain)) {
    const key = taskOf(e.ts)
    if (key !== null) cpuByTask.set(key, (cpuByTask.get(key) ?? 0) + (e.tdur ?? e.dur) / 1000)
  }
  const rendered = new Set()
  for (const e of events) {
    if (e.name === 'dermasim-bench-drew' && onMain(e)) {
      const key = taskOf(e.ts)
      if (key !== null) rendered.add(key)
    }
  }
  const eventDispatchMs =
    events
      .filter((e) => onMain(e) && e.ph === 'X' && e.name === 'EventDispatch')
      .reduce((a, e) => a + (e.tdur ?? e.dur), 0) / 1000
  return { frames: [...rendered].map((k) => cpuByTask.get(k) ?? 0), eventDispatchMs }
}

/** Per-frame JS time: wraps requestAnimationFrame; flags frames in which a WebGL draw call was issued. */
export const FRAME_PROBE = () => {
  const raf0 = window.requestAnimationFrame.bind(window)
  const bench = { raf0, drew: false, frames: new Map(), rendered: 0, recording: false }
  window.__bench = bench
  window.requestAnimationFrame = (callback) =>
    raf0((ts) => {
      bench.drew = false
      const t0 = performance.now()
      try {
        callback(ts)
      } finally {
        const dt = performance.now() - t0
        let f = bench.frames.get(ts)
        if (!f) {
          f = { js: 0, drew: false }
          if (bench.recording) bench.frames.set(ts, f)
        }
        f.js += dt
        if (bench.drew && !f.drew) {
          f.drew = true
          bench.rendered++
          // tells the trace which frame (task) rendered
          if (bench.recording) performance.mark('dermasim-bench-drew')
        }
      }
    })
  for (const proto of [window.WebGLRenderingContext?.prototype, window.WebGL2RenderingContext?.prototype]) {
    if (!proto) continue
    for (const name of [
      'drawArrays',
      'drawElements',
      'drawArraysInstanced',
      'drawElementsInstanced',
      'drawRangeElements',
    ]) {
      const original = proto[name]
      if (typeof original !== 'function') continue
      proto[name] = function (...args) {
        bench.drew = true
        return original.apply(this, args)
      }
    }
  }
  /** Resolves once at least one more frame with draw calls has been rendered than `count`. */
  bench.waitRendered = (count, timeoutMs = 5000) =>
    new Promise((done) => {
      const t0 = performance.now()
      const check = () =>
        bench.rendered > count || performance.now() - t0 > timeoutMs ? done() : raf0(check)
      raf0(check)
    })
}
