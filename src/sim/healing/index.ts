// Public entry of the healing model (Heal capability): runHealing → seekInto / seek / benchSeekMs; runCohort; the
// course schedule and adjuvant doses; the parameter registries; the report sections.
export type * from './types'
export { runHealing } from './engine'
export {
  seek,
  seekInto,
  createHealingState,
  maxAgentCounts,
  benchSeekMs,
  figuresAt,
  openEpidermisAt,
} from './checkpoints'
export { runCohort, samplePatient, SITE_GROUPS, DAYS_PER_MONTH, type CohortPatient } from './cohort'
export {
  calibrateOnBae2017,
  monotherapyCohort,
  bae2017Targets,
  baeError,
  siteAtLeast75,
  BAE_SITE_TARGETS,
  NB_UVB_MONOTHERAPY,
  NO_LASER,
} from './calibrate'
export { healingReport, healingReportOf, cohortReport, type HealingReport, type CohortReport } from './report'
export { FIGURE_NAMES } from './figures'
export { clockPhases, timelinePosition, timeAtPosition, phaseAt } from './clock'
export { MELANOCYTE_MODE_NAMES, MODE as MELANOCYTE_MODE, ALLOWED_TRANSITIONS, DAUGHTER_MODES } from './agents'
export { TCELL_MODE_NAMES, TCELL_MODE } from './tcells'
export {
  adjuvantDosesFor,
  emax,
  halfEffectUgPerCm3,
  courseSchedule,
  laserSessionDays,
  uvSessionDays,
  topicalDays,
} from './adjuvants'
export { HEALING_PARAMS, healingParam, healingParamDef, qsprFreeDiffusivityCm2PerS } from './healingParams'
export { COHORT_PARAMS, cohortParam } from './cohortParams'
export { HEALING_SOURCES } from './healingSources'
export { DiffusionField, surfaceGrid, mmp2Release, growthFactorRelease } from './fields'
export {
  compareTherapies,
  type TherapyArmId,
  type TherapyComparison,
  type TherapyComparisonConfig,
  type TherapyArmOutcome,
  type SiteOutcome,
} from './therapyComparison'
