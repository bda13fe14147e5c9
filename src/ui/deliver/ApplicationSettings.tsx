// The application's settings (the scenario's topical section): concentration, how long the cream stays on, how
// long after the laser it goes on (the channels close meanwhile), and for a custom agent its molecular weight and
// log P. Every value goes through setScenario({ topical }) — the validator of the automation API and the CLI — so
// an out-of-range value gets the same clear message and changes nothing. Committed on Enter or on leaving the field.
import { TOPICAL_FIELD_PARAMS } from '../../sim'
import { useDermaStore } from '../../state/store'
import { NumberField } from '../NumberField'

type FieldKey = keyof typeof TOPICAL_FIELD_PARAMS
const CUSTOM_KEYS = new Set<FieldKey>(['molecularWeight', 'logP'])

const LABELS: Record<FieldKey, string> = {
  concentrationPercent: 'Concentration',
  hours: 'Left on the skin',
  applyAfterLaserHours: 'Applied after the laser',
  molecularWeight: 'Molecular weight',
  logP: 'Lipophilicity (log P)',
}

function valueOf(key: FieldKey): (s: ReturnType<typeof useDermaStore.getState>) => number {
  return (s) =>
    CUSTOM_KEYS.has(key) ? s.scenario.topical.custom[key as 'logP'] : s.scenario.topical[key as 'hours']
}

function TopicalNumber({ field }: { field: FieldKey }) {
  const def = TOPICAL_FIELD_PARAMS[field]
  const value = useDermaStore(valueOf(field))
  const setScenario = useDermaStore((s) => s.setScenario)
  return (
    <NumberField
      className="deliver-number"
      label={
        <>
          {LABELS[field]} {def.unit && <span className="unit">({def.unit})</span>}
        </>
      }
      unit={def.unit}
      min={def.min}
      max={def.max}
      step="any"
      value={value}
      commit={(n) =>
        setScenario({ topical: CUSTOM_KEYS.has(field) ? { custom: { [field]: n } } : { [field]: n } })
      }
    />
  )
}

export function ApplicationSettings() {
  const agent = useDermaStore((s) => s.scenario.topical.agent)
  return (
    <details className="deliver-application">
      <summary>Application settings</summary>
      <div className="deliver-application-grid">
        <TopicalNumber field="concentrationPercent" />
        <TopicalNumber field="hours" />
        <TopicalNumber field="applyAfterLaserHours" />
        {agent === 'custom' && <TopicalNumber field="molecularWeight" />}
        {agent === 'custom' && <TopicalNumber field="logP" />}
      </div>
      {agent === 'custom' && (
        <p className="hint">
          Diffusivity and partition follow from MW and log P by the published relations (REFERENCE §4); they
          were fitted on small molecules, so large molecules are extrapolated (uncertain).
        </p>
      )}
    </details>
  )
}
