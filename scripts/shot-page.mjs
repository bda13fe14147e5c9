/* global window */
// Shared by the view screenshot scripts (shot-treat.mjs, shot-heal.mjs, shot-deliver.mjs): opens headless Chromium
// at 1280×720 on `url`, records console errors, page errors and requests to another origin, waits for
// window.dermasim.ready, runs `work(page)`, closes the browser, prints the problems and exits 1 if there were any.
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, resolveChromiumPath } from './chromium-path.mjs'

/**
 * @param {URL} url
 * @param {(page: import('@playwright/test').Page) => Promise<void>} work
 * @param {{ width: number, height: number }} [viewport]
 */
export async function shootPage(url, work, viewport = { width: 1280, height: 720 }) {
  const browser = await chromium.launch({
    executablePath: resolveChromiumPath() ?? undefined,
    args: CHROMIUM_ARGS,
  })
  const page = await browser.newPage({ viewport })
  const problems = []
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`))
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('request', (r) => {
    const u = r.url()
    if (!u.startsWith(url.origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
      problems.push(`request to another origin: ${u}`)
  })
  try {
    await page.goto(url.href)
    await page.waitForFunction(() => window.dermasim?.ready === true, null, { timeout: 120_000 })
    await work(page)
  } finally {
    await browser.close()
  }
  for (const p of problems) console.log(p)
  process.exit(problems.length ? 1 : 0)
}
