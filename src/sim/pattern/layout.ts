// Where the micro-thermal zones land: a square grid, a hexagonal grid or a seeded random scatter, with the MTZ
// density set by the device convention (density = share of the surface under the beam spots).
//
//   MTZ per µm² n = (density / 100) / (π·(spot/2)²)
//   grid spacing  s = 1/√n                      (one MTZ per s² square)
//   hex spacing   a = √(2 / (√3·n))             (one MTZ per √3/2·a² rhombus; a = nearest-neighbour distance)
// Grids are centred on the treated area with round(side / row spacing) rows and columns, so the count matches
// n × area within the rounding of each side. The random layout throws darts (random sequential addition): each
// candidate centre is uniform over the area and rejected if closer than a least distance to one already placed.
import type { Pattern, PatternInput } from './types'
import { createRng } from '../rng'
import { paramValue } from '../params'
import { patternParam } from './patternParams'
import { discWoundRaster, fullWoundRaster, rasterCellFor } from './raster'

const UM2_PER_CM2 = 1e8

/** MTZ per µm² for a density (%) and a beam spot diameter (µm). */
export function mtzPerUm2(densityPercent: number, spotDiameterUm: number): number {
  const spotArea = Math.PI * (spotDiameterUm / 2) ** 2
  return densityPercent / 100 / spotArea
}

/** Centred lattice positions along one side: count = round(side / step), at least 0. */
function centredRow(sideUm: number, stepUm: number): number[] {
  const count = Math.round(sideUm / stepUm)
  const first = sideUm / 2 - ((count - 1) / 2) * stepUm
  return Array.from({ length: count }, (_, k) => first + k * stepUm)
}

function squareGrid(widthUm: number, lengthUm: number, n: number): number[] {
  const s = 1 / Math.sqrt(n)
  const xs = centredRow(widthUm, s)
  const ys = centredRow(lengthUm, s)
  return ys.flatMap((y) => xs.flatMap((x) => [x, y]))
}

/** Rows a·√3/2 apart, every other row shifted by a/2; shifted ±a/4 so the lattice stays centred. */
function hexGrid(widthUm: number, lengthUm: number, n: number): number[] {
  const a = Math.sqrt(2 / (Math.sqrt(3) * n))
  const xs = centredRow(widthUm, a)
  const ys = centredRow(lengthUm, (a * Math.sqrt(3)) / 2)
  return ys.flatMap((y, row) => {
    const shift = row % 2 === 0 ? -a / 4 : a / 4
    return xs.flatMap((x) => [x + shift, y])
  })
}

/**
 * Least distance between random centres: the MTZ diameter (so damaged discs do not overlap), unless the density
 * is too high for that; then the largest distance whose no-overlap discs cover 'pattern.randomPackingFraction'
 * of the surface, below the jamming limit of random sequential addition (≈ 0.547, Feder 1980).
 */
export function randomMinDistanceUm(n: number, mtzDiameterUm: number): number {
  const packing = patternParam('pattern.randomPackingFraction')
  const densest = Math.sqrt((4 * packing) / (Math.PI * n))
  return Math.min(mtzDiameterUm, densest)
}

/** Dart throwing with a bucket grid (bucket side = least distance) so each throw checks 3 × 3 buckets. */
function dartThrow(widthUm: number, lengthUm: number, target: number, minUm: number, seed: number): number[] {
  const rng = createRng(seed).fork('pattern.random')
  const bucketUm = Math.max(minUm, 1)
  const bx = Math.max(1, Math.ceil(widthUm / bucketUm))
  const by = Math.max(1, Math.ceil(lengthUm / bucketUm))
  const buckets: number[][] = Array.from({ length: bx * by }, () => [])
  const xy: number[] = []
  const min2 = minUm * minUm
  const maxThrows = target * patternParam('pattern.dartAttemptsPerMtz')
  for (let t = 0; t < maxThrows && xy.length < 2 * target; t++) {
    const x = rng.next() * widthUm
    const y = rng.next() * lengthUm
    const i = Math.min(bx - 1, Math.floor(x / bucketUm))
    const j = Math.min(by - 1, Math.floor(y / bucketUm))
    let free = true
    for (let jj = Math.max(0, j - 1); free && jj <= Math.min(by - 1, j + 1); jj++) {
      for (let ii = Math.max(0, i - 1); free && ii <= Math.min(bx - 1, i + 1); ii++) {
        for (const k of buckets[jj * bx + ii]) {
          const dx = xy[2 * k] - x
          const dy = xy[2 * k + 1] - y
          if (dx * dx + dy * dy < min2) {
            free = false
            break
          }
        }
      }
    }
    if (!free) continue
    buckets[j * bx + i].push(xy.length / 2)
    xy.push(x, y)
  }
  return xy
}

/** Mean distance from each centre to its nearest other centre, µm (null with fewer than two). */
export function meanNearestNeighbourUm(centresUm: Float32Array): number | null {
  const count = centresUm.length / 2
  if (count < 2) return null
  // Sort by x and sweep outwards: stops as soon as the x gap alone exceeds the best distance found.
  const order = Array.from({ length: count }, (_, k) => k).sort((p, q) => centresUm[2 * p] - centresUm[2 * q])
  const xs = order.map((k) => centresUm[2 * k])
  const ys = order.map((k) => centresUm[2 * k + 1])
  let total = 0
  for (let a = 0; a < count; a++) {
    let best = Infinity
    for (let b = a + 1; b < count && xs[b] - xs[a] < best; b++)
      best = Math.min(best, Math.hypot(xs[b] - xs[a], ys[b] - ys[a]))
    for (let b = a - 1; b >= 0 && xs[a] - xs[b] < best; b--)
      best = Math.min(best, Math.hypot(xs[b] - xs[a], ys[b] - ys[a]))
    total += best
  }
  return total / count
}

function checkInput(input: PatternInput, widthUm: number, lengthUm: number): void {
  const positive: [string, number][] = [
    ['spotDiameterUm', input.spotDiameterUm],
    ['widthUm', widthUm],
    ['lengthUm', lengthUm],
  ]
  for (const [name, value] of positive) {
    if (!Number.isFinite(value) || value <= 0)
      throw new RangeError(`PatternInput.${name} must be a positive number`)
  }
  if (!(input.densityPercent > 0 && input.densityPercent <= 100)) {
    throw new RangeError('PatternInput.densityPercent must be in (0, 100]')
  }
  if (!Number.isFinite(input.mtzDiameterUm) || input.mtzDiameterUm < 0) {
    throw new RangeError('PatternInput.mtzDiameterUm must be ≥ 0')
  }
}

/** The MTZ layout of one treatment pass and its coverage. Deterministic for a given input (seed included). */
export function generatePattern(input: PatternInput): Pattern {
  const widthUm = input.widthUm ?? paramValue('block.widthUm')
  const lengthUm = input.lengthUm ?? paramValue('block.lengthUm')
  checkInput(input, widthUm, lengthUm)
  const base = {
    mode: input.mode,
    layout: input.layout,
    widthUm,
    lengthUm,
    densityPercent: input.densityPercent,
    spotDiameterUm: input.spotDiameterUm,
    mtzDiameterUm: input.mtzDiameterUm,
    rasterCellUm: rasterCellFor(widthUm, lengthUm, input.rasterCellUm),
  }
  const noCentres = {
    centresUm: new Float32Array(0),
    count: 0,
    targetMtzPerCm2: 0,
    mtzPerCm2: 0,
    meanSpacingUm: null,
    minDistanceUm: null,
  }
  if (input.mode === 'none') return { ...base, ...noCentres, coverageFraction: 0 }
  if (input.mode === 'continuous') {
    const raster = fullWoundRaster(widthUm, lengthUm, base.rasterCellUm)
    return { ...base, ...noCentres, coverageFraction: raster.woundedCount / raster.insideCount }
  }

  const n = mtzPerUm2(input.densityPercent, input.spotDiameterUm)
  let xy: number[]
  let minDistanceUm: number | null = null
  if (input.layout === 'grid') xy = squareGrid(widthUm, lengthUm, n)
  else if (input.layout === 'hex') xy = hexGrid(widthUm, lengthUm, n)
  else {
    minDistanceUm = randomMinDistanceUm(n, input.mtzDiameterUm)
    xy = dartThrow(widthUm, lengthUm, Math.round(n * widthUm * lengthUm), minDistanceUm, input.seed)
  }
  const centresUm = Float32Array.from(xy)
  const count = centresUm.length / 2
  const raster = discWoundRaster(widthUm, lengthUm, centresUm, input.mtzDiameterUm, base.rasterCellUm)
  return {
    ...base,
    centresUm,
    count,
    targetMtzPerCm2: n * UM2_PER_CM2,
    mtzPerCm2: (count / (widthUm * lengthUm)) * UM2_PER_CM2,
    meanSpacingUm: meanNearestNeighbourUm(centresUm),
    minDistanceUm,
    coverageFraction: raster.woundedCount / raster.insideCount,
  }
}
