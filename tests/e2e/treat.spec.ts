// The Treat view in a real browser (headless Chromium, software WebGL), against the production build.
// In ?test=1 mode the pass advances a fixed step per rendered frame, so `fire()` then
// `renderFrames(TEST_MODE_FRAMES)` always ends with the pass done and the rims cooled. Few page loads and few
// frames on purpose: SwiftShader on 2 cores is slow.
import { TEST_MODE_FRAMES } from '../../src/state/scanClock'
import {
  axeViolations,
  canvasScreenshot,
  expect,
  formatProblems,
  formatViolations,
  screenshotDiffFraction,
  test,
  type AppHandle,
} from './helpers'

/** Share of the canvas's pixels that must change when a pass is drawn (craters, rims, cut profiles). */
const MIN_CHANGED_FRACTION = 0.01

async function renderFrames(app: AppHandle, n: number): Promise<void> {
  await app.page.evaluate((k) => window.dermasim.renderFrames(k), n)
}

function expectNoProblems(app: AppHandle): void {
  const report = formatProblems(app.problems)
  expect(app.problems.consoleErrors, report).toEqual([])
  expect(app.problems.pageErrors, report).toEqual([])
  expect(app.problems.failedRequests, report).toEqual([])
  expect(app.problems.foreignRequests, report).toEqual([])
}

test.describe('Treat view', () => {
  test('fire() drills the whole fractional pattern, shows the figures, passes axe, logs no errors', async ({
    app,
  }) => {
    await app.open('/?test=1')
    const page = app.page
    await renderFrames(app, 2)
    const before = await canvasScreenshot(page)

    const idle = await app.state()
    expect(idle.mtzCount).toBe(0)
    expect(idle.treatment.phase).toBe('idle')
    expect(idle.pattern.mtzCount, 'the default pattern has MTZs').toBeGreaterThan(0)

    const fired = await page.evaluate(() => window.dermasim.fire())
    expect(fired).toEqual({ ok: true, mtzTotal: idle.pattern.mtzCount })

    // part-way through, the pass is under way and not every column is drilled yet
    await renderFrames(app, 3)
    const mid = await app.state()
    expect(mid.treatment.phase).toBe('firing')
    expect(mid.mtzCount).toBeLessThan(idle.pattern.mtzCount)
    await expect(page.getByRole('note').filter({ hasText: /time slowed/i })).toBeVisible()

    await renderFrames(app, TEST_MODE_FRAMES - 3)
    const done = await app.state()
    expect(done.treatment.phase).toBe('done')
    expect(done.mtzCount, 'every MTZ of the pattern is drilled').toBe(done.pattern.mtzCount)
    expect(done.treatment.mtzTotal).toBe(done.pattern.mtzCount)
    const pulse = done.pulse
    expect(pulse, 'pulse figures').not.toBeNull()
    if (!pulse) return
    for (const key of [
      'ablationDepthUm',
      'ablationDiameterUm',
      'coagulationThicknessUm',
      'thermalDamageDepthUm',
      'lesionWidthUm',
      'peakTemperatureC',
    ] as const) {
      expect(pulse[key], `pulse.${key}`).toBeGreaterThan(0)
    }
    for (const key of [
      'mtzPerCm2',
      'coverageFraction',
      'meanSpacingUm',
      'reepithelializationDays',
    ] as const) {
      expect(done.pattern[key], `pattern.${key}`).toBeGreaterThan(0)
    }
    expect(['low', 'moderate', 'high']).toContain(done.pattern.scarRisk.level)
    // the MTZs are instanced: a handful of draw calls more than the untreated block, not one per MTZ
    expect(done.render.calls - idle.render.calls, 'extra draw calls for the pass').toBeLessThanOrEqual(6)
    expect(done.render.calls).toBeLessThanOrEqual(60)

    const after = await canvasScreenshot(page)
    const changed = await screenshotDiffFraction(page, before, after)
    expect(changed, `share of canvas pixels changed by the pass: ${changed}`).toBeGreaterThan(
      MIN_CHANGED_FRACTION,
    )

    // the live figures, as the state reports them
    const figures = page.getByRole('region', { name: /laser figures/i })
    await expect(figures).toContainText(`${Math.round(pulse.ablationDepthUm)} µm`)
    await expect(figures).toContainText(`${Math.round(pulse.lesionWidthUm)} µm`)
    await expect(figures).toContainText(`${Math.round(done.pattern.mtzPerCm2).toLocaleString('en')} /cm²`)
    for (const label of [
      /ablation depth/i,
      /crater width/i,
      /coagulated rim/i,
      /coverage/i,
      /mtz density/i,
      /re-epithelialization/i,
      /scar risk/i,
    ]) {
      await expect(figures.getByRole('rowheader', { name: label }).first()).toBeVisible()
    }
    await expect(figures.getByRole('table', { name: /fractional versus continuous/i })).toBeVisible()
    // the two wounds drawn to scale beside the table, described for screen readers with the report's figures
    const sections = figures.getByRole('img', { name: /cross-sections to scale/i })
    await expect(sections).toBeVisible()
    await expect(sections).toHaveAttribute(
      'aria-label',
      new RegExp(`${Math.round(pulse.ablationDepthUm)} µm`),
    )
    await expect(page.getByRole('status').filter({ hasText: /done/i })).toContainText(
      String(done.pattern.mtzCount),
    )
    await expect(page.getByRole('group', { name: /temperature legend/i })).toBeVisible()

    const violations = await axeViolations(page)
    expect(violations, formatViolations(violations)).toEqual([])
    expectNoProblems(app)
  })

  test('continuous mode fires from the panel; mode "none" is refused with a clear message', async ({
    app,
  }) => {
    await app.open('/?test=1')
    const page = app.page
    const panel = page.getByRole('region', { name: /laser \(co/i })

    await panel.getByRole('radio', { name: /continuous/i }).check()
    expect((await app.state()).pattern.coverageFraction).toBe(1)
    await renderFrames(app, 2)
    const before = await canvasScreenshot(page)
    await panel.getByRole('button', { name: /^fire/i }).click()
    await renderFrames(app, TEST_MODE_FRAMES)
    const done = await app.state()
    expect(done.treatment.phase).toBe('done')
    expect(done.mtzCount, 'continuous mode drills no separate MTZs').toBe(0)
    await expect(page.getByRole('status').filter({ hasText: /whole surface/i })).toBeVisible()
    const changed = await screenshotDiffFraction(page, before, await canvasScreenshot(page))
    expect(changed, `share of canvas pixels changed by the continuous pass: ${changed}`).toBeGreaterThan(
      MIN_CHANGED_FRACTION,
    )

    // the laser off: changing the mode clears the pass, the panel says why Fire is off, fire() refuses
    await panel.getByRole('radio', { name: /off/i }).check()
    const off = await app.state()
    expect(off.treatment.phase).toBe('idle')
    expect(off.pulse).toBeNull()
    await expect(panel.getByRole('button', { name: /^fire/i })).toBeDisabled()
    await expect(page.getByRole('status').filter({ hasText: /laser is off/i })).toBeVisible()
    const refused = await page.evaluate(() => window.dermasim.fire())
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.errors.join(' ')).toMatch(/none/)
    // the Fire key (outside a form field) tells the user instead of doing nothing
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('l')
    await expect(page.getByRole('alert')).toContainText(/did not fire/i)
    expect((await app.state()).treatment.phase).toBe('idle')
    expectNoProblems(app)
  })
})
