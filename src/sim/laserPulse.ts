// The one pulse of a scenario's laser settings at a body site, and the pattern of its MTZs over a block: what the
// Treat figures, the treatment plan, the healing run and the transport unit cell all start from (the thermal solve
// is cached per parameter set).
import { DEFAULT_PULSE, simulatePulseCached, type PulseResult } from './laser'
import { generatePattern } from './pattern'
import type { Pattern } from './pattern/types'
import type { LaserSettings } from './scenarioLaser'
import { SITES } from './sites'
import type { SiteId, SkinBlock } from './types'

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

/** The laser's pattern over a block: MTZs as wide as the pulse's damage, at the laser's density and layout. */
export function patternForLaser(
  laser: LaserSettings & { mode: 'fractional' | 'continuous' },
  pulse: PulseResult,
  block: SkinBlock,
  seed: number,
): Pattern {
  return generatePattern({
    mode: laser.mode,
    layout: laser.pattern,
    densityPercent: laser.densityPercent,
    spotDiameterUm: laser.spotDiameterUm,
    mtzDiameterUm: pulse.lesionWidthUm,
    widthUm: block.widthUm,
    lengthUm: block.lengthUm,
    seed,
  })
}
