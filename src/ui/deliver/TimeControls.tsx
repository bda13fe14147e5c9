// The application clock: play/pause and a slider over the application (linked to the scene's clock: the slider
// seeks it, and follows it while it plays).
import { useDermaStore } from '../../state/store'
import { deliverHours } from '../../state/deliverSlice'
import { formatClock } from './format'

export function TimeControls() {
  const data = useDermaStore((s) => s.deliver.data)
  const playing = useDermaStore((s) => s.deliver.playing)
  const timeH = useDermaStore((s) => s.deliver.timeReadoutH)
  const applyAfter = useDermaStore((s) => s.scenario.topical.applyAfterLaserHours)
  const hours = deliverHours(data)
  const s = useDermaStore.getState
  return (
    <div className="deliver-time">
      <button
        type="button"
        className="deliver-play"
        disabled={!data}
        aria-pressed={playing}
        onClick={() => (playing ? s().deliverPause() : s().deliverPlay())}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <label className="deliver-time-slider">
        <span>Time since the drug was applied</span>
        <input
          type="range"
          min={0}
          max={hours || 1}
          step={0.01}
          value={timeH}
          disabled={!data}
          onChange={(e) => s().deliverSeek(Number(e.target.value))}
          aria-valuetext={`${formatClock(timeH)} of ${formatClock(hours)}`}
        />
      </label>
      <output className="deliver-clock" aria-live="off">
        {formatClock(timeH)}
        <small> of {formatClock(hours)}</small>
      </output>
      <p className="deliver-time-note">
        Applied {applyAfter === 0 ? 'right after' : `${applyAfter} h after`} the laser · play or pause: O
      </p>
    </div>
  )
}
