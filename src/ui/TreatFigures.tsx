import { useEffect, useId, type ReactNode } from 'react'
import type { Report } from '../sim'
import { WoundSections } from './WoundSections'
import { useDermaStore } from '../state/store'

const um = (v: number) => `${v < 20 ? v.toFixed(1) : Math.round(v).toLocaleString('en')} µm`
const pct = (fraction: number) => `${(fraction * 100).toFixed(fraction < 0.1 ? 1 : 0)}%`

function duration(days: number): string {
  if (!(days > 0)) return 'no wound'
  const hours = days * 24
  return `${days.toFixed(days < 1 ? 2 : 1)} days (${hours < 10 ? hours.toFixed(1) : Math.round(hours)} h)`
}

const RISK_LABEL = { low: 'Low', moderate: 'Moderate', high: 'High' } as const

type Basis = 'model' | 'histology' | 'estimate' | 'educational' | 'count'

const BASIS_TEXT: Record<Basis, string> = {
  model: 'model, in vivo',
  histology: 'histology-equivalent',
  estimate: 'estimate, calibrated',
  educational: 'educational; thresholds assumed',
  count: 'this block',
}

function Row({
  label,
  value,
  basis,
  uncertain,
  children,
}: {
  label: string
  value: ReactNode
  basis: Basis
  uncertain?: boolean
  children?: ReactNode
}) {
  const id = useId()
  return (
    <tr>
      <th scope="row" id={id}>
        {label}
        <div className="source">
          {BASIS_TEXT[basis]}
          {uncertain && <span className="uncertain"> · uncertain</span>}
        </div>
      </th>
      <td className="num" aria-labelledby={id}>
        {value}
        {children}
      </td>
    </tr>
  )
}

/** The pulse figures that fixed histology would show smaller (Marqa & Mordon 2014): model value, then histology. */
const DEPTHS_AND_WIDTHS = [
  ['Ablation depth', 'ablationDepthUm'],
  ['Crater width', 'ablationDiameterUm'],
  ['Coagulated rim', 'coagulationThicknessUm'],
  ['Total thermal-damage depth', 'thermalDamageDepthUm'],
  ['Damaged width', 'lesionWidthUm'],
] as const

function PulseRows({ report }: { report: Report }) {
  const p = report.pulse
  if (!p) return null
  return (
    <>
      {DEPTHS_AND_WIDTHS.map(([label, key]) => (
        <Row key={key} label={label} basis="model" value={um(p[key])}>
          <div className="sub">histology {um(p.histologyEquivalent[key])}</div>
        </Row>
      ))}
      <Row label="Peak temperature" basis="model" value={`${Math.round(p.peakTemperatureC)} °C`} />
    </>
  )
}

function PatternRows({ report }: { report: Report }) {
  const p = report.pattern
  const fractional = report.laser.mode === 'fractional'
  return (
    <>
      <Row label="Coverage" basis="model" value={pct(p.coverageFraction)}>
        <div className="sub">of the surface damaged</div>
      </Row>
      {fractional && (
        <>
          <Row
            label="MTZ density"
            basis="model"
            value={`${Math.round(p.mtzPerCm2).toLocaleString('en')} /cm²`}
          >
            <div className="sub">{p.mtzCount} in this block</div>
          </Row>
          <Row
            label="Mean spacing"
            basis="model"
            value={p.meanSpacingUm === null ? '—' : um(p.meanSpacingUm)}
          />
        </>
      )}
      <Row
        label="Predicted re-epithelialization"
        basis="estimate"
        uncertain
        value={duration(p.reepithelializationDays)}
      />
      <Row
        label="Scar risk"
        basis="educational"
        uncertain
        value={`${RISK_LABEL[p.scarRisk.level]} (${p.scarRisk.score.toFixed(2)})`}
      />
    </>
  )
}

function HitRows() {
  const plan = useDermaStore((s) => s.treatment.plan)
  const phase = useDermaStore((s) => s.treatment.phase)
  const counts = useDermaStore((s) => s.block.counts)
  if (!plan) return null
  const h = plan.hitCounts
  const melanocytes = counts.melanocytesHealthy + counts.melanocytesLesion
  const cells = (c: { ablated: number; coagulated: number }, total: number) =>
    `${c.ablated} ablated, ${c.coagulated} coagulated of ${total}`
  return (
    <>
      <tr>
        <th scope="rowgroup" colSpan={2} className="group">
          Hits of this pass{phase === 'firing' ? ' (when the pass is done)' : ''}
        </th>
      </tr>
      <Row label="Melanocytes" basis="count" value={cells(h.melanocytes, melanocytes)} />
      <Row label="Dormant precursors" basis="count" value={cells(h.precursors, counts.precursors)} />
      <Row label="CD8+ T cells" basis="count" value={cells(h.tCells, counts.tCells)} />
      <Row label="Follicles reached" basis="count" value={`${h.follicles.hit} of ${h.follicles.total}`}>
        <div className={h.follicles.toBulge > 0 ? 'sub warn' : 'sub'}>
          {h.follicles.toBulge} down to the bulge (stem-cell niche)
        </div>
      </Row>
    </>
  )
}

function Comparison() {
  const comparison = useDermaStore((s) => s.comparison)
  if (!comparison) return <p className="hint">Computing the comparison…</p>
  const { fractional: f, continuous: c } = comparison
  const rows: [string, (r: Report) => string][] = [
    ['Ablation depth', (r) => (r.pulse ? um(r.pulse.ablationDepthUm) : '—')],
    ['Thermal-damage depth', (r) => (r.pulse ? um(r.pulse.thermalDamageDepthUm) : '—')],
    ['Coverage', (r) => pct(r.pattern.coverageFraction)],
    [
      'MTZ density',
      (r) => (r.laser.mode === 'fractional' ? `${Math.round(r.pattern.mtzPerCm2)} /cm²` : 'whole surface'),
    ],
    [
      'Farthest point from living skin',
      (r) => (r.pattern.maxDistanceToIntactUm === null ? '—' : um(r.pattern.maxDistanceToIntactUm)),
    ],
    ['Re-epithelialization', (r) => duration(r.pattern.reepithelializationDays)],
    ['Scar risk', (r) => `${RISK_LABEL[r.pattern.scarRisk.level]} (${r.pattern.scarRisk.score.toFixed(2)})`],
  ]
  return (
    <>
      <table className="figures compare">
        <caption>Fractional versus continuous, same pulse settings</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Fractional</th>
            <th scope="col">Continuous</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">{value(f)}</td>
              <td className="num">{value(c)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <WoundSections
        fractional={comparison.sections.fractional}
        continuous={comparison.sections.continuous}
      />
    </>
  )
}

/** The figures of the current laser settings, the hits of the last pass and the fractional/continuous table. */
export function TreatFigures() {
  const scenario = useDermaStore((s) => s.scenario)
  const report = useDermaStore((s) => s.report)
  const sceneReady = useDermaStore((s) => s.sceneReady)

  // The thermal solves (≈ 0.1–0.4 s on first use) wait until the first frame has rendered, so they never delay
  // it, and run as two separate tasks (this pulse, then the continuous comparison) so neither blocks for long.
  useEffect(() => {
    if (!sceneReady) return
    let second: ReturnType<typeof setTimeout> | undefined
    const first = setTimeout(() => {
      useDermaStore.getState().ensureReport()
      second = setTimeout(() => useDermaStore.getState().ensureComparison(), 0)
    }, 0)
    return () => {
      clearTimeout(first)
      clearTimeout(second)
    }
  }, [scenario, sceneReady])

  return (
    <section className="panel-section" aria-labelledby="treat-figures-title">
      <h2 id="treat-figures-title">Laser figures</h2>
      {!report ? (
        <p className="hint">Computing the pulse…</p>
      ) : (
        <>
          {!report.pulse && <p className="hint">The laser is off: no pulse, no wound.</p>}
          <table className="figures treat-figures">
            <caption className="visually-hidden">
              Figures of one pulse, of the pattern and of the last pass
            </caption>
            <tbody>
              <PulseRows report={report} />
              <PatternRows report={report} />
              <HitRows />
            </tbody>
          </table>
          {report.pattern.scarRisk.reasons.length > 0 && (
            <details className="reasons">
              <summary>Why this scar risk</summary>
              <ul>
                {report.pattern.scarRisk.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </details>
          )}
          <Comparison />
          <p className="hint">
            Depths and widths are in-vivo model values; fixed histology shows the same crater about 21%
            shallower and 12% narrower (tissue shrinkage, Marqa &amp; Mordon 2014; REFERENCE case 4).
            “Uncertain”: the healing time is a calibrated estimate and the scar-risk thresholds are
            educational, not clinical.
          </p>
        </>
      )}
    </section>
  )
}
