// The therapy comparison: NB-UVB alone, laser alone, laser + NB-UVB and laser + the chosen topical on the same
// virtual patients (compareTherapies, in the therapy worker with a progress bar), by body-site group, with the
// model's own findings: where combination beats monotherapy and where it does not (incl. its stated limit).
import { useState } from 'react'
import { useDermaStore } from '../../state/store'
import { computeTherapyComparison } from '../../workers/therapyClient'
import { SUPERSEDED } from '../../workers/workerChannel'
import type { TopicalAgent } from '../../sim/healing/types'
import { TherapyTable } from './TherapyTable'

export const PATIENT_CHOICES = [12, 40, 100] as const
const MONTH = 6

function therapyKey(s: ReturnType<typeof useDermaStore.getState>, patients: number): string {
  return JSON.stringify([
    s.scenario.seed,
    s.scenario.laser,
    s.scenario.course,
    s.scenario.topical.agent,
    patients,
  ])
}

export async function runTherapy(patients: number): Promise<void> {
  const s = useDermaStore.getState()
  const agent = s.scenario.topical.agent
  const topical: TopicalAgent = agent === 'custom' ? 'corticosteroid' : agent
  const key = therapyKey(s, patients)
  s.setTherapy({ status: 'computing', done: 0, total: patients * 4, error: null, key })
  try {
    const { comparison, computeMs } = await computeTherapyComparison(
      {
        patients,
        month: MONTH,
        seed: s.scenario.seed,
        laser: s.scenario.laser,
        course: s.scenario.course,
        topical,
      },
      (done, total) => useDermaStore.getState().setTherapy({ done, total }),
    )
    useDermaStore
      .getState()
      .setTherapy({ status: 'ready', result: comparison, computeMs, done: patients * 4 })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (message !== SUPERSEDED) useDermaStore.getState().setTherapy({ status: 'error', error: message })
  }
}

export function TherapyPanel() {
  const therapy = useDermaStore((s) => s.therapy)
  const testMode = useDermaStore((s) => s.testMode)
  const [patients, setPatients] = useState<number>(testMode ? PATIENT_CHOICES[0] : PATIENT_CHOICES[1])
  const computing = therapy.status === 'computing'
  return (
    <section className="panel-section deliver-therapy" aria-labelledby="deliver-therapy-heading">
      <h2 id="deliver-therapy-heading">Which therapy works best?</h2>
      <p className="hint">
        The same virtual patients treated four ways, compared at {MONTH} months: the Heal model’s cohort,
        whose adjuvant doses come from the transport and UV models shown here. An educational model, not a
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
