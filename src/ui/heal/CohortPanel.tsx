// The virtual-cohort panel: runs the scenario's cohort (default 200 patients, months 6 and 12) for three arms —
// NB-UVB alone, laser + NB-UVB, laser alone — in a Web Worker with a progress bar (the UI stays responsive), then
// shows by body-site group the share of patients reaching the chosen repigmentation threshold at the chosen month.
// It says plainly that this is an educational model, and how its NB-UVB arm compares with Bae 2017 (the only data
// it was calibrated on), misfit included.
import { useId, useState } from 'react'
import { BAE_SITE_TARGETS, cohortParam } from '../../sim/healing/cohortParams'
import { COHORT_ARMS, healingKey, type CohortComparison } from '../../state/healingSlice'
import { useDermaStore } from '../../state/store'
import type { CohortArmResult } from '../../sim/healing'

const THRESHOLDS = [
  { key: 'atLeast25', label: '≥ 25 %' },
  { key: 'atLeast50', label: '≥ 50 %' },
  { key: 'atLeast75', label: '≥ 75 %' },
] as const
type ThresholdKey = (typeof THRESHOLDS)[number]['key']

const pct = (f: number | undefined) => (f == null ? '—' : `${Math.round(100 * f)} %`)
const at = (rows: CohortArmResult[] | undefined, month: number) => rows?.find((r) => r.month === month)

function ResultTable({
  result,
  month,
  threshold,
}: {
  result: CohortComparison
  month: number
  threshold: ThresholdKey
}) {
  const groups = Object.keys(result.arms.uv.bySite)
  const label = THRESHOLDS.find((t) => t.key === threshold)?.label ?? ''
  return (
    <table className="figures heal-cohort-table">
      <caption className="hint">
        Patients reaching {label} repigmentation at month {month}
      </caption>
      <thead>
        <tr>
          <th scope="col">Site</th>
          {COHORT_ARMS.map((a) => (
            <th key={a.id} scope="col" className="num">
              {a.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g}>
            <th scope="row">
              {g} <span className="source">({result.arms.uv.bySite[g].patients})</span>
            </th>
            {COHORT_ARMS.map((a) => (
              <td key={a.id} className="num">
                {pct(at(result.arms[a.id].bySite[g]?.results, month)?.[threshold])}
              </td>
            ))}
          </tr>
        ))}
        <tr className="heal-cohort-total">
          <th scope="row">All ({result.patients})</th>
          {COHORT_ARMS.map((a) => (
            <td key={a.id} className="num">
              {pct(at(result.arms[a.id].results, month)?.[threshold])}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  )
}

/** The NB-UVB arm beside Bae 2017's pooled and by-site shares (the calibration targets), misfit stated. */
function BaeComparison({ result }: { result: CohortComparison }) {
  const uv = result.arms.uv
  const rows = uv.results
  const cells = [6, 12].flatMap((m) =>
    (['atLeast25', 'atLeast75'] as const).map((k) => ({
      m,
      k,
      model: at(rows, m)?.[k],
      bae: cohortParam(`bae.${k}.month${m}`),
    })),
  )
  const siteModel = (group: string) => {
    const r = uv.bySite[group]?.results
    const a = at(r, 6)?.atLeast75
    const b = at(r, 12)?.atLeast75
    return a == null ? undefined : b == null ? a : (a + b) / 2
  }
  return (
    <div className="heal-bae">
      <p className="hint">
        <strong>Calibration, honestly:</strong> five numbers were fitted, on NB-UVB monotherapy only (Bae
        2017, REFERENCE case 7): the UV stimulus, the T-cell kill, the spread of disease activity, and how
        many divisions a melanocyte lineage and a follicle’s reservoir can make (finite, so responses level
        off). The fit is imperfect: fewer patients reach ≥ 25 % by 6 months than Bae saw, and face/neck
        responds better (the model’s face is follicle-rich cheek skin; Bae’s group also holds the neck and the
        refractory lips). Its NB-UVB arm here (with this course’s NB-UVB schedule) against Bae:
      </p>
      <ul className="heal-bae-list">
        {cells.map((c) => (
          <li key={`${c.m}${c.k}`}>
            {c.k === 'atLeast25' ? '≥ 25 %' : '≥ 75 %'} at {c.m} months: model {pct(c.model)}, Bae{' '}
            {pct(c.bae)}
          </li>
        ))}
        {BAE_SITE_TARGETS.map((t) => (
          <li key={t.group}>
            ≥ 75 %, {t.group} (mean of 6 and 12 months): model {pct(siteModel(t.group))}, Bae{' '}
            {pct(cohortParam(t.key))}
          </li>
        ))}
      </ul>
      <p className="hint">
        What the laser adds follows from the mechanism; nothing was tuned on a laser trial.
      </p>
    </div>
  )
}

export function CohortPanel() {
  const cohort = useDermaStore((s) => s.cohort)
  const scenario = useDermaStore((s) => s.scenario)
  const runCohort = useDermaStore((s) => s.runCohortComparison)
  const patients = scenario.cohort?.patients ?? 200
  const [month, setMonth] = useState<number | null>(null)
  const [threshold, setThreshold] = useState<ThresholdKey>('atLeast50')
  const ids = { month: useId(), threshold: useId() }
  const result = cohort.result
  const months = result?.months ?? []
  const shownMonth = month !== null && months.includes(month) ? month : (months[0] ?? 6)
  const computing = cohort.status === 'computing'
  const stale = result !== null && cohort.key !== healingKey(scenario)

  return (
    <section className="panel-section" aria-labelledby="heal-cohort-title">
      <h2 id="heal-cohort-title">Virtual cohort</h2>
      <p className="heal-disclaimer">
        An <strong>educational model, not a clinical prediction</strong>: simulated patients with assumed
        variability (site, follicle density, disease activity, adherence).
      </p>
      <button type="button" onClick={() => void runCohort()} disabled={computing} data-testid="cohort-run">
        {computing ? 'Running…' : `Compare arms: ${patients} patients × 3`}
      </button>
      {computing && (
        <div className="heal-status" role="status">
          <progress max={cohort.total || 1} value={cohort.done} aria-label="Cohort progress" />
          <span>
            {cohort.done} / {cohort.total} simulated lesions (Web Worker)
          </span>
        </div>
      )}
      {cohort.status === 'error' && (
        <p className="field-error" role="alert">
          {cohort.error}
        </p>
      )}
      {result && (
        <>
          <div className="heal-cohort-choice">
            <div className="field">
              <label htmlFor={ids.month}>Month</label>
              <select id={ids.month} value={shownMonth} onChange={(e) => setMonth(Number(e.target.value))}>
                {months.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.threshold}>Repigmentation</label>
              <select
                id={ids.threshold}
                value={threshold}
                onChange={(e) => setThreshold(e.target.value as ThresholdKey)}
              >
                {THRESHOLDS.map((t) => (
                  <option key={t.key} value={t.key}>
                    {t.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <ResultTable result={result} month={shownMonth} threshold={threshold} />
          <p className="hint" role="status">
            {result.patients} patients per arm, same patients in every arm; computed in{' '}
            {(result.computeMs / 1000).toFixed(1)} s off the main thread.
            {stale ? ' The settings have changed since: run it again to update.' : ''}
          </p>
          <BaeComparison result={result} />
        </>
      )}
    </section>
  )
}
