// Scar risk of a treatment pass, reasoned from mechanism rather than looked up.
//
// EDUCATIONAL, NOT CLINICAL: REFERENCE.md gives no published scar threshold, so every weight and threshold here is
// a ParamDef with confidence 'assumption' (patternParams.ts, 'scar.*'), except the critical depth (Dunkin 2007).
// What the score encodes:
//   - confluence, gated by depth: fractional wounds heal from the bridges of intact skin between the zones; a
//     full-surface wound has none (the main difference between fractional and classic resurfacing). But a
//     confluent wound that stays in the epidermis heals like a graze, so the confluence term grows with the depth
//     of the damage until it reaches the reticular dermis (damage confined to the papillary dermis heals without
//     scarring; textbook, T);
//   - time open: the farther new skin must travel (max distance to living epithelium), the longer the wound stays
//     open and inflamed;
//   - depth beyond the critical depth: dermal wounds deeper than about a third of the skin (epidermis + dermis)
//     heal with a scar (Dunkin 2007: 0.56 mm, 33.1% of hip skin); the term grows from that depth and is full at
//     1.5× it — times the wounded fraction, because narrow deep columns are bridged by intact dermis;
//   - follicles: they re-epithelialize full-surface wounds (Collawn 2001); destroying them removes that source
//     (also times the wounded fraction).
//   score = wC·woundFraction·reach + wH·min(1, days/14) + wD·beyond·woundFraction + wF·follicleLoss·woundFraction
//   reach = min(1, damage depth ÷ top of the reticular dermis),
//   beyond = clamp((damage depth − critical depth) ÷ (0.5 × critical depth), 0, 1)
// with the weights summing to 1; level: low < 0.3 ≤ moderate < 0.6 ≤ high. Forearm, continuous: 50 µm of damage
// scores low, 391 µm (30 mJ) moderate, 800 µm high.
import type { LayerThicknesses } from '../types'
import type { PatternFigures, PulseFootprint, ScarRisk, ScarRiskLevel } from './types'
import { layerDepthsFrom } from '../layers'
import { patternParam } from './patternParams'
import { reepithelializationDays } from './healing'

const CAVEAT = 'This is an educational estimate from the wound’s mechanism, not a clinical prediction.'

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x))
const percent = (fraction: number): string => `${Math.round(fraction * 100)}%`
const um = (value: number): string => `${Math.round(value)} µm`

function duration(days: number): string {
  const hours = days * 24
  return hours < 48 ? `about ${Math.max(1, Math.round(hours))} hours` : `about ${days.toFixed(1)} days`
}

function confluenceReason(figures: PatternFigures, damageUm: number, reticularTopUm: number): string {
  const covered = percent(figures.woundFraction)
  if (figures.mode === 'continuous') {
    const shallow =
      damageUm < reticularTopUm
        ? `, but only ${um(damageUm)} deep, so the missing bridges weigh ${percent(damageUm / reticularTopUm)} as much as in a wound that reaches the reticular dermis`
        : ''
    return `The whole treated surface is wounded (${covered}), with no bridges of intact skin in between${shallow}.`
  }
  return figures.woundFraction < 0.5
    ? `Thermal damage covers ${covered} of the treated surface in separate zones, with intact skin between them.`
    : `Thermal damage covers ${covered} of the treated surface: the zones run together and leave few bridges of intact skin.`
}

function healingReason(figures: PatternFigures, days: number): string {
  const distance = um(figures.maxDistanceToIntactUm ?? 0)
  if (figures.mode === 'continuous') {
    const delay = Math.round(patternParam('healing.continuousStartDelayH'))
    return `New skin must travel up to ${distance} from the wound edge or surviving follicles; with about ${delay} hours before migration starts, the wound should close in ${duration(days)}.`
  }
  return `New skin must travel up to ${distance} from the intact skin around each zone, so the wound should close in ${duration(days)}.`
}

/** Depth below which a dermal wound heals without a visible scar at these layers, µm (Dunkin 2007). */
export function criticalScarDepthUm(layers: LayerThicknesses): number {
  return patternParam('scar.criticalDepthFraction') * layerDepthsFrom(layers).reticularDermisBottomUm
}

function depthReason(damageUm: number, layers: LayerThicknesses, woundFraction: number): string {
  const depths = layerDepthsFrom(layers)
  const reticularTop = depths.papillaryDermisBottomUm
  const critical = criticalScarDepthUm(layers)
  const bridged = woundFraction < 0.5 ? ', but in narrow columns surrounded by intact dermis' : ''
  const scarLine = `about a third of the skin (${um(critical)} here) is where wounds start to scar (Dunkin 2007)`
  if (damageUm <= reticularTop) {
    return `Thermal damage stops at ${um(damageUm)}, above the reticular dermis (from ${um(reticularTop)}), which usually heals without a scar; ${scarLine}.`
  }
  if (damageUm >= depths.reticularDermisBottomUm) {
    return `Thermal damage reaches ${um(damageUm)}, through the whole dermis into the fat, far beyond the ${um(critical)} where wounds start to scar (Dunkin 2007)${bridged}.`
  }
  const share = percent((damageUm - reticularTop) / layers.reticularDermisUm)
  const versus =
    damageUm >= critical
      ? `${um(damageUm - critical)} beyond the ${um(critical)} where wounds start to scar (Dunkin 2007)`
      : `short of the ${um(critical)} where wounds start to scar (Dunkin 2007)`
  return `Thermal damage reaches ${um(damageUm)}, ${um(damageUm - reticularTop)} into the reticular dermis (${share} of its thickness), ${versus}${bridged}.`
}

function follicleReason(figures: PatternFigures): string {
  const f = figures.follicles
  if (!f.considered) return 'Hair follicles were not considered (no skin block was given).'
  if (f.underWound === 0) return 'No hair follicle lies under the wounded surface.'
  if (f.underWound === 1) {
    return f.surviving === 1
      ? 'The one hair follicle under the wound keeps living epithelium below the damage and helps close it.'
      : 'The one hair follicle under the wound is destroyed down to the bulb, so new skin can only come from the wound edge.'
  }
  if (f.destroyed === 0) {
    return `All ${f.underWound} hair follicles under the wound keep living epithelium below the damage and help close it.`
  }
  if (f.surviving === 0) {
    return `All ${f.underWound} hair follicles under the wound are destroyed down to the bulb, so new skin can only come from the wound edge.`
  }
  const destroyed = f.destroyed === 1 ? 'is' : 'are'
  const others = f.surviving === 1 ? 'the other one keeps' : `the other ${f.surviving} keep`
  return `${f.destroyed} of ${f.underWound} hair follicles under the wound ${destroyed} destroyed down to the bulb; ${others} living epithelium.`
}

function levelOf(score: number): ScarRiskLevel {
  if (score >= patternParam('scar.highFrom')) return 'high'
  return score >= patternParam('scar.moderateFrom') ? 'moderate' : 'low'
}

/** Scar risk of the wound described by `figures`, made by `pulse` in skin with these layers. */
export function scarRisk(figures: PatternFigures, pulse: PulseFootprint, layers: LayerThicknesses): ScarRisk {
  if (figures.mode === 'none') {
    return { level: 'low', score: 0, reasons: ['No laser is applied, so the skin is not wounded.'] }
  }
  if (figures.woundFraction === 0) {
    return { level: 'low', score: 0, reasons: ['The pulse leaves no thermal damage at the skin surface.'] }
  }
  const depths = layerDepthsFrom(layers)
  const days = reepithelializationDays(figures)
  const woundFraction = figures.woundFraction
  const damageUm = pulse.thermalDamageDepthUm
  const healing = clamp01(days / patternParam('scar.healingDaysForFullScore'))
  const reach = clamp01(damageUm / depths.papillaryDermisBottomUm)
  const critical = criticalScarDepthUm(layers)
  const beyond = clamp01((damageUm - critical) / (patternParam('scar.beyondCriticalForFullScore') * critical))
  const f = figures.follicles
  const follicleLoss = f.considered && f.underWound > 0 ? f.destroyed / f.underWound : 0
  const score = clamp01(
    patternParam('scar.weightConfluence') * woundFraction * reach +
      patternParam('scar.weightHealingTime') * healing +
      patternParam('scar.weightDepth') * beyond * woundFraction +
      patternParam('scar.weightFollicleLoss') * follicleLoss * woundFraction,
  )
  return {
    level: levelOf(score),
    score,
    reasons: [
      confluenceReason(figures, damageUm, depths.papillaryDermisBottomUm),
      healingReason(figures, days),
      depthReason(damageUm, layers, woundFraction),
      follicleReason(figures),
      CAVEAT,
    ],
  }
}
