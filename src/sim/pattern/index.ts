// Public entry of the fractional-pattern model: generatePattern → patternFigures → reepithelializationDays, scarRisk.
export type {
  LaserMode,
  PatternLayout,
  PatternInput,
  Pattern,
  PulseFootprint,
  FollicleSurvival,
  PatternFigures,
  ScarRisk,
  ScarRiskLevel,
} from './types'
export { generatePattern, mtzPerUm2, meanNearestNeighbourUm, randomMinDistanceUm } from './layout'
export {
  patternFigures,
  reepithelializationDays,
  reepithelializationHours,
  reepithelializationLagHours,
  isolatedDiscDistancesUm,
} from './healing'
export { criticalScarDepthUm, scarRisk } from './scarRisk'
export { PATTERN_PARAMS, patternParam, patternParamDef } from './patternParams'
export { PATTERN_SOURCES } from './patternSources'
