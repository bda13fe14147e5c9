// Adjuvant doses for the Heal model (AdjuvantDoses in src/sim/healing/types.ts), computed by the transport and
// UV models. 'lasered' means a point of the basal layer inside an open channel; the Heal model blends the two
// states with its own open-channel share.
// - uvBasalDoseFraction: incident NB-UVB reaching the dermo-epidermal junction; intact = Beer–Lambert through the
//   site's epidermis; lasered = mean over the open channel's footprint right after the laser (uv.ts).
// - topicalBasalExposure: time-integrated basal-layer concentration (AUC over a 3 h application of the agent's
//   clinical strength started right after the laser; basal layer incl. the coagulated rim) relative to the basal layer lining an open channel: lasered = 1 by definition (AUC over the damaged
//   disc, lesion radius, of the lasered arm), intact = AUC of the intact arm ÷ that. Linear model: the strength
//   cancels. Agent 'none': 0 for both.
import type { AdjuvantDoses, SkinState } from '../healing/types'
import type { SiteId } from '../types'
import type { LaserSettings } from '../scenarioLaser'
import type { TopicalAgentId, TopicalSettings } from './types'
import { DEFAULT_LASER } from '../scenarioLaser'
import { runDelivery } from './delivery'
import { uvDetails } from './uv'
import { transportParam as tp } from './transportParams'
import { defaultConcentrationPercent } from './vehicle'

const cache = new Map<string, { uv: Record<SkinState, number>; topical: Record<SkinState, number> }>()

function compute(
  site: SiteId,
  laser: LaserSettings,
  agent: TopicalAgentId | 'none',
  custom: TopicalSettings['custom'],
) {
  // A channel is needed for the reference: without a fractional laser, use the default fractional settings.
  const channelLaser: LaserSettings =
    laser.mode === 'fractional' ? laser : { ...DEFAULT_LASER, mode: 'fractional' }
  const uv = uvDetails({ site, laser: channelLaser })
  const uvDoses = { intact: uv.basalDoseFraction.intact, lasered: uv.openChannelBasalDoseFraction }
  if (agent === 'none') return { uv: uvDoses, topical: { intact: 0, lasered: 0 } }
  const run = runDelivery({
    site,
    laser: channelLaser,
    topical: {
      agent,
      concentrationPercent: defaultConcentrationPercent(agent),
      hours: tp('transport.hours'),
      applyAfterLaserHours: 0,
      custom,
    },
    skipHorizon: true,
  })
  const reference = run.basalAuc.wound
  const intact = reference > 0 ? Math.min(1, run.basalAuc.intact / reference) : 0
  return { uv: uvDoses, topical: { intact, lasered: 1 } }
}

/** AdjuvantDoses from the transport and UV models (memoised per site, laser and agent). */
export function transportAdjuvantDoses(
  site: SiteId,
  laser: LaserSettings,
  agent: TopicalAgentId | 'none',
  custom: TopicalSettings['custom'] = {
    molecularWeight: tp('transport.custom.molecularWeight'),
    logP: tp('transport.custom.logP'),
  },
): AdjuvantDoses {
  const key = JSON.stringify([site, laser, agent, agent === 'custom' ? custom : null])
  let doses = cache.get(key)
  if (!doses) {
    doses = compute(site, laser, agent, custom)
    if (cache.size > 32) cache.clear()
    cache.set(key, doses)
  }
  const d = doses
  return {
    uvBasalDoseFraction: (state: SkinState) => d.uv[state],
    topicalBasalExposure: (state: SkinState) => d.topical[state],
  }
}
