// One-at-a-time sensitivity of what the laser adds (the share of patients reaching ≥ 75 % repigmentation at month 6,
// laser + NB-UVB minus NB-UVB alone, same patients) to the laser mechanism's unconstrained assumptions: the
// growth-factor half effect, the MMP-2 half effect, the laser T-cell hypothesis rate and the resting motility.
// Each is set to a low and a high value with everything else at its registered value; the calibration is NOT
// refitted (the resting motility also moves the NB-UVB arm: both arms are shown). Deterministic (seeded cohort).
// Run: npx tsx src/cli/healingSensitivity.ts [patients] (prints the markdown table of docs/model-healing.md).
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
