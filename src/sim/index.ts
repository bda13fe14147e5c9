// Public API of the simulation core, used by the store, the 3D view, the tests and the benchmarks.
export type * from './types'

export { createRng, type Rng } from './rng'
export { SOURCES } from './sources'
export { PARAMS, param, paramValue } from './params'
export { SITES, SITE_IDS, type SitePreset, type FollicleGeometryPreset, type ValueRange } from './sites'
export {
  generateLesion,
  isInLesion,
  lesionRadiusAtUm,
  distanceToLesionBorderUm,
  lesionBorderPolyline,
  LESION_RADII_COUNT,
} from './lesion'
export {
  generateSkinBlock,
  dermoEpidermalJunctionDepthUm,
  layerDepthsFrom,
  follicleAxisPointUm,
  follicleAxisDirection,
  bulbCentreDepthUm,
  bulbTopDepthUm,
} from './anatomy'
export {
  DEFAULT_SCENARIO,
  MAX_SEED,
  validateScenario,
  scenarioFromUrlParams,
  describeValue,
  type Scenario,
  type ScenarioResult,
} from './scenario'
export {
  DEFAULT_LASER,
  LASER_MODES,
  PATTERN_LAYOUTS,
  DAMAGE_MODELS,
  LASER_FIELD_NAMES,
  LASER_FIELD_PARAMS,
  type LaserSettings,
} from './scenarioLaser'
export {
  generatePattern,
  patternFigures,
  reepithelializationDays,
  reepithelializationHours,
  scarRisk,
  isolatedDiscDistancesUm,
  PATTERN_PARAMS,
  PATTERN_SOURCES,
  patternParam,
  type LaserMode,
  type PatternLayout,
  type PatternInput,
  type Pattern,
  type PatternFigures,
  type ScarRisk,
  type ScarRiskLevel,
} from './pattern'
export {
  DEFAULT_COURSE,
  DEFAULT_COHORT,
  UV_MODES,
  TOPICAL_AGENTS,
  COURSE_FIELD_NAMES,
  COURSE_FIELD_PARAMS,
  COHORT_FIELD_NAMES,
  COHORT_FIELD_PARAMS,
  type CourseSettings,
  type CohortSettings,
} from './scenarioCourse'
export {
  DEFAULT_TOPICAL,
  TOPICAL_AGENTS as DELIVERY_AGENTS,
  TOPICAL_FIELD_NAMES,
  TOPICAL_FIELD_PARAMS,
  type TopicalSettings,
  type TopicalAgentId,
} from './scenarioTopical'
export {
  simulateScenario,
  simulateTreatment,
  type Report,
  type PulseReport,
  type PatternReport,
  type HealingReport,
  type CohortReport,
  type SimulateOptions,
  type DeliveryResult,
  type UvResult,
} from './report'
export * as healing from './healing'
export {
  runHealing,
  seek,
  seekInto,
  createHealingState,
  runCohort,
  compareTherapies,
  clockPhases,
  timelinePosition,
  timeAtPosition,
  phaseAt,
  MELANOCYTE_MODE,
  MELANOCYTE_MODE_NAMES,
  TCELL_MODE,
  TCELL_MODE_NAMES,
  HEALING_PARAMS,
  COHORT_PARAMS,
  HEALING_SOURCES,
  type AdjuvantDoses,
  type HealingInput,
  type HealingRun,
  type HealingState,
  type HealingFigures,
  type TimelineEntry,
  type ClockPhase,
  type CohortConfig,
  type CohortResult,
  type TherapyComparison,
  type TherapyArmOutcome,
} from './healing'
export * as transport from './transport'
export {
  runDelivery,
  simulateDelivery,
  simulateUv,
  uvDetails,
  concentrationFieldAt,
  depthProfileAt,
  intactExposures,
  afterLaserExposure,
  AGENT_LABELS,
  TRANSPORT_PARAMS,
  TRANSPORT_SOURCES,
  type FieldAt,
} from './transport'
export { ALL_PARAMS, ALL_SOURCES, findParam, citationOf } from './registry'
