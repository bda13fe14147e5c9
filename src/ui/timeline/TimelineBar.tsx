// The Heal view's timeline along the bottom of the stage, in the PhET manner: Reset All, step back, play/pause,
// step forward, speed, the current time in the unit a reader expects and the phase named, and the scrubber on the
// piecewise time scale. Every control is a native, labelled button or form control (keyboard operable); the
// hotkeys (healHotkeys.ts) do the same from anywhere in the view.
import { useId } from 'react'
import { useDermaStore } from '../../state/store'
import { SPEEDS, formatHealingTime, type SpeedId } from '../../state/healingClock'
import { togglePlay } from './healHotkeys'
import { TimelineScrubber } from './TimelineScrubber'
import { phasesFor } from './timelineScale'

/** Drawn icons (the fonts of a lecture-room PC may lack the media-control glyphs). */
function StepIcon({ direction }: { direction: 1 | -1 }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <g fill="currentColor" transform={direction < 0 ? 'matrix(-1 0 0 1 16 0)' : undefined}>
        <path d="M3 2.5 L11 8 L3 13.5 Z" />
        <rect x="11.5" y="2.5" width="2.2" height="11" />
      </g>
    </svg>
  )
}

function PlayIcon({ playing }: { playing: boolean }) {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      {playing ? (
        <g fill="currentColor">
          <rect x="3" y="2.5" width="3.6" height="11" />
          <rect x="9.4" y="2.5" width="3.6" height="11" />
        </g>
      ) : (
        <path fill="currentColor" d="M3.5 2 L13.5 8 L3.5 14 Z" />
      )}
    </svg>
  )
}

export function TimelineBar() {
  const run = useDermaStore((s) => s.healing.run)
  const status = useDermaStore((s) => s.healing.status)
  const playing = useDermaStore((s) => s.healing.playing)
  const speed = useDermaStore((s) => s.healing.speed)
  const day = useDermaStore((s) => s.healing.dayReadout)
  const phase = useDermaStore((s) => s.healing.phase)
  const courseDays = useDermaStore((s) => s.scenario.course.days)
  const healStep = useDermaStore((s) => s.healStep)
  const healSeek = useDermaStore((s) => s.healSeek)
  const healSetSpeed = useDermaStore((s) => s.healSetSpeed)
  const healResetAll = useDermaStore((s) => s.healResetAll)
  const speedId = useId()
  const phases = phasesFor(run?.phases, courseDays)
  const disabled = !run

  return (
    <section className="heal-timeline" aria-label="Healing timeline">
      <div className="heal-timeline-row">
        <div className="heal-transport" role="group" aria-label="Playback">
          <button type="button" className="heal-btn" onClick={healResetAll} title="Reset All">
            Reset All
          </button>
          <button
            type="button"
            className="heal-btn icon"
            onClick={() => healStep(-1)}
            disabled={disabled}
            aria-label="Step back"
            title="Step back (Page Up)"
          >
            <StepIcon direction={-1} />
          </button>
          <button
            type="button"
            className="heal-btn play"
            onClick={togglePlay}
            disabled={disabled}
            aria-pressed={playing}
            title="Play or pause (P)"
          >
            <PlayIcon playing={playing} /> {playing ? 'Pause' : 'Play'}
          </button>
          <button
            type="button"
            className="heal-btn icon"
            onClick={() => healStep(1)}
            disabled={disabled}
            aria-label="Step forward"
            title="Step forward (Page Down)"
          >
            <StepIcon direction={1} />
          </button>
        </div>
        <div className="heal-clock" aria-live="off">
          <span className="heal-time" data-testid="heal-time">
            {formatHealingTime(day)}
          </span>
          <span className="heal-phase">
            {status === 'computing' && !run ? 'computing the course…' : phase ? `Phase: ${phase}` : ''}
          </span>
        </div>
        <div className="heal-speed">
          <label htmlFor={speedId}>Speed</label>
          <select id={speedId} value={speed} onChange={(e) => healSetSpeed(e.target.value as SpeedId)}>
            {SPEEDS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label} ({s.timelineS} s)
              </option>
            ))}
          </select>
        </div>
      </div>
      <TimelineScrubber
        phases={phases}
        timeDays={day}
        phase={phase}
        laserDays={run?.sessions.map((s) => s.day) ?? []}
        uvDays={run?.uvSessionDays ?? []}
        onSeek={healSeek}
      />
    </section>
  )
}
