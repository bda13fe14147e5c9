// What one laser session does to a site's lesion, averaged over the lesion, for the reduced per-patient model
// (reduced.ts): the growth-factor effect Ĝ, the squared motility factor (random-walk diffusivity ∝ speed²) and the
// MMP-2 level, every 6 h for 60 days, plus the wounded share, the share of follicular precursors inside the thermal
// damage and the wound's closure. Computed once per (site, laser settings) on a representative block (seed 1)
// with the same fields and wound model as the agent run, then shared by every patient of that site.
import type { SiteId } from '../types'
import type { LaserSettings } from '../scenarioLaser'
import type { SessionClosure } from './types'
import { healingParam } from './healingParams'
import { buildWorld } from './setup'
import { DiffusionField, growthFactorRelease, mmp2Release } from './fields'
import { addRimShare, deepPointDamaged } from './wound'

export interface SessionResponse {
  stepHours: number
  gfEffect: Float32Array
  motilitySquared: Float32Array
  mmp2: Float32Array
  woundFraction: number
  precursorKillFraction: number
  closure: SessionClosure
}

export interface SiteBasics {
  /** Mean distance a precursor climbs to the dermo-epidermal junction, µm (0 without follicles). */
  climbUm: number
  folliclesPerMm2: number
  melanocytesPerMm2: number
}

const RESPONSE_DAYS = 60
const STEP_H = 6
const responseCache = new Map<string, SessionResponse>()
const basicsCache = new Map<SiteId, SiteBasics>()

const COURSE_ONE_SESSION = {
  laserSessions: 1,
  intervalDays: 28,
  uv: 'none' as const,
  uvPerWeek: 0,
  uvStartDay: 5,
  topical: 'none' as const,
  days: RESPONSE_DAYS,
}

/** Forgets the cached session responses (after a change of healing parameters: withHealingParams). */
export function clearSessionResponses(): void {
  responseCache.clear()
}

export function siteBasics(site: SiteId): SiteBasics {
  const hit = basicsCache.get(site)
  if (hit) return hit
  const w = buildWorld({
    site,
    seed: 1,
    laser: { mode: 'none' } as LaserSettings,
    course: COURSE_ONE_SESSION,
  })
  const junction = w.block.depths.dermoEpidermalJunctionUm
  const depths = w.block.precursors.map((c) => c.depthUm - junction)
  const basics: SiteBasics = {
    climbUm: depths.length > 0 ? depths.reduce((a, b) => a + b, 0) / depths.length : 0,
    folliclesPerMm2: w.block.figures.folliclesPerMm2,
    melanocytesPerMm2: w.block.figures.melanocytesPerMm2,
  }
  basicsCache.set(site, basics)
  return basics
}

function lesionMean(values: Float32Array, share: Float32Array, map: (v: number) => number): number {
  let sum = 0
  let total = 0
  for (let k = 0; k < values.length; k++) {
    sum += share[k] * map(values[k])
    total += share[k]
  }
  return total > 0 ? sum / total : 0
}

/** The lesion-mean response to one session of these laser settings at this site; null if nothing is fired. */
export function sessionResponse(site: SiteId, laser: LaserSettings): SessionResponse | null {
  if (laser.mode === 'none') return null
  const key = JSON.stringify([site, laser])
  const hit = responseCache.get(key)
  if (hit) return hit
  const w = buildWorld({ site, seed: 1, laser, course: COURSE_ONE_SESSION })
  const session = w.sessions[0]
  const { nx, ny } = w.grid
  const share = new Float32Array(nx * ny) // field sources: the coagulated rims (wound.ts)
  addRimShare(session.wound, nx, ny, share)
  const gf = new DiffusionField(
    w.grid,
    healingParam('heal.gf.diffusivityUm2PerH'),
    healingParam('heal.gf.halfLifeH'),
  )
  const mmp = new DiffusionField(
    w.grid,
    healingParam('heal.mmp2.diffusivityUm2PerH'),
    healingParam('heal.mmp2.halfLifeH'),
  )
  const burstH = healingParam('heal.gf.releaseDecayH')
  const sustainedShare = healingParam('heal.gf.sustainedShare')
  const sustainedH = healingParam('heal.gf.sustainedDecayDays') * 24
  const peakH = healingParam('heal.mmp2.releasePeakDays') * 24
  const shape = healingParam('heal.mmp2.releaseShape')
  const gfHalf = healingParam('heal.gf.halfEffect')
  const mmpHalf = healingParam('heal.mmp2.halfEffect')
  const rest = healingParam('heal.melanocyte.restingSpeedFraction')
  const source = (field: DiffusionField, release: number) => share.map((s) => s * release * field.decayPerH)
  const steps = (RESPONSE_DAYS * 24) / STEP_H
  const out = {
    gfEffect: new Float32Array(steps),
    motilitySquared: new Float32Array(steps),
    mmp2: new Float32Array(steps),
  }
  for (let hour = 0; hour < RESPONSE_DAYS * 24; hour++) {
    const gfStep = hour < 3 * burstH ? 1 : STEP_H
    if ((hour + 1) % gfStep === 0) {
      const release = growthFactorRelease(hour + 1 - gfStep / 2, burstH, sustainedShare, sustainedH)
      gf.step(gfStep, source(gf, release))
    }
    if ((hour + 1) % 3 === 0) mmp.step(3, source(mmp, mmp2Release(hour - 0.5, peakH, shape)))
    if ((hour + 1) % STEP_H !== 0) continue
    const k = (hour + 1) / STEP_H - 1
    out.gfEffect[k] = lesionMean(gf.values, w.lesionShare, (g) => g / (g + gfHalf))
    out.mmp2[k] = lesionMean(mmp.values, w.lesionShare, (m) => m)
    let m2 = 0
    let total = 0
    for (let c = 0; c < nx * ny; c++) {
      const g = gf.values[c] / (gf.values[c] + gfHalf)
      const m = mmp.values[c] / (mmp.values[c] + mmpHalf)
      const factor = rest + (1 - rest) * Math.max(g, m)
      m2 += w.lesionShare[c] * factor * factor
      total += w.lesionShare[c]
    }
    out.motilitySquared[k] = total > 0 ? m2 / total : rest * rest
  }
  const precursors = w.block.precursors
  const killed = precursors.filter((c) => deepPointDamaged(session.wound, c.xUm, c.yUm, c.depthUm)).length
  const response: SessionResponse = {
    stepHours: STEP_H,
    ...out,
    woundFraction: session.wound.woundFraction,
    precursorKillFraction: precursors.length > 0 ? killed / precursors.length : 0,
    closure: session.wound.closure,
  }
  responseCache.set(key, response)
  return response
}
