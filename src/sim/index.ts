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
