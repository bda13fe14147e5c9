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
import { CHROMIUM_ADVICE, provisionChromium } from './provision-chromium.mjs'

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

const result = provisionChromium({
  env: process.env,
  isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
  exists: existsSync,
  run,
  versionOf,
  playwrightChromiumPath,
  log,
})
if (result.ok) {
  log(`using ${result.path} (${result.source})`)
  log(`version: ${result.version}`)
  process.exit(0)
}
log(`ERROR: ${result.reason}`)
for (const line of CHROMIUM_ADVICE) log(line)
process.exit(1)
