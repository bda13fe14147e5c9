// The treatment course as events in time (laser sessions, NB-UVB sessions, topical applications), the doses the
// transport and UV models deliver for it (AdjuvantDoses), and how a delivered concentration acts (Emax).
//
// Doses (src/sim/transport/adjuvantDoses.ts): NB-UVB at the living basal layer and at the follicle bulge as a
// function of the hours since the last laser session (channels close by the healing model's rule, so a session
// gains from them only within those hours: ≈ 14 h after a fractional pass, days after a continuous one); a
// topical agent as day-mean free concentrations at the basal layer and at the bulge, for daily home use on intact
// skin (reservoirs built up) and for the in-clinic application into fresh channels. Each concentration is divided
// by the agent's half-effect concentration (healingParams.ts): an exposure X acts as X/(1 + X) of the agent's
// largest effect (Emax with Hill coefficient 1, an assumption).
import type { SiteId } from '../types'
import type { AdjuvantDoses, CourseSettings, TopicalAgent, TopicalExposure } from './types'
import type { LaserSettings } from '../scenarioLaser'
import type { ExposurePair } from '../transport/exposure'
import { afterLaserExposures, homeExposures, uvDoseAt } from '../transport/adjuvantDoses'
import type { LaserMode } from '../pattern/types'
import { healingParam } from './healingParams'

/** Registry key of an agent's half-effect concentration (ng/mL). */
const HALF_EFFECT_KEY: Record<Exclude<TopicalAgent, 'none'>, string> = {
  corticosteroid: 'heal.topical.corticosteroid.halfEffectNgPerMl',
  '5-fu': 'heal.topical.fluorouracil.halfEffectNgPerMl',
  prp: 'heal.topical.prp.halfEffectNgPerMl',
}

/** Half-effect free concentration of an agent, µg/cm³ (= µg/mL). */
export function halfEffectUgPerCm3(agent: Exclude<TopicalAgent, 'none'>): number {
  return healingParam(HALF_EFFECT_KEY[agent]) / 1000
}

/** Fraction of an agent's largest effect at exposure X (free concentration ÷ half-effect concentration). */
export function emax(x: number): number {
  return x > 0 ? x / (1 + x) : 0
}

const NO_TOPICAL: TopicalExposure = { basal: 0, bulge: 0 }

function relative(pair: ExposurePair, agent: Exclude<TopicalAgent, 'none'>): TopicalExposure {
  const half = halfEffectUgPerCm3(agent)
  return { basal: pair.basalFreeUgPerCm3 / half, bulge: pair.bulgeFreeUgPerCm3 / half }
}

/**
 * The doses of a course at a site: NB-UVB from the UV model for `laser`'s channels, the topical agent from the
 * transport model (home use daily; PRP is an in-clinic product, one application at a time). With laser mode
 * 'none' the after-laser exposure is never used and is not computed.
 */
export function adjuvantDosesFor(site: SiteId, laser: LaserSettings, topical: TopicalAgent): AdjuvantDoses {
  const home =
    topical === 'none'
      ? NO_TOPICAL
      : relative(homeExposures(site, topical, topical === 'prp' ? 'once' : 'daily').home, topical)
  const afterLaser =
    topical === 'none'
      ? NO_TOPICAL
      : laser.mode === 'none'
        ? home
        : relative(afterLaserExposures(site, laser, topical), topical)
  return {
    uvBasalDoseFraction: (h: number) => uvDoseAt(site, laser, h).basal,
    uvBulgeDoseFraction: (h: number) => uvDoseAt(site, laser, h).bulge,
    topicalHome: home,
    topicalAfterLaser: afterLaser,
  }
}

/** Hours since the last laser session at `hour` (Infinity before the first, or with none). */
export function hoursSinceLaser(laserHours: readonly number[], hour: number): number {
  let since = Number.POSITIVE_INFINITY
  for (const l of laserHours) if (hour >= l) since = Math.min(since, hour - l)
  return since
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
 * Topicals: right after each laser session (into the open channels, left on for the day) and then daily on intact
 * skin (home use). PRP is an in-clinic product: only at the laser sessions, or every intervalDays when there is no
 * laser.
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
    // home use daily; the in-clinic application after a session is left on for its first day
    for (let day = 0.5; day < endDays; day += 1) {
      if (!laserDays.some((l) => day >= l && day < l + 1)) events.push({ day, afterLaser: false })
    }
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
