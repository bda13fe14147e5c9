// The therapy comparison (Deliver capability, issue 5 item 8): the same virtual patients (same seed, so the same
// lesions, disease activity and adherence) treated six ways — NB-UVB alone, laser alone, laser + NB-UVB, the
// topical alone (the fair comparator of laser + topical), laser + topical and laser + NB-UVB + topical (the usual
// clinical combination: Yuan 2016, the FCO2 + 5-FU + NB-UVB trial) — reported per body-site group, with the doses
// that make the arms differ (therapyFindings.ts). It is the cohort of cohort.ts run once per arm; nothing here is
// fitted: the cohort is calibrated on NB-UVB monotherapy only (Bae 2017), and what the laser and the agents add
// follows from the mechanism (open channels, growth-factor and MMP-2 pulses, T cells killed in the wound, doses
// from the transport and UV models, each agent's action scaled by its delivered concentration). The laser and
// laser + drug trials of REFERENCE §5.3 are checks of the prediction, reported beside it.
import type { CourseSettings, TopicalAgent } from './types'
import type { SiteId } from '../types'
import type { LaserSettings } from '../scenarioLaser'
import { DEFAULT_LASER } from '../scenarioLaser'
import { DEFAULT_COURSE } from '../scenarioCourse'
import { DAYS_PER_MONTH, SITE_GROUPS, runCohort, samplePatient } from './cohort'
import { adjuvantDosesFor } from './adjuvants'
import { fluorouracilHypothesisActive } from './topicalEffects'
import { findingsOf, type Finding, type SiteDoses } from './therapyFindings'

export type TherapyArmId = 'uv' | 'laser' | 'laser+uv' | 'topical' | 'laser+topical' | 'laser+uv+topical'
export type { Finding, SiteDoses }

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
  /** Agent of the topical arms; 'none' falls back to the corticosteroid. */
  topical: TopicalAgent
}

export interface SiteOutcome {
  group: string
  patients: number
  /** Mean repigmentation of the group's lesions (0–1). */
  meanRepigmentation: number
  atLeast25: number
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
  agent: Exclude<TopicalAgent, 'none'>
  agentLabel: string
  arms: TherapyArmOutcome[]
  /** What reaches the basal layer and the bulge per site group (the traceable reason the arms differ). */
  doses: SiteDoses[]
  /** The 5-FU melanocyte-stimulation hypothesis was on in the topical arms. */
  fluorouracilHypothesisActive: boolean
  /** Where combinations win, where they do not, why (doses), and the checks against trials. */
  findings: Finding[]
}

export const AGENT_SHORT_LABELS: Record<Exclude<TopicalAgent, 'none'>, string> = {
  corticosteroid: 'clobetasol',
  '5-fu': '5-FU',
  prp: 'PRP',
}

function armCourses(
  config: TherapyComparisonConfig,
  agent: Exclude<TopicalAgent, 'none'>,
): { id: TherapyArmId; label: string; course: CourseSettings }[] {
  const base = config.course
  const sessions = Math.max(1, base.laserSessions)
  const uvPerWeek = base.uvPerWeek > 0 ? base.uvPerWeek : DEFAULT_COURSE.uvPerWeek
  const days = Math.ceil(config.month * DAYS_PER_MONTH)
  const name = AGENT_SHORT_LABELS[agent]
  const common = { ...base, days, uvPerWeek }
  const arm = (id: TherapyArmId, label: string, laser: boolean, uv: boolean, topical: boolean) => ({
    id,
    label,
    course: {
      ...common,
      laserSessions: laser ? sessions : 0,
      uv: uv ? ('nb-uvb' as const) : ('none' as const),
      topical: topical ? agent : ('none' as const),
    },
  })
  return [
    arm('uv', 'NB-UVB alone', false, true, false),
    arm('laser', 'Laser alone', true, false, false),
    arm('topical', `${name} alone`, false, false, true),
    arm('laser+uv', 'Laser + NB-UVB', true, true, false),
    arm('laser+topical', `Laser + ${name}`, true, false, true),
    arm('laser+uv+topical', `Laser + NB-UVB + ${name}`, true, true, true),
  ]
}

function outcome(group: string, values: number[]): SiteOutcome {
  const n = values.length
  const share = (x: number) => (n > 0 ? values.filter((v) => v >= x).length / n : 0)
  return {
    group,
    patients: n,
    meanRepigmentation: n > 0 ? values.reduce((a, b) => a + b, 0) / n : 0,
    atLeast25: share(0.25),
    atLeast50: share(0.5),
    atLeast75: share(0.75),
  }
}

/** The doses behind the arms, per site group (its first block site), for the findings and the panel. */
function dosesOf(
  laser: LaserSettings,
  agent: Exclude<TopicalAgent, 'none'>,
  course: CourseSettings,
  groups: string[],
): SiteDoses[] {
  return SITE_GROUPS.filter((g) => groups.includes(g.group)).map((g) => {
    const site: SiteId = g.sites[0]
    const d = adjuvantDosesFor(site, laser, agent)
    return {
      group: g.group,
      site,
      uvBasal: {
        intact: d.uvBasalDoseFraction(Number.POSITIVE_INFINITY),
        rightAfterLaser: d.uvBasalDoseFraction(0),
        atFirstSession: d.uvBasalDoseFraction(course.uvStartDay * 24 + 12),
      },
      uvBulge: {
        intact: d.uvBulgeDoseFraction(Number.POSITIVE_INFINITY),
        rightAfterLaser: d.uvBulgeDoseFraction(0),
      },
      topicalHome: d.topicalHome,
      topicalAfterLaser: d.topicalAfterLaser,
    }
  })
}

/** Runs the six arms on the same patients (the documented site mix) and compares them by site group. */
export function compareTherapies(
  config: TherapyComparisonConfig,
  onProgress?: (done: number, total: number) => void,
): TherapyComparison {
  const laser: LaserSettings = config.laser.mode === 'none' ? { ...DEFAULT_LASER } : { ...config.laser }
  const agent = config.topical === 'none' ? 'corticosteroid' : config.topical
  const plans = armCourses(config, agent)
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
  const doses = dosesOf(laser, agent, plans[0].course, [...new Set(groupOf)])
  const hypothesis = fluorouracilHypothesisActive(agent)
  return {
    month: config.month,
    patients: config.patients,
    agent,
    agentLabel: AGENT_SHORT_LABELS[agent],
    arms,
    doses,
    fluorouracilHypothesisActive: hypothesis,
    findings: findingsOf({
      month: config.month,
      agent,
      label: AGENT_SHORT_LABELS[agent],
      arms,
      doses,
      hypothesis,
    }),
  }
}
