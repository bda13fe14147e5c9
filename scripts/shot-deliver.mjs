#!/usr/bin/env node
/* global window -- functions passed to page.evaluate run in the page */
// The Drugs & UV screenshot of the README (docs/screenshot-deliver.png): the default forearm scenario in test mode
// (deterministic), the chosen agent (default corticosteroid) 1 h into the application, both arms side by side, the
// plots in the side panel. Reports console errors and requests to another origin, like shot-treat.mjs; exit 1 if
// any. Usage: serve a build (e.g. `npx vite build --outDir dist-deliver && npx vite preview --outDir dist-deliver
// --port 4175`), then
//   node scripts/shot-deliver.mjs [URL=http://127.0.0.1:4175/] [OUT=docs/screenshot-deliver.png] [AGENT] [FIELD]
import { shootPage } from './shot-page.mjs'

const url = new URL(process.argv[2] ?? 'http://127.0.0.1:4175/')
url.searchParams.set('test', '1')
url.searchParams.set('view', 'deliver')
const out = process.argv[3] ?? 'docs/screenshot-deliver.png'
const agent = process.argv[4] ?? 'corticosteroid'
const field = process.argv[5] ?? 'drug'
const TIME_H = 1

await shootPage(
  url,
  async (page) => {
    const set = await page.evaluate((p) => window.dermasim.setDelivery(p), { agent, field })
    if (!set.ok) throw new Error(`setDelivery: ${set.errors.join('; ')}`)
    await page.waitForFunction(
      (a) => {
        const d = window.dermasim.getState().delivery
        return d.status === 'ready' && d.agent === a
      },
      agent,
      { timeout: 60_000 },
    )
    await page.evaluate((t) => window.dermasim.setDelivery({ timeH: t }), TIME_H)
    await page.evaluate(() => window.dermasim.renderFrames(3))
    await page.mouse.move(2, 2)
    await page.screenshot({ path: out })
    const s = await page.evaluate(() => window.dermasim.getState())
    console.log(
      `saved ${out}: ${s.delivery.agent} at ${s.delivery.timeH} h, enhancement ${s.delivery.enhancementRatio}, ${s.render.calls} draw calls`,
    )
  },
  { width: 1600, height: 900 },
)
