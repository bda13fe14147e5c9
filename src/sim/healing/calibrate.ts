// Calibration of the virtual cohort on NB-UVB monotherapy (Bae 2017, REFERENCE case 7), and nothing else.
//
// Fitted: the two 'calibrated.*' values of cohortParams.ts (the melanogenic stimulus per unit UV dose and the
// melanocyte loss hazard per unit T-cell density), by a grid search minimising the squared error on Bae 2017's
// four pooled shares: ≥ 25 % at 6 and 12 months, ≥ 75 % at 6 and 12 months. Bae's ≥ 75 % shares by body site are
// NOT fitted: they are a check (reported, and tested within a wide tolerance).
// Every other number keeps its source or stated assumption. The laser arms are predictions of the same model.
// Run: npx tsx src/cli/calibrateHealing.ts (prints the grid and the best pair; paste it into cohortParams.ts).
import type { CalibratedParams, CohortResult, CourseSettings } from './types'
import type { LaserSettings } from '../scenarioLaser'
import { DEFAULT_LASER } from '../scenarioLaser'
import { cohortParam } from './cohortParams'
import { runCohort } from './cohort'

/** The monotherapy arm of the calibration: NB-UVB 2×/week from day 0 (Nicolaidou 2007, Shin 2012), no laser. */
export const NB_UVB_MONOTHERAPY: CourseSettings = {
  laserSessions: 0,
  intervalDays: 28,
  uv: 'nb-uvb',
  uvPerWeek: 2,
  uvStartDay: 0,
  topical: 'none',
  days: 365,
}

export const NO_LASER: LaserSettings = { ...DEFAULT_LASER, mode: 'none' }

/** Bae 2017 targets: [month, threshold (0.25 or 0.75), share]. */
export function bae2017Targets(): { month: number; threshold: 25 | 75; share: number }[] {
  return [
    { month: 6, threshold: 25, share: cohortParam('bae.atLeast25.month6') },
    { month: 12, threshold: 25, share: cohortParam('bae.atLeast25.month12') },
    { month: 6, threshold: 75, share: cohortParam('bae.atLeast75.month6') },
    { month: 12, threshold: 75, share: cohortParam('bae.atLeast75.month12') },
  ]
}

/** Squared error of a monotherapy cohort against the four Bae 2017 shares, and the largest absolute error. */
export function baeError(result: CohortResult): { sumSquares: number; maxAbs: number } {
  let sumSquares = 0
  let maxAbs = 0
  for (const t of bae2017Targets()) {
    const row = result.results.find((r) => r.month === t.month)
    if (!row) throw new Error(`cohort lacks month ${t.month}`)
    const got = t.threshold === 25 ? row.atLeast25 : row.atLeast75
    sumSquares += (got - t.share) ** 2
    maxAbs = Math.max(maxAbs, Math.abs(got - t.share))
  }
  return { sumSquares, maxAbs }
}

/** The NB-UVB monotherapy cohort with given calibrated values (defaults: the registered ones). */
export function monotherapyCohort(patients: number, seed: number, calibration?: Partial<CalibratedParams>) {
  return runCohort({
    patients,
    months: [6, 12],
    seed,
    course: NB_UVB_MONOTHERAPY,
    laser: NO_LASER,
    calibration,
  })
}

export interface CalibrationRow extends CalibratedParams {
  sumSquares: number
  maxAbs: number
}

/** Grid search over the two calibrated values (every pair is a full monotherapy cohort). */
export function calibrateOnBae2017(
  uvGains: number[],
  tCellKills: number[],
  patients = 400,
  seed = 2017,
): { best: CalibrationRow; rows: CalibrationRow[] } {
  const rows: CalibrationRow[] = []
  for (const uvStimulusGain of uvGains) {
    for (const tCellKillPerH of tCellKills) {
      const result = monotherapyCohort(patients, seed, { uvStimulusGain, tCellKillPerH })
      rows.push({ uvStimulusGain, tCellKillPerH, ...baeError(result) })
    }
  }
  const best = rows.reduce((a, b) => (b.sumSquares < a.sumSquares ? b : a))
  return { best, rows }
}
