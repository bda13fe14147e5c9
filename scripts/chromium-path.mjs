// Where the Chromium for the browser tests and the benchmark lives. Shared by scripts/ensure-chromium.mjs,
// playwright.config.ts and scripts/bench.mjs so that all of them agree; pure (inputs injectable) so that
// tests/unit/harness.test.ts can cover it without touching the file system.
import { existsSync } from 'node:fs'

/** System locations tried, in order, when CHROME_PATH is not set. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser']

/**
 * The Chromium executable to use: `CHROME_PATH` when set (returned as given, even if missing, so that a
 * wrong explicit setting fails loudly instead of being replaced), else the first existing candidate, else
 * null (Playwright's own downloaded Chromium, if any, is then used).
 */
export function resolveChromiumPath({
  env = process.env,
  exists = existsSync,
  candidates = CHROMIUM_CANDIDATES,
} = {}) {
  const explicit = env.CHROME_PATH?.trim()
  if (explicit) return explicit
  for (const candidate of candidates) {
    if (exists(candidate)) return candidate
  }
  return null
}

/** Flags that make headless Chromium render WebGL in software (SwiftShader) and stay off the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]
