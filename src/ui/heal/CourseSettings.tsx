// Course settings of the Heal view: laser sessions and interval, NB-UVB on/off, sessions per week and first day,
// the topical agent, the course length and the lesion's disease activity, through setScenario({ course }) — the same validator as the automation
// API and the CLI, so an out-of-range value gets the same clear message and changes nothing. Numbers are committed
// on Enter or when the field loses focus; each field shows its accepted range.
import { useId } from 'react'
import { COURSE_FIELD_PARAMS, TOPICAL_AGENTS, type CourseSettings } from '../../sim'
import { useDermaStore } from '../../state/store'
import { NumberField } from '../NumberField'

type NumberField = keyof typeof COURSE_FIELD_PARAMS

const TOPICAL_LABELS: Record<CourseSettings['topical'], string> = {
  none: 'None',
  corticosteroid: 'Corticosteroid',
  '5-fu': '5-fluorouracil (5-FU)',
  prp: 'Platelet-rich plasma (PRP)',
}

function NumberInput({ field, disabled = false }: { field: NumberField; disabled?: boolean }) {
  const def = COURSE_FIELD_PARAMS[field]
  const value = useDermaStore((s) => s.scenario.course[field])
  const setScenario = useDermaStore((s) => s.setScenario)
  return (
    <NumberField
      className="heal-course-field"
      label={def.label}
      unit={def.unit}
      min={def.min}
      max={def.max}
      value={value ?? def.default}
      disabled={disabled}
      commit={(n) => setScenario({ course: { [field]: n } })}
    />
  )
}

export function CourseSettingsPanel() {
  const course = useDermaStore((s) => s.scenario.course)
  const laserMode = useDermaStore((s) => s.scenario.laser.mode)
  const setScenario = useDermaStore((s) => s.setScenario)
  const ids = { uv: useId(), topical: useId() }
  return (
    <section className="panel-section" aria-labelledby="heal-course-title">
      <h2 id="heal-course-title">Treatment course</h2>
      {laserMode === 'none' && (
        <p className="hint">The laser is off (Explore &amp; Treat), so this is the NB-UVB monotherapy arm.</p>
      )}
      <div className="heal-course-grid">
        <NumberInput field="laserSessions" />
        <NumberInput field="intervalDays" />
        <div className="field heal-course-field">
          <label htmlFor={ids.uv}>Phototherapy</label>
          <select
            id={ids.uv}
            value={course.uv}
            onChange={(e) => setScenario({ course: { uv: e.target.value } })}
          >
            <option value="nb-uvb">NB-UVB (311 nm)</option>
            <option value="none">None</option>
          </select>
        </div>
        {/* the NB-UVB schedule means nothing without phototherapy */}
        <NumberInput field="uvPerWeek" disabled={course.uv === 'none'} />
        <NumberInput field="uvStartDay" disabled={course.uv === 'none'} />
        <div className="field heal-course-field">
          <label htmlFor={ids.topical}>Topical agent</label>
          <select
            id={ids.topical}
            value={course.topical}
            onChange={(e) => setScenario({ course: { topical: e.target.value } })}
          >
            {TOPICAL_AGENTS.map((t) => (
              <option key={t} value={t}>
                {TOPICAL_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <NumberInput field="days" />
        <NumberInput field="activity" />
      </div>
    </section>
  )
}
