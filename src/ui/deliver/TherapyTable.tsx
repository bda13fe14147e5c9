// The comparison's result: mean repigmentation per arm and site group as bars with numbers, then the findings in
// two lists — where combination wins, and where it does not or where the model disagrees with trials.
import type { TherapyComparison } from '../../sim/healing/therapyComparison'

const pct = (x: number) => `${Math.round(x * 100)} %`

export function TherapyTable({ comparison }: { comparison: TherapyComparison }) {
  const groups = ['all sites', ...comparison.arms[0].bySite.map((s) => s.group)]
  const wins = comparison.findings.filter((f) => f.includes('the combination wins'))
  const limits = comparison.findings.filter((f) => !f.includes('the combination wins'))
  return (
    <div data-testid="deliver-therapy-result">
      <table className="deliver-therapy-table">
        <caption>
          Mean repigmentation at {comparison.month} months, {comparison.patients} patients per arm
        </caption>
        <thead>
          <tr>
            <th scope="col">Therapy</th>
            {groups.map((g) => (
              <th scope="col" key={g}>
                {g}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.arms.map((arm) => (
            <tr key={arm.id}>
              <th scope="row">{arm.label}</th>
              {groups.map((g) => {
                const o = g === 'all sites' ? arm.all : arm.bySite.find((s) => s.group === g)
                const m = o?.meanRepigmentation ?? 0
                return (
                  <td key={g}>
                    <span className="bar" style={{ width: `${Math.max(2, m * 100)}%` }} aria-hidden="true" />
                    <span className="num">{pct(m)}</span>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {wins.length > 0 && (
        <>
          <h3>Where combination beats monotherapy</h3>
          <ul className="deliver-findings">
            {wins.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Where it does not — and where the model disagrees with trials</h3>
      <ul className="deliver-findings deliver-findings-limits">
        {limits.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </div>
  )
}
