// The Heal view (loaded on first use from App.tsx): HealStage overlays the 3D viewport (the timeline),
// HealPanel fills the side panel (course, figures, chart, cohort).
import { useDermaStore } from '../../state/store'

export function HealStage() {
  return null
}

export function HealPanel() {
  const status = useDermaStore((s) => s.healing.status)
  const error = useDermaStore((s) => s.healing.error)
  return (
    <section className="panel-section" aria-labelledby="heal-heading">
      <h2 id="heal-heading">Healing timeline</h2>
      <p role="status">{status === 'error' ? `The healing run failed: ${error ?? ''}` : `Run: ${status}`}</p>
    </section>
  )
}
