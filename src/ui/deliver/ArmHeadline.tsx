// Title and headline figures of one half of the stage, large enough for a projector.
import { useDermaStore } from '../../state/store'
import { seriesAt } from './deliverData'
import { formatAmount, formatPercent, formatReach } from './format'
import { deliverHours } from '../../state/deliverSlice'

function nearestValue<T>(values: T[], timesH: number[], timeH: number): T {
  let k = 0
  while (k < timesH.length - 1 && Math.abs(timesH[k + 1] - timeH) < Math.abs(timesH[k] - timeH)) k++
  return values[k]
}

const TITLES = { intact: 'Intact skin', lasered: 'Lasered skin (fractional CO₂)' } as const

export function ArmHeadline({ arm }: { arm: 'intact' | 'lasered' }) {
  const data = useDermaStore((s) => s.deliver.data)
  const field = useDermaStore((s) => s.deliver.field)
  const timeH = useDermaStore((s) => s.deliver.timeReadoutH)
  const a = data?.[arm]
  // The wall figure holds while the channel is open: the nearest reported time (no blend with a closed one).
  const wall = a && data ? nearestValue(a.uvWallFraction, data.timesH, timeH) : null
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
            <dt>NB-UVB at the living basal layer</dt>
            <dd>
              {formatPercent(seriesAt(a.uvBasalFraction, data.timesH, timeH))}
              {wall !== null && <small> · {formatPercent(wall)} at the channel wall</small>}
            </dd>
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
