// The treatment course as events in time (laser sessions, NB-UVB sessions, topical applications) and the doses
// that reach the basal layer (AdjuvantDoses). Only the schedule and the effect on activation and T cells live
// here; how a topical agent crosses the skin is the Deliver capability's transport model, which supplies the doses
// through the AdjuvantDoses interface (adjuvantDosesFor).
//
// Traceable laser × adjuvant interaction: where an MTZ has removed the stratum corneum and epidermis, UVB meets no
// epidermal filter (REFERENCE §4.4), so a UV session given while channels are open delivers
// uvBasalDoseFraction('lasered') = 1 instead of 'intact' (32.4 % on the forearm); likewise a topical applied into
// open channels reaches the basal layer at the channel exposure. The channels close per the wound-closure model
// (wound.ts), so the gain lasts hours after a fractional pass and days after a continuous one.
import type { SiteId } from '../types'
import type { AdjuvantDoses, CourseSettings, SkinState, TopicalAgent } from './types'
import type { LaserSettings } from '../scenarioLaser'
import { transportAdjuvantDoses } from '../transport/adjuvantDoses'
import type { LaserMode } from '../pattern/types'
import { SITES } from '../sites'
import { healingParam } from './healingParams'

/** Share of incident NB-UVB reaching the basal layer through a site's intact (vitiligo) epidermis. */
export function intactUvTransmission(site: SiteId): number {
  const layers = SITES[site].layers
  const epidermisUm = layers.stratumCorneumUm + layers.viableEpidermisUm
  const excess = epidermisUm - healingParam('heal.uv.referenceEpidermisUm')
  return (
    healingParam('heal.uv.epidermalTransmission') *
    Math.exp(-excess / healingParam('heal.uv.attenuationLengthUm'))
  )
}

/** Defaults until the transport model exists: REFERENCE §4.4 for UV, stated assumptions for topicals. */
export function defaultAdjuvantDoses(site: SiteId): AdjuvantDoses {
  const intactUv = intactUvTransmission(site)
  const openUv = healingParam('heal.uv.openChannelTransmission')
  const intactTopical = healingParam('heal.topical.intactExposure')
  const openTopical = healingParam('heal.topical.channelExposure')
  return {
    uvBasalDoseFraction: (state: SkinState) => (state === 'lasered' ? openUv : intactUv),
    topicalBasalExposure: (state: SkinState) => (state === 'lasered' ? openTopical : intactTopical),
  }
}

/**
 * The doses the healing model uses: computed by the Deliver capability's transport and UV models
 * (src/sim/transport/adjuvantDoses.ts) for the site, the laser and the course's topical agent, so that laser alone,
 * UV alone, laser + UV and laser + topical differ for a reason the user can trace (REFERENCE §4). The defaults above
 * remain for comparison and tests.
 */
export function adjuvantDosesFor(site: SiteId, laser: LaserSettings, topical: TopicalAgent): AdjuvantDoses {
  return transportAdjuvantDoses(site, laser, topical)
}

/** The UV dose unit: one session through intact forearm vitiligo epidermis (32.4 % of the incident dose). */
export function referenceUvBasalFraction(): number {
  return healingParam('heal.uv.epidermalTransmission')
}

export interface CourseSchedule {
  laserDays: number[]
  uvDays: number[]
  /** Topical applications: day and whether it goes into freshly opened channels (right after a session). */
  topicalDays: { day: number; afterLaser: boolean }[]
}

/** Laser sessions actually fired (none when the laser mode is 'none'). */
export function laserSessionDays(course: CourseSettings, mode: LaserMode, endDays = course.days): number[] {
  if (mode === 'none') return []
  const days: number[] = []
  for (let k = 0; k < course.laserSessions; k++) {
    const day = k * course.intervalDays
    if (day < endDays) days.push(day)
  }
  return days
}

/**
 * NB-UVB sessions: uvPerWeek evenly spread over each week from uvStartDay (whole days), up to the end. A session
 * that falls less than uvStartDay days after a laser session is skipped: Shin 2012 restarted NB-UVB 5 days after
 * each laser session, so the same wait applies after every session.
 */
export function uvSessionDays(course: CourseSettings, laserDays: number[], endDays = course.days): number[] {
  if (course.uv === 'none' || course.uvPerWeek <= 0) return []
  const days: number[] = []
  for (let k = 0; ; k++) {
    const day = course.uvStartDay + Math.floor((k * 7) / course.uvPerWeek + 1e-9)
    if (day >= endDays) break
    const tooSoon = laserDays.some((l) => day >= l && day - l < course.uvStartDay)
    if (!tooSoon || laserDays.length === 0) days.push(day)
  }
  return days
}

/**
 * Topicals: right after each laser session (into the open channels) and then daily on intact skin (home use).
 * PRP is an in-clinic product: only at the laser sessions, or every intervalDays when there is no laser.
 */
export function topicalDays(
  course: CourseSettings,
  laserDays: number[],
  endDays = course.days,
): { day: number; afterLaser: boolean }[] {
  if (course.topical === 'none') return []
  const events = laserDays.map((day) => ({ day, afterLaser: true }))
  if (course.topical === 'prp') {
    if (laserDays.length === 0) {
      for (let day = 0; day < endDays; day += course.intervalDays) events.push({ day, afterLaser: false })
    }
  } else {
    for (let day = 0.5; day < endDays; day += 1) events.push({ day, afterLaser: false })
  }
  return events.sort((a, b) => a.day - b.day)
}

export function courseSchedule(
  course: CourseSettings,
  mode: LaserMode,
  endDays = course.days,
): CourseSchedule {
  const laserDays = laserSessionDays(course, mode, endDays)
  return {
    laserDays,
    uvDays: uvSessionDays(course, laserDays, endDays),
    topicalDays: topicalDays(course, laserDays, endDays),
  }
}
