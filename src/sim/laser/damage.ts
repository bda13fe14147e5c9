// Arrhenius thermal damage Ω = ∫ A·exp(−Ea/(R·T)) dt (REFERENCE §2.3). Ω ≥ 1 (≈ 63% denatured) = coagulated.
import { laserParam } from './laserParams'
import type { DamageModelId } from './types'

const KELVIN_OFFSET = 273.15
const R = laserParam('laser.gasConstantJPerMolK')
const NO_DAMAGE_LN_GAP = 30

interface ArrheniusBranch {
  /** Branch applies from this temperature (°C) upward, until the next branch's start. */
  fromC: number
  lnA: number
  /** Activation temperature E/R, K. */
  activationK: number
}

function branch(fromC: number, frequencyFactorPerS: number, activationK: number): ArrheniusBranch {
  return { fromC, lnA: Math.log(frequencyFactorPerS), activationK }
}

const HENRIQUES = [
  branch(
    -Infinity,
    laserParam('laser.henriques.frequencyFactorPerS'),
    laserParam('laser.henriques.activationEnergyJPerMol') / R,
  ),
]
const WEAVER_STOLL = [
  branch(
    -Infinity,
    laserParam('laser.weaverStoll.frequencyFactorBelow50PerS'),
    laserParam('laser.weaverStoll.activationTemperatureBelow50K'),
  ),
  branch(
    50,
    laserParam('laser.weaverStoll.frequencyFactorAbove50PerS'),
    laserParam('laser.weaverStoll.activationTemperatureAbove50K'),
  ),
]
// Takata's set starts at 44 °C: below it no damage accrues (its lower branch is only defined from 44 °C).
const TAKATA = [
  branch(
    44,
    laserParam('laser.takata.frequencyFactor44to50PerS'),
    laserParam('laser.takata.activationTemperature44to50K'),
  ),
  branch(
    50,
    laserParam('laser.takata.frequencyFactorAbove50PerS'),
    laserParam('laser.takata.activationTemperatureAbove50K'),
  ),
]
const MEHTA_WONG_EPIDERMIS = [
  branch(
    -Infinity,
    laserParam('laser.mehtaWong.frequencyFactorEpidermisPerS'),
    laserParam('laser.mehtaWong.activationTemperatureK'),
  ),
]
const MEHTA_WONG_DERMIS = [
  branch(
    -Infinity,
    laserParam('laser.mehtaWong.frequencyFactorDermisPerS'),
    laserParam('laser.mehtaWong.activationTemperatureK'),
  ),
]

function branchesFor(model: DamageModelId, epidermis: boolean): ArrheniusBranch[] {
  switch (model) {
    case 'henriques':
      return HENRIQUES
    case 'weaver-stoll':
      return WEAVER_STOLL
    case 'takata':
      return TAKATA
    case 'mehta-wong':
      return epidermis ? MEHTA_WONG_EPIDERMIS : MEHTA_WONG_DERMIS
  }
}

/** A damage-rate function for one tissue: ln(dΩ/dt) in 1/s at a temperature in °C (−Infinity: no damage). */
export type LnDamageRate = (temperatureC: number) => number

export function lnDamageRateFunction(model: DamageModelId, epidermis: boolean): LnDamageRate {
  const branches = branchesFor(model, epidermis)
  if (branches.length === 1) {
    const { lnA, activationK } = branches[0]
    return (temperatureC: number): number => lnA - activationK / (temperatureC + KELVIN_OFFSET)
  }
  return (temperatureC: number): number => {
    let active = -1
    for (let b = 0; b < branches.length; b++) if (temperatureC >= branches[b].fromC) active = b
    if (active < 0) return -Infinity
    return branches[active].lnA - branches[active].activationK / (temperatureC + KELVIN_OFFSET)
  }
}

/**
 * Damage accrued over one time step during which the temperature moved from the previous to the current value.
 * The rate is exponential in temperature, so it is integrated as exponential in time between the two end rates
 * (their logarithmic mean); for a constant temperature this is exactly rate × dt.
 */
export function damageIncrement(lnRateStart: number, lnRateEnd: number, dtS: number): number {
  if (lnRateStart === -Infinity && lnRateEnd === -Infinity) return 0
  // An end below the model's validity range (Takata < 44 °C) counts as a rate e^30 times smaller than the other.
  const start = lnRateStart === -Infinity ? lnRateEnd - NO_DAMAGE_LN_GAP : lnRateStart
  const end = lnRateEnd === -Infinity ? lnRateStart - NO_DAMAGE_LN_GAP : lnRateEnd
  const diff = end - start
  if (Math.abs(diff) < 1e-6) return dtS * Math.exp(0.5 * (start + end))
  return (dtS * (Math.exp(end) - Math.exp(start))) / diff
}

/**
 * Time for Ω to reach 1 at a constant temperature, found by stepping the same integrator the solver uses
 * (steps of `stepS`, the final partial step interpolated). Returns Infinity if no damage accrues.
 */
export function timeToCoagulationS(
  temperatureC: number,
  model: DamageModelId,
  epidermis = false,
  stepS = 1e-6,
): number {
  const lnRate = lnDamageRateFunction(model, epidermis)(temperatureC)
  if (lnRate === -Infinity) return Infinity
  let omega = 0
  let timeS = 0
  for (let i = 0; i < 1e8; i++) {
    const increment = damageIncrement(lnRate, lnRate, stepS)
    if (omega + increment >= 1) return timeS + (stepS * (1 - omega)) / increment
    omega += increment
    timeS += stepS
    // Coarsen the step once it is clearly too small, so slow cases (seconds) stay cheap.
    if (i % 1000 === 999) stepS *= 2
  }
  return Infinity
}
