// Title and headline figures of one half of the stage, large enough for a projector.
import { useDermaStore } from '../../state/store'
import { seriesAt } from './deliverData'
import { formatAmount, formatPercent, formatReach } from './format'
import { deliverHours } from '../../state/deliverSlice'

const TITLES = { intact: 'Intact skin', lasered: 'Lasered skin (fractional CO₂)' } as const

export function ArmHeadline({ arm }: { arm: 'intact' | 'lasered' }) {
  const data = useDermaStore((s) => s.deliver.data)
  const field = useDermaStore((s) => s.deliver.field)
  const timeH = useDermaStore((s) => s.deliver.timeReadoutH)
  const a = data?.[arm]
  return (
    <div className={`deliver-headline deliver-headline-${arm}`}>
      <h2 id={`deliver-${arm}-title`}>{TITLES[arm]}</h2>
      {data && a && field === 'drug' && (
        <dl>
          <div>
            <dt>Past the barrier</dt>
            <dd>{formatAmount(seriesAt(a.deliveredUgPerCm2, data.timesH, timeH))} µg/cm²</dd>
          </div>
          <div>
            <dt>Basal layer reached</dt>
            <dd>{formatReach(data.result.timeToBasalThresholdH[arm], deliverHours(data))}</dd>
          </div>
        </dl>
      )}
      {data && a && field === 'uv' && (
        <dl>
          <div>
            <dt>NB-UVB at the basal layer</dt>
            <dd>{formatPercent(seriesAt(a.uvBasalFraction, data.timesH, timeH))}</dd>
          </div>
          <div>
            <dt>at the follicle bulge</dt>
            <dd>{formatPercent(seriesAt(a.uvBulgeFraction, data.timesH, timeH))}</dd>
          </div>
        </dl>
      )}
    </div>
  )
}
