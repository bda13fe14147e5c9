// How each topical agent acts, by its mechanism, scaled by its delivered exposure X (free concentration ÷ its
// half-effect concentration; E = X/(1 + X), adjuvants.ts). The same rules serve the agent model (rates.ts,
// events.ts) and the cohort's reduced model (reduced.ts). Basal-layer exposure drives the basal terms (basal
// melanocytes, T cells at the junction); bulge exposure drives the follicular precursors.
//   corticosteroid  T-cell apoptosis hazard  a_C·E(X_basal)                         (immunosuppression)
//   5-FU            T-cell renewal × (1 − f_FU·E(X_basal))                            (antimetabolite)
//                   HYPOTHESIS: stimulus exponent + w_FU·E(X)·Ĝ_wound              (Tsuji & Hamada 1983: 5-FU
//                   with epidermal injury stimulates melanocytes; switched off by w_FU = 0)
//   PRP             growth-factor effect Ĝ → 1 − (1 − Ĝ_wound)(1 − E(X))           (PDGF/TGF-β join the wound's own
//                   pro-migratory, proliferative factors; independent action)
import type { TopicalAgent, TopicalExposure } from './types'
import { emax } from './adjuvants'
import { healingParam } from './healingParams'

export interface TopicalRules {
  agent: TopicalAgent
  corticoApoptosisPerH: number
  fluorouracilInfluxReduction: number
  fluorouracilStimulusWeight: number
}

export function topicalRules(agent: TopicalAgent): TopicalRules {
  return {
    agent,
    corticoApoptosisPerH:
      agent === 'corticosteroid' ? healingParam('heal.topical.corticosteroidApoptosisPerDay') / 24 : 0,
    fluorouracilInfluxReduction:
      agent === '5-fu' ? healingParam('heal.topical.fluorouracilInfluxReduction') : 0,
    fluorouracilStimulusWeight:
      agent === '5-fu' ? healingParam('heal.topical.fluorouracilStimulusWeight') : 0,
  }
}

/** Whether the 5-FU hypothesis term acts in a course with this agent. */
export function fluorouracilHypothesisActive(agent: TopicalAgent): boolean {
  return topicalRules(agent).fluorouracilStimulusWeight > 0
}

/** Growth-factor effect with the PRP's own factors added (Ĝ of the wound, X the PRP exposure at that place). */
export function growthFactorEffect(rules: TopicalRules, gWound: number, x: number): number {
  return rules.agent === 'prp' ? 1 - (1 - gWound) * (1 - emax(x)) : gWound
}

/** The 5-FU hypothesis's addition to the stimulus exponent (0 for other agents or without injury). */
export function fluorouracilStimulus(rules: TopicalRules, gWound: number, x: number): number {
  return rules.fluorouracilStimulusWeight > 0 ? rules.fluorouracilStimulusWeight * emax(x) * gWound : 0
}

/** Extra T-cell apoptosis hazard, 1/h, at basal exposure x. */
export function tCellApoptosisPerH(rules: TopicalRules, x: number): number {
  return rules.corticoApoptosisPerH > 0 ? rules.corticoApoptosisPerH * emax(x) : 0
}

/** Share of the T-cell renewal left, at basal exposure x. */
export function tCellInfluxFactor(rules: TopicalRules, x: number): number {
  return 1 - rules.fluorouracilInfluxReduction * emax(x)
}

/** Depot increment of one application: its day-mean exposure × 24 h ÷ τ (keeps the application's 24 h AUC). */
export function depotIncrement(exposure: TopicalExposure): TopicalExposure {
  const perDay = 1 / healingParam('heal.topical.depotDays')
  return { basal: exposure.basal * perDay, bulge: exposure.bulge * perDay }
}
