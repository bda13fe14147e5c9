// The healing run: one clock from the first laser pulse to the end of the course, in steps of one hour.
// Each hour: the course's events (laser session, NB-UVB session, topical application), the growth-factor field
// (hourly) and MMP-2 field (every 3 h), the moving agents (climbing and spreading melanocytes). Every slow tick
// (6 h): densities, stimulus, hazards, then each agent's mode function (activation, division, maturation, loss)
// and the T cells. Figures are recorded every hour, checkpoints every day (every 3 h for the first 2 days), so
// that seek() interpolates instead of replaying (checkpoints.ts).
import type { HealingInput, HealingRun } from './types'
import { createRng } from '../rng'
import { buildWorld, type World } from './setup'
import { healingParam } from './healingParams'
import { DiffusionField, growthFactorRelease, mmp2Release } from './fields'
import { CellRates } from './rates'
import {
  MELANOCYTE_MODE_NAMES,
  MODE,
  climb,
  stepActivated,
  stepDormant,
  stepPigmenting,
  stepResident,
  stepSpreading,
  walk,
  type AgentContext,
} from './agents'
import { TCELL_MODE_NAMES } from './tcells'
import { clockPhases } from './clock'
import { takeCheckpoint } from './checkpoints'
import { FigureRecorder } from './figures'
import { applyLaserSession, applyTopical, applyUvSession, stepTCells } from './events'
import { fluorouracilHypothesisActive, topicalRules, type TopicalRules } from './topicalEffects'

const now = (): number => globalThis.performance?.now() ?? Date.now()
/** 256 unit vectors (cos, sin interleaved): a random direction is one table lookup. */
const DIRECTIONS = Float32Array.from({ length: 512 }, (_, k) => {
  const angle = (2 * Math.PI * (k >> 1)) / 256
  return k % 2 === 0 ? Math.cos(angle) : Math.sin(angle)
})

export interface EngineState {
  w: World
  rates: CellRates
  gf: DiffusionField
  mmp2: DiffusionField
  ctx: AgentContext
  /** Wound share per grid cell of each session (field sources). */
  sessionShares: Float32Array[]
  random: () => number
  tCellInflux: number
  /** How the course's topical agent acts (topicalEffects.ts). */
  rules: TopicalRules
}

function eventHours(days: number[], offsetH: number): Set<number> {
  return new Set(days.map((d) => Math.round(d * 24 + offsetH)))
}

/** Field sources per cell at a time (relative units per hour × decay rate), or null when no session releases. */
function sources(
  st: EngineState,
  field: DiffusionField,
  atHour: number,
  release: (hoursAfter: number) => number,
): Float32Array | null {
  const { w } = st
  let out: Float32Array | null = null
  for (let s = 0; s < w.sessions.length; s++) {
    const after = atHour - w.sessions[s].hour
    if (after < 0) continue
    const r = release(after)
    if (r < 1e-4) continue
    out ??= new Float32Array(w.grid.nx * w.grid.ny)
    const share = st.sessionShares[s]
    for (let k = 0; k < out.length; k++) out[k] += share[k] * r * field.decayPerH
  }
  return out
}

/** Growth factors: hourly during the 3-day burst after a session, else every 6 h; MMP-2 every 3 h. */
function stepFields(st: EngineState, hour: number): void {
  const burstH = healingParam('heal.gf.releaseDecayH')
  const share = healingParam('heal.gf.sustainedShare')
  const sustainedH = healingParam('heal.gf.sustainedDecayDays') * 24
  const gfRelease = (after: number) => growthFactorRelease(after, burstH, share, sustainedH)
  const inBurst = st.w.sessions.some((s) => hour >= s.hour && hour - s.hour < 3 * burstH)
  const gfStep = inBurst ? 1 : 6
  if ((hour + 1) % gfStep === 0) st.gf.step(gfStep, sources(st, st.gf, hour + 1 - gfStep / 2, gfRelease))
  const mmpStep = 3
  if ((hour + 1) % mmpStep !== 0) return
  const peakH = healingParam('heal.mmp2.releasePeakDays') * 24
  const shape = healingParam('heal.mmp2.releaseShape')
  st.mmp2.step(
    mmpStep,
    sources(st, st.mmp2, hour + 1 - mmpStep / 2, (after) => mmp2Release(after, peakH, shape)),
  )
}

// Local copies: hot loops read plain constants, not a module binding.
const { dormant: DORMANT, activated: ACTIVATED, climbing: CLIMBING } = MODE
const { spreading: SPREADING, pigmenting: PIGMENTING, resident: RESIDENT } = MODE

function moveAgents(ctx: AgentContext): void {
  const s = ctx.store
  const mode = s.mode
  for (let i = 0; i < s.count; i++) {
    const m = mode[i]
    if (m === SPREADING) walk(ctx, i, 1)
    else if (m === CLIMBING) climb(ctx, i, 1)
  }
}

function slowTick(st: EngineState, dtH: number): void {
  const { rates, w, ctx } = st
  const exposureBlend = 1 - Math.exp(-dtH / (healingParam('heal.mmp2.exposureWindowDays') * 24))
  for (let k = 0; k < rates.n; k++)
    rates.mmp2Exposure[k] += (st.mmp2.values[k] - rates.mmp2Exposure[k]) * exposureBlend
  rates.updateDensities()
  rates.updateRates(st.gf.values, st.mmp2.values, st.rules, dtH)
  const s = w.melanocytes
  const n = s.count // daughters born during this tick wait for the next one
  for (let i = 0; i < n; i++) {
    switch (s.mode[i]) {
      case DORMANT:
        stepDormant(ctx, i)
        break
      case ACTIVATED:
        stepActivated(ctx, i)
        break
      case SPREADING:
        stepSpreading(ctx, i)
        break
      case PIGMENTING:
        stepPigmenting(ctx, i)
        break
      case RESIDENT:
        stepResident(ctx, i)
        break
    }
  }
  stepTCells(st, dtH)
}

function createState(input: HealingInput): EngineState {
  const w = buildWorld(input)
  const rng = createRng(input.seed).fork('healing.agents')
  const random = () => rng.next()
  const rates = new CellRates(w)
  const slowH = healingParam('heal.clock.slowTickHours')
  const gf = new DiffusionField(
    w.grid,
    healingParam('heal.gf.diffusivityUm2PerH'),
    healingParam('heal.gf.halfLifeH'),
  )
  const mmp2 = new DiffusionField(
    w.grid,
    healingParam('heal.mmp2.diffusivityUm2PerH'),
    healingParam('heal.mmp2.halfLifeH'),
  )
  const ctx: AgentContext = {
    store: w.melanocytes,
    hour: 0,
    random,
    directions: DIRECTIONS,
    gridIndex: w.gridIndex,
    pActivate: rates.pActivate,
    pNicheDivide: rates.pNicheDivide,
    pDeactivate: rates.pDeactivate,
    pDivide: rates.pDivide,
    pHomeostatic: rates.pHomeostatic,
    pLoss: rates.pLoss,
    pMature: 1 - Math.exp(-slowH / (healingParam('heal.melanocyte.maturationDays') * 24)),
    motility: rates.motility,
    follicles: w.follicleAxes,
    basalDepthUm: w.basalDepthUm,
    widthUm: w.grid.widthUm,
    lengthUm: w.grid.lengthUm,
    maxSpeedUmPerH: healingParam('heal.melanocyte.maxSpeedUmPerH'),
    climbUpProbability: healingParam('heal.melanocyte.orsClimbUpProbability'),
    daughterOffsetUm: healingParam('heal.melanocyte.daughterOffsetUm'),
    divisionBudget: w.calibration.divisionBudget,
    pathUm: 0,
    movingHours: 0,
  }
  const rules = topicalRules(input.course.topical)
  return { w, rates, gf, mmp2, ctx, sessionShares: [], random, tCellInflux: 0, rules }
}

/** Runs the whole course once (≈ 1 s for 180 days); seek() then reads the checkpoints. Deterministic. */
export function runHealing(input: HealingInput): HealingRun {
  const started = now()
  const st = createState(input)
  const { w, rates, ctx } = st
  const living = () => w.melanocytes.count - w.melanocytes.countMode(MODE.lost)
  const initialLiving = living()
  const laserHours = new Map(w.sessions.map((s, k) => [Math.round(s.hour), k]))
  const uvHours = eventHours(w.schedule.uvDays, 12)
  const topicalAt = new Map(w.schedule.topicalDays.map((t) => [Math.round(t.day * 24), t.afterLaser]))
  const slowH = healingParam('heal.clock.slowTickHours')
  const dayH = healingParam('heal.clock.checkpointHours')
  const earlyH = healingParam('heal.clock.earlyCheckpointHours')
  const earlyUntilH = healingParam('heal.phase.reepithelializationEndDays') * 24
  const recorder = new FigureRecorder(w, rates)
  const checkpoints = []
  // The UV stimulus and the topical depot decay at each slow tick (events in between add to them).
  const decayUv = Math.exp(-slowH / (healingParam('heal.uv.stimulusDecayDays') * 24))
  const decayTopical = Math.exp(-slowH / (healingParam('heal.topical.depotDays') * 24))

  rates.updateDensities()
  rates.updateRates(st.gf.values, st.mmp2.values, st.rules, slowH)
  for (let hour = 0; ; hour++) {
    ctx.hour = hour
    const session = laserHours.get(hour)
    if (session !== undefined) applyLaserSession(st, session)
    const topical = topicalAt.get(hour)
    if (topical !== undefined) applyTopical(st, topical)
    if (uvHours.has(hour)) applyUvSession(st, hour)
    if (session !== undefined) {
      rates.updateDensities()
      rates.updateRates(st.gf.values, st.mmp2.values, st.rules, slowH)
    }
    recorder.record(hour, st)
    if (hour % dayH === 0 || (hour < earlyUntilH && hour % earlyH === 0) || hour === w.endHours) {
      checkpoints.push(takeCheckpoint(st, hour))
      w.melanocytes.releaseLost()
      w.tCells.releaseDead()
    }
    if (hour >= w.endHours) break
    stepFields(st, hour)
    moveAgents(ctx)
    if ((hour + 1) % slowH === 0) {
      for (let k = 0; k < rates.n; k++) {
        rates.uv[k] *= decayUv
        rates.uvFollicle[k] *= decayUv
        rates.topicalBasal[k] *= decayTopical
        rates.topicalBulge[k] *= decayTopical
      }
      slowTick(st, slowH)
    }
  }
  const series = recorder.series
  return {
    site: input.site,
    seed: input.seed,
    endDays: w.endHours / 24,
    stepHours: 1,
    grid: { ...w.grid },
    lesionShare: w.lesionShare,
    phases: clockPhases(w.endHours / 24),
    sessions: w.sessions.map((s) => ({
      day: s.hour / 24,
      mtzCount: s.wound.mtzCount,
      woundFraction: s.wound.woundFraction,
      reepithelializationDays: s.wound.reepithelializationDays,
    })),
    closures: w.sessions.map((s) => s.wound.closure),
    uvSessionDays: [...w.schedule.uvDays],
    checkpoints,
    series,
    timeline: recorder.timeline(),
    meanMelanocyteSpeedUmPerH: ctx.movingHours > 0 ? ctx.pathUm / ctx.movingHours : 0,
    melanocyteModeNames: MELANOCYTE_MODE_NAMES,
    tCellModeNames: TCELL_MODE_NAMES,
    laserTCellHypothesisActive: w.sessions.length > 0 && healingParam('heal.tCell.laserApoptosisPerH') > 0,
    fluorouracilHypothesisActive: w.sessions.length > 0 && fluorouracilHypothesisActive(input.course.topical),
    melanocyteBalance: {
      initial: initialLiving,
      final: living(),
      births: w.melanocytes.births,
      losses: w.melanocytes.losses,
    },
    capacityReached: w.melanocytes.refused > 0,
    computeMs: now() - started,
  }
}
