// The command line, spawned for real: `npx tsx src/cli/simulate.ts` with a file, standard input, bad JSON and a
// bad field; and once through `npm run -s simulate`. Checks exit codes, stdout and stderr lines.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'dermasim-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

interface Run {
  code: number | null
  stdout: string
  stderrLines: string[]
}

function run(command: string, args: string[], input = ''): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', fail)
    child.on('close', (code) => {
      // npm may warn about the machine's own npm configuration on stderr; that is not the CLI's output
      const stderrLines = stderr
        .split('\n')
        .filter((line) => line !== '' && !/^npm (warn|notice)/i.test(line))
      done({ code, stdout, stderrLines })
    })
    child.stdin.end(input)
  })
}
const simulate = (args: string[], input?: string) =>
  run('npx', ['--no-install', 'tsx', 'src/cli/simulate.ts', ...args], input)

const paths = {
  good: file(
    'good.json',
    JSON.stringify({
      site: 'forearm',
      laser: { energyMj: 30, pattern: 'grid' },
      course: { days: 14 },
      cohort: { patients: 10, months: [6] },
    }),
  ),
  bad: file('bad.json', '{\n  "site": "face",\n  "laser": { "energyMj": 30, }\n}\n'),
  none: file('none.json', '{"laser": {"mode": "none"}, "course": {"days": 10}}'),
  missing: join(dir, 'nope.json'),
}

// Every command is spawned at once (each start costs about a second), then the tests read the results.
const runs: Record<string, Run> = {}
beforeAll(async () => {
  const commands: Record<string, () => Promise<Run>> = {
    file: () => simulate([paths.good]),
    dash: () => simulate(['-'], '{"laser": {"mode": "continuous"}, "course": {"days": 7}}'),
    stdin: () => simulate([], '{"laser": {"mode": "continuous"}, "course": {"days": 7}}'),
    badJson: () => simulate([paths.bad]),
    empty: () => simulate(['-'], '   '),
    badField: () =>
      simulate(['-'], '{"site": "moon", "laser": {"energyMj": 900, "watts": 3}, "course": {"uv": "uva"}}'),
    missing: () => simulate([paths.missing]),
    extra: () => simulate(['a.json', 'b.json']),
    npmScript: () => run('npm', ['run', '-s', 'simulate', '--', paths.none]),
  }
  const names = Object.keys(commands)
  const results = await Promise.all(names.map((name) => commands[name]()))
  names.forEach((name, k) => (runs[name] = results[k]))
}, 120_000)

describe('npm run simulate (src/cli/simulate.ts)', () => {
  it('prints the JSON report of a scenario file, 2-space indented, exit 0', () => {
    const { code, stdout, stderrLines } = runs.file
    expect(stderrLines).toEqual([])
    expect(code).toBe(0)
    expect(stdout.startsWith('{\n  "scenarioVersion": 1,')).toBe(true)
    const report = JSON.parse(stdout)
    expect(report.site).toBe('forearm')
    expect(report.pattern.mtzCount).toBe(36)
    expect(report.pulse.ablationDepthUm).toBeGreaterThan(200)
    expect(report.healing.timeline).toHaveLength(15)
    expect(report.healing.meanMelanocyteSpeedUmPerH).toBeLessThanOrEqual(9)
    expect(report.delivery.enhancementAtEnd).toBeGreaterThan(1)
    expect(report.uv.basalDoseFraction.lasered).toBeGreaterThanOrEqual(report.uv.basalDoseFraction.intact)
    expect(report.cohort.patients).toBe(10)
    expect(report.cohort.results[0].month).toBe(6)
  })

  it('reads standard input when the file is "-" or missing', () => {
    const a = runs.dash
    const b = runs.stdin
    for (const r of [a, b]) {
      expect(r.code).toBe(0)
      expect(r.stderrLines).toEqual([])
      expect(JSON.parse(r.stdout).pattern.coverageFraction).toBe(1)
    }
    expect(a.stdout).toBe(b.stdout)
  })

  it('invalid JSON: exit 2, one line with file:line:column, nothing on stdout', () => {
    const { code, stdout, stderrLines } = runs.badJson
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderrLines).toEqual([
      `${paths.bad}:3:30: invalid JSON: expected a property name in double quotes`,
    ])
    const empty = runs.empty
    expect(empty.code).toBe(2)
    expect(empty.stderrLines).toEqual(['<stdin>: the input is empty; expected a JSON object'])
  })

  it('invalid scenario: exit 2, one line per problem naming the field, nothing on stdout', () => {
    const { code, stdout, stderrLines } = runs.badField
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderrLines).toEqual([
      'site: "moon" is not a body site; use one of forearm, face, trunk, extremity, hand, palm',
      'laser.energyMj: must be a number from 1 to 400 mJ, got 900',
      'laser."watts": unknown laser key; the keys are mode, energyMj, spotDiameterUm, densityPercent, pattern, stackedPulses, pulseDurationMs, damageModel',
      'course.uv: "uva" is not a UV mode; use one of none, nb-uvb',
    ])
  })

  it('unreadable file and extra arguments: exit 2', () => {
    const missing = runs.missing
    expect(missing.code).toBe(2)
    expect(missing.stdout).toBe('')
    expect(missing.stderrLines).toEqual([`${paths.missing}: cannot read the scenario file (no such file)`])
    const extra = runs.extra
    expect(extra.code).toBe(2)
    expect(extra.stderrLines[0]).toBe('expected one scenario file, got 2 arguments')
  })

  it('works through the npm script too (npm run -s simulate)', () => {
    const { code, stdout } = runs.npmScript
    expect(code).toBe(0)
    const report = JSON.parse(stdout)
    expect(report.pulse).toBeNull()
    expect(report.pattern.mtzCount).toBe(0)
  })
})
