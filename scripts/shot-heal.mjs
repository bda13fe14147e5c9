#!/usr/bin/env node
/* global window, document -- functions passed to page.evaluate run in the page */
// The Heal screenshots: the default forearm block in test mode (deterministic) on the healing timeline, the
// camera moved a little closer by mouse, the clock seeked to each day given, the side panel scrolled to the
// chart. Reports console errors and requests to another origin, like shot-treat.mjs; exit 1 if any.
// Usage: serve a build (e.g. `npx vite build --outDir dist-heal && npx vite preview --outDir dist-heal --port 4174`),
// then
//   node scripts/shot-heal.mjs [URL=http://127.0.0.1:4174/] [OUT=docs/screenshot-heal.png] [DAYS=120]
// With several days (e.g. 0.5,30,180) one file per day is written: OUT with "-day<d>" before ".png".
import { shootPage } from './shot-page.mjs'

const url = new URL(process.argv[2] ?? 'http://127.0.0.1:4174/')
url.searchParams.set('test', '1')
url.searchParams.set('view', 'heal')
const out = process.argv[3] ?? 'docs/screenshot-heal.png'
const days = (process.argv[4] ?? '120').split(',').map(Number)
/** Camera moves (CSS px): orbit down a little, pan the surface up, wheel steps in. */
const ORBIT_DY = -30
const PAN_DY = 40
const WHEEL_STEPS = 1

await shootPage(url, async (page) => {
  const frames = (n) => page.evaluate((k) => window.dermasim.renderFrames(k), n)
  const first = await page.evaluate((d) => window.dermasim.seek(d), days[0])
  if (!first.ok) throw new Error(`seek(${days[0]}): ${first.errors.join('; ')}`)
  const box = await page.getByTestId('viewport').boundingBox()
  if (!box) throw new Error('no [data-testid=viewport]')
  const cx = box.x + box.width * 0.45
  const cy = box.y + box.height * 0.4
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
  for (const day of days) {
    const r = await page.evaluate((d) => window.dermasim.seek(d), day)
    if (!r.ok) throw new Error(`seek(${day}): ${r.errors.join('; ')}`)
    await frames(2)
    await page.evaluate(() => {
      const aside = document.querySelector('aside')
      const title = document.getElementById('heal-chart-title')
      if (aside && title) aside.scrollTop = title.offsetTop - aside.offsetTop - 8
    })
    const file = days.length > 1 ? out.replace(/\.png$/, `-day${day}.png`) : out
    await page.screenshot({ path: file })
    const s = await page.evaluate(() => window.dermasim.getState())
    const h = s.healing
    console.log(
      `saved ${file}: day ${s.timeDays}, ${s.phase}, repigmentation ${(100 * (h?.repigmentationFraction ?? 0)).toFixed(1)} %, ` +
        `open ${(100 * (h?.openEpidermisFraction ?? 0)).toFixed(1)} %, ${s.render.calls} draw calls`,
    )
  }
})
