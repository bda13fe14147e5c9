// The axisymmetric finite-volume grid (r, z) and the mutable state of one pulse simulation.
// Cell (column i, row j) spans radii i·Δ … (i+1)·Δ and depths j·Δ … (j+1)·Δ; arrays are row-major (j·nr + i).
import type { LayerThicknesses } from '../types'
import { LAYER_WATER_FRACTIONS, TISSUE, layerBottomsM, tissueAbsorptionPerCm } from './physics'

// 1/ρc as a module-level number: thetaFromEnthalpy runs per cell (temperatureRiseFromEnthalpy in physics.ts says
// the same), and Vite's SSR loader makes every read of an imported binding a getter call
const INVERSE_RHO_C = 1 / TISSUE.volumetricHeatCapacity

export interface Grid {
  nr: number
  nz: number
  cellM: number
  rowLayer: Uint8Array
  rowMuAPerM: Float64Array
  /** Fraction of the beam that crosses one full cell of this row, exp(−µa·Δ). */
  rowTransmission: Float64Array
  /** Area of a cell's top (or bottom) face in each column, m². */
  colAreaM2: Float64Array
  colVolumeM3: Float64Array
  /** Area of the outer cylindrical face of a cell in each column, m². */
  outerFaceAreaM2: Float64Array
  /** Conductance to the radial neighbour outward, W/K (last column: to the far boundary, or 0 if insulated). */
  radialConductance: Float64Array
  /** Conductance to the axial neighbour below, W/K (last row: to the far boundary at 37 °C). */
  axialConductance: Float64Array
  bottomConductance: Float64Array
  /** True when the outermost radius is held at baseline; false for the insulated 1-D slab column. */
  lateralBoundaryAmbient: boolean
}

/** Tissue: the layered skin of the input, or a homogeneous slab of one water fraction (Payne's porcine dermis). */
export type TissueSpec =
  { kind: 'layers'; layers: LayerThicknesses } | { kind: 'slab'; waterFraction: number }

export function createGrid(
  nr: number,
  nz: number,
  cellM: number,
  tissue: TissueSpec,
  lateralAmbient: boolean,
): Grid {
  const k = TISSUE.conductivityWPerMK
  const rowLayer = new Uint8Array(nz)
  const rowMuAPerM = new Float64Array(nz)
  const rowTransmission = new Float64Array(nz)
  const bottoms = tissue.kind === 'layers' ? layerBottomsM(tissue.layers) : []
  for (let j = 0; j < nz; j++) {
    const centreM = (j + 0.5) * cellM
    let layer = 0
    while (layer < bottoms.length && centreM > bottoms[layer]) layer++
    const water = tissue.kind === 'layers' ? LAYER_WATER_FRACTIONS[layer] : tissue.waterFraction
    rowLayer[j] = tissue.kind === 'layers' ? layer : 3
    rowMuAPerM[j] = tissueAbsorptionPerCm(water) * 100
    rowTransmission[j] = Math.exp(-rowMuAPerM[j] * cellM)
  }
  const colAreaM2 = new Float64Array(nr)
  const colVolumeM3 = new Float64Array(nr)
  const outerFaceAreaM2 = new Float64Array(nr)
  const radialConductance = new Float64Array(nr)
  const axialConductance = new Float64Array(nr)
  const bottomConductance = new Float64Array(nr)
  for (let i = 0; i < nr; i++) {
    colAreaM2[i] = Math.PI * (2 * i + 1) * cellM * cellM
    colVolumeM3[i] = colAreaM2[i] * cellM
    outerFaceAreaM2[i] = 2 * Math.PI * (i + 1) * cellM * cellM
    const lastColumn = i === nr - 1
    // The far boundary sits half a cell beyond the last cell centre.
    radialConductance[i] = lastColumn
      ? lateralAmbient
        ? (2 * k * outerFaceAreaM2[i]) / cellM
        : 0
      : (k * outerFaceAreaM2[i]) / cellM
    axialConductance[i] = (k * colAreaM2[i]) / cellM
    bottomConductance[i] = (2 * k * colAreaM2[i]) / cellM
  }
  return {
    nr,
    nz,
    cellM,
    rowLayer,
    rowMuAPerM,
    rowTransmission,
    colAreaM2,
    colVolumeM3,
    outerFaceAreaM2,
    radialConductance,
    axialConductance,
    bottomConductance,
    lateralBoundaryAmbient: lateralAmbient,
  }
}

/** Energy flows of the run, J. */
export interface Tallies {
  deliveredJ: number
  plumeJ: number
  absorbedJ: number
  ablationJ: number
  conductionOutJ: number
  perfusionJ: number
  convectionJ: number
  massRemovedKg: number
}

export interface SimState {
  /** Volumetric enthalpy above the 37 °C baseline, J/m³. */
  enthalpy: Float64Array
  /** Temperature above baseline, K (derived from enthalpy). */
  theta: Float64Array
  /** 1 where the cell has been ablated (crater). */
  removed: Uint8Array
  /** First remaining row of each column (nz when the column is ablated through). */
  frontRow: Int32Array
  /** Remaining fraction (0–1] of the front cell's thickness; material is removed from its top. */
  frontFraction: Float64Array
  omega: Float64Array
  peakTheta: Float64Array
  tallies: Tallies
  /** Rows and columns the laser has heated since the last conduction step (0 … touched − 1; 0 = none). */
  touchedRows: number
  touchedCols: number
}

export function createState(grid: Grid): SimState {
  const cells = grid.nr * grid.nz
  return {
    enthalpy: new Float64Array(cells),
    theta: new Float64Array(cells),
    removed: new Uint8Array(cells),
    frontRow: new Int32Array(grid.nr),
    frontFraction: new Float64Array(grid.nr).fill(1),
    omega: new Float64Array(cells),
    peakTheta: new Float64Array(cells),
    tallies: {
      deliveredJ: 0,
      plumeJ: 0,
      absorbedJ: 0,
      ablationJ: 0,
      conductionOutJ: 0,
      perfusionJ: 0,
      convectionJ: 0,
      massRemovedKg: 0,
    },
    touchedRows: 0,
    touchedCols: 0,
  }
}

/** Records that the laser heated the cell (row, column), so the next conduction step looks that far. */
export function markHeated(state: SimState, row: number, column: number): void {
  if (row >= state.touchedRows) state.touchedRows = row + 1
  if (column >= state.touchedCols) state.touchedCols = column + 1
}

/** Recompute the temperature rise of one cell from its enthalpy (sensible heat: confined water does not boil). */
export function thetaFromEnthalpy(enthalpy: number): number {
  return enthalpy * INVERSE_RHO_C
}
