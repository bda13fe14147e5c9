// The wounded surface on a square raster: which cells lie inside a damaged disc (coverage, overlaps counted once)
// and how far each wounded cell is from living epithelium (exact Euclidean distance transform).
import { patternParam } from './patternParams'
import { squaredDistanceToSources } from '../distanceTransform'

export interface WoundRaster {
  cellUm: number
  /** Cells along x and y; cell (i, j) has its centre at ((i + ½)·cellUm, (j + ½)·cellUm). */
  nx: number
  ny: number
  /** 1 = wounded, 0 = intact or outside the treated area; index j·nx + i. */
  wounded: Uint8Array
  /** Cells whose centre lies inside the treated area (the denominator of the coverage). */
  insideCount: number
  woundedCount: number
}

/**
 * Cell size for an area: the requested size (default 'pattern.rasterCellUm'), grown only if the area would need
 * more than 'pattern.maxRasterCells' cells.
 */
export function rasterCellFor(widthUm: number, lengthUm: number, requestedUm?: number): number {
  const base = requestedUm ?? patternParam('pattern.rasterCellUm')
  if (!(base > 0)) throw new RangeError('raster cell size must be positive')
  return Math.max(base, Math.sqrt((widthUm * lengthUm) / patternParam('pattern.maxRasterCells')))
}

function emptyRaster(widthUm: number, lengthUm: number, cellUm: number): WoundRaster {
  const nx = Math.max(1, Math.ceil(widthUm / cellUm - 1e-9))
  const ny = Math.max(1, Math.ceil(lengthUm / cellUm - 1e-9))
  const insideX = Math.min(nx, Math.ceil(widthUm / cellUm - 0.5 - 1e-9))
  const insideY = Math.min(ny, Math.ceil(lengthUm / cellUm - 0.5 - 1e-9))
  return { cellUm, nx, ny, wounded: new Uint8Array(nx * ny), insideCount: insideX * insideY, woundedCount: 0 }
}

function centreInside(raster: WoundRaster, widthUm: number, lengthUm: number, i: number, j: number): boolean {
  return (i + 0.5) * raster.cellUm < widthUm && (j + 0.5) * raster.cellUm < lengthUm
}

/** The whole treated area wounded (continuous resurfacing). */
export function fullWoundRaster(widthUm: number, lengthUm: number, cellUm: number): WoundRaster {
  const raster = emptyRaster(widthUm, lengthUm, cellUm)
  for (let j = 0; j < raster.ny; j++) {
    for (let i = 0; i < raster.nx; i++) {
      if (centreInside(raster, widthUm, lengthUm, i, j)) raster.wounded[j * raster.nx + i] = 1
    }
  }
  raster.woundedCount = raster.insideCount
  return raster
}

/** Discs of one diameter at the given centres (x, y interleaved); a cell is wounded if its centre is inside one. */
export function discWoundRaster(
  widthUm: number,
  lengthUm: number,
  centresUm: Float32Array,
  diameterUm: number,
  cellUm: number,
): WoundRaster {
  const raster = emptyRaster(widthUm, lengthUm, cellUm)
  const { nx, ny, wounded } = raster
  const radius = diameterUm / 2
  const radius2 = radius * radius
  for (let k = 0; k + 1 < centresUm.length; k += 2) {
    const cx = centresUm[k]
    const cy = centresUm[k + 1]
    const i0 = Math.max(0, Math.floor((cx - radius) / cellUm))
    const i1 = Math.min(nx - 1, Math.ceil((cx + radius) / cellUm))
    const j0 = Math.max(0, Math.floor((cy - radius) / cellUm))
    const j1 = Math.min(ny - 1, Math.ceil((cy + radius) / cellUm))
    for (let j = j0; j <= j1; j++) {
      const dy = (j + 0.5) * cellUm - cy
      for (let i = i0; i <= i1; i++) {
        const dx = (i + 0.5) * cellUm - cx
        if (dx * dx + dy * dy < radius2 && centreInside(raster, widthUm, lengthUm, i, j))
          wounded[j * nx + i] = 1
      }
    }
  }
  let count = 0
  for (let n = 0; n < wounded.length; n++) count += wounded[n]
  raster.woundedCount = count
  return raster
}

/**
 * Distance from the centre of each wounded cell to intact epidermis, µm (0 for intact cells). Skin outside the
 * treated area counts as intact (a ring of intact cells around the raster). The distance between cell centres
 * overshoots the true edge by half a cell on average, so half a cell is taken off.
 */
export function distanceToIntactUm(raster: WoundRaster): Float32Array {
  const { nx, ny, wounded, cellUm } = raster
  const px = nx + 2
  const py = ny + 2
  const intact = new Uint8Array(px * py)
  for (let j = 0; j < py; j++) {
    for (let i = 0; i < px; i++) {
      const inner = i > 0 && j > 0 && i <= nx && j <= ny
      intact[j * px + i] = inner && wounded[(j - 1) * nx + (i - 1)] === 1 ? 0 : 1
    }
  }
  const grid = squaredDistanceToSources(intact, px, py)
  const distance = new Float32Array(nx * ny)
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      if (wounded[j * nx + i] !== 1) continue
      const cells = Math.sqrt(grid[(j + 1) * px + (i + 1)])
      distance[j * nx + i] = Math.max(0, (cells - 0.5) * cellUm)
    }
  }
  return distance
}
