// The therapy comparison: NB-UVB alone, laser alone, the chosen topical alone, laser + NB-UVB, laser + topical and
// laser + NB-UVB + topical on the same virtual patients (compareTherapies, in the therapy worker with a progress
// bar), by body-site group, with the doses behind them and the model's own findings: where combination beats its
// parts, where it does not, why, and how the prediction compares with the laser + drug trials.
import { useState } from 'react'
import { useDermaStore } from '../../state/store'
import { PATIENT_CHOICES, THERAPY_MONTH as MONTH, runTherapy } from '../../state/deliverTherapy'
import { TherapyTable } from './TherapyTable'

export function TherapyPanel() {
  const therapy = useDermaStore((s) => s.therapy)
  const testMode = useDermaStore((s) => s.testMode)
  const [patients, setPatients] = useState<number>(testMode ? PATIENT_CHOICES[0] : PATIENT_CHOICES[1])
  const computing = therapy.status === 'computing'
  return (
    <section className="panel-section deliver-therapy" aria-labelledby="deliver-therapy-heading">
      <h2 id="deliver-therapy-heading">Which therapy works best?</h2>
      <p className="hint">
        The same virtual patients treated six ways, compared at {MONTH} months: the Heal model’s cohort, whose
        adjuvant doses come from the transport and UV models shown here (the agent chosen above; the custom
        molecule is replaced by clobetasol). Calibrated on NB-UVB alone; everything the laser and the drug add
        is predicted from the mechanism, with unmeasured effect sizes (see docs). An educational model, not a
        clinical prediction.
      </p>
      <div className="deliver-therapy-run">
        <label htmlFor="deliver-patients">Patients</label>
        <select
          id="deliver-patients"
          value={patients}
          disabled={computing}
          onChange={(e) => setPatients(Number(e.target.value))}
        >
          {PATIENT_CHOICES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void runTherapy(patients)} disabled={computing}>
          {therapy.result ? 'Run again' : 'Compare therapies'}
        </button>
      </div>
      {computing && (
        <div className="deliver-progress">
          <progress
            value={therapy.done}
            max={Math.max(1, therapy.total)}
            aria-label="Therapy comparison progress"
          />
          <span role="status">
            {therapy.done} of {therapy.total} patient courses
          </span>
        </div>
      )}
      {therapy.status === 'error' && <p role="alert">The comparison failed: {therapy.error}</p>}
      {therapy.result && <TherapyTable comparison={therapy.result} />}
    </section>
  )
}
