// When heated tissue is ejected: confined boiling (Vogel & Venugopalan 2003, Chem Rev 103:577, §V.E–F).
//
// During a millisecond pulse the collagen matrix of the dermis holds its water in. Heated past 100 °C the water
// cannot boil freely: it stays liquid (superheated) while its vapour pressure climbs along the saturation line.
// The tissue fails, and is blown out, once that pressure exceeds the ultimate tensile strength (UTS) of the
// matrix: p_sat(T_onset) − p_atm = UTS. Below T_onset the tissue only heats (no boiling plateau), so the energy
// density at which a cell becomes ejectable is the sensible heat ε_onset = ρc·(T_onset − 37 °C).
//
// The saturation line is the Wagner–Pruss equation of the IAPWS (Wagner & Pruss 1993, J Phys Chem Ref Data 22:783):
//   ln(p_sat/p_c) = (T_c/T)·(a1·τ + a2·τ^1.5 + a3·τ³ + a4·τ^3.5 + a5·τ⁴ + a6·τ^7.5),  τ = 1 − T/T_c.
// It ends at the critical point (T_c, p_c): a matrix stronger than p_c − p_atm holds the water until it is
// supercritical, and the onset is then taken at T_c (the vapour pressure is no longer defined above it).
import { laserParam } from './laserParams'

const KELVIN_OFFSET = 273.15

/** Wagner & Pruss (1993) coefficients a1 … a6 and their exponents of τ (IAPWS saturation line of water). */
const WAGNER_PRUSS_COEFFICIENTS = [-7.85951783, 1.84408259, -11.7866497, 22.6807411, -15.9618719, 1.80122502]
const WAGNER_PRUSS_EXPONENTS = [1, 1.5, 3, 3.5, 4, 7.5]

const CRITICAL_K = laserParam('laser.waterCriticalTemperatureK')
const CRITICAL_PA = laserParam('laser.waterCriticalPressureMPa') * 1e6

/** Saturation vapour pressure of water, Pa, from the triple point to the critical point (Wagner & Pruss 1993). */
export function saturationPressurePa(temperatureC: number): number {
  const kelvin = temperatureC + KELVIN_OFFSET
  if (kelvin >= CRITICAL_K) return CRITICAL_PA
  const tau = 1 - kelvin / CRITICAL_K
  let sum = 0
  for (let k = 0; k < WAGNER_PRUSS_COEFFICIENTS.length; k++) {
    sum += WAGNER_PRUSS_COEFFICIENTS[k] * tau ** WAGNER_PRUSS_EXPONENTS[k]
  }
  return CRITICAL_PA * Math.exp((CRITICAL_K / kelvin) * sum)
}

/**
 * Temperature (°C) at which confined tissue water fails a matrix of this UTS: p_sat(T) = p_atm + UTS, by
 * bisection between 100 °C and the critical point; the critical temperature if the matrix is stronger than that.
 */
export function confinedBoilingOnsetC(tensileStrengthPa: number, ambientPa: number): number {
  const target = ambientPa + tensileStrengthPa
  const criticalC = CRITICAL_K - KELVIN_OFFSET
  if (target >= CRITICAL_PA) return criticalC
  let lo = 0
  let hi = criticalC
  for (let k = 0; k < 60; k++) {
    const mid = 0.5 * (lo + hi)
    if (saturationPressurePa(mid) < target) lo = mid
    else hi = mid
  }
  return 0.5 * (lo + hi)
}

/** Ejection-onset temperature of the model's tissue (°C), from the skin UTS and the ambient pressure. */
export function ejectionOnsetC(): number {
  return confinedBoilingOnsetC(
    laserParam('laser.skinTensileStrengthMPa') * 1e6,
    laserParam('laser.ambientPressureKPa') * 1e3,
  )
}
