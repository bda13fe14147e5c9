// Browser tests: headless Chromium with software WebGL (SwiftShader) against the production build served by
// `vite preview`. One worker: SwiftShader on a 2-core machine is slow, and parallel pages only make it slower.
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, resolveChromiumPath } from './scripts/chromium-path.mjs'

const CI = !!process.env.CI
// E2E_PORT and E2E_OUT_DIR let two checkouts' suites (or two people's runs) share a machine: each builds into
// its own folder and serves it on its own port. Defaults: 4173 and dist/.
const PORT = Number(process.env.E2E_PORT ?? 4173)
const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist'
const BASE_URL = `http://127.0.0.1:${PORT}`
// The development server (React's development build) for tests/e2e/dev-mode.spec.ts: React reports misuse, such
// as a store update while another component renders, only there.
export const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? PORT + 1)

// Same resolution as scripts/ensure-chromium.mjs; null -> Playwright's own downloaded Chromium
const executablePath = resolveChromiumPath() ?? undefined

export default defineConfig({
  testDir: 'tests/e2e',
  // artefacts (traces, failure screenshots) under their own folder: Playwright empties outputDir on start,
  // and test-results/ also holds the unit and e2e JSON reports that scripts/test.mjs reads
  outputDir: `test-results/e2e-artifacts-${PORT}`,
  fullyParallel: false,
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  reporter: [
    ['list'],
    ['json', { outputFile: PORT === 4173 ? 'test-results/e2e.json' : `test-results/e2e-${PORT}.json` }],
  ],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    viewport: { width: 1280, height: 720 },
    deviceScaleFactor: 1,
    reducedMotion: 'no-preference',
    screenshot: 'only-on-failure',
    trace: CI ? 'retain-on-failure' : 'off',
    launchOptions: {
      executablePath,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: `npx vite build --outDir ${OUT_DIR} && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort --host 127.0.0.1`,
      url: BASE_URL,
      reuseExistingServer: !CI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx vite --port ${DEV_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${DEV_PORT}`,
      reuseExistingServer: !CI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
