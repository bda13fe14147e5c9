// Fire, Clear and the pass status. Its own component because it follows the pass: the scene reports the
// "MTZs drilled" counter every 250 ms, and only this small part of the laser panel should re-render for it
// (a zustand update from useFrame renders synchronously inside the animation frame).
import { useId } from 'react'
import { useDermaStore } from '../state/store'

function statusText(phase: string, fired: number, total: number, continuous: boolean): string {
  if (phase === 'firing')
    return continuous
      ? 'Firing: the handpiece sweeps the whole surface…'
      : `Firing: ${fired} / ${total} MTZs drilled`
  if (phase === 'done')
    return continuous ? 'Done: the whole surface is ablated.' : `Done: ${total} MTZs drilled.`
  return 'Ready.'
}

interface Props {
  /** The laser is off (mode 'none'): Fire is disabled. */
  off: boolean
  /** Why the last Fire was refused (null: it was not). */
  error: string | null
  onError: (error: string | null) => void
}

export function FireControls({ off, error, onError }: Props) {
  const phase = useDermaStore((s) => s.treatment.phase)
  const mtzFired = useDermaStore((s) => s.treatment.mtzFired)
  const mtzTotal = useDermaStore((s) => s.treatment.mtzTotal)
  const continuous = useDermaStore((s) => s.treatment.plan?.mode === 'continuous')
  const note = useDermaStore((s) => s.treatment.note)
  const fire = useDermaStore((s) => s.fire)
  const clear = useDermaStore((s) => s.clearTreatment)
  const statusId = useId()

  return (
    <>
      <div className="fire-row">
        <button
          type="button"
          className="fire-button"
          aria-keyshortcuts="L"
          aria-describedby={statusId}
          disabled={off}
          onClick={() => {
            const r = fire()
            onError(r.ok ? null : r.errors.join(' '))
          }}
        >
          Fire <kbd>L</kbd>
        </button>
        <button type="button" onClick={() => clear()} disabled={phase === 'idle'}>
          Clear
        </button>
      </div>
      <p id={statusId} className="laser-status" role="status">
        {off
          ? 'The laser is off: choose Fractional or Continuous to fire.'
          : statusText(phase, mtzFired, mtzTotal, continuous)}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {note && <p className="laser-note">{note}</p>}
    </>
  )
}
