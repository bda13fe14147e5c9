/* global window, requestAnimationFrame -- page.evaluate bodies run in the page */
// Heal view bench (called by scripts/bench.mjs with its open browser and its trace helpers):
//  - healFrameJsMs: JS CPU time per rendered frame while the timeline PLAYS on the face block (the densest site:
//    thousands of melanocyte agents, every one re-interpolated from the checkpoints and written to the
//    InstancedMesh each frame). Same method as frameJsMs: FireAnimationFrame thread time per rendered frame from
//    a Chromium trace. details.heal gives the agent counts (updated and drawn) at the start and end of the trace.
//  - cohort200WorkerMs: the panel's cohort comparison (3 arms × 200 patients, run by clicking its button) in the
//    Web Worker, as the worker's own time per 200-patient arm; the wall time of all three; and whether the main
//    thread stayed responsive meanwhile (the longest main-thread task and the longest gap between animation
//    frames while the worker ran).
const SITE = 'face'
/** Day the trace starts from (face: ≥ 5,000 agents from about day 60 on) and how long it plays. */
const START_DAY = 100
// Counted in rendered frames, not milliseconds: software WebGL draws this view at 1–3 frames a second, and a
// warm-up or trace of a few seconds would hold a handful of frames, JIT tier-up and GC included.
const WARM_FRAMES = 10
const TRACE_FRAMES = 30
const FRAMES_TIMEOUT_MS = 60_000

const RESPONSIVENESS_PROBE = () => {
  const probe = { longTasks: [], gaps: [], running: false }
  window.__healBench = probe
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, ms: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    // no Long Tasks API: the frame gaps still tell
  }
  probe.watchFrames = () => {
    probe.running = true
    probe.gaps = []
    let last = performance.now()
    const tick = () => {
      const now = performance.now()
      probe.gaps.push(now - last)
      last = now
      if (probe.running) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }
}

/** Resolves once `n` more frames with draw calls have rendered (FRAME_PROBE's counter). */
async function waitFrames(page, n) {
  const start = await page.evaluate(() => window.__bench.rendered)
  await page.waitForFunction((target) => window.__bench.rendered >= target, start + n, {
    timeout: FRAMES_TIMEOUT_MS,
    polling: 250,
  })
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseUrl
 * @param {{ frameCpuFromTrace: Function, FRAME_PROBE: Function, TRACE_CATEGORIES: string[],
 *   VIEWPORT: {width: number, height: number}, progress: (line: string) => void }} helpers
 */
export async function benchHeal(browser, baseUrl, helpers) {
  const { frameCpuFromTrace, FRAME_PROBE, TRACE_CATEGORIES, VIEWPORT, progress } = helpers
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  const round = (x, d = 3) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null)
  try {
    await page.addInitScript(FRAME_PROBE)
    await page.addInitScript(RESPONSIVENESS_PROBE)
    await page.goto(`${baseUrl}/?view=heal&site=${SITE}`)
    await page.waitForFunction(() => window.dermasim?.ready === true, null, { timeout: 120_000 })
    const seek = await page.evaluate((d) => window.dermasim.seek(d), START_DAY)
    if (!seek.ok) throw new Error(`seek(${START_DAY}): ${seek.errors.join('; ')}`)
    const agentsAt = async () => (await page.evaluate(() => window.dermasim.getState())).healing?.agents
    const before = await agentsAt()
    progress(
      `heal: ${SITE}, day ${START_DAY}: ${before?.melanocytes} melanocyte agents, ${before?.tCells} T cells`,
    )

    // play slowly (the repigmentation months), warm up, then trace
    await page.getByLabel('Speed').selectOption('slow')
    await page.evaluate(() => window.dermasim.play())
    await waitFrames(page, WARM_FRAMES)
    await page.evaluate(() => {
      window.__bench.frames.clear()
      window.__bench.recording = true
    })
    await browser.startTracing(page, { categories: TRACE_CATEGORIES })
    const day0 = (await page.evaluate(() => window.dermasim.getState())).timeDays
    await waitFrames(page, TRACE_FRAMES)
    const day1 = (await page.evaluate(() => window.dermasim.getState())).timeDays
    const trace = await browser.stopTracing()
    await page.evaluate(() => {
      window.__bench.recording = false
      window.dermasim.pause()
    })
    const after = await agentsAt()
    const cpu = frameCpuFromTrace(trace)
    if (cpu.frames.length === 0) throw new Error('the Heal trace holds no rendered frame')
    const frames = cpu.frames
    const sorted = [...frames].sort((a, b) => a - b)
    const mean = frames.reduce((a, b) => a + b, 0) / frames.length
    progress(
      `heal: ${frames.length} frames while playing day ${day0.toFixed(1)} → ${day1.toFixed(1)}, JS ${round(mean)} ms CPU/frame`,
    )

    // the cohort comparison of the panel, in the worker; the main thread is watched meanwhile
    await page.evaluate(() => window.__healBench.watchFrames())
    const t0 = await page.evaluate(() => performance.now())
    await page.getByTestId('cohort-run').click()
    await page.waitForFunction(
      () => window.dermasim.getState().healing?.cohort.status !== 'computing',
      null,
      {
        timeout: 120_000,
        polling: 250,
      },
    )
    const probe = await page.evaluate((start) => {
      const p = window.__healBench
      p.running = false
      const tasks = p.longTasks.filter((t) => t.start >= start)
      return {
        wallMs: performance.now() - start,
        maxLongTaskMs: tasks.reduce((m, t) => Math.max(m, t.ms), 0),
        longTasks: tasks.length,
        maxFrameGapMs: p.gaps.reduce((m, g) => Math.max(m, g), 0),
        frames: p.gaps.length,
      }
    }, t0)
    const cohort = (await page.evaluate(() => window.dermasim.getState())).healing?.cohort
    if (!cohort || cohort.status !== 'ready' || cohort.computeMs === null) {
      throw new Error(`the cohort comparison did not finish (status ${cohort?.status})`)
    }
    const arms = 3
    const perArm = cohort.computeMs / arms
    progress(
      `heal: cohort ${cohort.total} lesions (${arms} arms × ${cohort.total / arms}) in ${round(cohort.computeMs, 0)} ms ` +
        `worker time (${round(perArm, 0)} ms per 200); main thread: longest task ${round(probe.maxLongTaskMs, 0)} ms, ` +
        `longest frame gap ${round(probe.maxFrameGapMs, 0)} ms`,
    )
    return {
      healFrameJsMs: round(mean),
      cohort200WorkerMs: round(perArm, 0),
      heal: {
        site: SITE,
        startDay: START_DAY,
        playedDays: [round(day0, 1), round(day1, 1)],
        agentsAtStart: before,
        agentsAtEnd: after,
        frames: frames.length,
        cpuMeanMs: round(mean),
        cpuMedianMs: round(sorted[sorted.length >> 1]),
        cpuP95Ms: round(sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))]),
        cpuMaxMs: round(sorted[sorted.length - 1]),
        cohort: {
          lesions: cohort.total,
          arms,
          workerMsAllArms: round(cohort.computeMs, 0),
          workerMsPer200: round(perArm, 0),
          wallMs: round(probe.wallMs, 0),
          mainThreadMaxLongTaskMs: round(probe.maxLongTaskMs, 0),
          mainThreadLongTasks: probe.longTasks,
          mainThreadMaxFrameGapMs: round(probe.maxFrameGapMs, 0),
          mainThreadFrames: probe.frames,
        },
        method:
          'healFrameJsMs: CPU time of requestAnimationFrame callbacks per rendered frame (Chromium trace) while ' +
          'the timeline plays at Slow speed on the face block; cohort200WorkerMs: the worker-reported time of the ' +
          'panel comparison divided by its 3 arms of 200 patients; responsiveness: Long Tasks API and ' +
          'requestAnimationFrame gaps on the main thread while the worker ran',
      },
    }
  } finally {
    await context.close()
  }
}
