// Beam energy arriving at one column's crater floor: ejection of ready tissue, else Beer–Lambert heating (the
// light that strikes the channel wall is in wall.ts).
//
// Enthalpy bookkeeping (per unit volume, above 37 °C): a cell becomes ejectable once its enthalpy reaches
// ε_onset = ρc·(T_onset − 37 °C), the confined-boiling onset (onset.ts). Removing tissue costs ρ·h_abl in total
// (Payne's heat of ablation), so a ready cell at the floor is eaten away from its top as the beam pays the rest,
// ρ·h_abl − e, for each slice removed. While the floor cell is not ready the beam is absorbed layer by layer
// (Beer–Lambert with each row's µa), but only until the floor cell reaches ε_onset; the rest of the energy then goes
// into ejection. No limit on the front speed arises from the time step: a step can remove many cells. In steady
// state the front advances at I/(ρ·h_abl), and for short pulses ejection starts at a fluence ≈ ε_onset/µa: the
// threshold follows from the UTS of the matrix and the saturation line of water, not from a measured threshold.
import { ABLATION, TISSUE } from './physics'
import { markHeated, thetaFromEnthalpy, type Grid, type SimState } from './grid'

// Module-level copies of the imported constants and helpers: Vite's SSR loader (bench, CLI) turns every read of an
// imported binding into a getter call, which the per-cell loops below would otherwise pay (as in conduction.ts).
const ONSET_J_PER_M3 = ABLATION.onsetJPerM3
const REMOVAL_J_PER_M3 = ABLATION.removalJPerM3
const DENSITY_KG_PER_M3 = TISSUE.densityKgPerM3
const toTheta = thetaFromEnthalpy
const markCellHeated = markHeated

/** Below this remaining fraction a front cell counts as gone (avoids endless slivers). */
const SLIVER_FRACTION = 1e-9
/** Beer–Lambert stops once this fraction of the fluence is left and drops it into the current cell. */
const BEER_LAMBERT_RESIDUAL = 1e-7

function removeFrontCell(grid: Grid, state: SimState, column: number): void {
  const idx = state.frontRow[column] * grid.nr + column
  state.removed[idx] = 1
  state.enthalpy[idx] = 0
  state.theta[idx] = 0
  state.frontRow[column] += 1
  state.frontFraction[column] = 1
}

/** Fluence (J/m²) that would bring this column's floor cell to ε_onset by Beer–Lambert absorption (0 if ready). */
export function fluenceToOnsetJPerM2(grid: Grid, state: SimState, column: number): number {
  const row = state.frontRow[column]
  if (row >= grid.nz) return Infinity
  const e = state.enthalpy[row * grid.nr + column]
  if (e >= ONSET_J_PER_M3) return 0
  const thickness = state.frontFraction[column] * grid.cellM
  const absorbedFraction = 1 - Math.exp(-grid.rowMuAPerM[row] * thickness)
  return ((ONSET_J_PER_M3 - e) * thickness) / absorbedFraction
}

function depositBeerLambert(grid: Grid, state: SimState, column: number, fluence: number): void {
  const { nr, nz, cellM } = grid
  let remaining = fluence
  const stopBelow = fluence * BEER_LAMBERT_RESIDUAL
  const floorRow = state.frontRow[column]
  for (let row = floorRow; row < nz; row++) {
    const partial = row === floorRow && state.frontFraction[column] < 1
    const thickness = partial ? state.frontFraction[column] * cellM : cellM
    const transmission = partial ? Math.exp(-grid.rowMuAPerM[row] * thickness) : grid.rowTransmission[row]
    const last = row === nz - 1
    let absorbed = remaining * (1 - transmission)
    if (last || remaining - absorbed < stopBelow) absorbed = remaining
    const idx = row * nr + column
    state.enthalpy[idx] += absorbed / thickness
    state.theta[idx] = toTheta(state.enthalpy[idx])
    remaining -= absorbed
    if (remaining <= 0) {
      markCellHeated(state, row, column)
      return
    }
  }
  markCellHeated(state, nz - 1, column)
}

/**
 * Delivers `fluence` (J/m², already through the plume) to the floor of `column`; books ablated energy and mass.
 * Returns the fluence that found no tissue (only if the column is ablated through the whole domain).
 */
export function irradiateColumn(grid: Grid, state: SimState, column: number, fluence: number): number {
  const { nr, cellM } = grid
  const area = grid.colAreaM2[column]
  const { tallies } = state
  let q = fluence
  while (q > 0) {
    const row = state.frontRow[column]
    if (row >= grid.nz) return q
    const idx = row * nr + column
    const e = state.enthalpy[idx]
    const fraction = state.frontFraction[column]
    if (e >= ONSET_J_PER_M3) {
      const costPerM3 = REMOVAL_J_PER_M3 - e
      const thickness = fraction * cellM
      if (costPerM3 <= 0 || q >= costPerM3 * thickness) {
        const paid = Math.max(0, costPerM3) * thickness
        q -= paid
        tallies.ablationJ += (e * thickness + paid) * area
        tallies.massRemovedKg += DENSITY_KG_PER_M3 * thickness * area
        removeFrontCell(grid, state, column)
      } else {
        const removedThickness = q / costPerM3
        tallies.ablationJ += REMOVAL_J_PER_M3 * removedThickness * area
        tallies.massRemovedKg += DENSITY_KG_PER_M3 * removedThickness * area
        state.frontFraction[column] = fraction - removedThickness / cellM
        q = 0
        if (state.frontFraction[column] < SLIVER_FRACTION) {
          tallies.ablationJ += e * state.frontFraction[column] * cellM * area
          removeFrontCell(grid, state, column)
        }
      }
    } else {
      const toOnset = fluenceToOnsetJPerM2(grid, state, column)
      if (q <= toOnset) {
        depositBeerLambert(grid, state, column, q)
        q = 0
      } else {
        depositBeerLambert(grid, state, column, toOnset)
        // Guard against round-off leaving the cell a hair below onset (which would loop for ever).
        if (state.enthalpy[idx] < ONSET_J_PER_M3) {
          const topUp = (ONSET_J_PER_M3 - state.enthalpy[idx]) * fraction * cellM
          state.enthalpy[idx] = ONSET_J_PER_M3
          state.theta[idx] = toTheta(ONSET_J_PER_M3)
          q -= topUp
        }
        q -= toOnset
      }
    }
  }
  return 0
}
