// The reduced per-patient model used by the virtual cohort: the mean-field (continuum) limit of the agent rules
// of agents.ts / rates.ts / tcells.ts, with the SAME parameters, on two 1D grids instead of a 2D block
// (reducedGrid.ts: the grids, their step with the lineages' finite division budget, and the coverage):
//   - an island around one follicle (radial grid, zero flux at 2.4 mm), fed by the follicle's reservoir;
//   - the lesion's margin (planar grid from 200 µm of healthy skin to 4 mm inside), fed by healthy residents.
// Loss hazard h = k_T·τ + k_M·(E − θ)⁺,  τ = N·(cf + (1 − cf)·e^{−x/λ}) at the margin, N·cf in the interior
// Reservoir per follicle (dormant D, activated A, climbing C): A' = k_act·P·D − k_deact·(1 − P)·A,
// C' = r·P·A − C/τ_climb while the reservoir's asymmetric divisions last (precursors × M, 'calibrated.
// reservoirDivisions': the finite stem-cell reservoir), island influx C/τ_climb with a fresh budget G each;
// τ_climb = climb ÷ ((2·0.8 − 1)·9 µm/h·m).
// T cells (N relative to the untreated steady state): N' = a/res·(1 − f_FU·E) − (1/res + a_L·Ĝ + a_C·E)·N, each UV
// session kills p_UV·dose, each laser session its wounded share. Laser signals (Ĝ, m², MMP-2, closure) come
// from sessionResponse.ts; adjuvant doses from the transport and UV models (adjuvants.ts) and the agents' rules
// from topicalEffects.ts. Two stimuli: P_f (follicular precursors: UV signal + direct bulge UV, bulge exposure)
// and P_b (basal melanocytes: basal UV dose and exposure).
import type { AdjuvantDoses, CalibratedParams, CourseSettings } from './types'
import type { SessionResponse } from './sessionResponse'
import type { Rng } from '../rng'
import { healingParam } from './healingParams'
import { cohortParam } from './cohortParams'
import { paramValue } from '../params'
import { courseSchedule, emax, hoursSinceLaser } from './adjuvants'
import {
  depotIncrement,
  fluorouracilStimulus,
  growthFactorEffect,
  tCellApoptosisPerH,
  tCellInfluxFactor,
  topicalRules,
} from './topicalEffects'
import {
  HEALTHY_NODES,
  coverage,
  makeGrid,
  scaleGrid,
  stepGrid,
  type GridStep,
  type ReducedGrid,
} from './reducedGrid'

export interface PatientProfile {
  folliclesPerMm2: number
  reservoirShare: number
  activity: number
  adherence: number
  lesionRadiusUm: number
  climbUm: number
  melanocytesPerMm2: number
}

export interface ReducedArm {
  course: CourseSettings
  laserMode: 'fractional' | 'continuous' | 'none'
  response: SessionResponse | null
  doses: AdjuvantDoses
  calibration: CalibratedParams
  uvReference: number
}

/** Hours → the step index that holds them (events fire at the start of their step). */
function stepsOf(hours: number[], dt: number): Int32Array {
  return Int32Array.from(hours, (h) => Math.floor(h / dt + 1e-9))
}

/** Repigmentation of one patient's lesion at each sample day (0..1). Deterministic for the rng's stream. */
export function runReducedPatient(
  patient: PatientProfile,
  arm: ReducedArm,
  sampleDays: number[],
  rng: Rng,
): number[] {
  const dt = cohortParam('reduced.stepHours')
  const dx = cohortParam('reduced.cellUm')
  const endDays = Math.max(...sampleDays)
  const K = patient.melanocytesPerMm2 / 1e6
  const vMax = healingParam('heal.melanocyte.maxSpeedUmPerH')
  const rest = healingParam('heal.melanocyte.restingSpeedFraction')
  const r = Math.LN2 / healingParam('heal.melanocyte.divisionHours')
  const kAct = healingParam('heal.melanocyte.activationPerH')
  const kDeact = 1 / (healingParam('heal.melanocyte.deactivationDays') * 24)
  const mature = 1 - Math.exp(-dt / (healingParam('heal.melanocyte.maturationDays') * 24))
  const residence = healingParam('heal.tCell.residenceDays') * 24
  const cf = paramValue('tCell.centreFraction')
  const lambda = paramValue('tCell.marginDecayUm')
  const { course, response, calibration: cal } = arm
  const schedule = courseSchedule(course, arm.laserMode, endDays)
  const laserH = schedule.laserDays.map((d) => d * 24)
  const uvH = schedule.uvDays.filter(() => rng.next() < patient.adherence).map((d) => d * 24 + 12)
  const topicalH = schedule.topicalDays.map((t) => t.day * 24)
  const topicalAdd = schedule.topicalDays.map((t) =>
    depotIncrement(t.afterLaser ? arm.doses.topicalAfterLaser : arm.doses.topicalHome),
  )

  // grids
  const nIsland = Math.round(cohortParam('reduced.islandDomainUm') / dx)
  const nMargin = HEALTHY_NODES + Math.round(cohortParam('reduced.marginDomainUm') / dx)
  const island: ReducedGrid = makeGrid(nIsland, true, dx)
  const margin: ReducedGrid = makeGrid(nMargin, false, dx)
  const residents = new Float64Array(nMargin)
  const band = paramValue('lesion.borderBandUm')
  const minSurvival = paramValue('melanocyte.borderBandMinSurvival')
  for (let j = 0; j < HEALTHY_NODES; j++) {
    const outsideUm = (HEALTHY_NODES - j - 0.5) * dx
    residents[j] = K * Math.min(1, minSurvival + ((1 - minSurvival) * outsideUm) / band)
  }
  const tMarginFactor = Float64Array.from({ length: nMargin }, (_, j) =>
    j < HEALTHY_NODES ? 0 : cf + (1 - cf) * Math.exp(-((j - HEALTHY_NODES + 0.5) * dx) / lambda),
  )

  let dormant = paramValue('precursor.perFollicle')
  let reservoirLeft = dormant * cal.reservoirDivisions
  const freshCapacity = 2 ** cal.divisionBudget
  let activated = 0
  let climbing = 0
  let tCells = patient.activity
  let uv = 0
  let uvFollicle = 0
  let topicalBasal = 0
  let topicalBulge = 0
  let exposure = 0
  let islandReach = 0
  let marginReach = HEALTHY_NODES
  const results: number[] = []
  let nextSample = 0
  const uvDecay = Math.exp(-dt / (healingParam('heal.uv.stimulusDecayDays') * 24))
  const topicalDecay = Math.exp(-dt / (healingParam('heal.topical.depotDays') * 24))
  const exposureBlend = 1 - Math.exp(-dt / (healingParam('heal.mmp2.exposureWindowDays') * 24))
  const bulgeWeight = healingParam('heal.uv.bulgeDirectWeight')
  const pUv = healingParam('heal.tCell.uvApoptosisPerSession')
  const gfWeight = healingParam('heal.melanocyte.gfStimulusWeight')
  const rules = topicalRules(course.topical)
  const mmpLossRate = healingParam('heal.mmp2.lossPerHPerExcess')
  const mmpThreshold = healingParam('heal.mmp2.chronicThreshold')
  const laserTPerH = healingParam('heal.tCell.laserApoptosisPerH')
  const netClimb = 2 * healingParam('heal.melanocyte.orsClimbUpProbability') - 1
  const laserSteps = stepsOf(laserH, dt)
  const uvSteps = stepsOf(uvH, dt)
  const topicalSteps = stepsOf(topicalH, dt)
  let nextLaser = 0
  let nextUv = 0
  let nextTopical = 0
  const flux = new Float64Array(Math.max(nIsland, nMargin) + 2)
  const fluxW = new Float64Array(flux.length)
  const islandStep: GridStep = {
    D: 0,
    birth: 0,
    mature,
    K,
    dt,
    tLossPerH: 0,
    tFactor: new Float64Array(nIsland).fill(cf),
    mmpLossPerH: 0,
    mmpFrom: 0,
    freshCapacity,
  }
  const marginStep: GridStep = { ...islandStep, tFactor: tMarginFactor, mmpFrom: HEALTHY_NODES }
  const kT = cal.tCellKillPerH

  for (let step = 0; step * dt <= endDays * 24 + 1e-9; step++) {
    const t0 = step * dt
    for (; nextLaser < laserSteps.length && laserSteps[nextLaser] <= step; nextLaser++) {
      const wf = response?.woundFraction ?? 0
      tCells *= 1 - wf
      scaleGrid(island, 1 - wf)
      scaleGrid(margin, 1 - wf)
      const kill = 1 - (response?.precursorKillFraction ?? 0)
      dormant *= kill
      activated *= kill
      climbing *= kill
      reservoirLeft *= kill
    }
    for (; nextUv < uvSteps.length && uvSteps[nextUv] <= step; nextUv++) {
      // the transport's lesion-mean dose at this many hours after the last session (intact once closed)
      const since = hoursSinceLaser(laserH, uvH[nextUv])
      const dose = arm.doses.uvBasalDoseFraction(since) / arm.uvReference
      uv += dose
      uvFollicle += dose + (bulgeWeight * arm.doses.uvBulgeDoseFraction(since)) / arm.uvReference
      tCells *= 1 - Math.min(1, pUv * dose)
    }
    for (; nextTopical < topicalSteps.length && topicalSteps[nextTopical] <= step; nextTopical++) {
      topicalBasal += topicalAdd[nextTopical].basal
      topicalBulge += topicalAdd[nextTopical].bulge
    }
    // record at the start of the step (the state at t0)
    while (nextSample < sampleDays.length && sampleDays[nextSample] * 24 <= t0 + 1e-9) {
      results.push(coverageOf(island, margin, patient, K, dx))
      nextSample++
    }
    if (nextSample >= sampleDays.length) break

    // laser-derived signals, summed over past sessions
    let gEffect = 0
    let motility2 = rest * rest
    let mmp2 = 0
    if (response) {
      for (const l of laserH) {
        const idx = Math.floor((t0 + dt / 2 - l) / response.stepHours)
        if (idx < 0 || idx >= response.gfEffect.length) continue
        gEffect += response.gfEffect[idx]
        motility2 = Math.max(motility2, response.motilitySquared[idx])
        mmp2 += response.mmp2[idx]
      }
    }
    gEffect = Math.min(1, gEffect)
    const gBasal = growthFactorEffect(rules, gEffect, topicalBasal)
    const gFollicle = growthFactorEffect(rules, gEffect, topicalBulge)
    const P =
      1 -
      Math.exp(
        -(cal.uvStimulusGain * uv + gfWeight * gBasal + fluorouracilStimulus(rules, gEffect, topicalBasal)),
      )
    const pFollicle =
      1 -
      Math.exp(
        -(
          cal.uvStimulusGain * uvFollicle +
          gfWeight * gFollicle +
          fluorouracilStimulus(rules, gEffect, topicalBulge)
        ),
      )
    if (rules.agent === 'prp') motility2 = Math.max(motility2, (rest + (1 - rest) * emax(topicalBasal)) ** 2)
    exposure += (mmp2 - exposure) * exposureBlend
    const mmpLoss = mmpLossRate * Math.max(0, exposure - mmpThreshold)

    // T cells (exact exponential step)
    const outRate = 1 / residence + laserTPerH * gEffect + tCellApoptosisPerH(rules, topicalBasal)
    const equilibrium = (patient.activity * tCellInfluxFactor(rules, topicalBasal)) / residence / outRate
    tCells = equilibrium + (tCells - equilibrium) * Math.exp(-outRate * dt)

    // reservoir (two-state exchange, then the climbing pool): the follicular stimulus
    const k1 = kAct * pFollicle
    const k2 = kDeact * (1 - pFollicle)
    const pool = dormant + activated
    const aEq = k1 + k2 > 0 ? (pool * k1) / (k1 + k2) : activated
    activated = aEq + (activated - aEq) * Math.exp(-(k1 + k2) * dt)
    dormant = pool - activated
    const speed = vMax * Math.sqrt(motility2)
    const tauClimb = Math.max(1, patient.climbUm / (netClimb * speed))
    const produced = Math.min(reservoirLeft, r * pFollicle * activated * dt)
    reservoirLeft -= produced
    const leave = (climbing + produced) * (1 - Math.exp(-dt / tauClimb))
    climbing += produced - leave
    island.s[0] += leave / island.areas[0]
    island.ws[0] += (leave * freshCapacity) / island.areas[0]

    for (const k of [islandStep, marginStep]) {
      k.D = (speed * speed) / 4
      k.birth = r * P
      k.tLossPerH = kT * tCells
      k.mmpLossPerH = mmpLoss
    }
    islandReach = stepGrid(island, null, flux, fluxW, dx, islandReach, islandStep)
    // healthy residents (fixed density) divide into spreading daughters when stimulated and there is room
    const from = Math.max(marginReach, HEALTHY_NODES)
    marginReach = stepGrid(margin, residents, flux, fluxW, dx, from, marginStep)
    uv *= uvDecay
    uvFollicle *= uvDecay
    topicalBasal *= topicalDecay
    topicalBulge *= topicalDecay
  }
  while (results.length < sampleDays.length) results.push(coverageOf(island, margin, patient, K, dx))
  return results
}

function coverageOf(
  island: ReducedGrid,
  margin: ReducedGrid,
  patient: PatientProfile,
  K: number,
  dx: number,
): number {
  const activeFolliclesPerUm2 = (patient.folliclesPerMm2 / 1e6) * patient.reservoirShare
  return coverage(island, margin, activeFolliclesPerUm2, patient.lesionRadiusUm, K, dx)
}
