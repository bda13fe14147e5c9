// The enhancement figures, and the warnings for a custom agent outside the fitted range of the relations.
//
// Enhancement = lasered ÷ intact amount delivered past the stratum corneum. While the intact barrier is still in
// its lag (h²/6D: 16 h for clobetasol), intact delivery is a far diffusion tail and the raw ratio grows without
// bound as the run gets shorter (10¹⁰ at 1 h). So: (1) the intact amount is floored at a detection limit,
// 'transport.detectionLimitFraction' (10⁻⁶) of the applied dose — below it the figure is a lower bound ("more
// than"); (2) a second figure at a stated horizon (24 h, the vehicle left on) is past most of the lag and does
// not depend on how long the user chose to apply; (3) the intact lag time is reported to explain the first.
import type { AgentProperties, AgentSpec, Enhancement, EnhancementFigure } from './types'
import { pottsGuyKpCmPerH } from './agents'
import { transportParam as tp } from './transportParams'

export interface EnhancementInput {
  doseUgPerCm2: number
  hours: number
  horizonH: number
  intact: { end: number; horizon: number }
  lasered: { end: number; horizon: number }
  stratumCorneumUm: number
  scDiffusivityCm2PerS: number
}

/** lasered ÷ intact with both floored at the detection limit (both below it: 1, no detectable difference). */
export function enhancementFigure(
  hours: number,
  intactUgPerCm2: number,
  laseredUgPerCm2: number,
  floorUgPerCm2: number,
): EnhancementFigure {
  const below = intactUgPerCm2 < floorUgPerCm2
  return {
    hours,
    intactUgPerCm2,
    laseredUgPerCm2,
    ratio: Math.max(laseredUgPerCm2, floorUgPerCm2) / Math.max(intactUgPerCm2, floorUgPerCm2),
    intactBelowDetection: below && laseredUgPerCm2 >= floorUgPerCm2,
  }
}

export function enhancementOf(a: EnhancementInput): Enhancement {
  const floor = tp('transport.detectionLimitFraction') * a.doseUgPerCm2
  const hCm = a.stratumCorneumUm * 1e-4
  return {
    detectionLimitUgPerCm2: floor,
    atEnd: enhancementFigure(a.hours, a.intact.end, a.lasered.end, floor),
    atHorizon: enhancementFigure(a.horizonH, a.intact.horizon, a.lasered.horizon, floor),
    intactLagTimeH: (hCm * hCm) / (6 * a.scDiffusivityCm2PerS) / 3600,
  }
}

/**
 * One line per custom-agent input outside the range the relations were fitted on, naming the field. The SC lipid
 * diffusivity of REFERENCE §4.2 stops falling with size above MW 380, so a large lipophilic molecule would cross
 * intact skin far faster than the permeability data allow: the Potts–Guy check catches it.
 */
export function customAgentWarnings(agent: AgentSpec, props: AgentProperties): string[] {
  if (agent.id !== 'custom') return []
  const out: string[] = []
  const mwMax = tp('transport.validity.molecularWeightMax')
  const { molecularWeight: mw, logP } = agent
  if (mw > mwMax) {
    out.push(
      `topical.custom.molecularWeight: ${mw} g/mol is above ${mwMax} g/mol, beyond the small molecules the ` +
        'stratum-corneum relations were fitted on (their lipid diffusivity stops falling with size above 380 ' +
        'g/mol): the intact-skin figures are uncertain and probably too high.',
    )
  }
  const lo = tp('transport.validity.logPMin')
  const hi = tp('transport.validity.logPMax')
  if (logP < lo || logP > hi) {
    out.push(
      `topical.custom.logP: ${logP} is outside ${lo} to ${hi}, the range of the skin-permeability data behind ` +
        'the relations: the partition coefficients are extrapolated.',
    )
  }
  const ratio = props.scPermeabilityCmPerH / pottsGuyKpCmPerH(mw, logP)
  const max = tp('transport.validity.pottsGuyRatioMax')
  if (ratio > max || ratio < 1 / max) {
    const times =
      ratio > 1 ? `${Number(ratio.toPrecision(2))} times` : `1/${Number((1 / ratio).toPrecision(2))} of`
    out.push(
      `topical.custom: the model's stratum-corneum permeability is ${times} the Potts–Guy estimate for ` +
        `MW ${mw}, log P ${logP} (they agree within ×${max} for the three agents): treat the intact-skin ` +
        `figures as ${ratio > 1 ? 'an upper bound' : 'a lower bound'}.`,
    )
  }
  return out
}
