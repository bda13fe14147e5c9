#!/usr/bin/env node
// `npm run bench`: prints ONE JSON object on stdout (progress and tool output go to stderr). Never asserts.
//   anatomyMs          per body site, median wall time of generateSkinBlock(site, seed) in Node. The TypeScript
//                      model is loaded with Vite's own SSR loader (createServer + ssrLoadModule), which works on
//                      Node 20 without a TS runtime.
//   frameJsMs          mean main-thread JS time per rendered frame while orbiting the default view (scripted mouse
//                      drag, one rendered frame per step) in headless Chromium against the production build.
//                      Method: a Chromium trace of the orbit; each FireAnimationFrame event (one
//                      requestAnimationFrame callback: react-three-fiber's loop with the useFrame callbacks,
//                      OrbitControls' update, three.js traversal, culling, uniform upload and the WebGL calls
//                      issued) carries its thread CPU time (tdur); they are summed per main-thread task (one task per
//                      frame), keeping the frames in which a WebGL draw call ran (an init script wraps the draw calls
//                      and leaves a performance.mark in the trace). CPU time, not wall time, because here the GPU
//                      work runs in software (SwiftShader) on the same 2 cores and preempts the main thread: wall
//                      time per callback reads about 4x the CPU time. The GPU work itself is not JS and is excluded.
//                      details.frameJs also gives median/p95, the pointer-event handlers' CPU per frame, and the
//                      wall-clock figures (the rAF callbacks timed with performance.now() in the page, and the CDP
//                      Performance.getMetrics ScriptDuration delta) for comparison.
//   sim                what src/sim/bench/index.ts's runSimBenches() returns (loaded like the anatomy step): one
//                      entry per capability, e.g. sim.laser.thermalSolveMs (one uncached thermal solve) and
//                      sim.laser.cachedCallMs (the same parameter set again, from the cache)
//   treatFrameJsMs     mean main-thread JS CPU time per rendered frame while the densest fractional pattern the
//                      block allows animates (normal page, real-time scan clock): the same trace method as
//                      frameJsMs; details.treat gives the MTZ count and the spread
//   mtzDrawCalls       draw calls the finished pass adds to the default view (MTZ columns: instanced)
//   drawCalls, triangles  window.dermasim.getState().render of the default view (renderer.info of the last frame)
//   initialJsGzipKb    gzip size of the JS that dist/index.html loads up front (module scripts, modulepreloads
//                      and their static imports); totalJsGzipKb: every .js file in dist/
//   timeToFirstFrameMs navigation start -> window.dermasim.ready (first rendered frame), normal (non-test) page
//                      load in a fresh browser context, median of 3
// dist/ is rebuilt first when it is missing or older than the sources.
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHROMIUM_ARGS, resolveChromiumPath } from './chromium-path.mjs'
import { allJsFiles, ensureBuild, gzipKb, initialJsFiles } from './bench/bundle.mjs'
import { benchAnatomy, benchSim, withSsrLoader } from './bench/node.mjs'
import { benchExplore } from './bench/explore.mjs'
import { benchTreat } from './bench/treat.mjs'
import { FRAME_PROBE, TRACE_CATEGORIES, frameCpuFromTrace } from './bench/probes.mjs'
import { progress, round } from './bench/stats.mjs'
import { benchHeal } from './bench/heal.mjs'
import { benchDeliver } from './bench/deliver.mjs'

// stdout carries only the final JSON: everything else (including libraries that console.log) goes to stderr
const writeResult = (obj) => process.stdout.write(JSON.stringify(obj, null, 2) + '\n')
console.log = (...args) => console.error(...args)
console.info = (...args) => console.error(...args)

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const dist = join(root, 'dist')
const SITES = ['forearm', 'face', 'trunk', 'extremity', 'hand', 'palm']
const ANATOMY_SEED = 1
const ANATOMY_RUNS = Number(process.env.BENCH_ANATOMY_RUNS ?? 15)
const ORBIT_FRAMES = Number(process.env.BENCH_FRAMES ?? 120)
const FIRST_FRAME_RUNS = 3
/**
 * BENCH_ONLY=heal,treat runs only those parts (sim = anatomy and the Node sim benches; explore = first frame,
 * draw calls and orbit; treat, heal, deliver = the views); the bundle sizes are always measured. Default: all.
 */
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((x) => x.trim()) : null
const wants = (part) => !ONLY || ONLY.includes(part)
const VIEWPORT = { width: 1280, height: 720 }

const TARGETS = {
  initialJsGzipKb: 450, // <= (DESIGN.md: initial JavaScript <= 450 KB gzipped)
  timeToFirstFrameMs: 2000, // <  (first frame on localhost < 2 s)
  drawCalls: 60, // <=  (default scene <= 60 draw calls)
  frameJsMs: 2, // <=  (JS work per frame <= 2 ms)
  thermalSolveMs: 20, // <= (one MTZ thermal solve <= 20 ms)
  treatFrameJsMs: 2, // <= (JS per frame while a pattern animates <= 2 ms, issue 3)
  mtzDrawCalls: 5, // <= (the MTZs render in a handful of draw calls: instancing)
  healFrameJsMs: 2, // <= (JS per frame while the Heal timeline plays >= 5,000 agents, issue 4)
  deliverFrameJsMs: 2, // <= (JS per split-view frame while the Drugs & UV clock plays, issue 5)
  deliverTransport3hMs: 200, // <= (3-hour transport run, both arms, in the browser's worker, issue 5)
  cohort200WorkerMs: 5000, // <= (a 200-patient cohort in the Web Worker, issue 4)
}

const errors = []

// ---------------------------------------------------------------------------------------------------------
// 1. production build, if stale
// ---------------------------------------------------------------------------------------------------------
// 3. anatomy and the simulation benches in Node, through Vite's SSR module loader
// ---------------------------------------------------------------------------------------------------------
// 4. in the browser
async function benchBrowser(baseUrl, chromium) {
  const executablePath = resolveChromiumPath() ?? undefined
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  const out = { chromium: browser.version() }
  try {
    if (wants('explore'))
      Object.assign(
        out,
        await benchExplore(browser, baseUrl, {
          VIEWPORT,
          firstFrameRuns: FIRST_FRAME_RUNS,
          orbitFrames: ORBIT_FRAMES,
        }),
      )
    const helpers = { frameCpuFromTrace, FRAME_PROBE, TRACE_CATEGORIES, VIEWPORT, progress }
    const views = [
      ['treat', () => benchTreat(browser, baseUrl, { VIEWPORT })],
      ['heal', () => benchHeal(browser, baseUrl, helpers)],
      ['deliver', () => benchDeliver(browser, baseUrl, helpers)],
    ]
    for (const [part, bench] of views) {
      if (!wants(part)) continue
      try {
        Object.assign(out, await bench())
      } catch (error) {
        errors.push(`${part}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
  } finally {
    await browser.close()
  }
  return out
}

// ---------------------------------------------------------------------------------------------------------
const started = performance.now()
const result = {
  anatomyMs: null,
  sim: null,
  frameJsMs: null,
  treatFrameJsMs: null,
  mtzDrawCalls: null,
  healFrameJsMs: null,
  cohort200WorkerMs: null,
  deliverFrameJsMs: null,
  deliverTransport3hMs: null,
  drawCalls: null,
  triangles: null,
  initialJsGzipKb: null,
  totalJsGzipKb: null,
  timeToFirstFrameMs: null,
  targets: {
    initialJsGzipKb: `<= ${TARGETS.initialJsGzipKb}`,
    timeToFirstFrameMs: `< ${TARGETS.timeToFirstFrameMs}`,
    drawCalls: `<= ${TARGETS.drawCalls}`,
    frameJsMs: `<= ${TARGETS.frameJsMs}`,
    'sim.laser.thermalSolveMs': `<= ${TARGETS.thermalSolveMs}`,
    treatFrameJsMs: `<= ${TARGETS.treatFrameJsMs}`,
    mtzDrawCalls: `<= ${TARGETS.mtzDrawCalls}`,
    healFrameJsMs: `<= ${TARGETS.healFrameJsMs}`,
    cohort200WorkerMs: `<= ${TARGETS.cohort200WorkerMs}`,
    deliverFrameJsMs: `<= ${TARGETS.deliverFrameJsMs}`,
    deliverTransport3hMs: `<= ${TARGETS.deliverTransport3hMs}`,
  },
  meetsTargets: {},
  details: {},
  environment: {
    node: process.version,
    cpus: os.cpus().length,
    webgl: 'SwiftShader (software), headless Chromium',
    viewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
  },
  errors,
}

try {
  if (wants('sim'))
    await withSsrLoader(root, async (load) => {
      try {
        progress('anatomy (generateSkinBlock) in Node via vite ssrLoadModule')
        result.anatomyMs = await benchAnatomy(load, { sites: SITES, seed: ANATOMY_SEED, runs: ANATOMY_RUNS })
        result.details.anatomy = { seed: ANATOMY_SEED, runs: ANATOMY_RUNS, statistic: 'median' }
      } catch (error) {
        errors.push(`anatomy: ${error instanceof Error ? error.message : String(error)}`)
      }
      try {
        progress('simulation benches (src/sim/bench/index.ts runSimBenches) via vite ssrLoadModule')
        result.sim = await benchSim(load)
      } catch (error) {
        errors.push(`sim: ${error instanceof Error ? error.message : String(error)}`)
      }
    })
} catch (error) {
  errors.push(`vite SSR loader: ${error instanceof Error ? error.message : String(error)}`)
}

let built = false
try {
  ensureBuild(root, dist)
  built = true
  const initial = initialJsFiles(dist)
  const all = allJsFiles(dist)
  result.initialJsGzipKb = round(
    initial.reduce((a, f) => a + gzipKb(f), 0),
    1,
  )
  result.totalJsGzipKb = round(
    all.reduce((a, f) => a + gzipKb(f), 0),
    1,
  )
  result.details.initialJsFiles = initial.map((f) => relative(dist, f)).sort()
  result.details.jsFiles = all.length
  progress(
    `JS gzip: initial ${result.initialJsGzipKb} KB (${initial.length} files), total ${result.totalJsGzipKb} KB`,
  )
} catch (error) {
  errors.push(`build/bundle: ${error instanceof Error ? error.message : String(error)}`)
}

if (built) {
  let server
  try {
    progress('making sure Chromium is available')
    const ensure = spawnSync(process.execPath, [join(root, 'scripts/ensure-chromium.mjs')], {
      cwd: root,
      stdio: ['ignore', 2, 2],
    })
    if (ensure.status !== 0) throw new Error('no Chromium (see [ensure-chromium] above)')
    const { preview } = await import('vite')
    server = await preview({
      root,
      logLevel: 'error',
      preview: { host: '127.0.0.1', port: 4180, strictPort: false, open: false },
    })
    const baseUrl = (server.resolvedUrls?.local?.[0] ?? 'http://127.0.0.1:4180/').replace(/\/$/, '')
    progress(`vite preview at ${baseUrl}`)
    const { chromium } = await import('@playwright/test')
    const b = await benchBrowser(baseUrl, chromium)
    result.environment.chromium = b.chromium
    result.frameJsMs = b.frameJsMs
    result.drawCalls = b.drawCalls
    result.triangles = b.triangles
    result.timeToFirstFrameMs = b.timeToFirstFrameMs
    result.treatFrameJsMs = b.treatFrameJsMs ?? null
    result.mtzDrawCalls = b.mtzDrawCalls ?? null
    if (b.treat) result.details.treat = b.treat
    result.healFrameJsMs = b.healFrameJsMs ?? null
    result.cohort200WorkerMs = b.cohort200WorkerMs ?? null
    if (b.heal) result.details.heal = b.heal
    result.deliverFrameJsMs = b.deliverFrameJsMs ?? null
    result.deliverTransport3hMs = b.deliverTransport3hMs ?? null
    if (b.deliver) result.details.deliver = b.deliver
    result.details.frameJs = {
      method:
        'CPU (thread) time of requestAnimationFrame callbacks per rendered frame, from a Chromium trace, ' +
        'during a mouse-drag orbit of the default view',
      ...b.frameJs,
    }
    result.details.timeToFirstFrameRunsMs = b.timeToFirstFrameRunsMs
    result.details.defaultViewCounts = b.counts
  } catch (error) {
    errors.push(`browser: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    if (server) await new Promise((done) => server.httpServer.close(() => done()))
  }
}

const meets = (value, ok) => (value === null || value === undefined ? null : ok(value))
result.meetsTargets = {
  initialJsGzipKb: meets(result.initialJsGzipKb, (v) => v <= TARGETS.initialJsGzipKb),
  timeToFirstFrameMs: meets(result.timeToFirstFrameMs, (v) => v < TARGETS.timeToFirstFrameMs),
  drawCalls: meets(result.drawCalls, (v) => v <= TARGETS.drawCalls),
  frameJsMs: meets(result.frameJsMs, (v) => v <= TARGETS.frameJsMs),
  'sim.laser.thermalSolveMs': meets(result.sim?.laser?.thermalSolveMs, (v) => v <= TARGETS.thermalSolveMs),
  treatFrameJsMs: meets(result.treatFrameJsMs, (v) => v <= TARGETS.treatFrameJsMs),
  mtzDrawCalls: meets(result.mtzDrawCalls, (v) => v <= TARGETS.mtzDrawCalls),
  healFrameJsMs: meets(result.healFrameJsMs, (v) => v <= TARGETS.healFrameJsMs),
  cohort200WorkerMs: meets(result.cohort200WorkerMs, (v) => v <= TARGETS.cohort200WorkerMs),
  deliverFrameJsMs: meets(result.deliverFrameJsMs, (v) => v <= TARGETS.deliverFrameJsMs),
  deliverTransport3hMs: meets(result.deliverTransport3hMs, (v) => v <= TARGETS.deliverTransport3hMs),
}
result.details.benchSeconds = round((performance.now() - started) / 1000, 1)
writeResult(result)
process.exit(errors.length ? 1 : 0)
