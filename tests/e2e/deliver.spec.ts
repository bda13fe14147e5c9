// The Drugs & UV view in a real browser (headless Chromium, software WebGL), against the production build:
// both halves of the one canvas draw the tissue, the agent switches (UI and API), the enhancement (> 1, its 24 h
// companion, a lower bound for PRP) and the times to the basal layer are shown, the full report is in the API, the plots exist, the therapy comparison runs in its worker and shows
// results, axe passes, and nothing is logged or fetched from elsewhere. One page load on purpose (SwiftShader).
import {
  axeViolations,
  canvasScreenshot,
  expect,
  formatProblems,
  formatViolations,
  test,
  type AppHandle,
} from './helpers'

/** Background of each half (ArmScene.tsx), as RGB. */
const BACKGROUND = [0x0f, 0x17, 0x20]

/** Share of each half's pixels that differ from the background (the slab drawn there). */
async function halfCoverage(app: AppHandle): Promise<{ left: number; right: number }> {
  const png = await canvasScreenshot(app.page)
  return app.page.evaluate(
    async ({ data, bg }) => {
      const img = new Image()
      img.src = `data:image/png;base64,${data}`
      await img.decode()
      const c = document.createElement('canvas')
      c.width = img.naturalWidth
      c.height = img.naturalHeight
      const ctx = c.getContext('2d')
      if (!ctx) throw new Error('no 2D context')
      ctx.drawImage(img, 0, 0)
      const d = ctx.getImageData(0, 0, c.width, c.height).data
      const count = [0, 0]
      const total = [0, 0]
      for (let y = 0; y < c.height; y += 2) {
        for (let x = 0; x < c.width; x += 2) {
          const k = (y * c.width + x) * 4
          const half = x < c.width / 2 ? 0 : 1
          total[half]++
          const diff = Math.abs(d[k] - bg[0]) + Math.abs(d[k + 1] - bg[1]) + Math.abs(d[k + 2] - bg[2])
          if (diff > 30) count[half]++
        }
      }
      return { left: count[0] / total[0], right: count[1] / total[1] }
    },
    { data: png.toString('base64'), bg: BACKGROUND },
  )
}

async function waitForAgent(app: AppHandle, agent: string): Promise<void> {
  await app.page.waitForFunction(
    (a) => {
      const d = window.dermasim.getState().delivery
      return d.status === 'ready' && d.agent === a
    },
    agent,
    { timeout: 30_000 },
  )
}

test.describe('Drugs & UV view', () => {
  test('both arms render, agents switch, figures, plots and the therapy comparison show, axe passes', async ({
    app,
  }) => {
    test.setTimeout(90_000)
    const page = app.page
    await app.open('/?test=1&view=deliver')
    await waitForAgent(app, '5-fu')
    await page.evaluate(() => window.dermasim.renderFrames(2))

    // both halves of the one canvas show tissue, and the two arms differ
    expect(await page.getByTestId('deliver-stage').locator('canvas').count(), 'one WebGL canvas').toBe(1)
    const cover = await halfCoverage(app)
    expect(cover.left, 'intact half drawn').toBeGreaterThan(0.15)
    expect(cover.right, 'lasered half drawn').toBeGreaterThan(0.15)
    await expect(page.getByRole('heading', { name: 'Intact skin' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Lasered skin (fractional CO₂)' })).toBeVisible()

    // figures: enhancement > 1 in the state and in large type; times to the basal layer
    const five = (await app.state()).delivery
    expect(five.enhancementRatio ?? 0).toBeGreaterThan(1)
    expect(five.basalReachH?.lasered ?? Infinity).toBeLessThan(five.basalReachH?.intact ?? Infinity)
    await expect(page.getByTestId('deliver-enhancement')).toContainText('×')
    await expect(page.getByTestId('deliver-reach')).toContainText(/lasered/)
    await expect(page.getByTestId('deliver-plots').locator('canvas')).toHaveCount(2)

    // switch agent through the UI select: corticosteroid
    await page.getByLabel('Topical agent').selectOption('corticosteroid')
    await waitForAgent(app, 'corticosteroid')
    const steroid = (await app.state()).delivery
    expect(steroid.enhancementRatio ?? 0).toBeGreaterThan(1)
    await expect(page.getByTestId('deliver-reach')).toContainText('not within 3 h')

    // the full report objects, as the command line prints them
    const full = steroid.report
    expect(full?.delivery.enhancement.atHorizon.hours).toBe(24)
    expect(full?.delivery.vehicle.solubilityUgPerCm3).toBeGreaterThan(0)
    expect(full?.uv.hoursAfterLaser).toBe(120)
    await expect(page.getByTestId('deliver-enhancement-horizon')).toContainText('×')

    // switch agent through the API: PRP, below detection in intact skin: a lower bound ("> …"), not 10¹¹⁰
    expect(await page.evaluate(() => window.dermasim.setDelivery({ agent: 'prp', timeH: 1 }))).toEqual({
      ok: true,
    })
    await waitForAgent(app, 'prp')
    await expect(page.getByTestId('deliver-enhancement')).toContainText('> ')
    await expect(page.getByText(/a protein this size/)).toBeVisible()
    // bad input: a clear message, nothing changed
    const bad = await page.evaluate(() => window.dermasim.setDelivery({ agent: 'aspirin', timeH: 99 }))
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.errors.join(' ')).toMatch(/agent.*timeH|timeH.*agent/s)
    expect((await app.state()).delivery.agent).toBe('prp')

    // the clock plays and the field changes with it (test mode: a fixed step per frame)
    await page.evaluate(() => window.dermasim.setDelivery({ timeH: 0, playing: true }))
    await page.evaluate(() => window.dermasim.renderFrames(6))
    const played = (await app.state()).delivery
    expect(played.timeH).toBeGreaterThan(0)
    await page.evaluate(() => window.dermasim.setDelivery({ playing: false, field: 'uv' }))
    await page.evaluate(() => window.dermasim.renderFrames(2))
    const uv = (await app.state()).delivery.uvBasalFraction
    expect(uv?.lasered ?? 0).toBeGreaterThanOrEqual(uv?.intact ?? 1)

    // application settings: an out-of-range concentration is refused with a message; a custom molecule runs
    await page.getByText('Application settings').click()
    const concentration = page.getByRole('spinbutton', { name: /^Concentration/ })
    await concentration.fill('500')
    await concentration.press('Enter')
    await expect(page.getByRole('alert').filter({ hasText: /concentrationPercent/ })).toBeVisible()
    await page.getByLabel('Topical agent').selectOption('custom')
    const weight = page.getByRole('spinbutton', { name: /^Molecular weight/ })
    await weight.fill('250')
    await weight.press('Enter')
    await waitForAgent(app, 'custom')
    expect((await app.state()).delivery.enhancementRatio ?? 0).toBeGreaterThan(1)

    // therapy comparison: the smallest cohort, in the worker, with results and findings
    await expect(page.getByLabel('Patients')).toHaveValue('12')
    await page.getByRole('button', { name: 'Compare therapies' }).click()
    await expect(page.getByTestId('deliver-therapy-result')).toBeVisible({ timeout: 60_000 })
    await expect(page.getByRole('heading', { name: /where it does not/i })).toBeVisible()
    const therapy = (await app.state()).delivery.therapy
    expect(therapy.status).toBe('ready')
    expect(Object.keys(therapy.meanByArm ?? {}).sort()).toEqual([
      'laser',
      'laser+topical',
      'laser+uv',
      'laser+uv+topical',
      'topical',
      'uv',
    ])
    await expect(page.getByTestId('deliver-therapy-doses')).toBeVisible()
    await expect(page.getByRole('heading', { name: /checks against trials/i })).toBeVisible()

    const violations = await axeViolations(page)
    expect(violations, formatViolations(violations)).toEqual([])
    const report = formatProblems(app.problems)
    expect(app.problems.consoleErrors, report).toEqual([])
    expect(app.problems.failedRequests, report).toEqual([])
    expect(app.problems.foreignRequests, report).toEqual([])
  })
})
