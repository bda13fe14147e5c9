// What a topical course delivers where the Heal model's cells are: day-mean free (water-equivalent, u = C/K)
// concentrations at the living basal layer and at the follicle bulge, for the two kinds of application of the
// course (src/sim/healing/adjuvants.ts):
// - daily at home on intact skin: the vehicle is replaced every 24 h (what is left is wiped off) and the tissue
//   keeps its agent, so the stratum-corneum and tissue reservoirs build up; the figure is the mean over the last
//   day once the day means change by < 'transport.exposure.steadyTolerance' (or after the most days);
// - right after a laser session into the open channels (the lasered unit cell, channels closing by the healing
//   model's rule, geometry.ts), left on for 24 h: the mean over those 24 h.
// The first day and the first 3 h on intact skin are kept for comparison (the 3 h window was the old coupling).
// Free concentration: what a receptor or an enzyme in the tissue sees (bound agent does not act); the Heal model
// divides it by each agent's half-effect concentration.
import type { SiteId } from '../types'
import type { LaserSettings } from '../scenarioLaser'
import type { TopicalAgentId, TopicalSettings } from './types'
import { Arm } from './arm'
import { agentProperties, agentSpec } from './agents'
import { closureEventsH, unitCellFor } from './geometry'
import { DEFAULT_LASER } from '../scenarioLaser'
import { dermalClearance } from './clearance'
import { appliedUgPerCm3, defaultConcentrationPercent, solubilityOf } from './vehicle'
import { bulgeDepthUm } from './uv'
import { transportParam as tp } from './transportParams'

/** Day-mean free concentrations, µg/cm³ (= µg/mL of tissue water). */
export interface ExposurePair {
  basalFreeUgPerCm3: number
  bulgeFreeUgPerCm3: number
}

/** How the agent is used at home: a daily application (creams), or none (PRP: one in-clinic application). */
export type HomeUse = 'daily' | 'once'

export interface IntactExposures {
  /** Daily use: the last day's mean, once steady; 'once': the mean over the day after one application. */
  home: ExposurePair
  /** The first day (no reservoir yet) and the first 3 h of the first application (the old 3 h window). */
  firstDay: ExposurePair
  firstThreeHours: ExposurePair
  /** Days run (until steady), and the last day-to-day relative change of the basal mean. */
  days: number
  lastDayChange: number
}

interface Window {
  fromS: number
  toS: number
  basal: number
  bulge: number
}

const H = 3600

/** Living tissue (not rim, not channel) in the depth row that holds depthUm, mean over the unit cell, µg/cm³. */
function livingMeanAtDepth(arm: Arm, depthUm: number): number {
  const z = arm.zFaces
  let j = 0
  while (j + 2 < z.length && z[j + 1] <= depthUm) j++
  return arm.rowsMean([j], Infinity, true)
}

/**
 * Runs one arm from the first application to `endH`, re-applying every `reapplyH` hours (null: never), and
 * integrates the free basal and bulge concentrations over each window.
 */
function runWindows(
  site: SiteId,
  laser: LaserSettings,
  topical: Pick<TopicalSettings, 'agent' | 'custom' | 'concentrationPercent'>,
  lasered: boolean,
  reapplyH: number | null,
  windows: Window[],
): void {
  const cell = unitCellFor(site, laser)
  const props = agentProperties(agentSpec(topical), cell.layers.stratumCorneumUm)
  const spec = agentSpec(topical)
  const arm = new Arm({
    cell,
    lasered: lasered && cell.mode !== 'none',
    props,
    rimFactor: tp('transport.rimDiffusivityFactor'),
    startAfterLaserH: 0,
    refineSpace: 1,
    clearancePerS: dermalClearance(spec.molecularWeight).totalPerS,
  })
  arm.updateMedia(0)
  const c0 = appliedUgPerCm3(topical.concentrationPercent)
  const solubility = solubilityOf(spec).ugPerCm3
  const fill = Math.min(1, tp('transport.vehicleFilmUm') / arm.vehicleThicknessUm())
  arm.fillVehicle(c0 * fill, solubility)
  const k = props.viable.partition
  const bulge = bulgeDepthUm(site)
  const endS = Math.max(...windows.map((w) => w.toS))
  const reapplyS = new Set<number>()
  if (reapplyH !== null) for (let t = reapplyH * H; t < endS - 1e-6; t += reapplyH * H) reapplyS.add(t)
  const closureS = new Set<number>()
  if (lasered)
    for (const h of closureEventsH(cell, arm.rFaces)) if (h > 0 && h * H < endS) closureS.add(h * H)
  // fine steps for the first hours of each application (as in a delivery run), coarse after
  const fineForS = tp('transport.hours') * H
  const fineEnds = [0, ...reapplyS].map((a) => a + fineForS).filter((e) => e < endS)
  const events = [
    ...new Set([...reapplyS, ...closureS, ...fineEnds, ...windows.flatMap((w) => [w.fromS, w.toS])]),
  ].sort((a, b) => a - b)
  const dtStart = tp('transport.numerics.dtStartS')
  const dtFine = tp('transport.numerics.dtMaxS')
  const dtCoarse = tp('transport.numerics.dtMaxHorizonS')
  let t = 0
  let sinceApplication = 0
  let dt = dtStart
  let prev = { basal: 0, bulge: 0 }
  const advance = (h: number) => {
    arm.step(h)
    const now = { basal: arm.livingBasalMean() / k, bulge: livingMeanAtDepth(arm, bulge) / k }
    for (const w of windows) {
      if (t >= w.fromS - 1e-6 && t + h <= w.toS + 1e-6) {
        w.basal += ((prev.basal + now.basal) / 2) * h
        w.bulge += ((prev.bulge + now.bulge) / 2) * h
      }
    }
    prev = now
    t += h
    sinceApplication += h
  }
  for (const target of events) {
    if (target <= t + 1e-6) continue
    for (;;) {
      const dtMax = sinceApplication < fineForS ? dtFine : dtCoarse
      if (dt < dtMax && t + dt < target - 1e-6) {
        advance(dt)
        dt = Math.min(dtMax, dt * 2)
        continue
      }
      const n = Math.max(1, Math.ceil((target - t) / dtMax - 1e-9))
      const h = (target - t) / n
      for (let s = 0; s < n; s++) advance(h)
      break
    }
    t = target
    if (closureS.has(target)) arm.updateMedia(target / H)
    if (reapplyS.has(target)) {
      arm.refillVehicle(c0 * fill, solubility)
      sinceApplication = 0
      dt = dtStart
    }
  }
  for (const w of windows) {
    w.basal /= w.toS - w.fromS
    w.bulge /= w.toS - w.fromS
  }
}

const pair = (w: Window): ExposurePair => ({ basalFreeUgPerCm3: w.basal, bulgeFreeUgPerCm3: w.bulge })
const window = (fromH: number, toH: number): Window => ({
  fromS: fromH * H,
  toS: toH * H,
  basal: 0,
  bulge: 0,
})

/** Home use on intact skin: day means of daily applications until steady, or of one application ('once'). */
function intactDays(
  site: SiteId,
  topical: Parameters<typeof runWindows>[2],
  homeUse: HomeUse,
): IntactExposures {
  const laser: LaserSettings = { ...DEFAULT_LASER, mode: 'none' } // one column: the radius does not matter
  const maxDays = homeUse === 'daily' ? tp('transport.exposure.maxDays') : 1
  const tolerance = tp('transport.exposure.steadyTolerance')
  let days = homeUse === 'daily' ? tp('transport.exposure.minDays') : 1
  for (;;) {
    const windows = [window(0, 3), ...Array.from({ length: days }, (_, d) => window(d * 24, (d + 1) * 24))]
    runWindows(site, laser, topical, false, homeUse === 'daily' ? 24 : null, windows)
    const last = windows[days].basal
    const before = windows[days - 1].basal
    const change = days > 1 && last > 0 ? Math.abs(last - before) / last : 0
    if (change < tolerance || days >= maxDays) {
      return {
        home: pair(windows[days]),
        firstDay: pair(windows[1]),
        firstThreeHours: pair(windows[0]),
        days,
        lastDayChange: change,
      }
    }
    days = Math.min(maxDays, days * 2)
  }
}

const defaultCustom = (): TopicalSettings['custom'] => ({
  molecularWeight: tp('transport.custom.molecularWeight'),
  logP: tp('transport.custom.logP'),
})
const strengthOf = (agent: TopicalAgentId, custom: TopicalSettings['custom']) => ({
  agent,
  custom,
  concentrationPercent: defaultConcentrationPercent(agent),
})

/** Intact-skin exposures of an agent at its clinical strength (the custom agent at its default strength). */
export function intactExposures(
  site: SiteId,
  agent: TopicalAgentId,
  homeUse: HomeUse,
  custom = defaultCustom(),
): IntactExposures {
  return intactDays(site, strengthOf(agent, custom), homeUse)
}

/** One application into fresh channels, left on 24 h: the lasered unit cell's mean over those 24 h. */
export function afterLaserExposure(
  site: SiteId,
  laser: LaserSettings,
  agent: TopicalAgentId,
  custom = defaultCustom(),
): ExposurePair {
  const after = window(0, 24)
  runWindows(site, laser, strengthOf(agent, custom), laser.mode !== 'none', null, [after])
  return pair(after)
}
