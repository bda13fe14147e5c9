// The headline numbers: how many times more drug gets past the stratum corneum through the channels — at the end
// of the application and, as a companion that does not depend on how long the cream was on, over 24 h — and when
// each arm's living basal layer (where the melanocytes are) reaches the "reached" threshold. Every figure comes
// from the transport model's result (src/sim/transport); this component only words it.
import { useDermaStore } from '../../state/store'
import { deliverHours } from '../../state/deliverSlice'
import type { DeliveryResult, TopicalAgentId } from '../../sim/transport/types'
import { formatHours, formatLongDuration, formatRatio, formatReach } from './format'

const SHORT_NAMES: Record<TopicalAgentId, string> = {
  corticosteroid: 'clobetasol propionate',
  '5-fu': '5-FU',
  prp: 'PRP growth factor',
  custom: 'custom agent',
}

/** Why intact skin let (almost) nothing through: the agent's size, or the barrier's lag. */
function belowDetectionNote(result: DeliveryResult, hours: number): string {
  const lag = formatLongDuration(result.enhancement.intactLagTimeH)
  if (result.agent === 'prp') {
    return (
      'Intact skin lets through less than a millionth of the dose (below detection): a protein this size ' +
      `hardly enters the barrier’s lipid route (lag ≈ ${lag}). The figure is a lower bound: only the channels deliver it.`
    )
  }
  return (
    `Intact skin has let through less than a millionth of the dose in ${formatHours(hours)} (below detection): ` +
    `the barrier holds it back for ≈ ${lag} (its lag time) before a steady flow starts. ` +
    'The figure is a lower bound; the 24-hour figure below is past most of the lag.'
  )
}

export function EnhancementFigures() {
  const data = useDermaStore((s) => s.deliver.data)
  if (!data) return null
  const result = data.result
  const { atEnd, atHorizon, intactLagTimeH } = result.enhancement
  const hours = deliverHours(data)
  const reach = result.timeToBasalThresholdH
  const first = result.basalThreshold
  const inLag = !atEnd.intactBelowDetection && hours < intactLagTimeH
  return (
    <div className="deliver-figures">
      <p className="deliver-ratio" data-testid="deliver-enhancement">
        <span className="deliver-ratio-value">{formatRatio(atEnd.ratio, atEnd.intactBelowDetection)}</span>
        <span className="deliver-ratio-caption">
          more {SHORT_NAMES[result.agent]} past the stratum corneum through lasered skin after{' '}
          {formatHours(hours)}
        </span>
      </p>
      {atEnd.intactBelowDetection && <p className="hint">{belowDetectionNote(result, hours)}</p>}
      {inLag && (
        <p className="hint">
          Intact skin is still within its lag (≈ {formatLongDuration(intactLagTimeH)}): it has barely started
          to let the drug through, so this ratio shrinks the longer the cream stays on.
        </p>
      )}
      {atHorizon.hours > hours && (
        <p className="deliver-ratio-horizon" data-testid="deliver-enhancement-horizon">
          Left on for {formatHours(atHorizon.hours)}:{' '}
          <strong>{formatRatio(atHorizon.ratio, atHorizon.intactBelowDetection)}</strong>
        </p>
      )}
      <dl className="deliver-reach" data-testid="deliver-reach">
        <div>
          <dt>Basal layer reached, intact</dt>
          <dd>
            {formatReach(reach.intact, hours, first.withinFirstStep.intact ? first.firstStepH : undefined)}
          </dd>
        </div>
        <div>
          <dt>Basal layer reached, lasered</dt>
          <dd>
            {formatReach(reach.lasered, hours, first.withinFirstStep.lasered ? first.firstStepH : undefined)}
          </dd>
        </div>
        {data.laserMode === 'fractional' && (
          <div>
            <dt>lasered, midway between MTZs</dt>
            <dd>{formatReach(first.laseredMidwayH, hours)}</dd>
          </div>
        )}
      </dl>
      <p className="hint">
        Living basal layer, mean over the cell; “reached” = {Number((first.fraction * 100).toPrecision(2))} %
        of the applied strength. Uncertain: dermal clearance (capillary permeability) sets how long the drug
        stays in lasered skin.
      </p>
      {result.warnings.map((w) => (
        <p key={w} className="hint deliver-warning" role="note">
          {w}
        </p>
      ))}
    </div>
  )
}
