// Figures at the clock's day (the store's throttled readout, from the run's hourly series): what a lecturer
// points at. Each has its unit; where the model is uncertain, the row says so.
import { useDermaStore } from '../../state/store'
import type { HealingFigures } from '../../sim/healing'

const pct = (f: number) =>
  f <= 0 ? '0 %' : f < 0.001 ? '< 0.1 %' : `${(100 * f).toFixed(f < 0.1 ? 1 : 0)} %`
const count = (n: number) => Math.round(n).toLocaleString('en-US')

interface Row {
  label: string
  value: (f: HealingFigures) => string
  note?: string
  testId: string
}

const ROWS: Row[] = [
  {
    label: 'Open epidermis',
    value: (f) => pct(f.openEpidermisFraction),
    note: 'of the block surface; closure rate from REFERENCE case 5',
    testId: 'fig-open',
  },
  {
    label: 'Repigmentation',
    value: (f) => pct(f.repigmentationFraction),
    note: 'of the lesion’s basal layer covered by pigmenting melanocytes',
    testId: 'fig-repig',
  },
  {
    label: 'Melanocytes in lesion',
    value: (f) => `${count(f.melanocytesInLesion)} cells`,
    note: 'spreading and pigmenting, in this 2 × 2 mm block',
    testId: 'fig-melanocytes',
  },
  {
    label: 'Activated precursors',
    value: (f) => `${count(f.activatedPrecursors)} cells`,
    note: 'woken follicular stem cells; the stimulus gain is fitted to NB-UVB outcomes (Bae 2017)',
    testId: 'fig-activated',
  },
  {
    label: 'T cells in lesion',
    value: (f) => `${count(f.tCellsInLesion)} cells`,
    note: 'UV apoptosis is a proposed mechanism; laser-induced apoptosis has never been measured (hypothesis)',
    testId: 'fig-tcells',
  },
  {
    label: 'MMP-2',
    value: (f) => f.mmp2Relative.toFixed(3),
    note: 'relative to a fully wounded surface at peak release; timing from Reilly 2010 (B), size illustrative',
    testId: 'fig-mmp2',
  },
]

export function HealFigures() {
  const figures = useDermaStore((s) => s.healing.figures)
  const hypothesis = useDermaStore((s) => s.healing.run?.laserTCellHypothesisActive ?? false)
  const fluorouracil = useDermaStore((s) => s.healing.run?.fluorouracilHypothesisActive ?? false)
  return (
    <section className="panel-section" aria-labelledby="heal-figures-title">
      <h2 id="heal-figures-title">At this moment</h2>
      {!figures ? (
        <p className="hint">The figures appear once the course is computed.</p>
      ) : (
        <dl className="heal-figures">
          {ROWS.map((r) => (
            <div key={r.label} className="heal-figure">
              <dt>{r.label}</dt>
              <dd data-testid={r.testId}>{r.value(figures)}</dd>
              {r.note && <dd className="heal-figure-note">{r.note}</dd>}
            </div>
          ))}
        </dl>
      )}
      {hypothesis && (
        <p className="hint">
          Includes the <strong>hypothesis</strong> of extra T-cell apoptosis around laser wounds (REFERENCE
          §6: not measured).
        </p>
      )}
      {fluorouracil && (
        <p className="hint">
          Includes the <strong>hypothesis</strong> that 5-FU with epidermal injury stimulates melanocytes
          (Tsuji &amp; Hamada 1983; size not measured).
        </p>
      )}
    </section>
  )
}
