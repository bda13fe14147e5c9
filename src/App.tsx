import { Suspense, lazy, useEffect, useState } from 'react'
import { Viewport } from './scene/Viewport'
import { ControlPanel } from './ui/ControlPanel'
import { Legend } from './ui/Legend'
import { BlockFigures } from './ui/BlockFigures'
import { LaserPanel } from './ui/LaserPanel'
import { TreatFigures } from './ui/TreatFigures'
import { SceneKey } from './ui/SceneKey'
import { ThermalLegend, TimeScaleNote } from './ui/ThermalLegend'
import { HoverLabel } from './ui/HoverLabel'
import { Messages } from './ui/Messages'
import { HelpDialog } from './ui/HelpDialog'
import { ViewErrorBoundary } from './ui/ViewErrorBoundary'
import { HELP_KEYS, handleHotkey } from './ui/hotkeys'
import { CELL_ENLARGEMENT } from './scene/constants'
import { ViewTabs } from './ui/ViewTabs'
import { useDermaStore } from './state/store'

// The Heal and Drugs & UV views load on first use: they stay out of the initial bundle (DESIGN.md budget).
const HealStage = lazy(() => import('./ui/heal/HealView').then((m) => ({ default: m.HealStage })))
const HealPanel = lazy(() => import('./ui/heal/HealView').then((m) => ({ default: m.HealPanel })))
const DeliverStage = lazy(() => import('./ui/deliver/DeliverView').then((m) => ({ default: m.DeliverStage })))
const DeliverPanel = lazy(() => import('./ui/deliver/DeliverView').then((m) => ({ default: m.DeliverPanel })))

function Loading() {
  return (
    <p className="view-loading" role="status">
      Loading the view…
    </p>
  )
}

const STAGE_LABEL = {
  treat: '3D skin block',
  heal: '3D skin block on the healing timeline',
  deliver: 'Drug and UV penetration, intact and lasered skin',
} as const

export function App() {
  const [helpOpen, setHelpOpen] = useState(false)
  const activeView = useDermaStore((s) => s.activeView)

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
        <p className="subtitle">Fractional CO₂ laser (10,600 nm) for refractory vitiligo</p>
        <ViewTabs />
        <button type="button" className="help-button" onClick={() => setHelpOpen(true)}>
          Help and keys
        </button>
      </header>
      <main className="stage" id="view-panel" aria-label={STAGE_LABEL[activeView]}>
        {activeView === 'deliver' ? (
          <Suspense fallback={<Loading />}>
            <DeliverStage />
          </Suspense>
        ) : (
          <>
            <div className="viewport" data-testid="viewport">
              <ViewErrorBoundary>
                <Viewport />
              </ViewErrorBoundary>
            </div>
            <div className="view-foot">
              {activeView === 'treat' && <SceneKey />}
              <p className="scale-note">
                True relative scale on every axis · cells drawn ×{CELL_ENLARGEMENT} so they stay visible ·
                drag to orbit, scroll to zoom, right-drag to pan
              </p>
            </div>
            {activeView === 'treat' && <ThermalLegend />}
            {activeView === 'treat' && <TimeScaleNote />}
            {activeView === 'heal' && (
              <Suspense fallback={<Loading />}>
                <HealStage />
              </Suspense>
            )}
            <HoverLabel />
          </>
        )}
        <Messages />
      </main>
      <aside className="panel" aria-label="Controls and figures">
        {activeView === 'treat' && (
          <>
            <ControlPanel />
            <LaserPanel />
            <TreatFigures />
            <Legend />
            <BlockFigures />
          </>
        )}
        {activeView === 'heal' && (
          <Suspense fallback={<Loading />}>
            <HealPanel />
          </Suspense>
        )}
        {activeView === 'deliver' && (
          <Suspense fallback={<Loading />}>
            <DeliverPanel />
          </Suspense>
        )}
      </aside>
      <HelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  )
}
