// The one pulse of a scenario's laser settings at a body site: what the Treat figures, the treatment plan, the
// healing run and the transport unit cell all start from (the thermal solve, cached per parameter set).
import { DEFAULT_PULSE, simulatePulseCached, type PulseResult } from './laser'
import type { LaserSettings } from './scenarioLaser'
import { SITES } from './sites'
import type { SiteId } from './types'

export function pulseForLaser(site: SiteId, laser: LaserSettings): PulseResult {
  return simulatePulseCached({
    ...DEFAULT_PULSE,
    energyMj: laser.energyMj,
    spotDiameterUm: laser.spotDiameterUm,
    pulseDurationMs: laser.pulseDurationMs,
    stackedPulses: laser.stackedPulses,
    damageModel: laser.damageModel,
    layers: SITES[site].layers,
  })
}
