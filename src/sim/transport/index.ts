// Public entry of the transport model (Deliver): simulateDelivery / runDelivery, simulateUv / uvDetails, the
// report builders deliveryReport / uvReport, the field readers for the view, and the Heal model's adjuvant doses.
import type { SiteId } from '../types'
import type { LaserSettings } from '../scenarioLaser'
import type { DeliveryResult, TopicalSettings, UvResult } from './types'
import { runDelivery } from './delivery'
import { simulateUv } from './uv'

export type * from './types'
export { CELL_KIND } from './types'
export { runDelivery, simulateDelivery, reportTimesH } from './delivery'
export { simulateUv, uvDetails, bulgeDepthUm, transmissionAt } from './uv'
export { concentrationFieldAt, depthProfileAt, type FieldAt } from './fields'
export { transportAdjuvantDoses } from './adjuvantDoses'
export { agentProperties, agentSpec, pottsGuyKpCmPerH, AGENT_LABELS } from './agents'
export { unitCellFor, openRadiusUm } from './geometry'
export { TRANSPORT_PARAMS, transportParam, transportParamDef } from './transportParams'
export { TRANSPORT_SOURCES } from './transportSources'

/** Four significant digits for a readable report (the model keeps full precision). */
function sig(value: number): number {
  return Number.isFinite(value) && value !== 0 ? Number(value.toPrecision(4)) : value
}
const sigOrNull = (value: number | null) => (value === null ? null : sig(value))

/** The report's `delivery` object for validated scenario pieces. */
export function deliveryReport(site: SiteId, laser: LaserSettings, topical: TopicalSettings): DeliveryResult {
  const r = runDelivery({ site, laser, topical }).result
  const arm = (a: DeliveryResult['intact']) => ({
    amountInSkinUgPerCm2: a.amountInSkinUgPerCm2.map(sig),
    basalLayerConcentration: a.basalLayerConcentration.map(sig),
    depthReachedUm: a.depthReachedUm.map((d) => Math.round(d * 10) / 10),
  })
  return {
    agent: r.agent,
    timesH: r.timesH.map(sig),
    intact: arm(r.intact),
    lasered: arm(r.lasered),
    enhancementAtEnd: sig(r.enhancementAtEnd),
    timeToBasalThresholdH: {
      intact: sigOrNull(r.timeToBasalThresholdH.intact),
      lasered: sigOrNull(r.timeToBasalThresholdH.lasered),
    },
  }
}

/** The report's `uv` object: right after the laser (channels fully open). */
export function uvReport(site: SiteId, laser: LaserSettings): UvResult {
  const u = simulateUv({ site, laser })
  return {
    basalDoseFraction: { intact: sig(u.basalDoseFraction.intact), lasered: sig(u.basalDoseFraction.lasered) },
    bulgeDoseFraction: { intact: sig(u.bulgeDoseFraction.intact), lasered: sig(u.bulgeDoseFraction.lasered) },
  }
}
