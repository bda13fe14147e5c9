// The therapy comparison's run (the Drugs & UV panel's button and window.dermasim.runTherapyComparison): NB-UVB
// alone, laser alone, the chosen topical alone, laser + NB-UVB, laser + topical and laser + NB-UVB + topical on the
// same virtual patients, in the therapy worker, with progress and the result in the store (deliverSlice's
// `therapy`).
import { useDermaStore } from './store'
import { computeTherapyComparison } from '../workers/therapyClient'
import { SUPERSEDED } from '../workers/workerChannel'
import type { TopicalAgent } from '../sim/healing/types'

/** Arms of the comparison (compareTherapies). */
const ARMS = 6

/** Patient counts the panel offers (the API accepts any whole number in THERAPY_PATIENTS_RANGE). */
export const PATIENT_CHOICES = [12, 40, 100] as const
/** Month at which the arms are compared. */
export const THERAPY_MONTH = 6

function therapyKey(s: ReturnType<typeof useDermaStore.getState>, patients: number): string {
  return JSON.stringify([
    s.scenario.seed,
    s.scenario.laser,
    s.scenario.course,
    s.scenario.topical.agent,
    patients,
  ])
}

/** Runs the comparison in the therapy worker, with progress in the store; never rejects (errors go to the store). */
export async function runTherapy(patients: number): Promise<void> {
  const s = useDermaStore.getState()
  const agent = s.scenario.topical.agent
  const topical: TopicalAgent = agent === 'custom' ? 'corticosteroid' : agent
  const key = therapyKey(s, patients)
  s.setTherapy({ status: 'computing', done: 0, total: patients * ARMS, error: null, key })
  try {
    const { comparison, computeMs } = await computeTherapyComparison(
      {
        patients,
        month: THERAPY_MONTH,
        seed: s.scenario.seed,
        laser: s.scenario.laser,
        course: s.scenario.course,
        topical,
      },
      (done, total) => useDermaStore.getState().setTherapy({ done, total }),
    )
    useDermaStore
      .getState()
      .setTherapy({ status: 'ready', result: comparison, computeMs, done: patients * ARMS })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (message !== SUPERSEDED) useDermaStore.getState().setTherapy({ status: 'error', error: message })
  }
}

/** Whole numbers of virtual patients the comparison accepts (6 arms each; 200 takes ≈ 10–20 s in the worker). */
export const THERAPY_PATIENTS_RANGE = [4, 200] as const
