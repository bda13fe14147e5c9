// The Heal view's legend: the cytokine glow selector with its colour map (relative level → glow, the same mapping
// as the shader: healingPalette.ts FIELD_GLOW_SCALE), the melanocyte modes and T-cell states of the agents, and
// what the surface shows. The colours come from the scene's palette, so legend and picture cannot disagree.
import { useId } from 'react'
import {
  FIELD_GLOW,
  FIELD_GLOW_SCALE,
  MELANOCYTE_MODE_COLORS,
  SURFACE_COLORS,
  TCELL_COLORS,
} from '../../scene/healing/healingPalette'
import { useDermaStore } from '../../state/store'
import type { FieldOverlay } from '../../state/healingSlice'

const FIELDS: { id: FieldOverlay; label: string }[] = [
  { id: 'mmp2', label: 'MMP-2' },
  { id: 'growthFactor', label: 'Growth factors' },
  { id: 'none', label: 'Off' },
]

/** Relative levels marked under the colour bar: the glow is 1 − exp(−level / scale). */
const TICKS = [0, FIELD_GLOW_SCALE, 3 * FIELD_GLOW_SCALE].map((t) => Number(t.toPrecision(3)))

const MODES: { mode: keyof typeof MELANOCYTE_MODE_COLORS; label: string }[] = [
  { mode: 'dormant', label: 'Dormant precursor (follicle)' },
  { mode: 'activated', label: 'Activated precursor' },
  { mode: 'climbing', label: 'Migrating up the outer root sheath' },
  { mode: 'spreading', label: 'Spreading in the basal layer' },
  { mode: 'pigmenting', label: 'Settled and pigmenting' },
  { mode: 'resident', label: 'Resident melanocyte (lesion edge)' },
]

function Mark({ color, shape = 'dot' }: { color: string; shape?: 'dot' | 'swatch' }) {
  return <span className={`legend-mark legend-${shape}`} style={{ background: color }} aria-hidden="true" />
}

export function HealLegend() {
  const field = useDermaStore((s) => s.healing.field)
  const setField = useDermaStore((s) => s.healSetField)
  const name = useId()
  const glow = field === 'none' ? null : FIELD_GLOW[field]
  return (
    <section className="panel-section" aria-labelledby="heal-legend-title">
      <h2 id="heal-legend-title">Legend</h2>
      <fieldset className="field toggles heal-field-choice">
        <legend>Cytokine glow in the tissue (G)</legend>
        <div className="heal-radio-row">
          {FIELDS.map((f) => (
            <label key={f.id}>
              <input
                type="radio"
                name={name}
                value={f.id}
                checked={field === f.id}
                onChange={() => setField(f.id)}
              />
              {f.label}
            </label>
          ))}
        </div>
      </fieldset>
      {glow && (
        <div className="heal-colormap">
          <div
            className="heal-colormap-bar"
            style={{ background: `linear-gradient(to right, #1b232c, ${glow.color})` }}
            role="img"
            aria-label={`${glow.label}: dark at 0, full glow from about ${TICKS[2]} relative`}
          />
          <div className="heal-colormap-ticks" aria-hidden="true">
            {TICKS.map((t) => (
              <span key={t}>{t === TICKS[TICKS.length - 1] ? `≥ ${t}` : t}</span>
            ))}
          </div>
          <p className="hint">
            {glow.label}, relative level (1 = under a fully wounded surface at peak release). Glow = 1 − e
            <sup>−level / {FIELD_GLOW_SCALE}</sup>. Fields live on the basal-layer plane; the fall-off into
            the dermis is drawing only.
          </p>
          {field === 'mmp2' && (
            <p className="hint heal-warning">
              MMP-2 is double-edged: the transient pulse (days 7–21) helps melanocytes migrate, but chronic
              MMP-2 is implicated in melanocyte detachment and loss in vitiligo (REFERENCE §6).
            </p>
          )}
        </div>
      )}
      <h3 className="heal-subtitle">Melanocytes, by mode</h3>
      <ul className="legend">
        {MODES.map((m) => (
          <li key={m.mode}>
            <Mark color={MELANOCYTE_MODE_COLORS[m.mode]} />
            {m.label}
          </li>
        ))}
      </ul>
      <h3 className="heal-subtitle">T lymphocytes and surface</h3>
      <ul className="legend">
        <li>
          <Mark color={TCELL_COLORS.patrolling} />
          CD8+ T cell, patrolling
        </li>
        <li>
          <Mark color={TCELL_COLORS.apoptotic} />T cell in apoptosis (shrinks, fragments)
        </li>
        <li>
          <Mark color={SURFACE_COLORS.pigment} shape="swatch" />
          New pigment on the surface (islands, rim)
        </li>
        <li>
          <Mark color={SURFACE_COLORS.openChannel} shape="swatch" />
          Open channel (no epidermis yet)
        </li>
        <li>
          <Mark color={SURFACE_COLORS.eschar} shape="swatch" />
          Eschar, then microscopic necrotic debris (shed by day 7)
        </li>
      </ul>
    </section>
  )
}
