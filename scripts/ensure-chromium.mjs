#!/usr/bin/env node
// Makes sure a Chromium exists for the browser tests (and `npm run bench`) and prints which one and its version.
// Order: $CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser (see scripts/chromium-path.mjs). If none:
//   as root     -> apt-get update && apt-get install -y chromium (Debian's build: software WebGL works headless);
//                  if that fails, Playwright's own Chromium as a last resort;
//   not root    -> npx playwright install chromium.
// Never skips silently: exits 1 with what to do when no Chromium can be had.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolveChromiumPath } from './chromium-path.mjs'

const log = (line) => console.log(`[ensure-chromium] ${line}`)

function run(command, args, env = process.env) {
  log(`$ ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.error) {
    log(`could not start ${command}: ${result.error.message}`)
    return false
  }
  if (result.status !== 0) log(`${command} exited with ${result.status ?? result.signal}`)
  return result.status === 0
}

function versionOf(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 60_000 })
  if (result.error || result.status !== 0) return null
  // Debian's wrapper script may print shell noise on stderr; the version is the stdout line
  return result.stdout.trim().split('\n').pop() || null
}

/** The Chromium that `npx playwright install chromium` downloads, or null when playwright-core is absent. */
function playwrightChromiumPath() {
  try {
    const require = createRequire(import.meta.url)
    const { chromium } = require('playwright-core')
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : null
  } catch {
    return null
  }
}

function usable(path, source) {
  const version = versionOf(path)
  if (!version) {
    log(`${path} (${source}) exists but \`${path} --version\` failed: it cannot be used.`)
    return false
  }
  log(`using ${path} (${source})`)
  log(`version: ${version}`)
  return true
}

function fail(reason) {
  log(`ERROR: ${reason}`)
  log('The browser tests need Chromium. Do one of:')
  log('  - as root on Debian/Ubuntu: apt-get update && apt-get install -y chromium')
  log('  - set CHROME_PATH=/path/to/chromium (a Chromium or Chrome executable)')
  log('  - npx playwright install chromium (Playwright downloads its own build)')
  process.exit(1)
}

const explicit = process.env.CHROME_PATH?.trim()
const found = resolveChromiumPath()
if (found) {
  const source = explicit ? 'CHROME_PATH' : 'system package'
  if (!existsSync(found)) fail(`CHROME_PATH is set to ${found}, which does not exist.`)
  if (usable(found, source)) process.exit(0)
  fail(`${found} is not a working Chromium.`)
}

log(
  'No Chromium found: CHROME_PATH is not set and neither /usr/bin/chromium nor /usr/bin/chromium-browser exists.',
)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (isRoot) {
  log("Running as root: installing Debian's chromium package with apt-get (this takes a minute or two).")
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const installed = run('apt-get', ['update'], env) && run('apt-get', ['install', '-y', 'chromium'], env)
  const path = installed ? resolveChromiumPath() : null
  if (path && existsSync(path) && usable(path, 'installed with apt-get')) process.exit(0)
  log("apt-get could not provide Chromium; trying Playwright's own Chromium instead.")
} else {
  log("Not running as root (apt-get needs root): downloading Playwright's own Chromium instead.")
}

if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'])) {
  const path = playwrightChromiumPath()
  // playwright.config.ts falls back to Playwright's own browser when resolveChromiumPath() finds nothing
  if (path && usable(path, 'downloaded by npx playwright install chromium')) process.exit(0)
}
fail(
  isRoot
    ? 'apt-get install chromium and npx playwright install chromium both failed.'
    : 'npx playwright install chromium failed.',
)
