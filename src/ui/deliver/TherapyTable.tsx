// The comparison's result: mean repigmentation per arm and site group as bars with numbers (monotherapies, then
// combinations), the doses that make the arms differ (what reaches the basal layer and the bulge), and the
// findings — where combination wins, where it does not, why, and the checks against trials. The view computes
// nothing: every number and sentence comes from compareTherapies.
import type { TherapyComparison } from '../../sim/healing/therapyComparison'
import type { Finding, SiteDoses } from '../../sim/healing/therapyFindings'

const pct = (x: number) => `${Math.round(x * 100)} %`
/** Percent without the sign (the caption says %): narrow columns for a side panel. */
const num = (x: number) => `${Math.round(x * 100)}`

/** A site-group name that may wrap after its slash (face/neck, hands/feet) in a narrow column. */
const wrappable = (group: string) => group.replace('/', '/\u200b')

/** An exposure as a multiple of the half-effect level, short (1.7k× for 1,728×). */
function times(x: number): string {
  if (x < 1e-3) return '≈ 0'
  if (x < 10) return `${x.toPrecision(2)}×`
  if (x < 1000) return `${Math.round(x)}×`
  return `${(x / 1000).toPrecision(2)}k×`
}

const SECTIONS: { kinds: Finding['kind'][]; title: string; className: string }[] = [
  { kinds: ['win'], title: 'Where combination beats its parts', className: 'deliver-findings' },
  {
    kinds: ['no-gain'],
    title: 'Where it does not',
    className: 'deliver-findings deliver-findings-limits',
  },
  { kinds: ['why', 'hypothesis'], title: 'Why: what reaches the cells', className: 'deliver-findings' },
  {
    kinds: ['check'],
    title: 'Checks against trials (reported, not fitted)',
    className: 'deliver-findings deliver-findings-limits',
  },
]

function DosesTables({ doses, agent }: { doses: SiteDoses[]; agent: string }) {
  return (
    <div data-testid="deliver-therapy-doses">
      <table className="deliver-therapy-table deliver-doses-table">
        <caption>NB-UVB reaching the basal layer, % of the lamp’s dose</caption>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">intact skin</th>
            <th scope="col">just lasered</th>
          </tr>
        </thead>
        <tbody>
          {doses.map((d) => (
            <tr key={d.group}>
              <th scope="row">{wrappable(d.group)}</th>
              <td className="num">{pct(d.uvBasal.intact)}</td>
              <td className="num">{pct(d.uvBasal.rightAfterLaser)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="deliver-therapy-table deliver-doses-table">
        <caption>
          {agent.charAt(0).toUpperCase() + agent.slice(1)} reaching the cells, × its half-effect level (day
          means): daily home use on intact skin, and the application right after a laser session
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Site
            </th>
            <th scope="colgroup" colSpan={2}>
              basal layer
            </th>
            <th scope="colgroup" colSpan={2}>
              follicle bulge
            </th>
          </tr>
          <tr>
            <th scope="col">home</th>
            <th scope="col">after laser</th>
            <th scope="col">home</th>
            <th scope="col">after laser</th>
          </tr>
        </thead>
        <tbody>
          {doses.map((d) => (
            <tr key={d.group}>
              <th scope="row">{wrappable(d.group)}</th>
              <td className="num">{times(d.topicalHome.basal)}</td>
              <td className="num">{times(d.topicalAfterLaser.basal)}</td>
              <td className="num">{times(d.topicalHome.bulge)}</td>
              <td className="num">{times(d.topicalAfterLaser.bulge)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function TherapyTable({ comparison }: { comparison: TherapyComparison }) {
  const groups = ['all sites', ...comparison.arms[0].bySite.map((s) => s.group)]
  return (
    <div data-testid="deliver-therapy-result">
      <table className="deliver-therapy-table">
        <caption>
          Mean repigmentation (%) at {comparison.month} months, {comparison.patients} patients per arm (the
          same patients in every arm)
        </caption>
        <thead>
          <tr>
            <th scope="col">Therapy</th>
            {groups.map((g) => (
              <th scope="col" key={g}>
                {wrappable(g)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.arms.map((arm) => (
            <tr key={arm.id} className={arm.id.includes('+') ? 'combination' : 'monotherapy'}>
              <th scope="row">{arm.label}</th>
              {groups.map((g) => {
                const o = g === 'all sites' ? arm.all : arm.bySite.find((s) => s.group === g)
                const m = o?.meanRepigmentation ?? 0
                return (
                  <td key={g}>
                    <span className="bar" style={{ width: `${Math.max(2, m * 100)}%` }} aria-hidden="true" />
                    <span className="num">{num(m)}</span>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <DosesTables doses={comparison.doses} agent={comparison.agentLabel} />
      {SECTIONS.map((section) => {
        const items = comparison.findings.filter((f) => section.kinds.includes(f.kind))
        if (items.length === 0) return null
        return (
          <div key={section.title}>
            <h3>{section.title}</h3>
            <ul className={section.className}>
              {items.map((f) => (
                <li key={f.text} className={f.kind === 'hypothesis' ? 'hypothesis' : undefined}>
                  {f.text}
                </li>
              ))}
            </ul>
          </div>
        )
      })}
    </div>
  )
}
