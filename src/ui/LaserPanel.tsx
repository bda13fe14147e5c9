import { useId, useState } from 'react'
import {
  DAMAGE_MODELS,
  LASER_FIELD_PARAMS,
  PATTERN_LAYOUTS,
  type LaserMode,
  type LaserSettings,
  type PatternLayout,
} from '../sim'
import type { DamageModelId } from '../sim/laser/types'
import { mtzPerUm2 } from '../sim/pattern'
import { useDermaStore } from '../state/store'
import { LaserField, type Commit } from './LaserField'
import { LASER_PRESETS } from './laserPresets'
import { FireControls } from './FireControls'

const MODES: { mode: LaserMode; label: string; meaning: string }[] = [
  { mode: 'fractional', label: 'Fractional', meaning: 'separate micro-beams, intact skin between them' },
  { mode: 'continuous', label: 'Continuous', meaning: 'the whole surface (classic resurfacing)' },
  { mode: 'none', label: 'Off', meaning: 'no laser' },
]

const LAYOUT_LABELS: Record<PatternLayout, string> = { grid: 'Grid', hex: 'Hexagonal', random: 'Random' }

/** The Arrhenius constant sets of REFERENCE §2.3 (values in src/sim/laser/laserParams.ts). */
const DAMAGE_LABELS: Record<DamageModelId, string> = {
  henriques: 'Henriques & Moritz 1947 (default)',
  'weaver-stoll': 'Weaver & Stoll (two branches, 50 °C)',
  takata: 'Takata (no damage below 44 °C)',
  'mehta-wong': 'Mehta & Wong (epidermis / dermis)',
}

type NumericKey = keyof typeof LASER_FIELD_PARAMS

const FIELDS: { key: NumericKey; label: string; step: number; meaning: string }[] = [
  {
    key: 'energyMj',
    label: 'Pulse energy',
    step: 1,
    meaning: 'energy of one micro-beam pulse: more energy, deeper column.',
  },
  {
    key: 'spotDiameterUm',
    label: 'Spot diameter',
    step: 10,
    meaning: 'width of the micro-beam at the skin (1/e²).',
  },
  { key: 'densityPercent', label: 'Density', step: 1, meaning: 'share of the surface under the beam spots.' },
  {
    key: 'stackedPulses',
    label: 'Stacked pulses',
    step: 1,
    meaning: 'pulses fired on the same spot: each one drills deeper.',
  },
  {
    key: 'pulseDurationMs',
    label: 'Pulse duration',
    step: 0.1,
    meaning: 'how long each pulse lasts: longer, more heat spreads into the rim.',
  },
]

const UM2_PER_CM2 = 1e8

/** The laser settings, clinical presets, Fire and Clear. Every control is a native, labelled form control. */
export function LaserPanel() {
  const laser = useDermaStore((s) => s.scenario.laser)
  const setScenario = useDermaStore((s) => s.setScenario)
  const [fireError, setFireError] = useState<string | null>(null)
  const [presetId, setPresetId] = useState('')
  const ids = {
    mode: useId(),
    pattern: useId(),
    damage: useId(),
    preset: useId(),
    presetHint: useId(),
  }

  const setLaser = (partial: Partial<LaserSettings>) => {
    setFireError(null)
    setPresetId('')
    const r = setScenario({ laser: partial })
    return r.ok ? ({ ok: true } as const) : ({ ok: false, errors: r.errors } as const)
  }
  const commitFor =
    (key: NumericKey): Commit =>
    (value) =>
      setLaser({ [key]: value })

  const preset = LASER_PRESETS.find((p) => p.id === presetId)
  const targetPerCm2 = mtzPerUm2(laser.densityPercent, laser.spotDiameterUm) * UM2_PER_CM2
  const off = laser.mode === 'none'

  return (
    <section className="panel-section laser-panel" aria-labelledby="laser-title">
      <h2 id="laser-title">Laser (CO₂, 10,600 nm)</h2>

      <div className="field">
        <label htmlFor={ids.preset}>Clinical preset</label>
        <select
          id={ids.preset}
          value={presetId}
          aria-describedby={ids.presetHint}
          onChange={(e) => {
            const p = LASER_PRESETS.find((x) => x.id === e.target.value)
            if (!p) return
            setFireError(null)
            setScenario({ laser: p.laser })
            setPresetId(p.id)
          }}
        >
          <option value="">Choose a preset…</option>
          {LASER_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <p id={ids.presetHint} className="hint">
          {preset
            ? preset.basis
            : 'Vitiligo trials publish no energy or density (REFERENCE §3.3): presets come from other indications.'}
        </p>
      </div>

      <fieldset className="field toggles mode-group">
        <legend>Mode</legend>
        {MODES.map((m) => (
          <label key={m.mode}>
            <input
              type="radio"
              name={ids.mode}
              value={m.mode}
              checked={laser.mode === m.mode}
              onChange={() => setLaser({ mode: m.mode })}
            />
            <span>
              {m.label} <span className="hint-inline">— {m.meaning}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {FIELDS.map((f) => {
        const def = LASER_FIELD_PARAMS[f.key]
        return (
          <LaserField
            key={f.key}
            label={f.label}
            unit={def.unit}
            min={def.min}
            max={def.max}
            step={f.step}
            meaning={f.meaning}
            value={laser[f.key]}
            commit={commitFor(f.key)}
            extra={
              f.key === 'densityPercent' ? (
                <>
                  {' '}
                  <strong className="derived">= {Math.round(targetPerCm2)} MTZ/cm²</strong> at this spot.
                </>
              ) : undefined
            }
          />
        )
      })}

      <div className="field">
        <label htmlFor={ids.pattern}>Pattern</label>
        <select
          id={ids.pattern}
          value={laser.pattern}
          onChange={(e) => setLaser({ pattern: e.target.value as PatternLayout })}
        >
          {PATTERN_LAYOUTS.map((p) => (
            <option key={p} value={p}>
              {LAYOUT_LABELS[p]}
            </option>
          ))}
        </select>
        <p className="hint">
          How the scanner places the micro-beams: a square grid, a hexagonal grid or a random scatter.
        </p>
      </div>

      <div className="field">
        <label htmlFor={ids.damage}>Damage model</label>
        <select
          id={ids.damage}
          value={laser.damageModel}
          onChange={(e) => setLaser({ damageModel: e.target.value as DamageModelId })}
        >
          {DAMAGE_MODELS.map((m) => (
            <option key={m} value={m}>
              {DAMAGE_LABELS[m]}
            </option>
          ))}
        </select>
        <p className="hint">
          Published Arrhenius constants that turn the heat into damage: tissue with Ω ≥ 1 is coagulated.
        </p>
      </div>

      <FireControls off={off} error={fireError} onError={setFireError} />
      <p className="hint">Changing any setting after firing clears the treatment shown.</p>
    </section>
  )
}
