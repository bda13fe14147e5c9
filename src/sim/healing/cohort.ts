// The virtual cohort: N simulated patients, each with one lesion, run through the same course with the reduced
// per-patient model (reduced.ts: the mean-field limit of the agent rules, same parameters). Patient-to-patient
// variability (cohortParams.ts, all stated assumptions; REFERENCE gives no distributions):
//   - body site from a documented mix (face/neck, trunk, extremities, hands/feet), which sets the follicle density,
//     follicle depth (climb to the junction), melanocyte density and the UV transmission of the epidermis
//     (extremities: the leg block; Otberg 2004 puts the forearm lowest in follicle density of seven sites, so the
//     forearm block's pooled 1.4 /mm², REFERENCE case 9, cannot stand for limbs);
//   - follicle density × lognormal (CV 0.3) around the site value;
//   - share of lesional follicles keeping a reservoir ~ Beta (mean 0.6);
//   - disease activity (T-cell influx ÷ median) ~ lognormal (median 1, σ = 'calibrated.activitySigma');
//   - adherence (share of UV sessions attended) ~ Beta (mean 0.8);
//   - lesion radius ~ lognormal (median 10 mm, σ 0.5).
// Each patient draws from its own stream (seed, patient index), so results do not depend on N or on the order.
//
// Calibration: ONLY the five 'calibrated.*' values (UV stimulus gain, T-cell kill, activity spread, division
// budget, reservoir divisions) were fitted, on the NB-UVB monotherapy arm against Bae 2017 (REFERENCE case 7), by
// calibrateOnBae2017 (calibrate.ts). Whatever a laser arm
// adds follows from the mechanism (open channels pass more UVB, growth-factor and MMP-2 pulses, T cells killed in
// the wound, precursors killed by deep channels); nothing was tuned on a laser trial.
import type { SiteId } from '../types'
import type { Rng } from '../rng'
import type { CohortArmResult, CohortConfig, CohortResult } from './types'
import { createRng } from '../rng'
import { cohortParam } from './cohortParams'
import { calibrationOf } from './setup'
import { adjuvantDosesFor, referenceUvBasalFraction } from './adjuvants'
import { sessionResponse, siteBasics } from './sessionResponse'
import { runReducedPatient, type PatientProfile, type ReducedArm } from './reduced'

/** Days per month (365.25 / 12). */
export const DAYS_PER_MONTH = 30.4375

/** Site groups of Bae 2017's by-site outcomes and the block sites that stand for them (half each where two). */
export const SITE_GROUPS: { group: string; shareKey: string; sites: SiteId[] }[] = [
  { group: 'face/neck', shareKey: 'cohort.share.face', sites: ['face'] },
  { group: 'trunk', shareKey: 'cohort.share.trunk', sites: ['trunk'] },
  { group: 'extremities', shareKey: 'cohort.share.extremities', sites: ['extremity'] },
  { group: 'hands/feet', shareKey: 'cohort.share.handsFeet', sites: ['hand', 'palm'] },
]

export interface CohortPatient extends PatientProfile {
  site: SiteId
  group: string
}

/** Gamma(shape, 1) deviate (Marsaglia & Tsang 2000; shape < 1 by the u^{1/a} boost). */
function gamma(rng: Rng, shape: number): number {
  if (shape < 1) return gamma(rng, shape + 1) * Math.pow(1 - rng.next(), 1 / shape)
  const d = shape - 1 / 3
  const c = 1 / Math.sqrt(9 * d)
  for (;;) {
    const x = rng.normal(0, 1)
    const v0 = 1 + c * x
    if (v0 <= 0) continue
    const v = v0 * v0 * v0
    const u = 1 - rng.next()
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v
  }
}

/** Beta deviate with the given mean and concentration (α + β). */
export function betaDeviate(rng: Rng, mean: number, concentration: number): number {
  const a = gamma(rng, mean * concentration)
  const b = gamma(rng, (1 - mean) * concentration)
  return a / (a + b)
}

/** Lognormal deviate with median 1 and log-sd σ. */
const lognormal = (rng: Rng, sigma: number): number => Math.exp(rng.normal(0, sigma))

function pickSite(rng: Rng, fixed: CohortConfig['site']): { site: SiteId; group: string } {
  if (fixed && fixed !== 'mixed') {
    const group = SITE_GROUPS.find((g) => g.sites.includes(fixed))?.group ?? fixed
    return { site: fixed, group }
  }
  const total = SITE_GROUPS.reduce((s, g) => s + cohortParam(g.shareKey), 0)
  let u = rng.next() * total
  for (const g of SITE_GROUPS) {
    u -= cohortParam(g.shareKey)
    if (u < 0 || g === SITE_GROUPS[SITE_GROUPS.length - 1]) {
      return { site: g.sites[Math.floor(rng.next() * g.sites.length)], group: g.group }
    }
  }
  throw new Error('unreachable')
}

/** The i-th patient of a cohort (deterministic for seed and index). */
export function samplePatient(
  seed: number,
  index: number,
  site: CohortConfig['site'] = 'mixed',
  activitySigma = cohortParam('calibrated.activitySigma'),
): CohortPatient {
  const rng = createRng(seed).fork(`cohort.patient:${index}`)
  const where = pickSite(rng, site)
  const basics = siteBasics(where.site)
  const cv = cohortParam('cohort.follicleDensityCv')
  const sigmaF = Math.sqrt(Math.log(1 + cv * cv))
  return {
    ...where,
    folliclesPerMm2: basics.folliclesPerMm2 * Math.exp(rng.normal(-sigmaF * sigmaF * 0.5, sigmaF)),
    reservoirShare: betaDeviate(
      rng,
      cohortParam('cohort.reservoirMean'),
      cohortParam('cohort.reservoirConcentration'),
    ),
    activity: lognormal(rng, activitySigma),
    adherence: betaDeviate(
      rng,
      cohortParam('cohort.adherenceMean'),
      cohortParam('cohort.adherenceConcentration'),
    ),
    lesionRadiusUm:
      cohortParam('cohort.lesionRadiusMedianMm') *
      1000 *
      lognormal(rng, cohortParam('cohort.lesionRadiusSigma')),
    climbUm: basics.climbUm,
    melanocytesPerMm2: basics.melanocytesPerMm2,
  }
}

function shares(values: number[], month: number): CohortArmResult {
  const n = Math.max(1, values.length)
  const atLeast = (x: number) => values.filter((v) => v >= x).length / n
  return { month, atLeast25: atLeast(0.25), atLeast50: atLeast(0.5), atLeast75: atLeast(0.75) }
}

/**
 * Runs the cohort: a pure function of its config (no shared state besides memo caches of the site's session
 * response). `onProgress(done, total)` is called after each patient (for a progress bar in a Web Worker).
 */
export function runCohort(
  config: CohortConfig,
  onProgress?: (done: number, total: number) => void,
): CohortResult {
  const started = globalThis.performance?.now() ?? Date.now()
  const months = [...config.months].sort((a, b) => a - b)
  const sampleDays = months.map((m) => m * DAYS_PER_MONTH)
  const calibration = calibrationOf(config.calibration)
  const uvReference = referenceUvBasalFraction()
  const arms = new Map<SiteId, ReducedArm>()
  const armFor = (site: SiteId): ReducedArm => {
    let arm = arms.get(site)
    if (!arm) {
      arm = {
        course: config.course,
        laserMode: config.course.laserSessions > 0 ? config.laser.mode : 'none',
        response: config.course.laserSessions > 0 ? sessionResponse(site, config.laser) : null,
        // without laser sessions the after-laser application never happens: not computed
        doses: adjuvantDosesFor(
          site,
          config.course.laserSessions > 0 ? config.laser : { ...config.laser, mode: 'none' },
          config.course.topical,
        ),
        calibration,
        uvReference,
      }
      arms.set(site, arm)
    }
    return arm
  }
  const repigmentation = new Float32Array(config.patients * months.length)
  const groups = new Map<string, number[]>()
  for (let i = 0; i < config.patients; i++) {
    const patient = samplePatient(config.seed, i, config.site, config.activitySigma)
    const rng = createRng(config.seed).fork(`cohort.adherence:${i}`)
    const values = runReducedPatient(patient, armFor(patient.site), sampleDays, rng)
    values.forEach((v, m) => (repigmentation[i * months.length + m] = v))
    const list = groups.get(patient.group) ?? []
    list.push(i)
    groups.set(patient.group, list)
    onProgress?.(i + 1, config.patients)
  }
  const column = (m: number, members?: number[]) =>
    (members ?? Array.from({ length: config.patients }, (_, i) => i)).map(
      (i) => repigmentation[i * months.length + m],
    )
  const bySite: CohortResult['bySite'] = {}
  for (const g of SITE_GROUPS) {
    const members = groups.get(g.group)
    if (!members) continue
    bySite[g.group] = {
      patients: members.length,
      results: months.map((mo, m) => shares(column(m, members), mo)),
    }
  }
  return {
    patients: config.patients,
    results: months.map((mo, m) => shares(column(m), mo)),
    bySite,
    repigmentation,
    computeMs: (globalThis.performance?.now() ?? Date.now()) - started,
  }
}
