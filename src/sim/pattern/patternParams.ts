// Every number of the pattern, healing and scar-risk model, with its source (ids resolve in patternSources.ts).
// Values not in shared/science/REFERENCE.md carry confidence 'assumption' and say why.
import type { ParamDef } from '../types'
import { defineParam as param, paramLookup } from '../paramTable'

const REF = 'ReferenceSheet'
const ASSUMED = 'Assumption'

// Calibration of the re-epithelialization of MTZs (REFERENCE case 5, Stumpp 2009): closure = lag + distance ÷ speed,
// fitted to BOTH ends of Stumpp's range: the smallest lesions (≈ 100 µm wide, Manstein 2004, T; radius 50 µm) close
// at the lower end of the ED50 range, 10 h; the widest (< 500 µm, radius 250 µm) at its upper end, 22 h (ED84 ≤ 28 h).
//   speed = (250 − 50) µm ÷ (22 − 10) h = 16.7 µm/h,   lag = 10 h − 50 µm ÷ speed = 7 h.
const SMALL_RADIUS_UM = 50
const SMALL_HOURS = 10
const CALIBRATION_RADIUS_UM = 250
const CALIBRATION_HOURS = 22
const FRONT_SPEED = (CALIBRATION_RADIUS_UM - SMALL_RADIUS_UM) / (CALIBRATION_HOURS - SMALL_HOURS)
const START_LAG_H = SMALL_HOURS - SMALL_RADIUS_UM / FRONT_SPEED

// One line per parameter: a table reads better than wrapped calls.
// prettier-ignore
export const PATTERN_PARAMS: ParamDef[] = [
  // ── The pattern ───────────────────────────────────────────────────────────
  param('pattern.densityPercent', 'Density (share of the surface under the beam spots)', '%', 10, REF, 'B', 'Resurfacing uses about 5–20% coverage (REFERENCE §3.3, T/B); vendors quote 3–40% (§3.1, B). UI range 1–60.', [1, 60]),
  param('pattern.rasterCellUm', 'Raster cell for coverage and distances', 'µm', 4, ASSUMED, 'assumption', 'A 205 µm disc is 51 cells wide: coverage within 1%, mean distance to the edge within 5% (−3%) and max within 1.25 cells of the exact values (unit tests).', [1, 20]),
  param('pattern.maxRasterCells', 'Most raster cells', 'cells', 4e6, ASSUMED, 'assumption', 'Caps memory (≈ 20 MB) for large treated areas; the cell grows instead. The 2 × 2 mm block uses 0.25 M cells.'),
  param('pattern.randomPackingFraction', 'Random layout: most surface covered by the no-overlap discs', '', 0.4, 'Feder1980', 'assumption', 'Dart throwing jams near 0.547 (Feder 1980); staying at 0.4 keeps it fast. Sets the least distance when MTZs are too dense to keep apart.', [0.1, 0.5]),
  param('pattern.dartAttemptsPerMtz', 'Random layout: throws per MTZ before giving up', '', 1000, ASSUMED, 'assumption', 'Numerics: far below the jamming limit nearly every MTZ lands in a few throws.'),

  // ── Re-epithelialization (REFERENCE §3.4, case 5; §5.1) ───────────────────
  param('healing.smallLesionRadiusUm', 'Smallest calibration lesion: distance the front must cover', 'µm', SMALL_RADIUS_UM, 'Manstein2004', 'T', 'Half of the ≈ 100 µm MTZ width of non-ablative fractional photothermolysis (Manstein 2004, REFERENCE §3.1, T).'),
  param('healing.smallLesionHours', 'Smallest calibration lesion: time to close', 'h', SMALL_HOURS, 'Stumpp2009', 'A', 'Lower end of the ED50 range 10–22 h (Stumpp 2009): no lesion closes sooner than 10 h.'),
  param('healing.calibrationRadiusUm', 'Widest calibration lesion: distance the front must cover', 'µm', CALIBRATION_RADIUS_UM, 'Stumpp2009', 'A', 'Half of the widest lesion Stumpp 2009 reports as closing in 10–28 h (< 500 µm wide).'),
  param('healing.calibrationHours', 'Widest calibration lesion: time to close', 'h', CALIBRATION_HOURS, 'Stumpp2009', 'A', 'Upper end of the ED50 range 10–22 h (ED84 13–28 h); basal layer continuous at ≈ 24 h (Laubach 2006).'),
  param('healing.keratinocyteFrontSpeedUmPerH', 'Speed of the re-epithelialization front', 'µm/h', FRONT_SPEED, 'Stumpp2009', 'C', '(250 − 50) µm ÷ (22 − 10) h = 16.7 µm/h, fitted with the lag to both ends of Stumpp 2009. Below Grahn’s single-keratinocyte speed (27–45 µm/h), as a front must be.', [8, 27]),
  param('healing.fractionalStartLagH', 'Lag before the front moves, fractional MTZs', 'h', START_LAG_H, 'Stumpp2009', 'C', '10 h − 50 µm ÷ 16.7 µm/h = 7 h: keratinocytes first detach and start to migrate. Fitted with the speed to both ends of Stumpp 2009.', [0, 10]),
  param('healing.melanocyteSpeedUmPerH', 'Melanocyte random motility (in vitro)', 'µm/h', 9, 'Grahn2003', 'A', 'Used only to check the keratinocyte front speed.'),
  param('healing.keratinocyteSpeedFactorMin', 'Keratinocytes faster than melanocytes, least', '×', 3, 'Grahn2003', 'A', '3–5× (Grahn 2003).'),
  param('healing.keratinocyteSpeedFactorMax', 'Keratinocytes faster than melanocytes, most', '×', 5, 'Grahn2003', 'A', '3–5× (Grahn 2003).'),
  param('healing.continuousStartDelayH', 'Delay before migration starts, full-surface ablation', 'h', 48, 'Collawn2001', 'A', 'Occluded full CO2 resurfacing: re-epithelialization begins ≈ 48 h (Collawn 2001; open wounds later). Replaces the 7 h lag of fractional MTZs for full-surface wounds.'),

  // ── Scar risk (educational; REFERENCE gives no threshold) ─────────────────
  param('scar.weightConfluence', 'Scar score: weight of the wounded fraction', '', 0.4, ASSUMED, 'assumption', 'Confluence is the main difference between fractional and full resurfacing: bridges of intact skin heal the wound.'),
  param('scar.weightHealingTime', 'Scar score: weight of the time the wound stays open', '', 0.25, ASSUMED, 'assumption', 'Slow closure prolongs inflammation (general wound-healing knowledge, T).'),
  param('scar.weightDepth', 'Scar score: weight of damage beyond the critical depth for scarring (× wounded fraction)', '', 0.2, ASSUMED, 'assumption', 'Dermal wounds deeper than about a third of the skin heal with a scar (Dunkin 2007); deep narrow columns are bridged by intact tissue, hence × wounded fraction.'),
  param('scar.weightFollicleLoss', 'Scar score: weight of destroyed follicles (× wounded fraction)', '', 0.15, ASSUMED, 'assumption', 'Follicles re-epithelialize full-surface wounds (Collawn 2001); losing them removes that source.'),
  param('scar.healingDaysForFullScore', 'Open-wound time that scores the maximum', 'days', 14, ASSUMED, 'assumption', 'Educational anchor: two weeks open counts as the worst healing term.'),
  param('scar.moderateFrom', 'Score from which the risk reads “moderate”', '', 0.3, ASSUMED, 'assumption', 'Educational threshold, not clinical.'),
  param('scar.highFrom', 'Score from which the risk reads “high”', '', 0.6, ASSUMED, 'assumption', 'Educational threshold, not clinical.'),
  param('scar.criticalDepthFraction', 'Critical depth for scarring, share of the skin (epidermis + dermis)', '', 0.331, 'Dunkin2007', 'A', 'Graduated dermal scratch, hip, 113 volunteers: scar beyond 0.56 ± 0.03 mm = 33.1% of the skin thickness; shallower, no visible mark. Forearm: 0.331 × 1,725 µm = 571 µm.'),
  param('scar.beyondCriticalForFullScore', 'Damage beyond the critical depth that scores the full depth weight, share of that depth', '', 0.5, ASSUMED, 'assumption', 'Dunkin 2007 saw scar thickness grow gradually beyond the threshold; full weight at 1.5× the critical depth.'),
]

/** The whole ParamDef (range included), e.g. for validating the scenario's density. */
export const patternParamDef = paramLookup(PATTERN_PARAMS, 'pattern')

/** Default value of a pattern parameter; throws on an unknown key so typos fail loudly in tests. */
export function patternParam(key: string): number {
  return patternParamDef(key).default
}
