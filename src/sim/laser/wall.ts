// Beam energy that strikes the channel wall (beam.ts: the rays that spread out of a deeper inner column).
//
// Where it strikes: the strike of column i is spread over the depths between column i's floor and the deeper floor
// of column i − 1 in proportion to the rays that cross the cylinder r = r_i there (wallStrikeFraction). What it
// does there, per row of cells: it enters the wall sideways and is absorbed by Beer–Lambert outward through the
// row's cells (µa of the row, path = the cell width), like light on a floor turned by 90°, but only until the first
// wall cell reaches ε_onset. The rest ejects tissue: a ready wall cell is exposed to the channel, and its removal
// is booked at the front of its column (irradiateColumn), which is the top of that same wall, so the crater stays
// a depth profile per column. Every joule is deposited or spent on ejection: energy is conserved exactly.
// Simplification: a real ray grazes the wall and is absorbed within a few µm of it; the sideways Beer–Lambert path
// spreads the same energy over ≈ 1/µa (17 µm in dermis), which conduction smooths within ~1 ms anyway.
import { ABLATION } from './physics'
import { markHeated, thetaFromEnthalpy, type Grid, type SimState } from './grid'
import { irradiateColumn } from './ablation'
import { wallStrikeFraction, type BeamShape, type BeamShares } from './beam'

// Module-level copies of the imported constants and helpers: Vite's SSR loader (bench, CLI) turns every read of an
// imported binding into a getter call, which the per-cell loops below would otherwise pay (as in conduction.ts).
const ONSET_J_PER_M3 = ABLATION.onsetJPerM3
const toTheta = thetaFromEnthalpy
const markCellHeated = markHeated

const BEER_LAMBERT_RESIDUAL = 1e-7

/** Volume of the remaining tissue of a cell, m³ (the front cell of a column is partly ablated). */
function tissueVolumeM3(grid: Grid, state: SimState, row: number, column: number): number {
  const fraction = row === state.frontRow[column] ? state.frontFraction[column] : 1
  return grid.colVolumeM3[column] * fraction
}

function heat(grid: Grid, state: SimState, row: number, column: number, energyJ: number): void {
  const idx = row * grid.nr + column
  state.enthalpy[idx] += energyJ / tissueVolumeM3(grid, state, row, column)
  state.theta[idx] = toTheta(state.enthalpy[idx])
}

/** Sideways Beer–Lambert through one row from `first` outward; the outermost tissue cell keeps what is left. */
function depositSideways(grid: Grid, state: SimState, row: number, first: number, energyJ: number): void {
  const { nr } = grid
  const transmission = grid.rowTransmission[row]
  const stopBelow = energyJ * BEER_LAMBERT_RESIDUAL
  let remaining = energyJ
  let last = first
  for (let column = first; column < nr && remaining > 0; column++) {
    if (state.removed[row * nr + column]) continue
    last = column
    let absorbed = remaining * (1 - transmission)
    if (remaining - absorbed < stopBelow) absorbed = remaining
    heat(grid, state, row, column, absorbed)
    remaining -= absorbed
  }
  if (remaining > 0) heat(grid, state, row, last, remaining)
  markCellHeated(state, row, last)
}

/** First tissue cell of `row` from `column` outward, or −1 if the row holds none there. */
function firstTissueColumn(grid: Grid, state: SimState, row: number, column: number): number {
  for (let i = column; i < grid.nr; i++) if (!state.removed[row * grid.nr + i]) return i
  return -1
}

/**
 * Heats the wall with `energyJ` of one row's strike, entering at column `first`, until that cell is ready;
 * returns the energy left over for ejection.
 */
function strikeRow(grid: Grid, state: SimState, row: number, first: number, energyJ: number): number {
  const volume = tissueVolumeM3(grid, state, row, first)
  const absorbedFraction = 1 - grid.rowTransmission[row]
  const enthalpy = state.enthalpy[row * grid.nr + first]
  const toOnsetJ = (Math.max(0, ONSET_J_PER_M3 - enthalpy) * volume) / absorbedFraction
  if (energyJ <= toOnsetJ) {
    depositSideways(grid, state, row, first, energyJ)
    return 0
  }
  if (toOnsetJ > 0) depositSideways(grid, state, row, first, toOnsetJ)
  return energyJ - toOnsetJ
}

/**
 * Delivers `energyJ` (already through the plume) to the wall of `column`. Returns the energy that found no tissue
 * (a column ablated through the whole domain), which leaves the domain.
 */
export function irradiateWall(
  grid: Grid,
  state: SimState,
  beam: BeamShape,
  shares: BeamShares,
  column: number,
  energyJ: number,
): number {
  const cellM = grid.cellM
  const top = shares.wallTopM[column]
  const bottom = shares.wallBottomM[column]
  let lostJ = 0
  let spentJ = 0
  const firstRow = Math.min(grid.nz - 1, Math.floor(top / cellM))
  for (let row = firstRow; row < grid.nz && row * cellM < bottom; row++) {
    const zA = Math.max(top, row * cellM)
    const zB = row === grid.nz - 1 ? bottom : Math.min(bottom, (row + 1) * cellM)
    if (zB <= zA) continue
    // The last row takes what is left, so the rows' parts sum to the strike exactly.
    const rowJ =
      zB >= bottom ? energyJ - spentJ : energyJ * wallStrikeFraction(grid, beam, shares, column, zA, zB)
    if (!(rowJ > 0)) continue
    spentJ += rowJ
    const first = firstTissueColumn(grid, state, row, column)
    const surplusJ = first < 0 ? rowJ : strikeRow(grid, state, row, first, rowJ)
    if (surplusJ <= 0) continue
    const target = first < 0 ? column : first
    const left = irradiateColumn(grid, state, target, surplusJ / grid.colAreaM2[target])
    lostJ += left * grid.colAreaM2[target]
  }
  // Round-off of the depth split (the fractions sum to one): the remainder goes to the column's floor.
  const rest = energyJ - spentJ
  if (rest > 0)
    lostJ += irradiateColumn(grid, state, column, rest / grid.colAreaM2[column]) * grid.colAreaM2[column]
  return lostJ
}
