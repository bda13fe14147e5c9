/* global window */
// Treat view bench: JS CPU per rendered frame while the densest fractional pass the block allows animates, and
// the draw calls the finished pass adds (called by scripts/bench.mjs with its open browser).
import { FRAME_PROBE, TRACE_CATEGORIES, frameCpuFromTrace } from './probes.mjs'
import { median, percentile, progress, round } from './stats.mjs'

/** The densest fractional pattern the 2 × 2 mm block accepts (DENSEST_LASER in src/sim/bench/laser.ts). */
export const TREAT_LASER = { mode: 'fractional', spotDiameterUm: 100, densityPercent: 60, pattern: 'random' }

/**
 * JS CPU per rendered frame while a fractional pass animates (normal page: the scan clock runs in real time and
 * the scene asks for a frame while the pass and the cooling last), with the frameJsMs trace method; and the draw
 * calls the finished pass adds to the default view.
 */
export async function benchTreat(browser, baseUrl, { VIEWPORT }) {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  try {
    await page.addInitScript(FRAME_PROBE)
    await page.goto(baseUrl + '/')
    await page.waitForFunction(() => window.dermasim?.ready === true, null, { timeout: 120_000 })
    await page.evaluate(() => window.dermasim.renderFrames(3))
    const idleCalls = (await page.evaluate(() => window.dermasim.getState())).render.calls
    const set = await page.evaluate((laser) => window.dermasim.setScenario({ laser }), TREAT_LASER)
    if (!set.ok) throw new Error(`setScenario(laser): ${set.errors.join('; ')}`)
    const pass = async () => {
      const fired = await page.evaluate(() => window.dermasim.fire())
      if (!fired.ok) throw new Error(`fire(): ${fired.errors.join('; ')}`)
      // interval polling: a 'raf' poll would add its own animation-frame callbacks to the figures
      await page.waitForFunction(() => !window.dermasim.getState().treatment.animating, null, {
        timeout: 300_000,
        polling: 250,
      })
      return fired.mtzTotal
    }
    await pass() // warm-up: the thermal solve, shader variants, JIT
    progress('treat: warm-up pass done; tracing a second pass')
    await page.evaluate(() => {
      window.__bench.frames.clear()
      window.__bench.recording = true
    })
    await browser.startTracing(page, { categories: TRACE_CATEGORIES })
    const t0 = Date.now()
    const mtzCount = await pass()
    const passWallS = (Date.now() - t0) / 1000
    const trace = await browser.stopTracing()
    await page.evaluate(() => {
      window.__bench.recording = false
    })
    await page.evaluate(() => window.dermasim.renderFrames(2))
    const done = await page.evaluate(() => window.dermasim.getState())
    const cpu = frameCpuFromTrace(trace)
    if (cpu.frames.length === 0) throw new Error('the treatment trace holds no rendered frame')
    const mean = cpu.frames.reduce((a, b) => a + b, 0) / cpu.frames.length
    const out = {
      treatFrameJsMs: round(mean, 3),
      mtzDrawCalls: done.render.calls - idleCalls,
      treat: {
        laser: TREAT_LASER,
        mtzCount,
        frames: cpu.frames.length,
        passWallS: round(passWallS, 1),
        cpuMeanMs: round(mean, 3),
        cpuMedianMs: round(median(cpu.frames), 3),
        cpuP95Ms: round(percentile(cpu.frames, 95), 3),
        cpuMaxMs: round(Math.max(...cpu.frames), 3),
        drawCallsIdle: idleCalls,
        drawCallsAfterPass: done.render.calls,
        note:
          '400 MTZs do not fit the 2 x 2 mm block within the accepted density (max 60% at 100 µm); the per-frame ' +
          'JS of the pass does not grow with the MTZ count (clock, uniforms, handpiece pose; instances are ' +
          'written when the plan or the cut changes)',
      },
    }
    progress(
      `treat: ${mtzCount} MTZs, ${cpu.frames.length} frames, JS ${out.treatFrameJsMs} ms CPU/frame ` +
        `(p95 ${out.treat.cpuP95Ms}); draw calls ${idleCalls} -> ${done.render.calls}`,
    )
    return out
  } finally {
    await context.close()
  }
}
