// simulateDelivery: one topical application on intact and on lasered skin, side by side.
//
// Definitions (docs/model-transport.md §5):
// - amount in skin: agent in tissue (SC, epidermis, dermis, coagulated rim), not in the vehicle film nor in the
//   vehicle that fills open channels, per cm² of skin surface (unit-cell mean);
// - basal-layer concentration: volume mean over the LIVING basal layer (the deepest 'anatomy.basalLayerUm' of the
//   viable epidermis, tissue cells only: not the coagulated rim, not the channel) across the unit cell, µg/cm³;
// - delivered: agent past the stratum corneum (viable epidermis, dermis, rim, plus what has been cleared);
// - enhancement (enhancement.ts): lasered ÷ intact delivered, the intact amount floored at a detection limit, at
//   the end of the application and at a 24 h horizon (the vehicle left on: the run goes on past `hours`);
// - threshold: 'transport.thresholdFraction' (0.01%) of the applied concentration; timeToBasalThresholdH is the first
//   time (interpolated between time steps, except inside the first step) the living basal mean reaches it.
import type { ArmSeries, DeliveryInput, DeliveryRun, MassBalance } from './types'
import { Arm } from './arm'
import { agentProperties, agentSpec } from './agents'
import { closureEventsH, unitCellFor } from './geometry'
import { dermalClearance } from './clearance'
import { appliedUgPerCm3, solubilityOf } from './vehicle'
import { enhancementOf, customAgentWarnings } from './enhancement'
import { transportParam as tp } from './transportParams'

/** Report times (h since the application started): every output step, at least 12 points, ending on `hours`. */
export function reportTimesH(hours: number): number[] {
  const step = Math.min(tp('transport.numerics.outputStepH'), hours / 12)
  const count = Math.round(hours / step)
  return Array.from({ length: count + 1 }, (_, k) => (k === count ? hours : k * step))
}

/** Hours since the application started at which the enhancement horizon figure is read. */
export function horizonH(hours: number): number {
  return Math.max(hours, tp('transport.enhancementHorizonH'))
}

interface Crossing {
  hours: number | null
  withinFirstStep: boolean
}

/** Watches a concentration for the first time it reaches a threshold (linear between steps, not in the first). */
class ThresholdWatch {
  crossing: Crossing = { hours: null, withinFirstStep: false }
  private prev = 0
  private steps = 0
  constructor(private readonly threshold: number) {}
  update(value: number, tEndS: number, stepS: number): void {
    this.steps++
    if (this.crossing.hours === null && value >= this.threshold) {
      if (this.steps === 1) this.crossing = { hours: tEndS / 3600, withinFirstStep: true }
      else {
        const f = (this.threshold - this.prev) / (value - this.prev)
        this.crossing = { hours: (tEndS - stepS + f * stepS) / 3600, withinFirstStep: false }
      }
    }
    this.prev = value
  }
}

interface ArmRun {
  arm: Arm
  series: ArmSeries
  snapshots: Float32Array[]
  kinds: Uint8Array[]
  basal: Crossing
  midway: Crossing
  /** ∫ basal-layer concentration dt (µg·h/cm³): whole cell, and over the damaged disc only (lasered). */
  basalAuc: number
  woundBasalAuc: number
  balance: MassBalance
  /** Amount delivered past the stratum corneum, µg/cm², per report time, and at the horizon. */
  delivered: number[]
  deliveredAtHorizon: number
  suspendedAtEnd: number
  /** Compute time until the end of the application (the rest runs on to the horizon), ms. */
  applicationMs: number
}

function runArm(
  input: DeliveryInput,
  lasered: boolean,
  timesH: number[],
  threshold: number,
  clearancePerS: number,
): ArmRun {
  const cell = unitCellFor(input.site, input.laser)
  const props = agentProperties(agentSpec(input.topical), cell.layers.stratumCorneumUm)
  const start = input.topical.applyAfterLaserHours
  const hours = input.topical.hours
  const endS = (input.skipHorizon ? hours : horizonH(hours)) * 3600
  const arm = new Arm({
    cell,
    lasered: lasered && cell.mode !== 'none',
    props,
    rimFactor: input.rimDiffusivityFactor ?? tp('transport.rimDiffusivityFactor'),
    startAfterLaserH: start,
    refineSpace: input.refine?.space ?? 1,
    clearancePerS,
  })
  arm.updateMedia(start)
  // Same dose per area on both arms: if the channels hold more than the applied film can give (a deep continuous
  // pass), the film keeps a minimum thickness and the rest of the channels is wound fluid: the agent spreads into it.
  const c0 = appliedUgPerCm3(input.topical.concentrationPercent)
  const fill = Math.min(1, tp('transport.vehicleFilmUm') / arm.vehicleThicknessUm())
  arm.fillVehicle(c0 * fill, solubilityOf(props.agent).ugPerCm3)
  const initial = arm.balance().vehicle
  // Events: report times, the end of the horizon run, and the times at which the channel mouth passes a column.
  const reportS = new Set(timesH.map((t) => t * 3600))
  const closureS = new Set<number>()
  if (lasered) {
    for (const h of closureEventsH(cell, arm.rFaces)) {
      const s = (h - start) * 3600
      if (s > 0 && s < endS && !reportS.has(s)) closureS.add(s)
    }
  }
  const eventS = [...new Set([...reportS, ...closureS, endS])].sort((a, b) => a - b)
  const series: ArmSeries = { amountInSkinUgPerCm2: [], basalLayerConcentration: [], depthReachedUm: [] }
  const snapshots: Float32Array[] = []
  const kinds: Uint8Array[] = []
  const delivered: number[] = []
  const deliveredNow = () => {
    const b = arm.balance()
    return b.tissue - b.stratumCorneum + b.cleared
  }
  const record = () => {
    const b = arm.balance()
    delivered.push(b.tissue - b.stratumCorneum + b.cleared)
    series.amountInSkinUgPerCm2.push(b.tissue)
    series.basalLayerConcentration.push(arm.livingBasalMean())
    series.depthReachedUm.push(arm.depthReachedUm(threshold))
    snapshots.push(arm.snapshot())
    kinds.push(arm.kind.slice())
  }
  record()
  let balance: MassBalance | null = null
  let suspendedAtEnd = 0
  const armStarted = performance.now()
  let applicationMs = Number.NaN
  const closeApplication = () => {
    applicationMs = performance.now() - armStarted
    const b = arm.balance()
    balance = {
      initialUgPerCm2: initial,
      vehicleUgPerCm2: b.vehicle,
      tissueUgPerCm2: b.tissue,
      clearedUgPerCm2: b.cleared,
    }
    suspendedAtEnd = arm.solidUgPerCm2()
  }
  const scale = input.refine?.time ?? 1
  const dtStart = tp('transport.numerics.dtStartS') * scale
  const dtMaxApplication = tp('transport.numerics.dtMaxS') * scale
  const dtMaxHorizon = tp('transport.numerics.dtMaxHorizonS') * scale
  const woundR = cell.lesionRadiusUm
  const midwayR = 0.9 * cell.radiusUm
  const basalWatch = new ThresholdWatch(threshold)
  const midwayWatch = new ThresholdWatch(threshold)
  const hoursS = hours * 3600
  let t = 0
  let dt = dtStart
  let basalPrev = 0
  let woundPrev = 0
  let basalAuc = 0
  let woundBasalAuc = 0
  const advance = (h: number) => {
    arm.step(h)
    t += h
    if (t > hoursS + 1e-6) return // past the application: only the horizon's delivered amount is read
    const basal = arm.basalMean()
    const wound = lasered ? arm.basalMean(woundR) : basal
    basalAuc += ((basalPrev + basal) / 2) * (h / 3600)
    woundBasalAuc += ((woundPrev + wound) / 2) * (h / 3600)
    basalPrev = basal
    woundPrev = wound
    basalWatch.update(arm.livingBasalMean(), t, h)
    if (lasered) midwayWatch.update(arm.livingBasalMean(midwayR), t, h)
  }
  for (const target of eventS) {
    if (target <= 0) continue
    const dtMax = target <= hoursS + 1e-6 ? dtMaxApplication : dtMaxHorizon
    // Doubling steps from dtStart, then equal steps ≤ dtMax that land on the event (few distinct Δt: few
    // factorizations).
    while (dt < dtMax && t + dt < target - 1e-9) {
      advance(dt)
      dt = Math.min(dtMax, dt * 2)
    }
    const n = Math.max(1, Math.ceil((target - t) / dtMax - 1e-9))
    const h = (target - t) / n
    for (let k = 0; k < n; k++) advance(h)
    t = target
    if (closureS.has(target)) arm.updateMedia(start + t / 3600)
    else if (reportS.has(target)) record()
    if (Math.abs(target - hoursS) < 1e-6) closeApplication()
  }
  return {
    arm,
    series,
    snapshots,
    kinds,
    basal: basalWatch.crossing,
    midway: midwayWatch.crossing,
    basalAuc,
    woundBasalAuc,
    balance: balance as unknown as MassBalance,
    delivered,
    deliveredAtHorizon: input.skipHorizon ? Number.NaN : deliveredNow(),
    suspendedAtEnd,
    applicationMs,
  }
}

/** Both arms, with the fields for the view and the AUCs for the Heal model. */
export function runDelivery(input: DeliveryInput): DeliveryRun {
  const t0 = performance.now()
  const timesH = reportTimesH(input.topical.hours)
  const spec = agentSpec(input.topical)
  const fraction = tp('transport.thresholdFraction')
  const c0 = appliedUgPerCm3(input.topical.concentrationPercent)
  const threshold = fraction * c0
  const clearance = dermalClearance(spec.molecularWeight, input.capillaryPSFactor ?? 1)
  const intact = runArm(input, false, timesH, threshold, clearance.totalPerS)
  const lasered = runArm(input, true, timesH, threshold, clearance.totalPerS)
  const cell = unitCellFor(input.site, input.laser)
  const properties = agentProperties(spec, cell.layers.stratumCorneumUm)
  const enhancement = enhancementOf({
    doseUgPerCm2: intact.balance.initialUgPerCm2,
    hours: input.topical.hours,
    horizonH: horizonH(input.topical.hours),
    intact: { end: intact.delivered[timesH.length - 1], horizon: intact.deliveredAtHorizon },
    lasered: { end: lasered.delivered[timesH.length - 1], horizon: lasered.deliveredAtHorizon },
    stratumCorneumUm: cell.layers.stratumCorneumUm,
    scDiffusivityCm2PerS: properties.stratumCorneum.diffusivityCm2PerS,
  })
  const solubility = solubilityOf(spec)
  const field = (run: ArmRun) => ({
    nr: run.arm.solver.nr,
    nz: run.arm.solver.nz,
    rFacesUm: run.arm.rFaces,
    zFacesUm: run.arm.zFaces,
    concentrationUgPerCm3: run.snapshots,
    kind: run.kinds,
  })
  const dtStart = tp('transport.numerics.dtStartS') * (input.refine?.time ?? 1)
  return {
    result: {
      agent: input.topical.agent,
      timesH,
      intact: intact.series,
      lasered: lasered.series,
      enhancementAtEnd: enhancement.atEnd.ratio,
      enhancement,
      timeToBasalThresholdH: { intact: intact.basal.hours, lasered: lasered.basal.hours },
      basalThreshold: {
        concentrationUgPerCm3: threshold,
        fraction,
        firstStepH: dtStart / 3600,
        withinFirstStep: { intact: intact.basal.withinFirstStep, lasered: lasered.basal.withinFirstStep },
        laseredMidwayH: lasered.midway.hours,
      },
      vehicle: {
        appliedUgPerCm3: c0,
        doseUgPerCm2: intact.balance.initialUgPerCm2,
        solubilityUgPerCm3: Number.isFinite(solubility.ugPerCm3) ? solubility.ugPerCm3 : null,
        solubilityBasis: solubility.basis,
        dissolvedUgPerCm3: Math.min(c0, solubility.ugPerCm3),
        suspendedAtEndUgPerCm2: { intact: intact.suspendedAtEnd, lasered: lasered.suspendedAtEnd },
      },
      warnings: customAgentWarnings(spec, properties),
    },
    fields: { timesH, intact: field(intact), lasered: field(lasered) },
    properties,
    unitCell: cell,
    massBalance: { intact: intact.balance, lasered: lasered.balance },
    threshold: { concentrationUgPerCm3: threshold, fraction },
    deliveredUgPerCm2: { intact: intact.delivered, lasered: lasered.delivered },
    clearance,
    basalAuc: { intact: intact.basalAuc, lasered: lasered.basalAuc, wound: lasered.woundBasalAuc },
    computeMs: performance.now() - t0,
    applicationComputeMs: intact.applicationMs + lasered.applicationMs,
  }
}

/** The report's delivery object (full precision). */
export function simulateDelivery(input: DeliveryInput) {
  return runDelivery(input).result
}
