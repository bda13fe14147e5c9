// The headless run of a whole scenario: one pulse in the site's layers, the pattern of pulses over the 2 × 2 mm
// block, and what that means for healing and scarring. Deterministic: the same scenario gives the same report.
//
// With laser mode 'none' nothing is fired: `pulse` is null (no pulse exists), counts and fractions are 0 (there
// are no MTZs and no wound), averages over an empty set (meanSpacingUm, distances) are null, re-epithelialization
// takes 0 days and the scar risk is 'low' with score 0. In continuous mode there are no separate MTZs either:
// mtzCount and mtzPerCm2 are 0, meanSpacingUm is null and the coverage is 1.
//
// On request (options.healing, as the command line does) the report adds `healing`: the scenario's treatment
// course run on its block (≈ 1–2 s), and `cohort` when the scenario has a cohort section (≈ 1–3 s for 200
// patients). The app's Treat figures call it without options, so they stay fast. On request (options.delivery) it
// adds `delivery` (the scenario's topical application through intact and lasered skin) and `uv`.
import type { SiteId } from './types'
import type { Scenario } from './scenario'
import type { ScarRisk } from './pattern/types'
import type { HistologyEquivalent, PulseResult } from './laser/types'
import { SITES } from './sites'
import { patternForLaser, pulseForLaser } from './laserPulse'
import { generateSkinBlock } from './anatomy'
import { patternFigures, reepithelializationDays, scarRisk } from './pattern'
import { cohortReport, healingReport, type CohortReport, type HealingReport } from './healing/report'
import { deliveryReport, uvReport } from './transport'
import type { DeliveryResult, UvResult } from './transport/types'

export type { CohortReport, HealingReport, DeliveryResult, UvResult }

export interface SimulateOptions {
  /** Add the `healing` timeline (and `cohort` when the scenario asks for one). Default false. */
  healing?: boolean
  /** Add `delivery` (the topical agent on intact vs lasered skin, ≈ 0.3 s) and `uv`. Default false. */
  delivery?: boolean
}

export interface PulseReport {
  ablationDepthUm: number
  ablationDiameterUm: number
  coagulationThicknessUm: number
  thermalDamageDepthUm: number
  lesionWidthUm: number
  peakTemperatureC: number
  thresholdFluenceJPerCm2: number
  /** The same MTZ as fixed histology would show it (model depths ÷ 1.21, widths and rim ÷ 1.12). */
  histologyEquivalent: HistologyEquivalent
}

export interface PatternReport {
  mtzCount: number
  mtzPerCm2: number
  coverageFraction: number
  meanSpacingUm: number | null
  meanDistanceToIntactUm: number | null
  maxDistanceToIntactUm: number | null
  reepithelializationDays: number
  scarRisk: ScarRisk
}

export interface Report {
  scenarioVersion: 1
  site: SiteId
  seed: number
  laser: Scenario['laser']
  /** null when the laser mode is 'none'. */
  pulse: PulseReport | null
  pattern: PatternReport
  /** The validated course (only with options.healing). */
  course?: Scenario['course']
  /** Only with options.healing. */
  healing?: HealingReport
  /** Only with options.healing and a scenario cohort section. */
  cohort?: CohortReport
  /** The validated topical section and its delivery, intact vs lasered (only with options.delivery). */
  topical?: Scenario['topical']
  delivery?: DeliveryResult
  /** NB-UVB dose fractions, intact vs lasered, at the course's first NB-UVB session (only with options.delivery). */
  uv?: UvResult
}

/** Rounds for a readable report (the model itself keeps full precision). */
function round(value: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}
const roundOrNull = (value: number | null, digits: number): number | null =>
  value === null ? null : round(value, digits)

function pulseReport(pulse: PulseResult): PulseReport {
  return {
    ablationDepthUm: round(pulse.ablationDepthUm, 1),
    ablationDiameterUm: round(pulse.ablationDiameterUm, 1),
    coagulationThicknessUm: round(pulse.coagulationThicknessUm, 1),
    thermalDamageDepthUm: round(pulse.thermalDamageDepthUm, 1),
    lesionWidthUm: round(pulse.lesionWidthUm, 1),
    peakTemperatureC: round(pulse.peakTemperatureC, 1),
    thresholdFluenceJPerCm2: round(pulse.thresholdFluenceJPerCm2, 3),
    histologyEquivalent: {
      ablationDepthUm: round(pulse.histologyEquivalent.ablationDepthUm, 1),
      ablationDiameterUm: round(pulse.histologyEquivalent.ablationDiameterUm, 1),
      coagulationThicknessUm: round(pulse.histologyEquivalent.coagulationThicknessUm, 1),
      thermalDamageDepthUm: round(pulse.histologyEquivalent.thermalDamageDepthUm, 1),
      lesionWidthUm: round(pulse.histologyEquivalent.lesionWidthUm, 1),
    },
  }
}

const noLaserPattern = (): PatternReport => ({
  mtzCount: 0,
  mtzPerCm2: 0,
  coverageFraction: 0,
  meanSpacingUm: null,
  meanDistanceToIntactUm: null,
  maxDistanceToIntactUm: null,
  reepithelializationDays: 0,
  scarRisk: { level: 'low', score: 0, reasons: ['No laser is applied, so the skin is not wounded.'] },
})

/** Runs a validated scenario (validateScenario) from pulse to scar risk, and on request through healing. */
export function simulateScenario(scenario: Scenario, options: SimulateOptions = {}): Report {
  const report = simulateTreatment(scenario)
  if (options.delivery) {
    report.topical = { ...scenario.topical, custom: { ...scenario.topical.custom } }
    report.delivery = deliveryReport(scenario.site, scenario.laser, scenario.topical)
    report.uv = uvReport(scenario.site, scenario.laser, scenario.course)
  }
  if (!options.healing) return report
  const course = scenario.course
  report.course = { ...course }
  report.healing = healingReport(scenario.site, scenario.seed, scenario.laser, course)
  if (scenario.cohort) report.cohort = cohortReport(scenario.seed, scenario.laser, course, scenario.cohort)
  return report
}

/**
 * The laser part of the report only (pulse and pattern figures): what the Treat view needs. A separate entry point
 * so that the app's initial bundle does not pull in the healing and transport models (they run in Web Workers).
 */
export function simulateTreatment(scenario: Scenario): Report {
  const laser = { ...scenario.laser }
  const head = { scenarioVersion: 1 as const, site: scenario.site, seed: scenario.seed, laser }
  if (laser.mode === 'none') return { ...head, pulse: null, pattern: noLaserPattern() }

  const layers = SITES[scenario.site].layers
  const pulse = pulseForLaser(scenario.site, laser)
  const block = generateSkinBlock(scenario.site, scenario.seed)
  const pattern = patternForLaser({ ...laser, mode: laser.mode }, pulse, block, scenario.seed)
  const figures = patternFigures(pattern, pulse, block)
  const risk = scarRisk(figures, pulse, layers)
  return {
    ...head,
    pulse: pulseReport(pulse),
    pattern: {
      mtzCount: pattern.count,
      mtzPerCm2: round(pattern.mtzPerCm2, 1),
      coverageFraction: round(pattern.coverageFraction, 4),
      meanSpacingUm: roundOrNull(pattern.meanSpacingUm, 1),
      meanDistanceToIntactUm: roundOrNull(figures.meanDistanceToIntactUm, 1),
      maxDistanceToIntactUm: roundOrNull(figures.maxDistanceToIntactUm, 1),
      reepithelializationDays: round(reepithelializationDays(figures), 3),
      scarRisk: { ...risk, score: round(risk.score, 3), reasons: [...risk.reasons] },
    },
  }
}
