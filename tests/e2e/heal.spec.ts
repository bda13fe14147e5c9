// The Heal view in a real browser (headless Chromium, software WebGL), against the production build.
// One page load on purpose (SwiftShader on 2 cores is slow): seek to the first hours, day 30 and day 180 and check
// the figures move as the model says, the canvas shows it, the chart and the timeline are there and keyboard
// operable, axe finds nothing, and the page logged no error and asked no other origin for anything.
import {
  axeViolations,
  canvasPixelStdDev,
  canvasScreenshot,
  expect,
  formatProblems,
  formatViolations,
  screenshotDiffFraction,
  test,
  type AppHandle,
} from './helpers'

/** Share of the canvas's pixels that must differ between the first hours and day 180 (channels vs pigment). */
const MIN_CHANGED_FRACTION = 0.01
/** A blank canvas has a grey-level standard deviation near 0; the block and its overlays give tens. */
const MIN_PIXEL_STD = 10

async function seek(app: AppHandle, day: number) {
  const result = await app.page.evaluate((d) => window.dermasim.seek(d), day)
  expect(result, `seek(${day})`).toMatchObject({ ok: true })
  const state = await app.state()
  expect(state.timeDays).toBeCloseTo(day, 6)
  expect(state.healing, 'healing figures after seek').not.toBeNull()
  return state
}

test.describe('Heal view', () => {
  test('seek to the first hours, day 30 and day 180: figures, picture, chart, keyboard, axe, no errors', async ({
    app,
  }) => {
    test.setTimeout(90_000)
    await app.open('/?test=1&view=heal')
    const page = app.page

    // bad input is a clear message, never a crash
    const bad = await page.evaluate(() => window.dermasim.seek(-1))
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.errors.join(' ')).toMatch(/day must be a number from 0/)

    const early = await seek(app, 0.1)
    const earlyShot = await canvasScreenshot(page)
    const d30 = await seek(app, 30)
    const d180 = await seek(app, 180)
    const lateShot = await canvasScreenshot(page)
    const e = early.healing!
    const m = d30.healing!
    const l = d180.healing!
    expect(early.phase).toBe('re-epithelialization')
    expect(d180.phase).toBe('repigmentation')
    expect(e.openEpidermisFraction, 'channels open in the first hours').toBeGreaterThan(0.05)
    expect(m.openEpidermisFraction, 'closed by day 30').toBeLessThan(0.001)
    expect(m.tCellsInLesion, 'T cells fewer at day 30 than before they die').toBeLessThan(e.tCellsInLesion)
    expect(l.repigmentationFraction, 'repigmentation grows from day 30 to day 180').toBeGreaterThan(
      m.repigmentationFraction,
    )
    expect(l.melanocytesInLesion).toBeGreaterThan(m.melanocytesInLesion)

    // the picture: not blank, and the first hours (open channels) differ from day 180 (pigment islands)
    expect(await canvasPixelStdDev(page, lateShot)).toBeGreaterThan(MIN_PIXEL_STD)
    expect(await screenshotDiffFraction(page, earlyShot, lateShot)).toBeGreaterThan(MIN_CHANGED_FRACTION)

    // the panel shows the same figures, the chart is drawn, the timeline names the moment
    await expect(page.getByTestId('fig-repig')).toHaveText(`${Math.round(100 * l.repigmentationFraction)} %`)
    await expect(page.getByTestId('heal-time')).toHaveText(/day 180/)
    await expect(page.getByText('Phase: repigmentation')).toBeVisible()
    await expect(page.getByTestId('heal-chart').locator('canvas')).toBeVisible()
    await expect(page.getByText(/educational model, not a clinical prediction/i)).toBeVisible()

    // keyboard: the scrubber moves with the arrow keys, Page Up steps back, the play button plays and pauses
    const scrubber = page.getByRole('slider', { name: /time since the first laser pulse/i })
    await scrubber.focus()
    await page.keyboard.press('Home')
    await expect.poll(async () => (await app.state()).timeDays).toBe(0)
    await page.keyboard.press('ArrowRight')
    await expect.poll(async () => (await app.state()).timeDays).toBeGreaterThan(0)
    await page.keyboard.press('End')
    await page.locator('body').focus()
    await page.getByRole('button', { name: 'Step back' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await app.state()).timeDays).toBe(179)
    await page.getByRole('heading', { name: 'Healing timeline' }).click()
    await page.keyboard.press('PageUp')
    await expect.poll(async () => (await app.state()).timeDays).toBe(178)
    await page.keyboard.press('Home')
    const play = page.getByRole('button', { name: 'Play' })
    await play.focus()
    await page.keyboard.press('Enter')
    await page.evaluate(() => window.dermasim.renderFrames(4))
    const played = await app.state()
    expect(played.healing?.playing).toBe(true)
    expect(played.timeDays, 'the clock advanced while playing').toBeGreaterThan(0)
    await page.getByRole('button', { name: 'Pause' }).press('Enter')
    await expect.poll(async () => (await app.state()).healing?.playing).toBe(false)

    const violations = await axeViolations(page)
    expect(violations, formatViolations(violations)).toEqual([])
    const report = formatProblems(app.problems)
    expect(app.problems.consoleErrors, report).toEqual([])
    expect(app.problems.failedRequests, report).toEqual([])
    expect(app.problems.foreignRequests, report).toEqual([])
  })
})
