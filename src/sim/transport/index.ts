// Public entry of the transport model (Deliver): simulateDelivery / runDelivery, simulateUv / uvDetails, the
// report builders deliveryReport / uvReport, the field readers for the view, and the Heal model's adjuvant doses.
import type { SiteId } from '../types'
import type { LaserSettings } from '../scenarioLaser'
import type { CourseSettings } from '../healing/types'
import type { DeliveryResult, TopicalSettings, UvResult } from './types'
import { runDelivery } from './delivery'
import { simulateUv, uvDetails } from './uv'

export type * from './types'
export { CELL_KIND } from './types'
export { runDelivery, simulateDelivery, reportTimesH, horizonH } from './delivery'
export { simulateUv, uvDetails, bulgeDepthUm, transmissionAt, onePercentDepthUm, wallViewFactor } from './uv'
export { concentrationFieldAt, depthProfileAt, type FieldAt } from './fields'
export { uvDoseAt, homeExposures, afterLaserExposures } from './adjuvantDoses'
export {
  intactExposures,
  afterLaserExposure,
  type ExposurePair,
  type IntactExposures,
  type HomeUse,
} from './exposure'
export { agentProperties, agentSpec, pottsGuyKpCmPerH, AGENT_LABELS } from './agents'
export { defaultConcentrationPercent, solubilityOf, gseSolubilityUgPerMl } from './vehicle'
export { dermalClearance, capillaryPSPerS, renkinRestriction } from './clearance'
export { enhancementFigure, customAgentWarnings } from './enhancement'
export { unitCellFor, openRadiusUm } from './geometry'
export { TRANSPORT_PARAMS, transportParam, transportParamDef } from './transportParams'
export { TRANSPORT_SOURCES } from './transportSources'

/** Four significant digits for a readable report (the model keeps full precision). */
function sig(value: number): number {
  return Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(4)) : value
}

/** sig() on every number of a plain value (arrays and objects copied; strings, booleans and null kept). */
function sigDeep<T>(value: T): T {
  if (typeof value === 'number') return sig(value) as T
  if (Array.isArray(value)) return value.map(sigDeep) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sigDeep(v)])) as T
  }
  return value
}

/** The report's `delivery` object from a run's result: 4 significant digits, depths to 0.1 µm. */
export function formatDeliveryResult(r: DeliveryResult): DeliveryResult {
  const out = sigDeep(r)
  for (const arm of [out.intact, out.lasered]) {
    arm.depthReachedUm = arm.depthReachedUm.map((d) => Math.round(d * 10) / 10)
  }
  return out
}

/** The report's `delivery` object for validated scenario pieces. */
export function deliveryReport(site: SiteId, laser: LaserSettings, topical: TopicalSettings): DeliveryResult {
  return formatDeliveryResult(runDelivery({ site, laser, topical }).result)
}

/** Hours after the laser of the report's UV series (the scenario's UV time is added). */
export const UV_SERIES_HOURS = [0, 1, 2, 3, 4, 6, 8, 12, 24, 48, 72, 96, 120]

/**
 * The report's `uv` object, read at the scenario's first NB-UVB session (course.uvStartDay days after the laser;
 * right after the laser when the course has no NB-UVB), with the lasered figures over the hours after the laser.
 */
export function uvReport(
  site: SiteId,
  laser: LaserSettings,
  course?: Pick<CourseSettings, 'uv' | 'uvStartDay'>,
): UvResult {
  const withUv = course !== undefined && course.uv === 'nb-uvb'
  const hoursAfterLaser = withUv ? course.uvStartDay * 24 : 0
  const at = uvDetails({ site, laser, hoursAfterLaser })
  const times = [...new Set([...UV_SERIES_HOURS, hoursAfterLaser])].sort((a, b) => a - b)
  const series = times.map((h) => simulateUv({ site, laser, hoursAfterLaser: h }))
  const sigOrNull = (v: number | null) => (v === null ? null : sig(v))
  return {
    hoursAfterLaser,
    timing: withUv
      ? `course.uvStartDay: the first NB-UVB session, ${course.uvStartDay} days after the laser`
      : 'right after the laser (the course has no NB-UVB)',
    basalDoseFraction: sigDeep(at.basalDoseFraction),
    bulgeDoseFraction: sigDeep(at.bulgeDoseFraction),
    channelWallBasalDoseFraction: sigOrNull(at.channelWallBasalDoseFraction),
    onePercentDepthUm: Math.round(at.onePercentDepthUm * 10) / 10,
    series: {
      hoursAfterLaser: times,
      basalLasered: series.map((u) => sig(u.basalDoseFraction.lasered)),
      bulgeLasered: series.map((u) => sig(u.bulgeDoseFraction.lasered)),
      channelWall: series.map((u) => sigOrNull(u.channelWallBasalDoseFraction)),
    },
  }
}
