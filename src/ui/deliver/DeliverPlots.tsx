// The two plots: concentration versus depth at the clock's time (both arms, the basal layer and the "reached"
// threshold marked) and the amount delivered past the stratum corneum versus time (both arms, the clock marked).
// Log y axes: the arms differ by decades.
import { useMemo } from 'react'
import type uPlot from 'uplot'
import { useDermaStore } from '../../state/store'
import type { DeliverViewData } from '../../workers/transportProtocol'
import { UPlotChart } from './UPlotChart'
import { deliveredPlotData, depthPlotData } from './deliverData'
import { formatAmount, superscript } from './format'

/** Okabe–Ito sky blue and orange: distinguishable with every common colour-vision deficiency. */
export const ARM_COLOURS = { intact: '#56b4e9', lasered: '#e69f00' } as const
const AXIS = {
  stroke: '#b7c4cf',
  grid: { stroke: '#2e3f50', width: 1 },
  ticks: { stroke: '#2e3f50', width: 1 },
}
const FONT = '12px system-ui, sans-serif'

/** Log-axis ticks: the decades between the scale's ends (every other one when there are many). */
function decadeSplits(_u: uPlot, _axis: number, min: number, max: number): number[] {
  const lo = Math.ceil(Math.log10(min) - 1e-9)
  const hi = Math.floor(Math.log10(max) + 1e-9)
  const step = hi - lo > 6 ? 2 : 1
  const out: number[] = []
  for (let e = hi; e >= lo; e -= step) out.unshift(10 ** e)
  return out
}

/** Log-axis tick labels: plain numbers from 0.01 to 10⁵, powers of ten beyond. */
function logTicks(_u: uPlot, splits: number[]): string[] {
  return splits.map((v) => {
    if (v == null || !(v > 0)) return '' // uPlot passes null for ticks it filtered out
    const exp = Math.round(Math.log10(v))
    return v >= 0.01 && v <= 1e5 ? formatAmount(v) : `10${superscript(exp)}`
  })
}

function verticalLine(u: uPlot, x: number, colour: string, text: string, dash: number[]): void {
  const ctx = u.ctx
  const px = u.valToPos(x, 'x', true)
  const { top, height } = u.bbox
  ctx.save()
  ctx.strokeStyle = colour
  ctx.setLineDash(dash)
  ctx.lineWidth = 1.5 * devicePixelRatio
  ctx.beginPath()
  ctx.moveTo(px, top)
  ctx.lineTo(px, top + height)
  ctx.stroke()
  ctx.setLineDash([])
  // the label sits at the foot of the line, where both plots are empty (the curves run high), left-aligned
  // whatever alignment uPlot left on the context
  ctx.font = `${12 * devicePixelRatio}px system-ui, sans-serif`
  ctx.textAlign = 'left'
  ctx.textBaseline = 'bottom'
  ctx.fillStyle = colour
  ctx.fillText(text, px + 4 * devicePixelRatio, top + height - 4 * devicePixelRatio)
  ctx.restore()
}

function logRange(min: number, max: number, decades: number): [number, number] {
  const hi = 10 ** Math.ceil(Math.log10(Math.max(max, 1e-30)))
  return [Math.max(min > 0 ? 10 ** Math.floor(Math.log10(min)) : hi / 10 ** decades, hi / 10 ** decades), hi]
}

/** The two arms, one line each, in the arm colours of the stage. */
function armSeries(): uPlot.Series[] {
  return (['intact', 'lasered'] as const).map((arm) => ({
    label: arm === 'intact' ? 'Intact' : 'Lasered',
    stroke: ARM_COLOURS[arm],
    width: 2.5,
    value: (_u: uPlot, v: number | null) => (v == null ? '—' : formatAmount(v)),
  }))
}

/** A log-scale amount axis with a tick per decade. */
function logAxis(label: string): uPlot.Axis {
  return { ...AXIS, label, font: FONT, labelFont: FONT, size: 64, values: logTicks, splits: decadeSplits }
}

function depthOptions(data: DeliverViewData): Omit<uPlot.Options, 'width' | 'height'> {
  const dej = data.layers.dejUm
  return {
    scales: {
      x: { time: false, range: [0, data.bottomUm] },
      y: { distr: 3, log: 10, range: () => logRange(data.thresholdUgPerCm3 / 10, data.appliedUgPerCm3, 6) },
    },
    axes: [{ ...AXIS, label: 'Depth below the surface, µm', font: FONT, labelFont: FONT }, logAxis('µg/cm³')],
    series: [{ label: 'Depth, µm' }, ...armSeries()],
    legend: { show: true, live: false },
    cursor: { drag: { x: false, y: false } },
    hooks: {
      draw: [(u) => verticalLine(u, dej, '#eef3f7', 'basal layer', [6, 4])],
    },
  }
}

function timeOptions(data: DeliverViewData): Omit<uPlot.Options, 'width' | 'height'> {
  const all = [...data.intact.deliveredUgPerCm2, ...data.lasered.deliveredUgPerCm2].filter((v) => v > 0)
  const max = Math.max(...all, 1e-12)
  return {
    scales: {
      x: { time: false, range: [0, data.timesH[data.timesH.length - 1]] },
      y: { distr: 3, log: 10, range: () => logRange(Math.min(...all), max, 7) },
    },
    axes: [
      { ...AXIS, label: 'Hours since the drug was applied', font: FONT, labelFont: FONT },
      logAxis('µg/cm²'),
    ],
    series: [{ label: 'Time, h' }, ...armSeries()],
    legend: { show: true, live: false },
    cursor: { drag: { x: false, y: false } },
    hooks: {
      draw: [(u) => verticalLine(u, useDermaStore.getState().deliver.timeReadoutH, '#f0e442', 'now', [])],
    },
  }
}

export function DeliverPlots() {
  const data = useDermaStore((s) => s.deliver.data)
  const timeH = useDermaStore((s) => s.deliver.timeReadoutH)
  const depthData = useMemo(() => (data ? depthPlotData(data, timeH) : null), [data, timeH])
  const timeData = useMemo(() => (data ? deliveredPlotData(data) : null), [data])
  if (!data || !depthData || !timeData) return null
  const intactOff = data.intact.deliveredUgPerCm2.every((v) => !(v > 0)) || data.result.enhancementAtEnd > 1e6
  return (
    <div className="deliver-plots" data-testid="deliver-plots">
      <h3>Concentration versus depth, now</h3>
      <UPlotChart
        key={`depth-${data.key}`}
        options={depthOptions(data)}
        data={depthData}
        height={200}
        label="Concentration versus depth at the current time, intact and lasered skin, log scale"
      />
      <h3>Delivered past the stratum corneum</h3>
      <UPlotChart
        key={`time-${data.key}`}
        options={timeOptions(data)}
        data={timeData}
        height={190}
        redrawKey={timeH}
        label="Amount delivered past the stratum corneum versus time, intact and lasered skin, log scale"
      />
      {intactOff && (
        <p className="hint">The intact curve lies below the axis: practically nothing gets through.</p>
      )}
    </div>
  )
}
