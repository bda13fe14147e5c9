// The parameter registry: every number of the anatomy model, with unit, range, default, source and confidence.
// Site-specific values live in siteParams.ts; the block, lesion, follicle and cell-population values are here.
// Confidence 'T' or 'assumption' marks what REFERENCE.md does not give; the UI flags those as uncertain.
import type { ParamDef } from './types'
import { def } from './paramDef'
import { SITE_PARAM_DEFS } from './siteParams'

// Laid out as a table, one parameter per entry; prettier would put every argument on its own line.
// prettier-ignore
const GLOBAL_PARAM_DEFS: ParamDef[] = [
  // ---------------- the block
  def('block.widthUm', 'Block width (surface)', 'µm', [1000, 4000], 2000, 'DermaSimDesign', 'assumption',
    'Display choice: a cut-away block of about 2 × 2 mm surface (DESIGN.md).'),
  def('block.lengthUm', 'Block length (surface)', 'µm', [1000, 4000], 2000, 'DermaSimDesign', 'assumption',
    'Display choice: a cut-away block of about 2 × 2 mm surface (DESIGN.md).'),
  def('anatomy.subcutisShownUm', 'Subcutis shown under the dermis', 'µm', [100, 1000], 300, 'Assumption', 'assumption',
    'Display choice: only the top of the fat is shown (real subcutis is 2-6 mm on the face, Iyengar 2018).'),
  def('anatomy.basalLayerUm', 'Basal layer thickness', 'µm', [8, 12], 10, 'Textbook', 'T',
    'One layer of basal keratinocytes, about 10 µm each (REFERENCE §1.3, T).'),

  // ---------------- the vitiligo lesion (shape only: illustrative)
  def('lesion.centreXFraction', 'Lesion centre, x', 'fraction of width', [0.5, 0.9], 0.72, 'Assumption', 'assumption',
    'Off-centre so that the border crosses the block and healthy skin lies beside the lesion.'),
  def('lesion.centreYFraction', 'Lesion centre, y', 'fraction of length', [0.2, 0.8], 0.5, 'Assumption', 'assumption',
    'Middle of the block length, so the default cut plane crosses the border.'),
  def('lesion.meanRadiusFraction', 'Lesion mean radius', 'fraction of width', [0.3, 0.6], 0.43, 'Assumption',
    'assumption', 'Chosen so that about half of the surface is lesional (0.55 would put ~74% in the lesion).'),
  def('lesion.harmonicAmplitude', 'Lesion border irregularity', 'fraction of radius', [0, 0.15], 0.08, 'Assumption',
    'assumption', 'Largest amplitude of each of the low harmonics (2-5 lobes) that make the border irregular.'),
  def('lesion.harmonicAmplitudeMinShare', 'Border irregularity, least share of the maximum', 'fraction', [0, 1], 0.4,
    'Assumption', 'assumption', 'Each harmonic draws its amplitude between this share and 1 of lesion.harmonicAmplitude.'),
  def('lesion.borderBandUm', 'Hypopigmented border band', 'µm', [0, 300], 60, 'Assumption', 'assumption',
    'Width of the transition (trichrome) zone just outside the lesion, where melanocytes are thinned; no figure in REFERENCE.'),
  def('melanocyte.borderBandMinSurvival', 'Melanocytes kept at the lesion border', 'fraction', [0, 1], 0.5,
    'Assumption', 'assumption', 'Share of melanocytes kept right at the border, rising linearly to 1 across the band.'),

  // ---------------- hair follicles (geometry: textbook orders of magnitude)
  def('follicle.minTiltDeg', 'Follicle tilt, least', '°', [0, 25], 5, 'Assumption', 'assumption',
    'Follicles are rarely exactly vertical.'),
  def('follicle.maxTiltDeg', 'Follicle tilt, most', '°', [0, 45], 25, 'Textbook', 'T',
    'Small tilt from the vertical (real follicles can slant more; kept small so they stay in the block).'),
  def('follicle.azimuthSpreadDeg', 'Spread of tilt directions', '°', [0, 180], 30, 'Assumption', 'assumption',
    'Hairs of one patch slant roughly the same way (a hair stream); ± this around a block-wide direction.'),
  def('follicle.minSpacingFraction', 'Least follicle spacing', 'fraction of mean spacing', [0, 0.9], 0.5, 'Assumption',
    'assumption', 'Follicles do not touch: openings at least half the mean spacing 1/√density apart.'),
  def('follicle.vellusBulbDermisFractionMin', 'Vellus bulb depth, least', 'fraction of dermis', [0.3, 1], 0.55,
    'FollicleLengthWeb', 'T', 'Vellus follicles reach the deep dermis (B); depth below the DEJ as a share of the dermis.'),
  def('follicle.vellusBulbDermisFractionMax', 'Vellus bulb depth, most', 'fraction of dermis', [0.3, 1], 0.85,
    'FollicleLengthWeb', 'T', 'Vellus follicles reach the deep dermis (B).'),
  def('follicle.terminalBulbDermisFractionMin', 'Terminal bulb depth, least', 'fraction of dermis', [0.6, 1.2], 0.85,
    'FollicleLengthWeb', 'T', 'Terminal bulbs reach the subcutis (B): the deepest dermis or just below it.'),
  def('follicle.terminalBulbDermisFractionMax', 'Terminal bulb depth, most', 'fraction of dermis', [0.6, 1.2], 1.1,
    'FollicleLengthWeb', 'T', 'Terminal bulbs reach the subcutis (B); never below the block bottom.'),
  def('follicle.bulgeDepthFractionMin', 'Bulge depth, least', 'fraction of bulb depth', [0.15, 0.5], 0.25,
    'BulgeEncyclopaedic', 'T', 'Scalp: bulge ≈ 1 mm of a ≈ 4.16 mm follicle ≈ 0.24 (C); same proportion assumed here.'),
  def('follicle.bulgeDepthFractionMax', 'Bulge depth, most', 'fraction of bulb depth', [0.15, 0.5], 0.35,
    'BulgeEncyclopaedic', 'T', 'Arrector pili insertion, upper third of the follicle (T).'),
  def('follicle.infundibulumDepthFractionMin', 'Infundibulum depth, least', 'fraction of bulb depth', [0.05, 0.3],
    0.12, 'Textbook', 'T', 'The infundibulum (opening to the sebaceous duct) is the top ~1/6 of the follicle.'),
  def('follicle.infundibulumDepthFractionMax', 'Infundibulum depth, most', 'fraction of bulb depth', [0.05, 0.3],
    0.18, 'Textbook', 'T', 'Always above the bulge.'),
  def('follicle.vellusOrsRadiusMinUm', 'Vellus outer root sheath radius, least', 'µm', [10, 40], 20, 'Textbook', 'T',
    'Vellus follicle ORS radius ~20-40 µm.'),
  def('follicle.vellusOrsRadiusMaxUm', 'Vellus outer root sheath radius, most', 'µm', [20, 50], 40, 'Textbook', 'T',
    'Vellus follicle ORS radius ~20-40 µm.'),
  def('follicle.terminalOrsRadiusMinUm', 'Terminal outer root sheath radius, least', 'µm', [40, 80], 50, 'Textbook',
    'T', 'Terminal follicle ORS radius ~50-80 µm.'),
  def('follicle.terminalOrsRadiusMaxUm', 'Terminal outer root sheath radius, most', 'µm', [50, 120], 80, 'Textbook',
    'T', 'Terminal follicle ORS radius ~50-80 µm.'),
  def('follicle.bulbToOrsRatio', 'Bulb radius / ORS radius', 'ratio', [1.2, 2], 1.6, 'Textbook', 'T',
    'The bulb is wider than the sheath above it.'),
  def('follicle.dermalPapillaToBulbRatio', 'Dermal papilla radius / bulb radius', 'ratio', [0.3, 0.6], 0.45,
    'Textbook', 'T', 'The dermal papilla sits inside the bulb.'),
  def('follicle.vellusShaftRadiusUm', 'Vellus hair shaft radius', 'µm', [5, 20], 15, 'Textbook', 'T',
    'Vellus hairs are under ~30 µm thick.'),
  def('follicle.terminalShaftRadiusUm', 'Terminal hair shaft radius', 'µm', [20, 60], 35, 'Textbook', 'T',
    'Terminal hairs ~60-80 µm thick.'),
  def('follicle.infundibulumBelowJunctionUm', 'Infundibulum bottom, least depth below the epidermis', 'µm', [0, 100], 20,
    'Assumption', 'assumption', 'Keeps the funnel bottom (sebaceous duct) in the dermis even for short vellus follicles.'),
  def('follicle.bulgeBelowInfundibulumUm', 'Bulge, least distance below the infundibulum', 'µm', [0, 200], 30,
    'Assumption', 'assumption', 'The arrector pili inserts below the sebaceous duct (textbook order, T); the gap is illustrative.'),
  def('follicle.bulgeAboveBulbUm', 'Bulge, least distance above the bulb', 'µm', [0, 300], 50, 'Assumption',
    'assumption', 'Leaves a middle/lower outer root sheath between bulge and bulb, where dormant melanocytes sit (Cui 1991).'),
  def('follicle.openingRadiusToOrs', 'Follicle opening radius / ORS radius', 'ratio', [1, 2.5], 1.7, 'Assumption',
    'assumption', 'The infundibulum widens into a funnel at the surface; no basal melanocytes are placed in it.'),

  // ---------------- cell populations of the lesion (illustrative counts)
  def('precursor.perFollicle', 'Dormant precursors per lesional follicle', 'cells', [0, 40], 10, 'Cui1991',
    'assumption', 'Cui 1991 shows DOPA-negative melanocytes survive in the middle/lower ORS but gives no count; 10 is illustrative.'),
  def('precursor.bulbShare', 'Share of precursors in the bulb', 'fraction', [0, 1], 0.2, 'Assumption', 'assumption',
    'Most in the middle/lower outer root sheath (Cui 1991), a few in the bulb.'),
  def('precursor.orsRadialFractionMin', 'Precursor distance from the axis, least', 'fraction of ORS radius', [0, 1],
    0.8, 'Assumption', 'assumption', 'Melanocytes of the ORS sit at its outer (basal) surface.'),
  def('precursor.bulbRadialFractionMax', 'Bulb precursors, greatest distance from the bulb centre', 'fraction of bulb radius',
    [0.5, 1], 0.9, 'Assumption', 'assumption', 'Inside the bulb matrix, not on its outer surface (illustrative).'),
  def('precursor.bulbPapillaGapFraction', 'Bulb precursors, least gap outside the dermal papilla', 'fraction of bulb radius',
    [0, 0.3], 0.1, 'Assumption', 'assumption', 'Melanocytes of the bulb sit in the matrix around the papilla, not in it.'),
  def('precursor.bulbUpperCosMin', 'Bulb precursors, lowest position', 'cosine from the upward axis', [0, 1], 0.2,
    'Assumption', 'assumption', 'Pigmentary unit of the bulb: its upper half, above the papilla base (textbook, T).'),
  def('tCell.marginPerMm2', 'CD8+ T cells at the active margin', 'cells/mm²', [0, 1000], 120, 'Shin2016', 'assumption',
    'CD8+ cells are increased at active margins, epidermal/basal (Shin 2016, A) but no density is given; 120 /mm² is illustrative.'),
  def('tCell.centreFraction', 'T-cell density in the lesion centre', 'fraction of margin', [0, 1], 0.25,
    'vandenWijngaard2000', 'assumption', 'T cells concentrate at the perilesional/active margin; the centre keeps a quarter (illustrative).'),
  def('tCell.marginDecayUm', 'Width of the T-cell-rich margin', 'µm', [20, 1000], 200, 'Assumption', 'assumption',
    'Excess density falls by 1/e over this distance inside the border (illustrative).'),
]

export const PARAMS: ParamDef[] = [...GLOBAL_PARAM_DEFS, ...SITE_PARAM_DEFS]

const BY_KEY = new Map(PARAMS.map((p) => [p.key, p]))

/** The definition of a parameter; throws on an unknown key (a programming error, caught by the unit tests). */
export function param(key: string): ParamDef {
  const found = BY_KEY.get(key)
  if (!found) throw new Error(`Unknown parameter "${key}"`)
  return found
}

export function paramValue(key: string): number {
  return param(key).default
}
