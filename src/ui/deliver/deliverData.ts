// Reading the view data at the clock's time for the panel and the plots (React, a few times a second: never per
// frame). Linear in time between the reported snapshots, like the scene's field textures.
import type { ArmViewData, DeliverViewData } from '../../workers/transportProtocol'

export function bracket(timesH: number[], timeH: number): { i: number; j: number; f: number } {
  const last = timesH.length - 1
  let i = 0
  while (i < last - 1 && timesH[i + 1] < timeH) i++
  const j = Math.min(i + 1, last)
  const f = j === i ? 0 : Math.min(1, Math.max(0, (timeH - timesH[i]) / (timesH[j] - timesH[i])))
  return { i, j, f }
}

export function seriesAt(values: number[], timesH: number[], timeH: number): number {
  const { i, j, f } = bracket(timesH, timeH)
  return values[i] + f * (values[j] - values[i])
}

/** Profile of one arm at timeH, µg/cm³ per depth row of that arm. */
function profileAt(arm: ArmViewData, timesH: number[], timeH: number): Float64Array {
  const { i, j, f } = bracket(timesH, timeH)
  const a = arm.profileUgPerCm3[i]
  const b = arm.profileUgPerCm3[j]
  return a.map((v, k) => v + f * (b[k] - v))
}

/** Linear interpolation of (xs, ys) at x (xs ascending; clamped at the ends). */
function interpolate(xs: Float64Array, ys: Float64Array, x: number): number {
  if (x <= xs[0]) return ys[0]
  const n = xs.length - 1
  if (x >= xs[n]) return ys[n]
  let k = 0
  while (xs[k + 1] < x) k++
  const t = (x - xs[k]) / (xs[k + 1] - xs[k])
  return ys[k] + t * (ys[k + 1] - ys[k])
}

/**
 * uPlot data for concentration versus depth at timeH: x = depth (the lasered arm's rows within the view), then
 * intact and lasered (zero → null: a log axis cannot show it).
 */
export function depthPlotData(
  data: DeliverViewData,
  timeH: number,
): [number[], (number | null)[], (number | null)[]] {
  const depths = data.lasered.profileDepthUm
  const lasered = profileAt(data.lasered, data.timesH, timeH)
  const intact = profileAt(data.intact, data.timesH, timeH)
  const x: number[] = []
  const yi: (number | null)[] = []
  const yl: (number | null)[] = []
  const floor = data.thresholdUgPerCm3 / 10
  for (let k = 0; k < depths.length; k++) {
    if (depths[k] > data.bottomUm) break
    x.push(depths[k])
    const ci = interpolate(data.intact.profileDepthUm, intact, depths[k])
    yi.push(ci >= floor ? ci : null)
    yl.push(lasered[k] >= floor ? lasered[k] : null)
  }
  return [x, yi, yl]
}

/** uPlot data for the amount delivered past the stratum corneum versus time (zero → null). */
export function deliveredPlotData(data: DeliverViewData): [number[], (number | null)[], (number | null)[]] {
  const pos = (v: number) => (v > 0 ? v : null)
  return [data.timesH, data.intact.deliveredUgPerCm2.map(pos), data.lasered.deliveredUgPerCm2.map(pos)]
}
