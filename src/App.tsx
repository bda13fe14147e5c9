import { useEffect, useState } from 'react'
import { Viewport } from './scene/Viewport'
import { ControlPanel } from './ui/ControlPanel'
import { Legend } from './ui/Legend'
import { BlockFigures } from './ui/BlockFigures'
import { LaserPanel } from './ui/LaserPanel'
import { TreatFigures } from './ui/TreatFigures'
import { ThermalLegend, TimeScaleNote } from './ui/ThermalLegend'
import { HoverLabel } from './ui/HoverLabel'
import { Messages } from './ui/Messages'
import { HelpDialog } from './ui/HelpDialog'
import { ViewErrorBoundary } from './ui/ViewErrorBoundary'
import { HELP_KEYS, handleHotkey } from './ui/hotkeys'
import { CELL_ENLARGEMENT } from './scene/constants'

export function App() {
  const [helpOpen, setHelpOpen] = useState(false)

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (helpOpen) return
      if (HELP_KEYS.open.includes(event.key) && !(event.target instanceof HTMLInputElement)) {
        event.preventDefault()
        setHelpOpen(true)
        return
      }
      handleHotkey(event)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [helpOpen])

  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">
          Derma<span>Sim</span>
        </h1>
        <p className="subtitle">
          Fractional CO₂ laser (10,600 nm) for refractory vitiligo — explore and treat the skin
        </p>
        <button type="button" className="help-button" onClick={() => setHelpOpen(true)}>
          Help and keys
        </button>
      </header>
      <main className="stage" aria-label="3D skin block">
        <div className="viewport" data-testid="viewport">
          <ViewErrorBoundary>
            <Viewport />
          </ViewErrorBoundary>
        </div>
        <p className="scale-note">
          True relative scale on every axis · cells drawn ×{CELL_ENLARGEMENT} so they stay visible · drag to
          orbit, scroll to zoom, right-drag to pan
        </p>
        <ThermalLegend />
        <TimeScaleNote />
        <HoverLabel />
        <Messages />
      </main>
      <aside className="panel" aria-label="Controls and legend">
        <ControlPanel />
        <LaserPanel />
        <TreatFigures />
        <Legend />
        <BlockFigures />
      </aside>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  )
}
