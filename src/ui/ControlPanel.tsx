import { useId, useState } from 'react'
import { SITES, SITE_IDS, type SiteId } from '../sim'
import { useDermaStore } from '../state/store'
import { resetView } from '../scene/CameraRig'

/** Body site, seed, cross-section and what to show. Every control is a native, labelled form control. */
export function ControlPanel() {
  const scenario = useDermaStore((s) => s.scenario)
  const view = useDermaStore((s) => s.view)
  const setScenario = useDermaStore((s) => s.setScenario)
  const setView = useDermaStore((s) => s.setView)
  const [seedDraft, setSeedDraft] = useState<string | null>(null)
  const [seedError, setSeedError] = useState<string | null>(null)
  const ids = { site: useId(), seed: useId(), cut: useId(), seedError: useId() }

  const commitSeed = (text: string) => {
    const value = text.trim() === '' ? Number.NaN : Number(text)
    const result = setScenario({ seed: value })
    if (result.ok) {
      setSeedDraft(null)
      setSeedError(null)
    } else {
      setSeedError(result.errors.join(' '))
    }
  }

  return (
    <section className="panel-section" aria-labelledby="controls-title">
      <h2 id="controls-title">Skin block</h2>
      <div className="field">
        <label htmlFor={ids.site}>Body site</label>
        <select
          id={ids.site}
          value={scenario.site}
          onChange={(e) => setScenario({ site: e.target.value as SiteId })}
        >
          {SITE_IDS.map((id) => (
            <option key={id} value={id}>
              {SITES[id].label}
            </option>
          ))}
        </select>
        <p className="hint">{SITES[scenario.site].description}</p>
      </div>
      <div className="field">
        <label htmlFor={ids.seed}>Seed (which random block)</label>
        <div className="row">
          <input
            id={ids.seed}
            type="number"
            inputMode="numeric"
            min={0}
            max={2147483647}
            step={1}
            value={seedDraft ?? String(scenario.seed)}
            aria-invalid={seedError ? true : undefined}
            aria-describedby={seedError ? ids.seedError : undefined}
            onChange={(e) => setSeedDraft(e.target.value)}
            onBlur={(e) => commitSeed(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commitSeed((e.target as HTMLInputElement).value)
            }}
          />
          <button
            type="button"
            onClick={() => {
              setSeedDraft(null)
              setSeedError(null)
              setScenario({ seed: (scenario.seed + 1) % 2147483648 })
            }}
          >
            New block
          </button>
        </div>
        {seedError && (
          <p id={ids.seedError} className="field-error" role="alert">
            {seedError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.cut}>
          Cross-section position <output>{Math.round(view.cutFraction * 100)}%</output>
        </label>
        <input
          id={ids.cut}
          type="range"
          min={0}
          max={0.9}
          step={0.01}
          value={view.cutFraction}
          aria-valuetext={`${Math.round(view.cutFraction * 100)}% into the block`}
          onChange={(e) => setView({ cutFraction: Number(e.target.value) })}
        />
      </div>
      <div className="field">
        <button type="button" onClick={() => resetView()}>
          Reset view
        </button>
      </div>
      <fieldset className="field toggles">
        <legend>Show</legend>
        <label>
          <input
            type="checkbox"
            checked={view.showFollicles}
            onChange={(e) => setView({ showFollicles: e.target.checked })}
          />
          Hair follicles
        </label>
        <label>
          <input
            type="checkbox"
            checked={view.showMelanocytes}
            onChange={(e) => setView({ showMelanocytes: e.target.checked })}
          />
          Melanocytes and precursors
        </label>
        <label>
          <input
            type="checkbox"
            checked={view.showTCells}
            onChange={(e) => setView({ showTCells: e.target.checked })}
          />
          CD8+ T lymphocytes
        </label>
      </fieldset>
    </section>
  )
}
