#!/usr/bin/env node
/* global window, document -- functions passed to page.evaluate run in the page */
// The Treat screenshot of the README (docs/screenshot-treat.png): the default forearm block in test mode
// (deterministic), the camera moved a little closer to the MTZs by mouse (shared/tools/shot.mjs can only run
// an expression, not orbit or zoom), one fractional pass fired and finished, the side panel scrolled to the
// laser figures. Reports console errors and requests to another origin, like shot.mjs; exit 1 if any.
// Usage: serve a build (e.g. `npm run build && npx vite preview --port 4173`), then
//   node scripts/shot-treat.mjs [URL=http://127.0.0.1:4173/] [OUT=docs/screenshot-treat.png]
import { shootPage } from './shot-page.mjs'

const url = new URL(process.argv[2] ?? 'http://127.0.0.1:4173/')
url.searchParams.set('test', '1')
const out = process.argv[3] ?? 'docs/screenshot-treat.png'
/** Camera moves (CSS px): orbit down a little, pan the surface up, three wheel steps in. */
const ORBIT_DY = -30
const PAN_DY = 40
const WHEEL_STEPS = 3
/** Rendered frames after Fire: TEST_MODE_FRAMES (src/state/scanClock.ts), the pass done and cooled. */
const PASS_FRAMES = 40

await shootPage(url, async (page) => {
  const frames = (n) => page.evaluate((k) => window.dermasim.renderFrames(k), n)
  const box = await page.getByTestId('viewport').boundingBox()
  if (!box) throw new Error('no [data-testid=viewport]')
  const cx = box.x + box.width * 0.45
  const cy = box.y + box.height * 0.5
  const drag = async (button, dy) => {
    await page.mouse.move(cx, cy)
    await page.mouse.down({ button })
    for (let i = 1; i <= 10; i++) await page.mouse.move(cx, cy + (dy * i) / 10)
    await page.mouse.up({ button })
    await frames(10)
  }
  await drag('left', ORBIT_DY)
  await drag('right', PAN_DY)
  for (let i = 0; i < WHEEL_STEPS; i++) {
    await page.mouse.wheel(0, -100)
    await frames(1)
  }
  await frames(20) // camera damping settles
  await page.mouse.move(2, 2) // no hover label
  const fired = await page.evaluate(() => window.dermasim.fire())
  if (!fired.ok) throw new Error(`fire(): ${fired.errors.join('; ')}`)
  await frames(PASS_FRAMES)
  // (renderFrames gives up after a while on a slow software renderer: make sure the pass has ended)
  for (let i = 0; i < 10 && (await page.evaluate(() => window.dermasim.getState().treatment.animating)); i++)
    await frames(4)
  await page.evaluate(() => {
    const aside = document.querySelector('aside')
    const title = document.getElementById('treat-figures-title')
    if (aside && title) aside.scrollTop = title.offsetTop - aside.offsetTop - 8
  })
  await page.screenshot({ path: out })
  const s = await page.evaluate(() => window.dermasim.getState())
  console.log(`saved ${out}: ${s.mtzCount} MTZs, phase ${s.treatment.phase}, ${s.render.calls} draw calls`)
})
