// Messages between the main thread and the Drugs & UV workers (transport.worker.ts, therapy.worker.ts), and the
// view-ready data the transport worker builds from one runDelivery: the two arms' fields resampled onto a small
// regular (r, z) grid at every reported time, so the scene only blends two snapshots per frame (no search, no log).
import type { SiteId } from '../sim/types'
import type { LaserSettings } from '../sim/scenarioLaser'
import type { DeliveryResult, TopicalSettings, UvResult } from '../sim/transport'
import type { CourseSettings } from '../sim/healing/types'
import type { LayerDepths } from '../sim/transport/geometry'
import type { TherapyComparison, TherapyComparisonConfig } from '../sim/healing/therapyComparison'

/** Columns (radius 0 → unit-cell radius) and rows (vehicle film top → bottom of the view) of the view grid. */
export const VIEW_GRID = { columns: 64, rows: 200 } as const

/**
 * Decades of the colour scale: the drug map runs from 10⁻⁵ × the applied concentration (a tenth of the model's
 * "reached" threshold, 'transport.thresholdFraction' = 10⁻⁴) to the applied concentration; the UV map from 10⁻⁵
 * to 1 × the incident dose. Both are log scales: the values span many decades.
 */
export const LOG_DECADES = 5

export interface ArmViewData {
  /** Per reported time: (log10(c / c0) + LOG_DECADES) / LOG_DECADES per grid sample (< 0: below the scale). */
  drugLog: Float32Array[]
  /** Per reported time: CELL_KIND of the sample (vehicle, tissue, coagulated rim, vehicle-filled channel). */
  kind: Uint8Array[]
  /** Per reported time: (log10 T + LOG_DECADES) / LOG_DECADES, T = NB-UVB transmitted fraction (uv.ts). */
  uvLog: Float32Array[]
  /** Depth rows of the concentration-versus-depth profile, µm (skin only, no vehicle). */
  profileDepthUm: Float64Array
  /** Per reported time: lateral mean tissue concentration per depth row, µg/cm³ (depthProfileAt). */
  profileUgPerCm3: Float64Array[]
  /** Amount delivered past the stratum corneum per reported time, µg/cm² (the enhancement's numerator). */
  deliveredUgPerCm2: number[]
  /** NB-UVB reaching the (living) basal layer and the follicle bulge, fraction of the surface dose, per time. */
  uvBasalFraction: number[]
  uvBulgeFraction: number[]
  /** Lasered arm: NB-UVB at the living basal layer beside the open channel, per time (null: closed / intact). */
  uvWallFraction: (number | null)[]
}

export interface DeliverViewData {
  /** Scenario key (site, laser, topical) this was computed for. */
  key: string
  agentLabel: string
  timesH: number[]
  /** Applied concentration in the vehicle, µg/cm³, and the "reached" threshold, µg/cm³. */
  appliedUgPerCm3: number
  thresholdUgPerCm3: number
  /** Extent of the view grid: unit-cell radius, film top (negative) and bottom depth, µm. */
  radiusUm: number
  topUm: number
  bottomUm: number
  layers: LayerDepths
  bulgeDepthUm: number
  /** Crater radius at the surface, damaged-disc radius and deepest crater and coagulation, µm (lasered arm). */
  craterRadiusUm: number
  lesionRadiusUm: number
  craterDepthUm: number
  coagulationDepthUm: number
  /** Open channel radius per reported time, µm (the channels close as the wound re-epithelializes). */
  openRadiusUm: number[]
  laserMode: LaserSettings['mode']
  intact: ArmViewData
  lasered: ArmViewData
  result: DeliveryResult
  /** The report's `delivery` and `uv` objects, exactly as the command line prints them (window.dermasim API). */
  report: { delivery: DeliveryResult; uv: UvResult }
  /** runDelivery's own time (both arms), and the whole build (with the resampling), ms, in the worker. */
  transportMs: number
  /** The part of transportMs until the end of the application (the rest runs on to the 24 h horizon), ms. */
  applicationMs: number
  computeMs: number
}

export interface DeliveryViewInput {
  key: string
  site: SiteId
  laser: LaserSettings
  topical: TopicalSettings
  /** When the course's first NB-UVB session is (the report's uv figures are read then). */
  course: Pick<CourseSettings, 'uv' | 'uvStartDay'>
}

export type TransportRequest = { kind: 'delivery'; id: number; input: DeliveryViewInput }
export type TherapyRequest = { kind: 'therapy'; id: number; config: TherapyComparisonConfig }

export type WorkerResponse =
  | { kind: 'delivery'; id: number; ok: true; data: DeliverViewData }
  | { kind: 'therapy'; id: number; ok: true; comparison: TherapyComparison; computeMs: number }
  | { kind: 'progress'; id: number; done: number; total: number }
  | { kind: 'delivery' | 'therapy'; id: number; ok: false; error: string }

/** Every distinct ArrayBuffer under a value, for postMessage's transfer list. */
export function transferablesOf(value: unknown, out: Set<ArrayBuffer> = new Set()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) out.add(value.buffer)
  } else if (Array.isArray(value)) {
    for (const v of value) transferablesOf(v, out)
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) transferablesOf(v, out)
  }
  return [...out]
}
