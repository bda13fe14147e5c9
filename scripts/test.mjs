#!/usr/bin/env node
// `npm test`: unit + component tests (Vitest), then make sure Chromium exists, then the browser tests
// (Playwright). Streams every runner's output, reads each runner's JSON report for the counts and ends with
//   <per-runner details and total duration>
//   N passed, M failed
// Exits non-zero if any step fails, if a report is missing or unreadable, or if a runner ran zero tests.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const resultsDir = resolve(root, 'test-results')
const unitReport = resolve(resultsDir, 'unit.json')
// written by the json reporter in playwright.config.ts, which names it after E2E_PORT when that is not 4173
const e2ePort = Number(process.env.E2E_PORT ?? 4173)
const e2eReport = resolve(resultsDir, e2ePort === 4173 ? 'e2e.json' : `e2e-${e2ePort}.json`)

const started = performance.now()
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const banner = (text) => console.log(`\n=== ${text} ===`)

function run(command, args) {
  return new Promise((done) => {
    const t0 = performance.now()
    console.log(`$ ${command} ${args.join(' ')}`)
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: process.env })
    child.on('error', (error) => {
      console.error(`could not start ${command}: ${error.message}`)
      done({ code: 127, ms: performance.now() - t0 })
    })
    child.on('close', (code, signal) =>
      done({ code: code ?? (signal ? 128 : 1), ms: performance.now() - t0 }),
    )
  })
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}

/** Counts from Vitest's json reporter (Jest-compatible fields). */
function unitCounts(report) {
  if (!report || typeof report.numTotalTests !== 'number') return null
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    // a test file that fails to load (syntax or import error) has no tests but is a failure
    brokenFiles: (report.testResults ?? []).filter(
      (f) => f.status === 'failed' && !(f.assertionResults ?? []).length,
    ).length,
  }
}

/** Counts from Playwright's json reporter: expected = passed, flaky = passed on retry, unexpected = failed. */
function e2eCounts(report) {
  const s = report?.stats
  if (!s || typeof s.expected !== 'number') return null
  return {
    passed: s.expected + (s.flaky ?? 0),
    failed: s.unexpected ?? 0,
    skipped: s.skipped ?? 0,
    flaky: s.flaky ?? 0,
    globalErrors: (report.errors ?? []).length,
  }
}

mkdirSync(resultsDir, { recursive: true })
rmSync(unitReport, { force: true })
rmSync(e2eReport, { force: true })

const problems = []
const details = []
let passed = 0
let failed = 0

// 1. unit + component tests
banner('unit and component tests (vitest)')
const unit = await run('npx', [
  '--no-install',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitReport}`,
])
const u = unitCounts(readJson(unitReport))
if (!u) {
  problems.push(`vitest wrote no readable report (${unitReport}); exit code ${unit.code}`)
  failed += 1
  details.push(`unit: no report (${seconds(unit.ms)})`)
} else {
  passed += u.passed
  failed += u.failed + u.brokenFiles
  details.push(
    `unit: ${u.passed} passed, ${u.failed} failed` +
      (u.brokenFiles ? `, ${u.brokenFiles} file(s) failed to load` : '') +
      (u.skipped ? `, ${u.skipped} skipped` : '') +
      ` (${seconds(unit.ms)})`,
  )
  if (u.passed + u.failed === 0) problems.push('vitest ran zero tests')
  if (unit.code !== 0) problems.push(`vitest exited with ${unit.code}`)
}

// 2. a Chromium for the browser tests (installs one when missing; fails loudly when it cannot)
banner('chromium')
const ensure = await run(process.execPath, [resolve(root, 'scripts/ensure-chromium.mjs')])

// 3. browser tests
if (ensure.code !== 0) {
  problems.push('no Chromium: the browser tests did not run (see [ensure-chromium] above)')
  failed += 1
  details.push('e2e: not run (no Chromium)')
} else {
  banner('browser tests (playwright)')
  const e2e = await run('npx', ['--no-install', 'playwright', 'test'])
  const e = e2eCounts(readJson(e2eReport))
  if (!e) {
    problems.push(`playwright wrote no readable report (${e2eReport}); exit code ${e2e.code}`)
    failed += 1
    details.push(`e2e: no report (${seconds(e2e.ms)})`)
  } else {
    passed += e.passed
    failed += e.failed + e.globalErrors
    details.push(
      `e2e: ${e.passed} passed, ${e.failed} failed` +
        (e.flaky ? ` (${e.flaky} passed only on retry)` : '') +
        (e.globalErrors ? `, ${e.globalErrors} global error(s)` : '') +
        (e.skipped ? `, ${e.skipped} skipped` : '') +
        ` (${seconds(e2e.ms)})`,
    )
    if (e.passed + e.failed === 0) problems.push('playwright ran zero tests')
    if (e2e.code !== 0) problems.push(`playwright exited with ${e2e.code}`)
  }
}

if (failed > 0 && problems.length === 0) problems.push(`${failed} test(s) failed`)
banner('summary')
for (const p of problems) console.log(`FAILED: ${p}`)
console.log(`${details.join('; ')}; total duration ${seconds(performance.now() - started)}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(problems.length > 0 || failed > 0 ? 1 : 0)
