// The chart of the Heal view (uPlot): repigmentation and open epidermis (%, left axis) and the melanocyte,
// activated-precursor and T-cell counts (log axis, right) against the drawn timeline, so the milliseconds of the
// pulse and the months of repigmentation are both visible and the chart lines up with the timeline bar (one axis
// for two kinds of scale would hide either the first day or the months). The clock cursor is a marker moved from a
// store subscription, never React state per frame; clicking the chart seeks the clock there.
import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import { useDermaStore } from '../../state/store'
import { formatHealingTime } from '../../state/healingClock'
import { timelinePosition } from '../../sim/healing'
import { positionToDay, timelineSegments } from '../timeline/timelineScale'
import { CHART_SERIES, chartData, nearestIndex } from './chartData'

const HEIGHT_PX = 210
const AXIS_STROKE = '#b7c4cf'
const GRID = { stroke: 'rgba(183,196,207,0.14)', width: 1 }
const FONT = '11px system-ui, sans-serif'
/** Boundary labels drawn under the x axis (the first ones sit too close together to all be read). */
const SHOWN_BOUNDARIES = new Set([
  'thermal',
  're-epithelialization',
  'inflammation and cytokines',
  'stem-cell activation',
  'migration',
  'repigmentation',
])

export function HealChart() {
  const run = useDermaStore((s) => s.healing.run)
  const host = useRef<HTMLDivElement>(null)

  useEffect(() => {
    const el = host.current
    if (!run || !el) return
    const { data, timesDays } = chartData(run)
    const segments = timelineSegments(run.phases)
    const splits = [0, ...segments.map((s) => s.endU)]
    const labels = ['0', ...segments.map((s) => (SHOWN_BOUNDARIES.has(s.name) ? s.endLabel : ''))]
    const x = data[0]
    // the clock marker lives in uPlot's overlay, over the plotting area
    const mark = document.createElement('div')
    mark.className = 'heal-chart-clock'
    mark.setAttribute('aria-hidden', 'true')
    const sync = (u: uPlot, timeDays: number) => {
      const pos = timelinePosition(run.phases, timeDays)
      mark.style.left = `${u.valToPos(pos, 'x')}px`
      // the legend shows the values at the clock unless the pointer is over the chart
      if (!u.over.matches(':hover')) u.setLegend({ idx: nearestIndex(x, pos) })
    }
    const plot = new uPlot(
      {
        width: Math.max(240, el.clientWidth),
        height: HEIGHT_PX,
        cursor: { x: true, y: false, drag: { x: false, y: false }, points: { size: 6 } },
        legend: { show: true, live: true },
        // the first layout is committed after construction: place the clock cursor once it is
        hooks: {
          ready: [
            (u) => {
              u.over.appendChild(mark)
              sync(u, useDermaStore.getState().healing.dayReadout)
            },
          ],
        },
        scales: {
          x: { time: false, range: [0, 1] },
          '%': { range: [0, 100] },
          cells: { distr: 3, log: 10, range: [1, 10000] },
        },
        axes: [
          {
            stroke: AXIS_STROKE,
            font: FONT,
            grid: GRID,
            ticks: { show: true, stroke: GRID.stroke, size: 4 },
            splits: () => splits,
            values: () => labels,
            size: 28,
          },
          {
            scale: '%',
            stroke: AXIS_STROKE,
            font: FONT,
            grid: GRID,
            splits: () => [0, 25, 50, 75, 100],
            values: (_u, v) => v.map((x) => `${x}%`),
            size: 46,
          },
          {
            scale: 'cells',
            side: 1,
            stroke: AXIS_STROKE,
            font: FONT,
            grid: { show: false },
            splits: () => [1, 10, 100, 1000, 10000],
            values: (_u, v) => v.map((x) => (x >= 1000 ? `${x / 1000}k` : String(x))),
            size: 40,
          },
        ],
        series: [
          {
            label: 'Time',
            value: (_u, v, _s, i) => (i == null || v == null ? '—' : formatHealingTime(timesDays[i])),
          },
          ...CHART_SERIES.map((s) => ({
            label: s.label,
            scale: s.scale,
            stroke: s.color,
            width: s.scale === '%' ? 2.5 : 2,
            dash: s.key === 'openEpidermisFraction' ? [5, 4] : undefined,
            spanGaps: false,
            points: { show: false },
            value: (_u: uPlot, v: number | null) =>
              v == null
                ? s.scale === '%'
                  ? '—'
                  : '0'
                : s.scale === '%'
                  ? `${v.toFixed(1)} %`
                  : Math.round(v).toLocaleString('en-US'),
          })),
        ],
      },
      data as uPlot.AlignedData,
      el,
    )
    const unsubscribe = useDermaStore.subscribe((s, prev) => {
      if (s.healing.dayReadout !== prev.healing.dayReadout) sync(plot, s.healing.dayReadout)
    })
    const onClick = (e: MouseEvent) => {
      const u = plot.posToVal(e.offsetX, 'x')
      useDermaStore.getState().healSeek(positionToDay(run.phases, u))
    }
    plot.over.addEventListener('click', onClick)
    const onLeave = () => sync(plot, useDermaStore.getState().healing.dayReadout)
    plot.over.addEventListener('mouseleave', onLeave)
    return () => {
      unsubscribe()
      plot.over.removeEventListener('click', onClick)
      plot.over.removeEventListener('mouseleave', onLeave)
      plot.destroy()
    }
  }, [run])

  return (
    <section className="panel-section" aria-labelledby="heal-chart-title">
      <h2 id="heal-chart-title">Course over time</h2>
      <figure className="heal-chart">
        <div ref={host} className="heal-chart-host" data-testid="heal-chart" />
        <figcaption className="hint">
          Left axis: % (repigmentation of the lesion; open epidermis of the block, dashed). Right axis: cells
          in this block, log scale. Time on the timeline’s piecewise scale. Click the chart to move the clock
          there.
        </figcaption>
      </figure>
      {!run && <p className="hint">The chart appears once the course is computed.</p>}
    </section>
  )
}
