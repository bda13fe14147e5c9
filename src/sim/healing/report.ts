// The report's `healing` and `cohort` sections (simulateScenario in ../report.ts adds them on request): the daily
// timeline of one healing run of the scenario's block, and the virtual cohort's shares at the requested months.
import type { SiteId } from '../types'
import type { LaserSettings } from '../scenarioLaser'
import type { CohortSettings, CourseSettings, HealingRun, TimelineEntry } from './types'
import { runHealing } from './engine'
import { runCohort, SITE_GROUPS } from './cohort'

export interface HealingReport {
  /** One entry per day from 0 to course.days (values at the start of each day). */
  timeline: TimelineEntry[]
  /** Mean speed of moving melanocytes over the run, µm/h (never above 9 µm/h, Grahn 2003). */
  meanMelanocyteSpeedUmPerH: number
  /** The named phases of the clock, days. */
  phases: { name: string; startDays: number; endDays: number }[]
  /** Laser sessions fired: day, MTZ count in the block, wounded share, days until closed. */
  laserSessions: { day: number; mtzCount: number; woundFraction: number; reepithelializationDays: number }[]
  uvSessions: number
  /** True when the (unmeasured) laser-injury T-cell apoptosis term was active: see docs/model-healing.md. */
  tCellLaserHypothesisActive: boolean
  /** True when the (unmeasured) 5-FU-with-injury melanocyte-stimulation term was active (Tsuji & Hamada 1983). */
  fluorouracilHypothesisActive: boolean
}

export interface CohortReport {
  patients: number
  results: { month: number; atLeast25: number; atLeast50: number; atLeast75: number }[]
  /** The same shares per body-site group of the cohort's documented mix. */
  bySite: Record<string, { patients: number; results: CohortReport['results'] }>
  calibration: string
}

const round = (value: number, digits: number): number => {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

export function healingReportOf(run: HealingRun): HealingReport {
  return {
    timeline: run.timeline.map((e) => ({
      day: e.day,
      openEpidermisFraction: round(e.openEpidermisFraction, 4),
      repigmentationFraction: round(e.repigmentationFraction, 4),
      melanocytesInLesion: e.melanocytesInLesion,
      activatedPrecursors: e.activatedPrecursors,
      tCellsInLesion: e.tCellsInLesion,
      mmp2Relative: round(e.mmp2Relative, 4),
    })),
    meanMelanocyteSpeedUmPerH: round(run.meanMelanocyteSpeedUmPerH, 3),
    phases: run.phases.map((p) => ({ name: p.name, startDays: p.startDays, endDays: p.endDays })),
    laserSessions: run.sessions.map((s) => ({
      day: s.day,
      mtzCount: s.mtzCount,
      woundFraction: round(s.woundFraction, 4),
      reepithelializationDays: round(s.reepithelializationDays, 3),
    })),
    uvSessions: run.uvSessionDays.length,
    tCellLaserHypothesisActive: run.laserTCellHypothesisActive,
    fluorouracilHypothesisActive: run.fluorouracilHypothesisActive,
  }
}

/** Runs the scenario's course on its block and reports the timeline. */
export function healingReport(
  site: SiteId,
  seed: number,
  laser: LaserSettings,
  course: CourseSettings,
): HealingReport {
  return healingReportOf(runHealing({ site, seed, laser, course }))
}

const roundRow = (r: CohortReport['results'][number]) => ({
  month: r.month,
  atLeast25: round(r.atLeast25, 4),
  atLeast50: round(r.atLeast50, 4),
  atLeast75: round(r.atLeast75, 4),
})

/** Runs the cohort with the scenario's course and laser (cohort.site: 'mixed' = the site mix of cohortParams.ts,
 *  or one site for every patient; seed = scenario seed). */
export function cohortReport(
  seed: number,
  laser: LaserSettings,
  course: CourseSettings,
  cohort: CohortSettings,
): CohortReport {
  const result = runCohort({
    patients: cohort.patients,
    months: cohort.months,
    seed,
    course,
    laser,
    site: cohort.site ?? 'mixed',
  })
  const bySite: CohortReport['bySite'] = {}
  for (const g of SITE_GROUPS) {
    const entry = result.bySite[g.group]
    if (entry) bySite[g.group] = { patients: entry.patients, results: entry.results.map(roundRow) }
  }
  return {
    patients: result.patients,
    results: result.results.map(roundRow),
    bySite,
    calibration:
      'Calibrated only on NB-UVB monotherapy (Bae 2017); any laser effect follows from the mechanism. ' +
      'Educational model, not a clinical prediction.',
  }
}
