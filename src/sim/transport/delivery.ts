// simulateDelivery: one topical application on intact and on lasered skin, side by side.
//
// Definitions (docs/model-transport.md §5):
// - amount in skin: agent in tissue (SC, epidermis, dermis, coagulated rim), not in the vehicle film nor in the
//   vehicle that fills open channels, per cm² of skin surface (unit-cell mean);
// - basal-layer concentration: volume mean of the tissue concentration over the basal layer (the deepest
//   'anatomy.basalLayerUm' of the viable epidermis) across the unit cell, µg/cm³ (channel volume excluded);
// - enhancementAtEnd: lasered ÷ intact amount delivered PAST the stratum corneum (viable epidermis, dermis, rim,
//   plus what the blood has already cleared) at the end of the application. Agent held in the SC (a reservoir)
//   does not count: it has not crossed the barrier. The amount in skin (SC included) is reported separately;
//   with a finite dose the lasered arm may hold less at the end because its dose has already passed through;
// - threshold: 'transport.thresholdFraction' (0.01%) of the applied concentration; timeToBasalThresholdH is the first
//   time (interpolated between time steps) the basal-layer concentration reaches it, null if not within the
//   application; depthReachedUm is the deepest depth whose lateral mean tissue concentration reaches it.
import type { ArmSeries, DeliveryInput, DeliveryRun, MassBalance } from './types'
import { Arm } from './arm'
import { agentProperties, agentSpec } from './agents'
import { closureHoursAt, unitCellFor } from './geometry'
import { transportParam as tp } from './transportParams'

/** Report times (h since the application started): every output step, at least 12 points, ending on `hours`. */
export function reportTimesH(hours: number): number[] {
  const step = Math.min(tp('transport.numerics.outputStepH'), hours / 12)
  const count = Math.round(hours / step)
  return Array.from({ length: count + 1 }, (_, k) => (k === count ? hours : k * step))
}

interface ArmRun {
  arm: Arm
  series: ArmSeries
  snapshots: Float32Array[]
  kinds: Uint8Array[]
  thresholdH: number | null
  /** ∫ basal-layer concentration dt (µg·h/cm³): whole cell, and over the damaged disc only (lasered). */
  basalAuc: number
  woundBasalAuc: number
  balance: MassBalance
  /** Amount delivered past the stratum corneum (viable tissue + rim + cleared by the blood), µg/cm², per report time. */
  delivered: number[]
}

function runArm(input: DeliveryInput, lasered: boolean, timesH: number[], threshold: number): ArmRun {
  const cell = unitCellFor(input.site, input.laser)
  const props = agentProperties(agentSpec(input.topical), cell.layers.stratumCorneumUm)
  const start = input.topical.applyAfterLaserHours
  const arm = new Arm({
    cell,
    lasered: lasered && cell.mode !== 'none',
    props,
    rimFactor: input.rimDiffusivityFactor ?? tp('transport.rimDiffusivityFactor'),
    startAfterLaserH: start,
    refineSpace: input.refine?.space ?? 1,
  })
  const c0 = input.topical.concentrationPercent * 10 * 1000 * tp('transport.vehicleDensityGPerCm3') // µg/cm³
  arm.updateMedia(start)
  arm.fillVehicle(c0)
  const initial = arm.balance().vehicle
  // Events: report times and the times at which the open radius crosses a column centre.
  const events = new Set(timesH.map((t) => t * 3600))
  if (lasered && cell.mode === 'fractional') {
    for (let i = 0; i + 1 < arm.rFaces.length; i++) {
      const t = closureHoursAt(cell, (arm.rFaces[i] + arm.rFaces[i + 1]) / 2) - start
      if (t > 0 && t < input.topical.hours) events.add(t * 3600)
    }
  }
  if (lasered && cell.mode === 'continuous') {
    const t = 48 - start
    if (t > 0 && t < input.topical.hours) events.add(t * 3600)
  }
  const eventS = [...events].sort((a, b) => a - b)
  const series: ArmSeries = { amountInSkinUgPerCm2: [], basalLayerConcentration: [], depthReachedUm: [] }
  const snapshots: Float32Array[] = []
  const kinds: Uint8Array[] = []
  const delivered: number[] = []
  const record = () => {
    const b = arm.balance()
    delivered.push(b.tissue - b.stratumCorneum + b.cleared)
    series.amountInSkinUgPerCm2.push(b.tissue)
    series.basalLayerConcentration.push(arm.basalMean())
    series.depthReachedUm.push(arm.depthReachedUm(threshold))
    snapshots.push(arm.snapshot())
    kinds.push(arm.kind.slice())
  }
  record()
  const dtStart = tp('transport.numerics.dtStartS') * (input.refine?.time ?? 1)
  const dtMax = tp('transport.numerics.dtMaxS') * (input.refine?.time ?? 1)
  const woundR = cell.lesionRadiusUm
  let t = 0
  let dt = Math.min(dtStart, dtMax)
  let basalPrev = 0
  let woundPrev = 0
  let basalAuc = 0
  let woundBasalAuc = 0
  let thresholdH: number | null = null
  const closureS = new Set([...eventS].filter((e) => !timesH.some((th) => Math.abs(th * 3600 - e) < 1e-6)))
  const advance = (h: number) => {
    arm.solver.step(h)
    t += h
    const basal = arm.basalMean()
    const wound = lasered ? arm.basalMean(woundR) : basal
    basalAuc += ((basalPrev + basal) / 2) * (h / 3600)
    woundBasalAuc += ((woundPrev + wound) / 2) * (h / 3600)
    if (thresholdH === null && basal >= threshold) {
      const f = (threshold - basalPrev) / (basal - basalPrev)
      thresholdH = (t - h + f * h) / 3600
    }
    basalPrev = basal
    woundPrev = wound
  }
  for (const target of eventS) {
    if (target <= 0) continue
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
    else record()
  }
  const end = arm.balance()
  const balance: MassBalance = {
    initialUgPerCm2: initial,
    vehicleUgPerCm2: end.vehicle,
    tissueUgPerCm2: end.tissue,
    clearedUgPerCm2: end.cleared,
  }
  return { arm, series, snapshots, kinds, thresholdH, basalAuc, woundBasalAuc, balance, delivered }
}

/** Both arms, with the fields for the view and the AUCs for the Heal model. */
export function runDelivery(input: DeliveryInput): DeliveryRun {
  const t0 = performance.now()
  const timesH = reportTimesH(input.topical.hours)
  const fraction = tp('transport.thresholdFraction')
  const c0 = input.topical.concentrationPercent * 1e4 * tp('transport.vehicleDensityGPerCm3')
  const threshold = fraction * c0
  const intact = runArm(input, false, timesH, threshold)
  const lasered = runArm(input, true, timesH, threshold)
  const endIntact = intact.delivered[timesH.length - 1]
  const endLasered = lasered.delivered[timesH.length - 1]
  const enhancementAtEnd =
    endIntact > 0 ? endLasered / endIntact : endLasered > 0 ? Number.POSITIVE_INFINITY : 1
  const cell = unitCellFor(input.site, input.laser)
  const field = (run: ArmRun) => ({
    nr: run.arm.solver.nr,
    nz: run.arm.solver.nz,
    rFacesUm: run.arm.rFaces,
    zFacesUm: run.arm.zFaces,
    concentrationUgPerCm3: run.snapshots,
    kind: run.kinds,
  })
  return {
    result: {
      agent: input.topical.agent,
      timesH,
      intact: intact.series,
      lasered: lasered.series,
      enhancementAtEnd,
      timeToBasalThresholdH: { intact: intact.thresholdH, lasered: lasered.thresholdH },
    },
    fields: { timesH, intact: field(intact), lasered: field(lasered) },
    properties: agentProperties(agentSpec(input.topical), cell.layers.stratumCorneumUm),
    unitCell: cell,
    massBalance: { intact: intact.balance, lasered: lasered.balance },
    threshold: { concentrationUgPerCm3: threshold, fraction },
    deliveredUgPerCm2: { intact: intact.delivered, lasered: lasered.delivered },
    basalAuc: { intact: intact.basalAuc, lasered: lasered.basalAuc, wound: lasered.woundBasalAuc },
    computeMs: performance.now() - t0,
  }
}

/** The report's delivery object (full precision). */
export function simulateDelivery(input: DeliveryInput) {
  return runDelivery(input).result
}
