// The calibrated population parameters, the virtual cohort's patient-to-patient variability, Bae 2017's NB-UVB
// outcomes (the calibration targets) and the reduced per-patient model's numerics. Sources resolve in
// healingSources.ts.
//
// Calibration (src/sim/healing/calibrate.ts, run by src/cli/calibrateHealing.ts; tested on another seed by
// tests/unit/healing.cohort.test.ts): ONLY the five 'calibrated.*' values are fitted, by a Nelder–Mead search on the
// NB-UVB monotherapy arm against eight Bae 2017 shares (REFERENCE case 7 / §5.2). Laser arms are predictions:
// nothing here was tuned to a laser trial (REFERENCE §5.3 is held out).
import type { ParamDef } from '../types'
import { defineParam as param, paramLookup } from '../paramTable'

const A = 'Assumption'
const CAL =
  'calibrated on Bae 2017 NB-UVB monotherapy (Nelder–Mead of src/sim/healing/calibrate.ts on eight shares: 1,000 patients, seed 2017)'

// prettier-ignore
export const COHORT_PARAMS: ParamDef[] = [
  // ── Calibrated (confidence C) ──────────────────────────────────────────────
  param('calibrated.uvStimulusGain', 'Melanogenic stimulus per unit UV dose', '1/dose', 4.2, 'Bae2017', 'C', `${CAL}. Stimulus P = 1 − exp(−(gain·U + …)), U = decaying sum of sessions’ relative basal doses.`, [0.1, 10]),
  param('calibrated.divisionBudget', 'Divisions left to a fresh melanocyte daughter', 'divisions', 50.2, 'Bae2017', 'C', `${CAL}. Finite proliferative potential: a daughter from a follicle or a healthy resident makes at most 2^G cells, so islands and the marginal rim stop growing (plateau).`, [1, 80]),
  param('calibrated.reservoirDivisions', 'Asymmetric divisions per follicular precursor', 'divisions', 845, 'Bae2017', 'C', `${CAL}. Finite melanocyte-stem-cell reservoir: each precursor's daughters are counted; a spent follicle feeds its island no more (leukotrichia-like exhaustion).`, [1, 1e5]),
  param('calibrated.activitySigma', 'Disease activity spread between patients (lognormal σ)', '', 1.1, 'Bae2017', 'C', `${CAL}. Activity = T-cell influx ÷ its median (median 1 = the block’s T-cell density at steady state); its spread sets how many patients never respond.`, [0.05, 3]),
  param('calibrated.tCellKillPerH', 'Melanocyte loss hazard at margin T-cell density', '1/h', 0.0096, 'Bae2017', 'C', `${CAL}. Loss hazard = this × local T-cell density ÷ the margin density (120 /mm²).`, [0.001, 0.05]),

  // ── Patient-to-patient variability (assumptions: REFERENCE gives no distributions) ─
  param('cohort.share.face', 'Cohort share: face and neck', 'fraction', 0.3, A, 'assumption', 'Site mix of a NB-UVB cohort; Bae 2017 gives outcomes by site but not the mix.'),
  param('cohort.share.trunk', 'Cohort share: trunk', 'fraction', 0.25, A, 'assumption', 'As above.'),
  param('cohort.share.extremities', 'Cohort share: extremities (half forearm, half leg)', 'fraction', 0.3, A, 'assumption', 'As above.'),
  param('cohort.share.handsFeet', 'Cohort share: hands and feet (half back of hand, half palm/sole)', 'fraction', 0.15, A, 'assumption', 'As above; soles are glabrous like the palm.'),
  param('cohort.follicleDensityCv', 'Follicle density spread between patients', 'CV', 0.3, A, 'assumption', 'Lognormal around the site value (Xu 2017 95% CI 0.91–1.89 /mm² is for the pooled mean, not people).'),
  param('cohort.reservoirMean', 'Share of lesional follicles keeping a melanocyte reservoir', 'fraction', 0.6, 'Cui1991', 'assumption', 'Reservoirs survive in vitiligo (Cui 1991) but leukotrichia removes some; Beta-distributed, mean illustrative.'),
  param('cohort.reservoirConcentration', 'Reservoir share: Beta concentration', '', 4, A, 'assumption', 'Beta(2.4, 1.6) for mean 0.6.'),
  param('cohort.adherenceMean', 'Share of scheduled UV sessions attended', 'fraction', 0.8, A, 'assumption', 'Beta-distributed; missed sessions drawn at random.'),
  param('cohort.adherenceConcentration', 'Adherence: Beta concentration', '', 8, A, 'assumption', 'Beta(6.4, 1.6).'),
  param('cohort.lesionRadiusMedianMm', 'Lesion radius, median', 'mm', 10, A, 'assumption', 'Sets how much the marginal front adds (a 2 mm advance covers 36 % of a 10 mm-radius lesion).'),
  param('cohort.lesionRadiusSigma', 'Lesion radius spread (lognormal σ)', '', 0.5, A, 'assumption', 'Illustrative.'),

  // ── Targets: Bae 2017 (REFERENCE case 7) ───────────────────────────────────
  param('bae.atLeast25.month6', '≥ 25 % repigmentation at 6 months, NB-UVB', 'fraction', 0.74, 'Bae2017', 'A', 'Calibration target.'),
  param('bae.atLeast25.month12', '≥ 25 % repigmentation at 12 months, NB-UVB', 'fraction', 0.75, 'Bae2017', 'A', 'Calibration target.'),
  param('bae.atLeast75.month6', '≥ 75 % repigmentation at 6 months, NB-UVB', 'fraction', 0.19, 'Bae2017', 'A', 'Calibration target.'),
  param('bae.atLeast75.month12', '≥ 75 % repigmentation at 12 months, NB-UVB', 'fraction', 0.36, 'Bae2017', 'A', 'Calibration target.'),
  param('bae.atLeast75.face', '≥ 75 %, face/neck (≥ 6 months)', 'fraction', 0.44, 'Bae2017', 'A', 'Compared with the mean of the 6- and 12-month cohort values.'),
  param('bae.atLeast75.trunk', '≥ 75 %, trunk (≥ 6 months)', 'fraction', 0.26, 'Bae2017', 'A', 'As above.'),
  param('bae.atLeast75.extremities', '≥ 75 %, extremities (≥ 6 months)', 'fraction', 0.17, 'Bae2017', 'A', 'As above.'),
  param('bae.atLeast75.handsFeet', '≥ 75 %, hands/feet (≥ 6 months)', 'fraction', 0, 'Bae2017', 'A', 'As above.'),

  // ── Reduced per-patient model (numerics) ───────────────────────────────────
  param('reduced.cellUm', 'Reduced model: radial and marginal grid step', 'µm', 40, 'Numerics', 'assumption', 'Same as the block’s field cell.'),
  param('reduced.stepHours', 'Reduced model: time step', 'h', 6, 'Numerics', 'assumption', 'Explicit diffusion is stable below 40 h at this grid; 6 h resolves the UV sessions.'),
  param('reduced.islandDomainUm', 'Reduced model: radius around one follicle', 'µm', 2400, 'Numerics', 'assumption', 'Islands stay inside it within 12 months.'),
  param('reduced.marginDomainUm', 'Reduced model: depth of the marginal strip', 'µm', 4000, 'Numerics', 'assumption', 'The marginal front stays inside it within 12 months.'),
]

/** Bae 2017's by-site groups (cohort.ts SITE_GROUPS) and their registry keys. */
export const BAE_SITE_TARGETS: { group: string; key: string }[] = [
  { group: 'face/neck', key: 'bae.atLeast75.face' },
  { group: 'trunk', key: 'bae.atLeast75.trunk' },
  { group: 'extremities', key: 'bae.atLeast75.extremities' },
  { group: 'hands/feet', key: 'bae.atLeast75.handsFeet' },
]

const defOf = paramLookup(COHORT_PARAMS, 'cohort')

export function cohortParam(key: string): number {
  return defOf(key).default
}
