// The decision logic of scripts/ensure-chromium.mjs, pure (every effect injected) so that
// tests/unit/harness.test.ts can walk each branch: found, apt-get as root, Playwright's installer otherwise,
// and the clear failure when neither works.
import { resolveChromiumPath } from './chromium-path.mjs'

/** What to tell a person when no Chromium can be had. */
export const CHROMIUM_ADVICE = [
  'The browser tests need Chromium. Do one of:',
  '  - as root on Debian/Ubuntu: apt-get update && apt-get install -y chromium',
  '  - set CHROME_PATH=/path/to/chromium (a Chromium or Chrome executable)',
  '  - npx playwright install chromium (Playwright downloads its own build)',
]

/**
 * Finds or installs a Chromium. `deps`: env, isRoot, exists(path), run(command, args, env) -> boolean,
 * versionOf(path) -> string | null, playwrightChromiumPath() -> string | null, log(line).
 * Returns { ok: true, path, source, version } or { ok: false, reason }.
 */
export function provisionChromium(deps) {
  const { env, isRoot, exists, run, versionOf, playwrightChromiumPath, log } = deps
  const resolve = () => resolveChromiumPath({ env, exists })
  const usable = (path, source) => {
    const version = versionOf(path)
    if (!version) {
      log(`${path} (${source}) exists but \`${path} --version\` failed: it cannot be used.`)
      return null
    }
    return { ok: true, path, source, version }
  }

  const found = resolve()
  if (found) {
    const source = env.CHROME_PATH?.trim() ? 'CHROME_PATH' : 'system package'
    if (!exists(found)) return { ok: false, reason: `CHROME_PATH is set to ${found}, which does not exist.` }
    return usable(found, source) ?? { ok: false, reason: `${found} is not a working Chromium.` }
  }

  log(
    'No Chromium found: CHROME_PATH is not set and neither /usr/bin/chromium nor /usr/bin/chromium-browser exists.',
  )
  if (isRoot) {
    log("Running as root: installing Debian's chromium package with apt-get (this takes a minute or two).")
    const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' }
    const installed =
      run('apt-get', ['update'], aptEnv) && run('apt-get', ['install', '-y', 'chromium'], aptEnv)
    const path = installed ? resolve() : null
    const viaApt = path && exists(path) ? usable(path, 'installed with apt-get') : null
    if (viaApt) return viaApt
    log("apt-get could not provide Chromium; trying Playwright's own Chromium instead.")
  } else {
    log("Not running as root (apt-get needs root): downloading Playwright's own Chromium instead.")
  }

  if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'], env)) {
    const path = playwrightChromiumPath()
    // playwright.config.ts falls back to Playwright's own browser when resolveChromiumPath() finds nothing
    const viaPlaywright = path ? usable(path, 'downloaded by npx playwright install chromium') : null
    if (viaPlaywright) return viaPlaywright
  }
  return {
    ok: false,
    reason: isRoot
      ? 'apt-get install chromium and npx playwright install chromium both failed.'
      : 'npx playwright install chromium failed.',
  }
}
