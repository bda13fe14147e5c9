// The app on the development server (React's development build), as a user meets it (no ?test=1: live clock,
// animations running): each view opened and used once must log no error and no React warning. React reports
// misuse (a store update while another component renders, a missing key, an effect loop) only in its
// development build, which the other browser tests, run against the production build, never see.
import { DEV_PORT } from '../../playwright.config'
import { expect, formatProblems, test } from './helpers'

test.use({ baseURL: `http://127.0.0.1:${DEV_PORT}` })

test.describe('Development build', () => {
  test('every view, opened and used, logs no console error or warning of its own', async ({ app }) => {
    test.setTimeout(150_000)
    const page = app.page
    const warnings: string[] = []
    page.on('console', (message) => {
      // THREE.Clock's deprecation notice comes from @react-three/fiber's own clock, not from this app
      if (message.type() === 'warning' && !/THREE\.Clock/.test(message.text())) warnings.push(message.text())
    })

    // Heal first, opened by its link, and watched through the page only until its run is drawn: getState() computes
    // the laser report, which the healing layer must then not be the first to ask for
    await app.open('/?view=heal')
    await expect(page.getByText(/^Phase: /)).toBeVisible({ timeout: 60_000 })
    await page.waitForTimeout(1000)
    expect(await page.evaluate(() => window.dermasim.seek(30))).toMatchObject({ ok: true })
    await page.evaluate(() => window.dermasim.play())
    await page.waitForTimeout(1500)
    await page.evaluate(() => window.dermasim.pause())

    await page.keyboard.press('1')
    expect(await page.evaluate(() => window.dermasim.fire())).toMatchObject({ ok: true })
    await page.waitForFunction(() => window.dermasim.getState().mtzCount > 0, null, { timeout: 60_000 })

    await page.keyboard.press('3')
    expect(await page.evaluate(() => window.dermasim.setDelivery({ agent: '5-fu' }))).toMatchObject({
      ok: true,
    })
    await page.waitForFunction(
      () => {
        const d = window.dermasim.getState().delivery
        return d.status === 'ready' && d.agent === '5-fu'
      },
      null,
      { timeout: 60_000 },
    )
    await page.keyboard.press('u')
    await page.waitForTimeout(500)

    const problems = formatProblems(app.problems)
    expect(app.problems.consoleErrors, problems).toEqual([])
    expect(warnings, warnings.join('\n')).toEqual([])
  })
})
