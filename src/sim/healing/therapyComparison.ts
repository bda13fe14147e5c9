// The therapy comparison (Deliver capability, issue 5 item 8): the same virtual patients (same seed, so the same
// lesions, disease activity and adherence) treated four ways — NB-UVB alone, laser alone, laser + NB-UVB and
// laser + topical — reported per body-site group. It is the cohort of cohort.ts run once per arm; nothing here is
// fitted: the cohort is calibrated on NB-UVB monotherapy only (Bae 2017), and what the laser adds, alone or with an
// adjuvant, follows from the mechanism (open channels, growth-factor and MMP-2 pulses, T cells killed in the wound,
// doses from the transport and UV models). Where a combination does not beat monotherapy, the reasons say why.
import type { CourseSettings, TopicalAgent } from './types'
import type { LaserSettings } from '../scenarioLaser'
import { DEFAULT_LASER } from '../scenarioLaser'
import { DEFAULT_COURSE } from '../scenarioCourse'
import { DAYS_PER_MONTH, SITE_GROUPS, runCohort, samplePatient } from './cohort'

export type TherapyArmId = 'uv' | 'laser' | 'laser+uv' | 'laser+topical'

export interface TherapyComparisonConfig {
  /** Patients per arm (the same patients in every arm). */
  patients: number
  /** Month at which the arms are compared. */
  month: number
  seed: number
  /** The laser of the laser arms; mode 'none' falls back to the default fractional settings. */
  laser: LaserSettings
  /** The course the arms are derived from (sessions, interval, NB-UVB schedule). */
  course: CourseSettings
  /** Agent of the laser + topical arm; 'none' falls back to the corticosteroid. */
  topical: TopicalAgent
}

export interface SiteOutcome {
  group: string
  patients: number
  /** Mean repigmentation of the group's lesions (0–1). */
  meanRepigmentation: number
  atLeast50: number
  atLeast75: number
}

export interface TherapyArmOutcome {
  id: TherapyArmId
  label: string
  course: CourseSettings
  laser: LaserSettings
  /** All patients, then one row per site group present. */
  all: SiteOutcome
  bySite: SiteOutcome[]
  computeMs: number
}

export interface TherapyComparison {
  month: number
  patients: number
  arms: TherapyArmOutcome[]
  /** Sentences for the UI: where combination beats monotherapy, and where it does not. */
  findings: string[]
}

/** A combination counts as better than its best monotherapy when its mean is at least this much higher (0–1). */
const CLEAR_GAIN = 0.05

function armCourses(
  config: TherapyComparisonConfig,
): { id: TherapyArmId; label: string; course: CourseSettings }[] {
  const base = config.course
  const sessions = Math.max(1, base.laserSessions)
  const uvPerWeek = base.uvPerWeek > 0 ? base.uvPerWeek : DEFAULT_COURSE.uvPerWeek
  const days = Math.ceil(config.month * DAYS_PER_MONTH)
  const agent: TopicalAgent = config.topical === 'none' ? 'corticosteroid' : config.topical
  const common = { ...base, days, uvPerWeek }
  return [
    {
      id: 'uv',
      label: 'NB-UVB alone',
      course: { ...common, laserSessions: 0, uv: 'nb-uvb', topical: 'none' },
    },
    {
      id: 'laser',
      label: 'Laser alone',
      course: { ...common, laserSessions: sessions, uv: 'none', topical: 'none' },
    },
    {
      id: 'laser+uv',
      label: 'Laser + NB-UVB',
      course: { ...common, laserSessions: sessions, uv: 'nb-uvb', topical: 'none' },
    },
    {
      id: 'laser+topical',
      label: `Laser + ${agent === '5-fu' ? '5-FU' : agent === 'prp' ? 'PRP' : 'corticosteroid'}`,
      course: { ...common, laserSessions: sessions, uv: 'none', topical: agent },
    },
  ]
}

function outcome(group: string, values: number[]): SiteOutcome {
  const n = values.length
  const share = (x: number) => (n > 0 ? values.filter((v) => v >= x).length / n : 0)
  return {
    group,
    patients: n,
    meanRepigmentation: n > 0 ? values.reduce((a, b) => a + b, 0) / n : 0,
    atLeast50: share(0.5),
    atLeast75: share(0.75),
  }
}

const pct = (x: number) => `${Math.round(x * 100)} %`

/** Where combinations beat their best monotherapy, and where they do not, per site group. */
function findingsOf(arms: TherapyArmOutcome[]): string[] {
  const byId = new Map(arms.map((a) => [a.id, a]))
  const uv = byId.get('uv')!
  const laser = byId.get('laser')!
  const findings: string[] = []
  for (const combo of [byId.get('laser+uv')!, byId.get('laser+topical')!]) {
    for (const site of combo.bySite) {
      const uvMean = uv.bySite.find((s) => s.group === site.group)?.meanRepigmentation ?? 0
      const laserMean = laser.bySite.find((s) => s.group === site.group)?.meanRepigmentation ?? 0
      const best = Math.max(uvMean, laserMean)
      const gain = site.meanRepigmentation - best
      const what = `${combo.label} on ${site.group}: mean ${pct(site.meanRepigmentation)} vs ${pct(best)} for the better monotherapy`
      if (gain >= CLEAR_GAIN) findings.push(`${what} — the combination wins.`)
      else if (site.group === 'hands/feet')
        findings.push(
          `${what} — little gain: acral skin has few or no follicles, so there is no reservoir to wake.`,
        )
      else findings.push(`${what} — no clear gain in this model.`)
    }
  }
  const topical = byId.get('laser+topical')!
  if (topical.all.meanRepigmentation < CLEAR_GAIN) {
    findings.push(
      `Limit of the model: ${topical.label} without UV repigments almost nothing here, whereas Zhang Q 2024 ` +
        '(REFERENCE §5.3) saw a fair or better response in 30–45 % of patients treated with fractional CO₂ + ' +
        'betamethasone or 5-FU. In this model precursors need a melanogenic stimulus (UV, or PRP growth factors) ' +
        "that a steroid or 5-FU does not supply; the drugs' own pro-pigmentary actions and ambient sunlight are " +
        'not modelled.',
    )
  }
  return findings
}

/** Runs the four arms on the same patients (the documented site mix) and compares them by site group. */
export function compareTherapies(
  config: TherapyComparisonConfig,
  onProgress?: (done: number, total: number) => void,
): TherapyComparison {
  const laser: LaserSettings = config.laser.mode === 'none' ? { ...DEFAULT_LASER } : { ...config.laser }
  const plans = armCourses(config)
  const total = plans.length * config.patients
  const groupOf = Array.from(
    { length: config.patients },
    (_, i) => samplePatient(config.seed, i, 'mixed').group,
  )
  const arms = plans.map((plan, a): TherapyArmOutcome => {
    const result = runCohort(
      { patients: config.patients, months: [config.month], seed: config.seed, course: plan.course, laser },
      (done) => onProgress?.(a * config.patients + done, total),
    )
    const values = Array.from(result.repigmentation)
    const bySite = SITE_GROUPS.filter((g) => groupOf.includes(g.group)).map((g) =>
      outcome(
        g.group,
        values.filter((_, i) => groupOf[i] === g.group),
      ),
    )
    return { ...plan, laser, all: outcome('all sites', values), bySite, computeMs: result.computeMs }
  })
  return { month: config.month, patients: config.patients, arms, findings: findingsOf(arms) }
}
