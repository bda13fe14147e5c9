// Shared fixture and helpers for the browser tests.
// - `app` fixture: records console errors, page errors, failed requests and requests to another origin for the
//   whole test; `app.open(url)` navigates and waits for window.dermasim.ready. Every test fails if the page threw.
// - canvasPixelStdDev / screenshotDiffFraction: pixel statistics of the WebGL canvas. A WebGL canvas reads back
//   blank through drawImage/toDataURL (no preserveDrawingBuffer), so the pixels come from a Playwright
//   screenshot, decoded in the page with an Image and a 2D canvas (as in shared/tools/shot.mjs).
import { createRequire } from 'node:module'
import { test as base, expect, type Page } from '@playwright/test'
import type { DermaSimApi, DermaSimSnapshot } from '../../src/state/automation'

declare global {
  interface Window {
    dermasim: DermaSimApi
  }
}

/** Seed that ?test=1 uses when the URL names none (TEST_MODE_SEED in src/state/urlParams.ts). */
export const TEST_MODE_SEED = 1

export interface PageProblems {
  consoleErrors: string[]
  pageErrors: string[]
  failedRequests: string[]
  foreignRequests: string[]
}

export interface AppHandle {
  page: Page
  problems: PageProblems
  /** Navigate (default `/?test=1`) and wait for the first rendered frame. */
  open: (url?: string) => Promise<void>
  state: () => Promise<DermaSimSnapshot>
}

export function formatProblems(problems: PageProblems): string {
  const lines = Object.entries(problems).flatMap(([kind, list]: [string, string[]]) =>
    list.map((item) => `  ${kind}: ${item}`),
  )
  return lines.length ? `problems seen by the page:\n${lines.join('\n')}` : 'no problems'
}

export const READY_TIMEOUT_MS = 60_000

export async function waitForReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.dermasim?.ready === true, null, {
    timeout: READY_TIMEOUT_MS,
    polling: 100,
  })
}

export const test = base.extend<{ app: AppHandle }>({
  app: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin
    const problems: PageProblems = {
      consoleErrors: [],
      pageErrors: [],
      failedRequests: [],
      foreignRequests: [],
    }
    page.on('console', (message) => {
      if (message.type() === 'error') {
        const where = message.location()
        problems.consoleErrors.push(
          `${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`,
        )
      }
    })
    page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message))
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? 'unknown'
      // a request cut short by the next navigation of the same test is not a failure of the app
      if (reason === 'net::ERR_ABORTED') return
      problems.failedRequests.push(`${request.method()} ${request.url()}: ${reason}`)
    })
    page.on('request', (request) => {
      const url = request.url()
      if (url.startsWith('data:') || url.startsWith('blob:')) return
      if (new URL(url).origin !== origin) problems.foreignRequests.push(`${request.method()} ${url}`)
    })

    const app: AppHandle = {
      page,
      problems,
      open: async (url = '/?test=1') => {
        await page.goto(url)
        await waitForReady(page)
      },
      state: () => page.evaluate(() => window.dermasim.getState()),
    }
    await use(app)
    // whatever else a test checks, the page must never have thrown
    expect(problems.pageErrors, formatProblems(problems)).toEqual([])
  },
})

export { expect }

/**
 * Everything but the canvas is hidden while the screenshot is taken: DOM overlays drawn over the view (scale-bar
 * labels, the hover label, messages) would otherwise make a blank WebGL canvas look like it had content.
 */
const CANVAS_ONLY_STYLE = 'body * { visibility: hidden !important } canvas { visibility: visible !important }'

/** PNG screenshot of the WebGL canvas alone (what it shows on screen; independent of preserveDrawingBuffer). */
export async function canvasScreenshot(page: Page): Promise<Buffer> {
  return page
    .locator('canvas')
    .first()
    .screenshot({ animations: 'disabled', caret: 'hide', style: CANVAS_ONLY_STYLE })
}

/** Standard deviation of the canvas' grey levels (0-255) on a 256-px-wide downsample; a blank canvas is ~0. */
export async function canvasPixelStdDev(page: Page, png?: Buffer): Promise<number> {
  const b64 = (png ?? (await canvasScreenshot(page))).toString('base64')
  return page.evaluate(async (data) => {
    const img = new Image()
    img.src = `data:image/png;base64,${data}`
    await img.decode()
    const width = Math.min(256, img.naturalWidth)
    const height = Math.max(1, Math.round((img.naturalHeight * width) / img.naturalWidth))
    const probe = document.createElement('canvas')
    probe.width = width
    probe.height = height
    const ctx = probe.getContext('2d')
    if (!ctx) throw new Error('no 2D context')
    ctx.drawImage(img, 0, 0, width, height)
    const d = ctx.getImageData(0, 0, width, height).data
    let sum = 0
    let sq = 0
    const n = d.length / 4
    for (let i = 0; i < d.length; i += 4) {
      const v = (d[i] + d[i + 1] + d[i + 2]) / 3
      sum += v
      sq += v * v
    }
    const mean = sum / n
    return Math.sqrt(Math.max(0, sq / n - mean * mean))
  }, b64)
}

/**
 * Fraction (0-1) of pixels that differ between two PNG screenshots of the same size: a pixel differs when any
 * channel differs by more than `tolerance` (0-255). Decoded in `page` (any open page will do). Screenshots of
 * different sizes count as completely different (1).
 */
export async function screenshotDiffFraction(
  page: Page,
  a: Buffer,
  b: Buffer,
  tolerance = 16,
): Promise<number> {
  return page.evaluate(
    async ({ a64, b64, tol }) => {
      const load = async (data: string) => {
        const img = new Image()
        img.src = `data:image/png;base64,${data}`
        await img.decode()
        const c = document.createElement('canvas')
        c.width = img.naturalWidth
        c.height = img.naturalHeight
        const ctx = c.getContext('2d')
        if (!ctx) throw new Error('no 2D context')
        ctx.drawImage(img, 0, 0)
        return ctx.getImageData(0, 0, c.width, c.height)
      }
      const [ia, ib] = await Promise.all([load(a64), load(b64)])
      if (ia.width !== ib.width || ia.height !== ib.height) return 1
      let differing = 0
      for (let i = 0; i < ia.data.length; i += 4) {
        if (
          Math.abs(ia.data[i] - ib.data[i]) > tol ||
          Math.abs(ia.data[i + 1] - ib.data[i + 1]) > tol ||
          Math.abs(ia.data[i + 2] - ib.data[i + 2]) > tol
        )
          differing++
      }
      return differing / (ia.width * ia.height)
    },
    { a64: a.toString('base64'), b64: b.toString('base64'), tol: tolerance },
  )
}

/** Screen position of the first locatable structure of `kind` among indices 0..tries-1, or null. */
export async function locateAny(
  page: Page,
  kind: 'follicle' | 'melanocyte' | 'tCell' | 'precursor',
  tries = 6,
): Promise<{ index: number; x: number; y: number } | null> {
  for (let index = 0; index < tries; index++) {
    const p = await page.evaluate(([k, i]) => window.dermasim.locate(k, i), [kind, index] as const)
    if (p) return { index, ...p }
  }
  return null
}

// axe-core, injected from node_modules (no @axe-core/playwright: it needs Node 22)
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  helpUrl: string
  nodes: { target: unknown[]; failureSummary?: string }[]
}

/** axe-core violations of WCAG 2.0/2.1 A and AA on the current page, the WebGL canvas excluded. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH })
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: AxeViolation[] }> } }
    ).axe
    const result = await axe.run({ exclude: [['canvas']] }, { runOnly: { type: 'tag', values: tags } })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }))
  }, AXE_TAGS)
}

export function formatViolations(violations: AxeViolation[]): string {
  if (violations.length === 0) return 'no axe violations'
  return [
    `${violations.length} axe-core violation(s):`,
    ...violations.map((v) =>
      [
        `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help}`,
        `  ${v.helpUrl}`,
        ...v.nodes
          .slice(0, 5)
          .map((n) => `  at ${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\n/g, ' / ')}`),
        ...(v.nodes.length > 5 ? [`  … and ${v.nodes.length - 5} more element(s)`] : []),
      ].join('\n'),
    ),
  ].join('\n')
}
