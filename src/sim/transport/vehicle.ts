// The vehicle: each agent's clinical strength and its solubility in the (aqueous) vehicle.
//
// The dissolved concentration is capped at the solubility; the rest of the applied agent stays suspended as a
// solid reservoir that redissolves, cell by cell, whenever diffusion lowers the dissolved concentration below the
// cap (instantaneous dissolution). A saturated vehicle has thermodynamic activity 1 whatever its base, so the
// flux it drives is that of any saturated cream (Higuchi); only the reservoir's size depends on the strength.
// Solubilities: clobetasol 3.9 µg/mL (B), 5-FU 17 mg/mL at skin temperature (C); PRP growth factors are in
// solution in plasma (no cap); a custom agent gets the General Solubility Equation estimate (T) from its log P
// and an assumed melting point.
import type { AgentSpec, TopicalAgentId } from './types'
import { transportParam as tp } from './transportParams'

/** Clinical strength of an agent, % w/w (the value the scenario takes when this agent is chosen). */
export function defaultConcentrationPercent(agent: TopicalAgentId): number {
  return tp(
    agent === 'custom'
      ? 'transport.custom.concentrationPercent'
      : `transport.agent.${agent}.concentrationPercent`,
  )
}

/** General Solubility Equation (Jain & Yalkowsky 2001): water solubility, µg/mL. */
export function gseSolubilityUgPerMl(molecularWeight: number, logP: number, meltingPointC: number): number {
  const logMolar =
    tp('transport.gse.interceptLogMolar') - tp('transport.gse.meltingSlopePerC') * (meltingPointC - 25) - logP
  return 10 ** logMolar * molecularWeight * 1000 // mol/L × g/mol = g/L; × 1000 → µg/mL
}

export interface Solubility {
  /** µg/cm³ (= µg/mL); Infinity when no cap applies. */
  ugPerCm3: number
  /** Where the figure comes from, for the report and the view. */
  basis: 'tabulated' | 'estimated (General Solubility Equation)' | 'none (dissolved protein)'
}

/** Solubility of an agent in the aqueous vehicle. */
export function solubilityOf(agent: AgentSpec): Solubility {
  if (agent.id === 'prp') return { ugPerCm3: Number.POSITIVE_INFINITY, basis: 'none (dissolved protein)' }
  if (agent.id === 'custom') {
    const s = gseSolubilityUgPerMl(agent.molecularWeight, agent.logP, tp('transport.custom.meltingPointC'))
    return { ugPerCm3: s, basis: 'estimated (General Solubility Equation)' }
  }
  return { ugPerCm3: tp(`transport.agent.${agent.id}.solubilityUgPerMl`), basis: 'tabulated' }
}

/** Applied concentration of a strength (% w/w), µg/cm³ of vehicle. */
export function appliedUgPerCm3(concentrationPercent: number): number {
  return concentrationPercent * 1e4 * tp('transport.vehicleDensityGPerCm3')
}
