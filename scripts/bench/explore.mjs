/* global window */
// Explore view bench: time to first frame (fresh context per run, median of `firstFrameRuns`), draw calls and
// triangles of the default view, and JS CPU per rendered frame while a scripted mouse drag orbits it.
import { FRAME_PROBE, READY_TRAP, TRACE_CATEGORIES, frameCpuFromTrace } from './probes.mjs'
import { median, percentile, progress, round } from './stats.mjs'

export async function benchExplore(
  browser,
  baseUrl,
  { VIEWPORT, firstFrameRuns: FIRST_FRAME_RUNS, orbitFrames: ORBIT_FRAMES },
) {
  const out = {}
  // time to first frame: fresh context (empty HTTP cache) per run
  const firstFrame = []
  for (let i = 0; i < FIRST_FRAME_RUNS; i++) {
    const context = await browser.newContext({ viewport: VIEWPORT })
    const page = await context.newPage()
    await page.addInitScript(READY_TRAP)
    await page.goto(baseUrl + '/')
    await page.waitForFunction(() => window.dermasim?.ready === true, null, {
      timeout: 120_000,
      polling: 'raf',
    })
    const at = await page.evaluate(() => window.__benchReadyAt ?? performance.now())
    firstFrame.push(at)
    progress(`time to first frame, run ${i + 1}: ${at.toFixed(0)} ms`)
    await context.close()
  }
  out.timeToFirstFrameMs = round(median(firstFrame), 0)
  out.timeToFirstFrameRunsMs = firstFrame.map((x) => round(x, 0))

  // draw calls and JS per frame while orbiting, on a normal page
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  await page.addInitScript(FRAME_PROBE)
  await page.goto(baseUrl + '/')
  await page.waitForFunction(() => window.dermasim?.ready === true, null, { timeout: 120_000 })
  await page.evaluate(() => window.dermasim.renderFrames(3))
  const state = await page.evaluate(() => window.dermasim.getState())
  out.drawCalls = state.render.calls
  out.triangles = state.render.triangles
  out.counts = state.counts
  progress(`default view: ${out.drawCalls} draw calls, ${out.triangles} triangles`)

  const box = await page.getByTestId('viewport').boundingBox()
  if (!box) throw new Error('no [data-testid=viewport] element')
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  const orbit = async (frames, record) => {
    await page.mouse.move(cx, cy)
    await page.mouse.down()
    for (let i = 1; i <= frames; i++) {
      const a = (2 * Math.PI * i) / frames
      await page.mouse.move(cx + 240 * Math.sin(a), cy + 60 * Math.sin(2 * a))
      const count = await page.evaluate(() => window.__bench.rendered)
      await page.evaluate((c) => window.__bench.waitRendered(c), count)
      if (record && i % 40 === 0) progress(`orbit: frame ${i}/${frames}`)
    }
    await page.mouse.up()
  }
  await orbit(20, false) // warm-up: shader variants, JIT
  await page.waitForTimeout(500) // let damping settle
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  const scriptSeconds = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN
  await page.evaluate(() => {
    window.__bench.frames.clear()
    window.__bench.recording = true
  })
  await browser.startTracing(page, { categories: TRACE_CATEGORIES })
  const script0 = await scriptSeconds()
  await orbit(ORBIT_FRAMES, true)
  const script1 = await scriptSeconds()
  const trace = await browser.stopTracing()
  const wallFrames = await page.evaluate(() => {
    window.__bench.recording = false
    return [...window.__bench.frames.values()].filter((f) => f.drew).map((f) => f.js)
  })
  const cpu = frameCpuFromTrace(trace)
  if (cpu.frames.length === 0) throw new Error('the trace holds no rendered frame')
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length
  out.frameJsMs = round(mean(cpu.frames), 3)
  out.frameJs = {
    frames: cpu.frames.length,
    cpuMeanMs: out.frameJsMs,
    cpuMedianMs: round(median(cpu.frames), 3),
    cpuP95Ms: round(percentile(cpu.frames, 95), 3),
    cpuMaxMs: round(Math.max(...cpu.frames), 3),
    pointerEventsCpuMsPerFrame: round(cpu.eventDispatchMs / cpu.frames.length, 3),
    wallMeanMs: round(mean(wallFrames), 3),
    wallMedianMs: round(median(wallFrames), 3),
    cdpScriptDurationWallMsPerFrame: round(((script1 - script0) * 1000) / wallFrames.length, 3),
  }
  progress(
    `orbit: ${cpu.frames.length} rendered frames, JS ${out.frameJsMs} ms CPU/frame ` +
      `(median ${out.frameJs.cpuMedianMs}, p95 ${out.frameJs.cpuP95Ms}; wall-clock mean ${out.frameJs.wallMeanMs})`,
  )
  await context.close()
  return out
}
