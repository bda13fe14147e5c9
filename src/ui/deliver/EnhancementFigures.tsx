// The headline numbers: how many times more drug gets past the stratum corneum through the channels, and when
// each arm's basal layer (where the melanocytes are) reaches the "reached" threshold.
import { useDermaStore } from '../../state/store'
import { deliverHours } from '../../state/deliverSlice'
import type { TopicalAgentId } from '../../sim/transport/types'
import { RATIO_CAP, formatRatio, formatReach } from './format'

const SHORT_NAMES: Record<TopicalAgentId, string> = {
  corticosteroid: 'clobetasol propionate',
  '5-fu': '5-FU',
  prp: 'PRP growth factor',
  custom: 'custom agent',
}

export function EnhancementFigures() {
  const data = useDermaStore((s) => s.deliver.data)
  const agent = useDermaStore((s) => s.scenario.topical.agent)
  if (!data) return null
  const ratio = data.result.enhancementAtEnd
  const capped = !Number.isFinite(ratio) || ratio > RATIO_CAP
  const hours = deliverHours(data)
  const reach = data.result.timeToBasalThresholdH
  return (
    <div className="deliver-figures">
      <p className="deliver-ratio" data-testid="deliver-enhancement">
        <span className="deliver-ratio-value">{formatRatio(ratio)}</span>
        <span className="deliver-ratio-caption">
          more {SHORT_NAMES[agent]} past the stratum corneum through lasered skin after {hours} h
        </span>
      </p>
      {capped && (
        <p className="hint">
          Intact skin lets practically none of it through (a protein this size is far too large for the
          barrier’s lipid route), so the ratio has no meaningful size: only the channels deliver it.
        </p>
      )}
      <dl className="deliver-reach" data-testid="deliver-reach">
        <div>
          <dt>Basal layer reached, intact</dt>
          <dd>{formatReach(reach.intact, hours)}</dd>
        </div>
        <div>
          <dt>Basal layer reached, lasered</dt>
          <dd>{formatReach(reach.lasered, hours)}</dd>
        </div>
      </dl>
    </div>
  )
}
