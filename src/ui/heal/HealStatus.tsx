// Run status of the Heal view: the healing course is computed in a Web Worker (≈ 1–2 s); while it computes an
// indeterminate progress bar shows (the run reports no partial progress), a failure is shown as an alert, and a
// course that is being recomputed keeps the previous run on screen with a note.
import { useDermaStore } from '../../state/store'

export function HealStatus() {
  const status = useDermaStore((s) => s.healing.status)
  const error = useDermaStore((s) => s.healing.error)
  const hasRun = useDermaStore((s) => s.healing.run !== null)
  const run = useDermaStore((s) => s.healing.run)
  if (status === 'error') {
    return (
      <p className="field-error heal-status" role="alert">
        {error ?? 'The healing course could not be computed.'}
      </p>
    )
  }
  if (status === 'computing' || status === 'idle') {
    return (
      <div className="heal-status" role="status">
        <progress aria-label="Computing the healing course" />
        <span>
          {hasRun
            ? 'Recomputing for the new settings (in a Web Worker); the previous course stays on screen.'
            : 'Computing the healing course in a Web Worker…'}
        </span>
      </div>
    )
  }
  return (
    <p className="hint heal-status" role="status">
      Course ready: {run?.sessions.length ?? 0} laser session(s), {run?.uvSessionDays.length ?? 0} NB-UVB
      session(s), {run?.endDays ?? 0} days
      {run?.capacityReached ? ' (agent capacity reached: some divisions were refused)' : ''}.
    </p>
  )
}
