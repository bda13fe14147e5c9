// Dermal clearance: how fast the vascular dermis removes the free (unbound, water-phase) agent.
//
// Blood, capillary-permeability limited (Renkin–Crone): the blood that flows through the tissue at ω takes up
// the fraction E = 1 − exp(−PS/ω) of what it could carry, so the clearance rate on the free concentration is
//   q_blood = ω · (1 − exp(−PS/ω)),
// PS (capillary permeability × surface per tissue volume) scaled from a small hydrophilic reference solute
// (sucrose) by free diffusion (Stokes–Einstein, ∝ 1/r_s) and Renkin's restricted diffusion through the small pores
// of continuous capillaries (radius 45 Å, two-pore analysis of dog-paw lymph):
//   PS = PS_sucrose · (r_sucrose / r_s) · R(r_s/r_pore) / R(r_sucrose/r_pore),
//   R(λ) = (1 − λ)² · (1 − 2.104λ + 2.09λ³ − 0.95λ⁵)  (0 for λ ≥ 1).
// Lymph: the interstitial fluid drains at L (volume per tissue volume per time) carrying the free concentration:
//   q = q_blood + L.
// Small drugs clear mostly by blood (E ≈ 0.4–0.6 here); PDGF/TGF-β-sized proteins hardly cross the capillary
// wall and leave mainly by lymph, ≈ 100× more slowly. Sensitivity: docs/model-transport.md §2.
import { soluteRadiusA } from './agents'
import { transportParam as tp } from './transportParams'

/** Renkin's hindrance factor for a sphere of relative radius λ = r_solute/r_pore in a cylindrical pore. */
export function renkinRestriction(lambda: number): number {
  if (!(lambda < 1)) return 0
  const l = Math.max(0, lambda)
  return (1 - l) ** 2 * (1 - 2.104 * l + 2.09 * l ** 3 - 0.95 * l ** 5)
}

/** Capillary PS per tissue volume of a solute of this molecular weight, 1/s. */
export function capillaryPSPerS(molecularWeight: number): number {
  const pore = tp('transport.dermis.smallPoreRadiusA')
  const rs = soluteRadiusA(molecularWeight)
  const rRef = soluteRadiusA(tp('transport.dermis.referenceSoluteMolecularWeight'))
  return (
    tp('transport.dermis.capillaryPSReferencePerS') *
    (rRef / rs) *
    (renkinRestriction(rs / pore) / renkinRestriction(rRef / pore))
  )
}

export interface Clearance {
  /** Clearance rate on the free concentration u = C/K, 1/s: blood + lymph. */
  totalPerS: number
  bloodPerS: number
  lymphPerS: number
  /** Blood extraction fraction E = 1 − exp(−PS/ω). */
  extraction: number
}

/** Clearance of an agent in vascular dermis; `psFactor` scales PS (sensitivity runs and tests). */
export function dermalClearance(molecularWeight: number, psFactor = 1): Clearance {
  const omega = tp('transport.dermis.perfusionPerS')
  const ps = capillaryPSPerS(molecularWeight) * psFactor
  const extraction = 1 - Math.exp(-ps / omega)
  const bloodPerS = omega * extraction
  const lymphPerS = tp('transport.dermis.lymphFlowPerS')
  return { totalPerS: bloodPerS + lymphPerS, bloodPerS, lymphPerS, extraction }
}
