// Public types of the healing model: the treatment course, the run with its checkpoints, the state returned by
// seek(), and the virtual cohort. Plain data; no React, three.js or DOM. Coordinates in µm on the skin surface
// (0..widthUm, 0..lengthUm) and depth downward from the surface, as in ../types.ts.
import type { SiteId } from '../types'
import type { LaserSettings } from '../scenarioLaser'

export type UvMode = 'none' | 'nb-uvb'
export type TopicalAgent = 'none' | 'corticosteroid' | '5-fu' | 'prp'

/** The treatment course (scenario section `course`). */
export interface CourseSettings {
  /** Laser sessions (0 = no laser: monotherapy arm; laser mode 'none' does the same). */
  laserSessions: number
  /** Days between laser sessions. */
  intervalDays: number
  uv: UvMode
  /** NB-UVB sessions per week. */
  uvPerWeek: number
  /** Day of the first NB-UVB session after the first laser session (day 0). */
  uvStartDay: number
  topical: TopicalAgent
  /** Length of the simulated course, days (the clock's end). */
  days: number
  /** Disease activity of the simulated lesion: T-cell influx ÷ the untreated steady state (default 1). The cohort
   *  ignores it: each virtual patient draws its own. */
  activity?: number
}

/** The virtual cohort (scenario section `cohort`). */
export interface CohortSettings {
  patients: number
  /** Months at which the share of patients reaching 25/50/75 % repigmentation is reported. */
  months: number[]
  /** 'mixed' (default: the documented site mix of Bae 2017's comparison) or one site for every patient. */
  site?: SiteId | 'mixed'
}

/** A topical agent's exposure where the Heal model's cells are: day-mean free concentration ÷ the agent's
 *  half-effect concentration (dimensionless; 1 = half the agent's largest effect). */
export interface TopicalExposure {
  /** The living basal layer (basal melanocytes, T cells at the junction). */
  basal: number
  /** The follicle bulge (the precursors of the follicular reservoir). */
  bulge: number
}

/**
 * What the adjuvants deliver, from the transport and UV models (adjuvants.ts → src/sim/transport): NB-UVB as a
 * share of the incident dose, lesion means over the living layer, as a function of the hours since the last laser
 * session (channels close by the healing model's rule; Infinity or no laser = intact skin); the topical agent as
 * exposures for the two kinds of application of the course.
 */
export interface AdjuvantDoses {
  uvBasalDoseFraction(hoursAfterLaser: number): number
  uvBulgeDoseFraction(hoursAfterLaser: number): number
  /** Daily home use on intact skin, once its reservoirs have built up (PRP: one in-clinic application). */
  topicalHome: TopicalExposure
  /** The in-clinic application right after a laser session, into the open channels, left on 24 h. */
  topicalAfterLaser: TopicalExposure
}

/** The population parameters fitted on Bae 2017 NB-UVB monotherapy (cohortParams.ts, calibrate.ts). */
export interface CalibratedParams {
  uvStimulusGain: number
  tCellKillPerH: number
  /** Divisions left to a fresh melanocyte daughter (from a follicle or a healthy resident): its lineage makes at
   *  most 2^G cells. */
  divisionBudget: number
  /** Asymmetric divisions each follicular precursor can make before the reservoir is spent. */
  reservoirDivisions: number
}

export interface HealingInput {
  site: SiteId
  seed: number
  laser: LaserSettings
  course: CourseSettings
  /** Overrides of the calibrated values (calibration scripts and tests only). */
  calibration?: Partial<CalibratedParams>
  /** Override of the adjuvant doses (default: adjuvantDosesFor(site, laser, course.topical): the transport model). */
  doses?: AdjuvantDoses
  /** Melanocyte agent capacity (default 'heal.melanocyte.capacity'). */
  capacity?: number
}

/** One named phase of the clock: [startDays, endDays), drawn on `share` of the timeline, log or linear inside. */
export interface ClockPhase {
  name: string
  startDays: number
  endDays: number
  share: number
  scale: 'log' | 'linear'
}

/** Figures at one moment (hourly series, daily timeline, seek). */
export interface HealingFigures {
  /** Share of the block's surface whose epidermis is still open. */
  openEpidermisFraction: number
  /** Share of the block's surface under eschar (MTZ lining or crust). */
  escharFraction: number
  /** Microscopic epidermal necrotic debris present, per mm². */
  mendsPerMm2: number
  /** Share of the lesion's basal layer covered by pigmenting melanocytes. */
  repigmentationFraction: number
  /** Melanocytes in the lesion's basal layer (spreading + pigmenting). */
  melanocytesInLesion: number
  activatedPrecursors: number
  tCellsInLesion: number
  /** Lesion-mean MMP-2, relative (1 = the level under a fully wounded surface at peak release). */
  mmp2Relative: number
  /** Lesion-mean pro-migratory growth factors, same units. */
  growthFactorRelative: number
  /** Lesion-mean UV melanogenic stimulus (decaying sum of relative basal doses). */
  uvStimulus: number
  /** Lesion-mean melanogenic stimulus of the follicular precursors, P_f (0–1; rates.ts). */
  precursorStimulus: number
  /** Lesion-mean topical exposure at the basal layer (depot; 1 = the agent's half-effect level). */
  topicalExposure: number
}

export interface TimelineEntry {
  day: number
  openEpidermisFraction: number
  repigmentationFraction: number
  melanocytesInLesion: number
  activatedPrecursors: number
  tCellsInLesion: number
  mmp2Relative: number
}

/** Melanocyte agents as stored in a checkpoint (struct of arrays; slot i is the same cell in every array). */
export interface MelanocyteSnapshot {
  count: number
  xUm: Float32Array
  yUm: Float32Array
  depthUm: Float32Array
  mode: Uint8Array
  follicleId: Int16Array
  /** Hour at which the agent in this slot was created (slots of lost cells are reused). */
  birthHour: Float32Array
}

export interface TCellSnapshot {
  count: number
  xUm: Float32Array
  yUm: Float32Array
  depthUm: Float32Array
  /** 1 = alive, 0 = apoptotic/gone (table TCELL_MODE_NAMES). */
  mode: Uint8Array
  birthHour: Float32Array
}

export interface Checkpoint {
  timeHours: number
  melanocytes: MelanocyteSnapshot
  tCells: TCellSnapshot
  /** Surface grid fields (HealingGridInfo layout). */
  mmp2: Float32Array
  growthFactor: Float32Array
  /** Pigment coverage 0..1 per grid cell (residents and repigmented cells). */
  coverage: Float32Array
}

export interface HealingGridInfo {
  nx: number
  ny: number
  cellUm: number
  widthUm: number
  lengthUm: number
}

export interface LaserSessionInfo {
  day: number
  mtzCount: number
  /** Share of the block wounded by this session. */
  woundFraction: number
  /** Days until the last wounded point is covered again. */
  reepithelializationDays: number
}

/** Closure of one session's wound on the fine wound raster (for seek and the open-epidermis figures). */
export interface SessionClosure {
  startHour: number
  fineNx: number
  fineNy: number
  fineCellUm: number
  /** Per fine cell, hours after the session at which new epidermis covers it; −1 = not wounded. */
  closeAfterHours: Float32Array
  /** The same hours of the wounded cells, sorted (block-wide open fraction by binary search). */
  sortedCloseHours: Float32Array
  /** Fine cells inside the block (the denominator of the fractions). */
  fineCellsInBlock: number
}

export interface HealingRun {
  site: SiteId
  seed: number
  endDays: number
  stepHours: number
  grid: HealingGridInfo
  /** Per grid cell, share inside the lesion. */
  lesionShare: Float32Array
  phases: ClockPhase[]
  sessions: LaserSessionInfo[]
  closures: SessionClosure[]
  uvSessionDays: number[]
  checkpoints: Checkpoint[]
  /** One value per hour from 0 to endDays·24 (inclusive) for each figure. */
  series: Record<keyof HealingFigures, Float32Array>
  timeline: TimelineEntry[]
  /** Mean speed of moving melanocytes over all moving agent-hours (≤ 9 µm/h by construction and by test). */
  meanMelanocyteSpeedUmPerH: number
  melanocyteModeNames: readonly string[]
  tCellModeNames: readonly string[]
  /** Whether the T-cell laser term (a hypothesis) was active in this run. */
  laserTCellHypothesisActive: boolean
  /** Whether the 5-FU melanocyte-stimulation term (a hypothesis, Tsuji & Hamada 1983) was active in this run. */
  fluorouracilHypothesisActive: boolean
  /** Melanocyte bookkeeping over the run: living cells at the start and end, births by division, losses. */
  melanocyteBalance: { initial: number; final: number; births: number; losses: number }
  /** Capacity reached at some point (divisions were refused). */
  capacityReached: boolean
  computeMs: number
}

/** The state at any time, interpolated between checkpoints by seek(). */
export interface HealingState {
  timeDays: number
  phase: string
  melanocytes: MelanocyteSnapshot
  tCells: TCellSnapshot
  mmp2: Float32Array
  growthFactor: Float32Array
  coverage: Float32Array
  /** Per grid cell, share of the surface whose epidermis is open. */
  openEpidermis: Float32Array
  figures: HealingFigures
}

export interface CohortArmResult {
  month: number
  atLeast25: number
  atLeast50: number
  atLeast75: number
}

export interface CohortConfig {
  patients: number
  months: number[]
  seed: number
  course: CourseSettings
  laser: LaserSettings
  /** 'mixed' = the documented site mix (cohortParams.ts); a site id = every patient at that site. */
  site?: SiteId | 'mixed'
  calibration?: Partial<CalibratedParams>
  /** Override of 'calibrated.activitySigma' (calibration only). */
  activitySigma?: number
}

export interface CohortResult {
  patients: number
  results: CohortArmResult[]
  /** Per site group present in the cohort, the same shares. */
  bySite: Record<string, { patients: number; results: CohortArmResult[] }>
  /** Each patient's repigmentation at each month (patients × months, row-major). */
  repigmentation: Float32Array
  computeMs: number
}
