// What the transport and UV models deliver for the Heal model's course (memoised: the cohort asks per site and
// arm; src/sim/healing/adjuvants.ts turns it into the AdjuvantDoses the healing model uses):
// - NB-UVB: the share of the incident dose at the living basal layer and at the follicle bulge (lesion means over
//   the unit cell, uv.ts), as a function of the hours since the laser: channels close by the healing model's rule,
//   so a session gains from them only within those hours; Infinity (or no laser) = intact skin.
// - topical: day-mean free concentrations at the basal layer and the bulge (exposure.ts) for home use on intact
//   skin (daily, once the reservoirs have built up; PRP once) and for the in-clinic application right after a
//   laser session (channels open, closing).
import type { SiteId } from '../types'
import type { LaserSettings } from '../scenarioLaser'
import type { TopicalAgentId } from './types'
import type { ExposurePair, HomeUse, IntactExposures } from './exposure'
import { afterLaserExposure, intactExposures } from './exposure'
import { uvDetails } from './uv'

/** Hours are read on a quarter-hour grid (the UV series is cheap but asked per session and patient). */
const UV_STEP_H = 0.25
const uvCache = new Map<string, { basal: number; bulge: number }>()
const intactCache = new Map<string, IntactExposures>()
const laseredCache = new Map<string, ExposurePair>()

function remember<T>(cache: Map<string, T>, key: string, make: () => T, limit = 256): T {
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  const value = make()
  if (cache.size >= limit) cache.clear()
  cache.set(key, value)
  return value
}

/** NB-UVB dose fractions (basal, bulge) at `hoursAfterLaser` after a session of `laser` at `site`. */
export function uvDoseAt(
  site: SiteId,
  laser: LaserSettings,
  hoursAfterLaser: number,
): { basal: number; bulge: number } {
  const h = Number.isFinite(hoursAfterLaser)
    ? Math.max(0, Math.round(hoursAfterLaser / UV_STEP_H) * UV_STEP_H)
    : -1
  const lasered = laser.mode !== 'none' && h >= 0
  const key = JSON.stringify([site, lasered ? laser : null, lasered ? h : -1])
  return remember(uvCache, key, () => {
    const d = uvDetails({ site, laser, hoursAfterLaser: lasered ? h : 0 })
    return lasered
      ? { basal: d.basalDoseFraction.lasered, bulge: d.bulgeDoseFraction.lasered }
      : { basal: d.basalDoseFraction.intact, bulge: d.bulgeDoseFraction.intact }
  })
}

/** Intact-skin exposures of an agent used at home as given (memoised per site, agent and use). */
export function homeExposures(site: SiteId, agent: TopicalAgentId, homeUse: HomeUse): IntactExposures {
  return remember(intactCache, JSON.stringify([site, agent, homeUse]), () =>
    intactExposures(site, agent, homeUse),
  )
}

/** The in-clinic application right after a session of `laser` (memoised per site, laser and agent). */
export function afterLaserExposures(site: SiteId, laser: LaserSettings, agent: TopicalAgentId): ExposurePair {
  return remember(laseredCache, JSON.stringify([site, laser, agent]), () =>
    afterLaserExposure(site, laser, agent),
  )
}
