/* global window -- page.evaluate bodies run in the page */
// Drugs & UV view bench (called by scripts/bench.mjs with its open browser and its trace helpers):
//  - deliverTransport3hMs: the 3-hour transport run for both arms (runDelivery) in Chromium, as the transport
//    worker's own time until the end of the 3 h application (default forearm, default laser); median over the three
//    agents. details.deliver also gives the whole run (on to the 24 h horizon that the '24 h' enhancement figure
//    reads) and the whole worker build (with the resampling for the view).
//  - deliverFrameJsMs: JS CPU time per rendered frame while the application clock PLAYS in the split view (two
//    drei Views in one canvas, both field textures refilled every frame). Same method as frameJsMs:
//    FireAnimationFrame thread time per rendered frame from a Chromium trace.
const TRACE_MS = 3000
const WARM_MS = 800
const AGENTS = ['5-fu', 'corticosteroid', 'prp']

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} baseUrl
 * @param {{ frameCpuFromTrace: Function, FRAME_PROBE: Function, TRACE_CATEGORIES: string[],
 *   VIEWPORT: {width: number, height: number}, progress: (line: string) => void }} helpers
 */
export async function benchDeliver(browser, baseUrl, helpers) {
  const { frameCpuFromTrace, FRAME_PROBE, TRACE_CATEGORIES, VIEWPORT, progress } = helpers
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  const round = (x, d = 3) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null)
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  try {
    await page.addInitScript(FRAME_PROBE)
    await page.goto(`${baseUrl}/?view=deliver`)
    await page.waitForFunction(() => window.dermasim?.ready === true, null, { timeout: 120_000 })
    const runs = []
    for (const agent of AGENTS) {
      const set = await page.evaluate((a) => window.dermasim.setDelivery({ agent: a }), agent)
      if (!set.ok) throw new Error(`setDelivery(${agent}): ${set.errors.join('; ')}`)
      await page.waitForFunction(
        (a) => {
          const d = window.dermasim.getState().delivery
          return d.status === 'ready' && d.agent === a
        },
        agent,
        { timeout: 60_000, polling: 100 },
      )
      const d = (await page.evaluate(() => window.dermasim.getState())).delivery
      runs.push({
        agent,
        applicationMs: round(d.computeMs.application, 1),
        transportMs: round(d.computeMs.transport, 1),
        viewBuildMs: round(d.computeMs.view, 1),
      })
    }
    progress(
      `deliver: worker runs (3 h application / with the 24 h horizon) ${runs
        .map((r) => `${r.agent} ${r.applicationMs} / ${r.transportMs} ms`)
        .join(', ')}`,
    )

    // play the clock (real time: 3 h in 12 s), warm up, then trace
    await page.evaluate(() => window.dermasim.setDelivery({ timeH: 0, playing: true }))
    await page.waitForTimeout(WARM_MS)
    await page.evaluate(() => {
      window.__bench.frames.clear()
      window.__bench.recording = true
    })
    await browser.startTracing(page, { categories: TRACE_CATEGORIES })
    const t0 = (await page.evaluate(() => window.dermasim.getState())).delivery.timeH
    await page.waitForTimeout(TRACE_MS)
    const t1 = (await page.evaluate(() => window.dermasim.getState())).delivery.timeH
    const trace = await browser.stopTracing()
    await page.evaluate(() => {
      window.__bench.recording = false
      window.dermasim.setDelivery({ playing: false })
    })
    const cpu = frameCpuFromTrace(trace)
    if (cpu.frames.length === 0) throw new Error('the Drugs & UV trace holds no rendered frame')
    const frames = cpu.frames
    const sorted = [...frames].sort((a, b) => a - b)
    const mean = frames.reduce((a, b) => a + b, 0) / frames.length
    const calls = (await page.evaluate(() => window.dermasim.getState())).render.calls
    progress(
      `deliver: ${frames.length} frames while playing ${round(t0, 2)} → ${round(t1, 2)} h, JS ${round(mean)} ms CPU/frame`,
    )
    return {
      deliverFrameJsMs: round(mean),
      deliverTransport3hMs: median(runs.map((r) => r.applicationMs)),
      deliver: {
        runs,
        frames: frames.length,
        clockH: [round(t0, 3), round(t1, 3)],
        cpuMedianMs: round(sorted[Math.floor(sorted.length / 2)]),
        cpuP95Ms: round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]),
        cpuMaxMs: round(sorted[sorted.length - 1]),
        drawCalls: calls,
        note:
          'applicationMs: runDelivery (both arms) until the end of the 3 h application; transportMs: the whole ' +
          'run, on to the 24 h horizon; viewBuildMs adds the resampling of ' +
          'every snapshot for the view. Frame: both field textures (64 × 200 RGBA) refilled from two snapshots ' +
          'each frame while the clock plays, two Views drawn.',
      },
    }
  } finally {
    await context.close()
  }
}
