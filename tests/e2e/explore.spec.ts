// The Explore view in a real browser (headless Chromium, software WebGL), against the production build.
// Few page loads on purpose: SwiftShader on 2 cores is slow.
import type { Page } from '@playwright/test'
import {
  TEST_MODE_SEED,
  axeViolations,
  canvasPixelStdDev,
  expect,
  formatProblems,
  formatViolations,
  locateAny,
  test,
  type AppHandle,
} from './helpers'

/** Grey-level standard deviation above which the canvas is taken to show a scene rather than a blank fill. */
const NOT_BLANK_SD = 8

type SetScenarioOutcome = { value: { ok: boolean; errors?: unknown } } | { threw: string }

async function trySetScenario(page: Page, partial: unknown): Promise<SetScenarioOutcome> {
  return page.evaluate((arg) => {
    try {
      return { value: window.dermasim.setScenario(arg) }
    } catch (error) {
      return { threw: String(error) }
    }
  }, partial)
}

async function expectCanvasNotBlank(app: AppHandle, label: string): Promise<void> {
  await app.page.evaluate(() => window.dermasim.renderFrames(2))
  const sd = await canvasPixelStdDev(app.page)
  expect(
    sd,
    `${label}: canvas pixel standard deviation ${sd.toFixed(1)} (blank if <= ${NOT_BLANK_SD})`,
  ).toBeGreaterThan(NOT_BLANK_SD)
}

test.describe('Explore view', () => {
  test('becomes ready, draws the default forearm block, stays on its own origin, logs no errors', async ({
    app,
  }) => {
    await app.open('/?test=1')
    const page = app.page
    await expect(page.getByTestId('viewport').locator('canvas')).toHaveCount(1)
    await expect(page.locator('canvas')).toHaveCount(1)
    await expectCanvasNotBlank(app, 'default view')

    const s = await app.state()
    expect(s.testMode).toBe(true)
    expect(s.site).toBe('forearm')
    expect(s.seed).toBe(TEST_MODE_SEED)
    expect(s.counts.follicles, 'follicles').toBeGreaterThan(0)
    expect(s.counts.melanocytesHealthy, 'melanocytes in healthy skin').toBeGreaterThan(0)
    expect(s.counts.melanocytesLesion, 'melanocytes in the lesion').toBe(0)
    expect(s.counts.precursors, 'melanocyte precursors').toBeGreaterThan(0)
    expect(s.counts.tCells, 'T cells').toBeGreaterThan(0)
    expect(s.render.calls, `draw calls ${s.render.calls}`).toBeGreaterThanOrEqual(1)
    expect(s.render.calls, `draw calls ${s.render.calls}`).toBeLessThanOrEqual(60)
    expect(s.render.triangles).toBeGreaterThan(0)

    const report = formatProblems(app.problems)
    expect(app.problems.consoleErrors, report).toEqual([])
    expect(app.problems.pageErrors, report).toEqual([])
    expect(app.problems.failedRequests, report).toEqual([])
    expect(app.problems.foreignRequests, report).toEqual([])
  })

  test('has no axe-core WCAG 2.x A/AA violations (canvas excluded)', async ({ app }) => {
    await app.open('/?test=1')
    const violations = await axeViolations(app.page)
    expect(violations, formatViolations(violations)).toEqual([])
  })

  test('hovering a follicle shows its label', async ({ app }) => {
    await app.open('/?test=1')
    const page = app.page
    await expect(page.getByRole('tooltip')).toHaveCount(0)
    const p = await locateAny(page, 'follicle')
    expect(p, 'window.dermasim.locate("follicle", 0..5) found no visible follicle').not.toBeNull()
    if (!p) return
    await page.mouse.move(p.x, p.y)
    await page.evaluate(() => window.dermasim.renderFrames(2))
    await expect(page.getByRole('tooltip')).toContainText(/follicle/i)
    expect((await app.state()).hovered ?? '').toMatch(/follicle/i)

    // leaving the canvas removes the label
    await page.mouse.move(2, 2)
    await page.evaluate(() => window.dermasim.renderFrames(2))
    await expect(page.getByRole('tooltip')).toHaveCount(0)
  })

  test('a malformed link shows a dismissible message and keeps the defaults', async ({ app }) => {
    const page = app.page
    const cases = [
      { url: '/?test=1&site=moon', param: /site/i },
      { url: '/?test=1&seed=abc', param: /seed/i },
    ]
    for (const { url, param } of cases) {
      await test.step(url, async () => {
        await app.open(url)
        const alert = page.getByRole('alert')
        await expect(alert, `${url}: one alert`).toHaveCount(1)
        await expect(alert).toBeVisible()
        await expect(alert, `${url}: the alert names the parameter`).toContainText(param)
        const s = await app.state()
        expect(s.site, `${url}: default site kept`).toBe('forearm')
        expect(s.seed, `${url}: default seed kept`).toBe(TEST_MODE_SEED)
        expect(s.messages.length, `${url}: messages in the state`).toBeGreaterThan(0)
        await expectCanvasNotBlank(app, url)
        if (url.includes('moon')) {
          const violations = await axeViolations(page)
          expect(violations, `${url}: ${formatViolations(violations)}`).toEqual([])
        }
        await alert.getByRole('button', { name: /dismiss/i }).click()
        await expect(page.getByRole('alert')).toHaveCount(0)
      })
    }
  })

  test('?site=face&seed=3 restores that scenario, with more follicles than the forearm', async ({ app }) => {
    await app.open('/?test=1&site=face&seed=3')
    const page = app.page
    await expect(page.getByRole('alert')).toHaveCount(0)
    const face = await app.state()
    expect(face.site).toBe('face')
    expect(face.seed).toBe(3)
    await expect(page.getByRole('combobox', { name: /body site/i })).toHaveValue('face')
    await expectCanvasNotBlank(app, 'face, seed 3')

    expect(await trySetScenario(page, { site: 'forearm' })).toEqual({ value: { ok: true } })
    const forearm = await app.state()
    expect(forearm.site).toBe('forearm')
    expect(forearm.seed).toBe(3)
    expect(
      face.counts.follicles,
      `face ${face.counts.follicles} vs forearm ${forearm.counts.follicles} follicles`,
    ).toBeGreaterThan(forearm.counts.follicles)
  })

  test('setScenario accepts a valid change and rejects bad input without throwing', async ({ app }) => {
    await app.open('/?test=1')
    const page = app.page

    expect(await trySetScenario(page, { site: 'palm' })).toEqual({ value: { ok: true } })
    const palm = await app.state()
    expect(palm.site).toBe('palm')
    expect(palm.counts.follicles, 'palms have no hair follicles').toBe(0)
    await expectCanvasNotBlank(app, 'palm')

    const bad: [string, unknown][] = [
      ["{ site: 'moon' }", { site: 'moon' }],
      ['null', null],
      ['{ seed: -1 }', { seed: -1 }],
      ["'palm' (not an object)", 'palm'],
      ['{ site: 42 }', { site: 42 }],
    ]
    for (const [label, partial] of bad) {
      const outcome = await trySetScenario(page, partial)
      expect('threw' in outcome ? outcome.threw : null, `setScenario(${label}) threw`).toBeNull()
      if (!('value' in outcome)) continue
      expect(outcome.value.ok, `setScenario(${label}).ok`).toBe(false)
      const errors = outcome.value.errors
      expect(
        Array.isArray(errors) && errors.length > 0,
        `setScenario(${label}).errors: ${JSON.stringify(errors)}`,
      ).toBe(true)
      expect((errors as unknown[]).every((e) => typeof e === 'string' && e.length > 0)).toBe(true)
      const after = await app.state()
      expect(
        { site: after.site, seed: after.seed, counts: after.counts },
        `state after setScenario(${label})`,
      ).toEqual({ site: palm.site, seed: palm.seed, counts: palm.counts })
    }

    // values no link or JSON file can carry, built inside the page: still a clear refusal, never a throw
    const problems = await page.evaluate(async () => {
      const circular: Record<string, unknown> = {}
      circular.self = circular
      const values: [string, unknown][] = [
        ['10n', BigInt(10)],
        ['a circular object', circular],
        ['a Symbol', Symbol('x')],
      ]
      const found: string[] = []
      for (const [label, value] of values) {
        const calls: [string, () => { ok: boolean; errors?: string[] }][] = [
          ['setScenario', () => window.dermasim.setScenario(value)],
          ['setScenario({ seed })', () => window.dermasim.setScenario({ seed: value })],
          ['showView', () => window.dermasim.showView(value as never)],
        ]
        for (const [name, call] of calls) {
          try {
            const result = call()
            if (result.ok !== false || !result.errors?.length) found.push(`${name}(${label}) was accepted`)
          } catch (error) {
            found.push(`${name}(${label}) threw ${String(error)}`)
          }
        }
        try {
          await window.dermasim.renderFrames(value as never)
        } catch (error) {
          found.push(`renderFrames(${label}) rejected ${String(error)}`)
        }
      }
      return found
    })
    expect(problems).toEqual([])
  })

  test('the body-site select and the cross-section slider are reachable and usable by keyboard', async ({
    app,
  }) => {
    await app.open('/?test=1')
    const page = app.page
    const site = page.getByRole('combobox', { name: /body site/i })
    const slider = page.getByRole('slider', { name: /cross-section/i })
    await expect(site).toBeVisible()
    await expect(slider).toBeVisible()

    const isFocused = (locator: typeof site) => locator.evaluate((el) => el === document.activeElement)
    let reachedSite = false
    let reachedSlider = false
    const visited: string[] = []
    for (let i = 0; i < 40 && !(reachedSite && reachedSlider); i++) {
      await page.keyboard.press('Tab')
      visited.push(
        await page.evaluate(() => {
          const el = document.activeElement
          if (!el) return '(none)'
          const name = el.getAttribute('aria-label') ?? el.id ?? ''
          return `${el.tagName.toLowerCase()}${name ? `#${name}` : ''}`
        }),
      )
      if (!reachedSite && (await isFocused(site))) reachedSite = true
      if (!reachedSlider && (await isFocused(slider))) {
        reachedSlider = true
        // the slider works from the keyboard too
        const before = (await app.state()).view.cutFraction
        await page.keyboard.press('ArrowRight')
        await expect.poll(async () => (await app.state()).view.cutFraction).not.toBe(before)
      }
    }
    expect(reachedSite, `Tab order never reached the body-site select: ${visited.join(' -> ')}`).toBe(true)
    expect(reachedSlider, `Tab order never reached the cross-section slider: ${visited.join(' -> ')}`).toBe(
      true,
    )
  })
})
