// The scrubber of the Heal timeline: a native range slider (keyboard operable: arrows, Home/End, Page keys) laid
// over the named phases on the piecewise time scale, with the laser and NB-UVB sessions marked. Its value is the
// throttled day readout of the store (≈ 10 updates a second while playing, never one per frame).
import { useId } from 'react'
import type { ClockPhase } from '../../sim/healing'
import { formatHealingTime } from '../../state/healingClock'
import { SCRUB_STEPS, dayToPosition, positionToDay, timelineSegments } from './timelineScale'

interface Props {
  phases: ClockPhase[]
  timeDays: number
  phase: string
  laserDays: number[]
  uvDays: number[]
  onSeek: (timeDays: number) => void
}

export function TimelineScrubber({ phases, timeDays, phase, laserDays, uvDays, onSeek }: Props) {
  const id = useId()
  const segments = timelineSegments(phases)
  const value = Math.round(dayToPosition(phases, timeDays) * SCRUB_STEPS)
  const pct = (day: number) => `${(100 * dayToPosition(phases, day)).toFixed(2)}%`
  return (
    <div className="heal-scrubber">
      <label htmlFor={id} className="visually-hidden">
        Time since the first laser pulse
      </label>
      <div className="heal-track" aria-hidden="true">
        {segments.map((s, k) => (
          <div
            key={s.name}
            className={`heal-segment${s.name === phase ? ' current' : ''}${k % 2 ? ' odd' : ''}`}
            style={{ left: `${100 * s.startU}%`, width: `${100 * (s.endU - s.startU)}%` }}
          >
            <span className="heal-segment-name">{s.label}</span>
          </div>
        ))}
        {uvDays.map((d) => (
          <span key={`uv${d}`} className="heal-event uv" style={{ left: pct(d) }} />
        ))}
        {laserDays.map((d) => (
          <span key={`laser${d}`} className="heal-event laser" style={{ left: pct(d) }} />
        ))}
      </div>
      <input
        id={id}
        type="range"
        min={0}
        max={SCRUB_STEPS}
        step={1}
        value={value}
        aria-valuetext={`${formatHealingTime(timeDays)}, ${phase || 'no phase'}`}
        onChange={(e) => onSeek(positionToDay(phases, Number(e.target.value) / SCRUB_STEPS))}
      />
      <div className="heal-ticks" aria-hidden="true">
        <span style={{ left: 0 }}>0</span>
        {segments.map((s) => (
          <span key={s.name} style={{ left: `${100 * s.endU}%` }}>
            {s.endLabel}
          </span>
        ))}
      </div>
    </div>
  )
}
