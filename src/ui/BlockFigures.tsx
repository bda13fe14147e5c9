import { SITES, citationOf, param, type Confidence } from '../sim'
import { useDermaStore } from '../state/store'

interface FigureRow {
  label: string
  path: string
  unit: string
  digits: number
}

const LAYER_ROWS: FigureRow[] = [
  { label: 'Stratum corneum', path: 'layers.stratumCorneumUm', unit: 'µm', digits: 1 },
  { label: 'Viable epidermis', path: 'layers.viableEpidermisUm', unit: 'µm', digits: 1 },
  { label: 'Papillary dermis', path: 'layers.papillaryDermisUm', unit: 'µm', digits: 0 },
  { label: 'Reticular dermis', path: 'layers.reticularDermisUm', unit: 'µm', digits: 0 },
  { label: 'Melanocytes (healthy)', path: 'figures.melanocytesPerMm2', unit: '/mm²', digits: 0 },
  { label: 'Hair follicles', path: 'figures.folliclesPerMm2', unit: '/mm²', digits: 2 },
  { label: 'Precursors per follicle', path: 'figures.precursorsPerFollicle', unit: '', digits: 0 },
  { label: 'T cells at the lesion margin', path: 'figures.tCellsPerMm2', unit: '/mm²', digits: 0 },
]

const UNCERTAIN: Confidence[] = ['T', 'assumption']

function valueAt(site: (typeof SITES)[keyof typeof SITES], path: string): number {
  const [group, field] = path.split('.') as ['layers' | 'figures', string]
  return (site[group] as unknown as Record<string, number>)[field] ?? Number.NaN
}

/** The numbers behind the block, each with its source; uncertain ones are marked, as the science demands. */
export function BlockFigures() {
  const siteId = useDermaStore((s) => s.scenario.site)
  const counts = useDermaStore((s) => s.block.counts)
  const site = SITES[siteId]

  return (
    <section className="panel-section" aria-labelledby="figures-title">
      <h2 id="figures-title">The numbers behind this block</h2>
      <table className="figures">
        <caption className="visually-hidden">
          Layer thicknesses and densities for {site.label}, with sources
        </caption>
        <tbody>
          {LAYER_ROWS.map((row) => {
            const key = site.paramKeys[row.path]
            const def = key ? param(key) : undefined
            const uncertain = def ? UNCERTAIN.includes(def.confidence) : true
            const citation = def ? citationOf(def.source) : 'unknown source'
            return (
              <tr key={row.path}>
                <th scope="row">
                  {row.label}
                  <div className="source" title={citation}>
                    {def?.source ?? '—'} · confidence {def?.confidence ?? '?'}
                    {uncertain && <span className="uncertain"> · uncertain</span>}
                  </div>
                </th>
                <td className="num">
                  {valueAt(site, row.path).toFixed(row.digits)} {row.unit}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <h3 className="figures-subtitle">In this block (2 × 2 mm)</h3>
      <table className="figures">
        <caption className="visually-hidden">Counts of structures in the generated block</caption>
        <tbody>
          <tr>
            <th scope="row">Hair follicles</th>
            <td className="num">{counts.follicles}</td>
          </tr>
          <tr>
            <th scope="row">Basal melanocytes, healthy skin</th>
            <td className="num">{counts.melanocytesHealthy}</td>
          </tr>
          <tr>
            <th scope="row">Basal melanocytes, lesion</th>
            <td className="num">{counts.melanocytesLesion}</td>
          </tr>
          <tr>
            <th scope="row">Dormant precursors (lesional follicles)</th>
            <td className="num">{counts.precursors}</td>
          </tr>
          <tr>
            <th scope="row">CD8+ T cells</th>
            <td className="num">{counts.tCells}</td>
          </tr>
        </tbody>
      </table>
      <p className="hint">
        Confidence A = primary source, B = secondary, C = derived, T = textbook; “uncertain” values are
        illustrative, not measured (see docs/model.md).
      </p>
    </section>
  )
}
