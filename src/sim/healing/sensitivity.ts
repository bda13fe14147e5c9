// One-at-a-time sensitivity of what the laser adds (the share of patients reaching ≥ 75 % repigmentation at month 6,
// laser + NB-UVB minus NB-UVB alone, same patients) to the laser mechanism's unconstrained assumptions: the
// growth-factor half effect, the MMP-2 half effect, the laser T-cell hypothesis rate, the resting motility and the
// weight of the direct NB-UVB dose at the bulge. And of what each topical agent adds (mean repigmentation at month
// 6 of laser + agent, and of laser + NB-UVB + agent minus laser + NB-UVB) to the agents' unmeasured constants:
// half-effect levels, effect sizes, the 5-FU hypothesis weight and the persistence of an application.
// Each is set to a low and a high value with everything else at its registered value; the calibration is NOT
// refitted (the resting motility also moves the NB-UVB arm: both arms are shown). Deterministic (seeded cohort).
// Run: npx tsx src/cli/healingSensitivity.ts [patients] (prints the markdown tables of docs/model-healing.md).
import type { CourseSettings, TopicalAgent } from './types'
import { DEFAULT_LASER } from '../scenarioLaser'
import { runCohort } from './cohort'
import { NB_UVB_MONOTHERAPY, NO_LASER } from './calibrate'
import { healingParam, withHealingParams } from './healingParams'
import { clearSessionResponses } from './sessionResponse'

/** The assumptions varied, with their low and high values. */
export const SENSITIVITY_PARAMS: { key: string; low: number; high: number }[] = [
  { key: 'heal.gf.halfEffect', low: 0.025, high: 0.1 },
  { key: 'heal.mmp2.halfEffect', low: 0.05, high: 0.2 },
  { key: 'heal.tCell.laserApoptosisPerH', low: 0, high: 0.02 },
  { key: 'heal.melanocyte.restingSpeedFraction', low: 0.25, high: 0.75 },
  { key: 'heal.uv.bulgeDirectWeight', low: 0, high: 10 },
]

export interface SensitivityRow {
  key: string
  value: number
  uvAlone: number
  laserUv: number
  added: number
}

/** Month-6 ≥ 75 % shares of both arms for the current parameter values. */
function arms(patients: number, seed: number): { uvAlone: number; laserUv: number } {
  const common = { patients, months: [6], seed }
  const uv = runCohort({ ...common, course: NB_UVB_MONOTHERAPY, laser: NO_LASER })
  const combo = runCohort({
    ...common,
    course: { ...NB_UVB_MONOTHERAPY, laserSessions: 3, uvStartDay: 5 },
    laser: DEFAULT_LASER,
  })
  return { uvAlone: uv.results[0].atLeast75, laserUv: combo.results[0].atLeast75 }
}

/** The baseline row (registered values) and a low and high row per assumption. */
export function laserSensitivity(
  patients = 1000,
  seed = 2017,
  log?: (row: SensitivityRow) => void,
): SensitivityRow[] {
  const row = (key: string, value: number): SensitivityRow => {
    const a = arms(patients, seed)
    const out = { key, value, ...a, added: a.laserUv - a.uvAlone }
    log?.(out)
    return out
  }
  clearSessionResponses()
  const rows = [row('baseline', NaN)]
  for (const p of SENSITIVITY_PARAMS) {
    for (const value of [p.low, p.high]) {
      rows.push(withHealingParams({ [p.key]: value }, () => row(p.key, value), clearSessionResponses))
    }
  }
  return rows
}

/** Markdown table of the rows (registered value beside each key). */
export function sensitivityTable(rows: SensitivityRow[]): string {
  const f = (x: number) => x.toFixed(2)
  const lines = [
    '| Assumption | Value (registered) | NB-UVB alone | Laser + NB-UVB | Added by the laser |',
    '|---|---|---|---|---|',
  ]
  for (const r of rows) {
    const value = r.key === 'baseline' ? '—' : `${r.value} (${healingParam(r.key)})`
    lines.push(
      `| ${r.key === 'baseline' ? 'all registered' : `\`${r.key}\``} | ${value} | ${f(r.uvAlone)} | ${f(r.laserUv)} | ${r.added >= 0 ? '+' : ''}${f(r.added)} |`,
    )
  }
  return lines.join('\n')
}

/** The agents' unmeasured constants, with their low and high values (half-effect levels ×0.1 and ×10). */
export const TOPICAL_SENSITIVITY_PARAMS: {
  agent: Exclude<TopicalAgent, 'none'>
  key: string
  low: number
  high: number
}[] = [
  { agent: 'corticosteroid', key: 'heal.topical.corticosteroid.halfEffectNgPerMl', low: 0.0047, high: 4.7 },
  { agent: 'corticosteroid', key: 'heal.topical.corticosteroidApoptosisPerDay', low: 0.1, high: 1 },
  { agent: '5-fu', key: 'heal.topical.fluorouracil.halfEffectNgPerMl', low: 325, high: 32500 },
  { agent: '5-fu', key: 'heal.topical.fluorouracilInfluxReduction', low: 0.3, high: 0.9 },
  { agent: '5-fu', key: 'heal.topical.fluorouracilStimulusWeight', low: 0, high: 3 },
  { agent: '5-fu', key: 'heal.topical.depotDays', low: 1, high: 4 },
  { agent: 'prp', key: 'heal.topical.prp.halfEffectNgPerMl', low: 0.77, high: 77 },
  { agent: 'prp', key: 'heal.topical.depotDays', low: 1, high: 4 },
]

export interface TopicalSensitivityRow {
  agent: Exclude<TopicalAgent, 'none'>
  key: string
  value: number
  laserTopical: number
  laserUv: number
  laserUvTopical: number
}

/** Month-6 mean repigmentation of laser + agent, laser + NB-UVB and laser + NB-UVB + agent (same patients). */
function topicalArms(agent: Exclude<TopicalAgent, 'none'>, patients: number, seed: number) {
  const course: CourseSettings = { ...NB_UVB_MONOTHERAPY, laserSessions: 3, uvStartDay: 5 }
  const mean = (c: CourseSettings) => {
    const r = runCohort({ patients, months: [6], seed, course: c, laser: DEFAULT_LASER })
    return r.repigmentation.reduce((a, b) => a + b, 0) / patients
  }
  return {
    laserTopical: mean({ ...course, uv: 'none', topical: agent }),
    laserUv: mean(course),
    laserUvTopical: mean({ ...course, topical: agent }),
  }
}

/** Per agent, the registered row and a low and high row per constant. */
export function topicalSensitivity(
  patients = 1000,
  seed = 2017,
  log?: (row: TopicalSensitivityRow) => void,
): TopicalSensitivityRow[] {
  const rows: TopicalSensitivityRow[] = []
  const row = (agent: Exclude<TopicalAgent, 'none'>, key: string, value: number) => {
    const out = { agent, key, value, ...topicalArms(agent, patients, seed) }
    log?.(out)
    rows.push(out)
  }
  clearSessionResponses()
  for (const agent of ['corticosteroid', '5-fu', 'prp'] as const) {
    row(agent, 'baseline', NaN)
    for (const p of TOPICAL_SENSITIVITY_PARAMS.filter((q) => q.agent === agent)) {
      for (const value of [p.low, p.high]) {
        withHealingParams({ [p.key]: value }, () => row(agent, p.key, value), clearSessionResponses)
      }
    }
  }
  return rows
}

/** Markdown table of the agents' rows (means in %, registered value beside each key). */
export function topicalSensitivityTable(rows: TopicalSensitivityRow[]): string {
  const f = (x: number) => (x * 100).toFixed(1)
  const lines = [
    '| Agent | Assumption | Value (registered) | Laser + agent | Laser + NB-UVB | Laser + NB-UVB + agent | Added by the agent to laser + NB-UVB |',
    '|---|---|---|---|---|---|---|',
  ]
  for (const r of rows) {
    const base = r.key === 'baseline'
    const value = base ? '—' : `${r.value} (${Number(healingParam(r.key).toPrecision(3))})`
    const added = r.laserUvTopical - r.laserUv
    lines.push(
      `| ${r.agent} | ${base ? 'all registered' : `\`${r.key}\``} | ${value} | ${f(r.laserTopical)} | ${f(r.laserUv)} | ${f(r.laserUvTopical)} | ${added >= 0 ? '+' : ''}${f(added)} |`,
    )
  }
  return lines.join('\n')
}
