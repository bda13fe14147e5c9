// A uPlot chart as a React component: created once, data pushed with setData, resized with its box, destroyed
// on unmount. `draw` paints extra marks (the basal layer, the clock's time) after uPlot has drawn the series.
import { useEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'

export function UPlotChart({
  options,
  data,
  height,
  label,
  redrawKey,
}: {
  /** Options without width/height (set from the box). Read once, at creation. */
  options: Omit<uPlot.Options, 'width' | 'height'>
  data: uPlot.AlignedData
  height: number
  label: string
  /** Changing it redraws (e.g. a marker moved) without new data. */
  redrawKey?: number
}) {
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<uPlot | null>(null)
  const first = useRef({ options, data })

  useEffect(() => {
    const el = box.current
    if (!el) return
    const u = new uPlot(
      { ...first.current.options, width: Math.max(200, el.clientWidth), height },
      first.current.data,
      el,
    )
    chart.current = u
    const observer = new ResizeObserver(() => u.setSize({ width: Math.max(200, el.clientWidth), height }))
    observer.observe(el)
    return () => {
      observer.disconnect()
      u.destroy()
      chart.current = null
    }
  }, [height])

  useEffect(() => {
    chart.current?.setData(data)
  }, [data])

  useEffect(() => {
    chart.current?.redraw(false, false)
  }, [redrawKey])

  return <div className="deliver-chart" ref={box} role="img" aria-label={label} />
}
