// Per-site anatomy parameters: layer thicknesses, cell and follicle densities, rete-ridge shape.
// Keys are '<site>.<field>'. Ranges (min, max) are the source's ±1 SD or 95% CI where it gives one; otherwise a
// stated spread. Derived values (confidence C) are computed here from the registered source figures, so the
// arithmetic is visible and re-checkable.
import type { ParamDef } from './types'
import { def, spread } from './paramDef'

// ---- source figures used in derivations (registered themselves, so every number is traceable)
/** Pooled epidermal thickness, all sites (Xu 2017, A). Histological epidermis, taken here as including the SC. */
const POOLED_EPIDERMIS_UM = 99.75
/** Facial epidermis + dermis at zygoma/malar/suborbital/nasolabial (Iyengar 2018, A). */
const FACE_EPIDERMIS_PLUS_DERMIS_UM = 1000
/** OCT epidermis and SC, mean of 11 sites (Tsugita 2013, A). */
const TSUGITA_EPIDERMIS_UM = 68.6
const TSUGITA_SC_UM = 14.1
/** Dermis of the dorsum of the hand, women (Oltulu 2018, A). */
const HAND_DERMIS_UM = 2115
/** Palm epidermis (Skinoculars code constant, B). */
const PALM_EPIDERMIS_UM = 400
/** Papillary dermis: REFERENCE §1.1 suggested default (C; textbook range 100-300 µm). */
const PAPILLARY_UM = 150

const FACE_SC_UM = 16.8
const FACE_VE_UM = TSUGITA_EPIDERMIS_UM - TSUGITA_SC_UM // 54.5 µm (C)
const FACE_RETICULAR_UM = FACE_EPIDERMIS_PLUS_DERMIS_UM - FACE_SC_UM - FACE_VE_UM - PAPILLARY_UM // 778.7 µm (C)
const HAND_SC_UM = 29.3
const HAND_VE_UM = POOLED_EPIDERMIS_UM - HAND_SC_UM // 70.45 µm (C)
const ACRAL_RETICULAR_UM = HAND_DERMIS_UM - PAPILLARY_UM // 1965 µm (C)
const PALM_SC_UM = 173
const PALM_VE_UM = PALM_EPIDERMIS_UM - PALM_SC_UM // 227 µm (C)

const papillary = (site: string) =>
  def(
    `${site}.papillaryDermisUm`,
    'Papillary dermis',
    'µm',
    [100, 300],
    PAPILLARY_UM,
    'ReferenceSheet',
    'C',
    'REFERENCE §1.1 suggested default ≈ 150 µm; textbook range 100-300 µm (T).',
  )

const ridges = (site: string, amplitudeUm: number, wavelengthUm: number, why: string): ParamDef[] => [
  def(
    `${site}.ridgeAmplitudeUm`,
    'Rete-ridge amplitude',
    'µm',
    [5, 45],
    amplitudeUm,
    'Textbook',
    'T',
    `Undulation of the dermo-epidermal junction (±amplitude); ${why}. Kept well under the viable epidermis minus the basal layer.`,
  ),
  def(
    `${site}.ridgeWavelengthUm`,
    'Rete-ridge spacing',
    'µm',
    [80, 200],
    wavelengthUm,
    'Textbook',
    'T',
    'Spacing of rete ridges / dermal papillae, textbook order 100-150 µm; not in REFERENCE.',
  ),
]

const terminalShare = (site: string, value: number, why: string) =>
  def(
    `${site}.terminalFollicleShare`,
    'Share of terminal follicles',
    'fraction',
    [0, 1],
    value,
    'Assumption',
    'assumption',
    why,
  )

// Laid out as a table, one parameter per entry; prettier would put every argument on its own line.
// prettier-ignore
export const SITE_PARAM_DEFS: ParamDef[] = [
  // ---------------- source figures behind the derived values
  def('anatomy.pooledEpidermisUm', 'Epidermis, pooled (all sites)', 'µm', [83.25, 116.25], POOLED_EPIDERMIS_UM,
    'Xu2017', 'A', 'Meta-analysis, 95% CI 83.25-116.25 µm. Used for the dorsal hand, which REFERENCE does not give.'),
  def('face.epidermisPlusDermisUm', 'Face: epidermis + dermis', 'µm', [800, 1200], FACE_EPIDERMIS_PLUS_DERMIS_UM,
    'Iyengar2018', 'A', '≈ 1 mm at zygoma, suborbital, malar, nasolabial fold; range ±20% (not given).'),
  def('face.tsugitaEpidermisUm', 'Epidermis (OCT, 11 sites)', 'µm', [45.6, 91.6], TSUGITA_EPIDERMIS_UM,
    'Tsugita2013', 'A', '68.6 ± 23.0 µm.'),
  def('face.tsugitaStratumCorneumUm', 'Stratum corneum (OCT, 11 sites)', 'µm', [12.3, 15.9], TSUGITA_SC_UM,
    'Tsugita2013', 'A', '14.1 ± 1.8 µm.'),
  def('hand.dermisUm', 'Dorsal hand: dermis', 'µm', [1169, 3061], HAND_DERMIS_UM, 'Oltulu2018', 'A',
    'Dorsum of hand (women) 2115 ± 946 µm.'),
  def('palm.epidermisUm', 'Palm: epidermis (incl. SC)', 'µm', spread(PALM_EPIDERMIS_UM, 0.25), PALM_EPIDERMIS_UM,
    'Skinoculars', 'B', 'Code constant of a 3D viewer (0.4 mm); range ±25% (not given).'),

  // ---------------- dorsal forearm (default; REFERENCE calibration case 9)
  def('forearm.stratumCorneumUm', 'Stratum corneum', 'µm', [13.4, 23.2], 18.3, 'Sandby-Moller2003', 'A',
    'Dorsal forearm biopsy 18.3 ± 4.9 µm (n = 71).'),
  def('forearm.viableEpidermisUm', 'Viable epidermis', 'µm', [45.1, 68.1], 56.6, 'Sandby-Moller2003', 'A',
    'Dorsal forearm 56.6 ± 11.5 µm.'),
  papillary('forearm'),
  def('forearm.reticularDermisUm', 'Reticular dermis', 'µm', [1000, 3000], 1500, 'ReferenceSheet', 'C',
    'Lower end of the 1.5-2.5 mm suggested default (also 1500 µm in yamileva/oct, B).'),
  def('forearm.melanocytesPerMm2', 'Basal melanocytes', 'cells/mm²', [880.89, 1029.21], 955, 'Xu2017', 'A',
    'Pooled 955.05 /mm² (95% CI 880.89-1029.21).'),
  def('forearm.folliclesPerMm2', 'Hair follicles', '/mm²', [0.91, 1.89], 1.4, 'Xu2017', 'A',
    'Pooled 1.40 /mm² (95% CI 0.91-1.89); Otberg 2004 finds the forearm lowest of 7 sites, so this may overstate it.'),
  terminalShare('forearm', 0.2, 'Forearm hairs are mostly vellus/intermediate; 1 in 5 terminal is illustrative.'),
  ...ridges('forearm', 20, 120, 'moderate on the forearm'),

  // ---------------- face (cheek / malar)
  def('face.stratumCorneumUm', 'Stratum corneum', 'µm', spread(FACE_SC_UM, 0.3), FACE_SC_UM, 'Egawa2007', 'A',
    'Cheek, in-vivo Raman 16.8 µm; range ±30% (no SD given; hydration can double the SC).'),
  def('face.viableEpidermisUm', 'Viable epidermis', 'µm', [40, 80], FACE_VE_UM, 'Tsugita2013', 'C',
    'OCT epidermis 68.6 − SC 14.1 = 54.5 µm (mean of 11 sites, taken for the face).'),
  papillary('face'),
  def('face.reticularDermisUm', 'Reticular dermis', 'µm', [500, 1100], FACE_RETICULAR_UM, 'Iyengar2018', 'C',
    'Epidermis + dermis ≈ 1000 µm (Iyengar) − SC 16.8 − viable epidermis 54.5 − papillary 150 = 778.7 µm.'),
  def('face.melanocytesPerMm2', 'Basal melanocytes', 'cells/mm²', [1500, 2500], 2000, 'Altmeyer', 'B',
    'Face ≈ 2000 /mm²; consistent with the high face ratio 1:4.0 melanocyte:basal cell (ChineseIF2021, A).'),
  def('face.folliclesPerMm2', 'Hair follicles', '/mm²', [1.4, 8], 4.39, 'VellusBJD1994', 'A',
    'Forehead vellus hairs 439 /cm²; upper bound 800 /cm² forehead/cheeks (Bioxet, B).'),
  terminalShare('face', 0.05, 'Facial (forehead) follicles are vellus (VellusBJD1994); a rare terminal one is kept for contrast.'),
  ...ridges('face', 15, 100, 'flatter on the face (thin epidermis)'),

  // ---------------- trunk (shoulder / back)
  def('trunk.stratumCorneumUm', 'Stratum corneum', 'µm', [8.8, 13.2], 11.0, 'Sandby-Moller2003', 'A',
    'Shoulder biopsy 11.0 ± 2.2 µm.'),
  def('trunk.viableEpidermisUm', 'Viable epidermis', 'µm', [56.7, 83.9], 70.3, 'Sandby-Moller2003', 'A',
    'Shoulder 70.3 ± 13.6 µm.'),
  papillary('trunk'),
  def('trunk.reticularDermisUm', 'Reticular dermis', 'µm', [1500, 5888], 2500, 'ReferenceSheet', 'C',
    'Upper end of the 1.5-2.5 mm suggested default; trunk dermis is thick (breast up to 5888 µm, Oltulu 2018, A).'),
  def('trunk.melanocytesPerMm2', 'Basal melanocytes', 'cells/mm²', [800, 1200], 1000, 'Altmeyer', 'B',
    'Trunk ≈ 1000 /mm²; range ±20% (not given).'),
  def('trunk.folliclesPerMm2', 'Hair follicles', '/mm²', [0.5, 1.4], 0.85, 'VellusBJD1994', 'A',
    'Back vellus hairs 85 /cm².'),
  terminalShare('trunk', 0.1, 'Back follicles counted as vellus (VellusBJD1994); 1 in 10 terminal is illustrative.'),
  ...ridges('trunk', 15, 120, 'flatter on the trunk'),

  // ---------------- extremity (limb)
  def('extremity.stratumCorneumUm', 'Stratum corneum', 'µm', [13.4, 23.2], 18.3, 'Sandby-Moller2003', 'A',
    'No limb figure besides the forearm: dorsal forearm 18.3 ± 4.9 µm.'),
  def('extremity.viableEpidermisUm', 'Viable epidermis', 'µm', [45.1, 68.1], 56.6, 'Sandby-Moller2003', 'A',
    'Dorsal forearm 56.6 ± 11.5 µm, used for the limb.'),
  papillary('extremity'),
  def('extremity.reticularDermisUm', 'Reticular dermis', 'µm', [1000, 3000], 1500, 'ReferenceSheet', 'C',
    'Lower end of the 1.5-2.5 mm suggested default, as the forearm.'),
  def('extremity.melanocytesPerMm2', 'Basal melanocytes', 'cells/mm²', [880.89, 1029.21], 955, 'Xu2017', 'A',
    'Pooled 955.05 /mm² (limb ratios 1:7.4-1:8.3 are near the mean 1:7, ChineseIF2021).'),
  def('extremity.folliclesPerMm2', 'Hair follicles', '/mm²', [0.3, 1.4], 0.5, 'Bioxet', 'B',
    'Thighs/legs ≈ 50 /cm².'),
  terminalShare('extremity', 0.5, 'Leg hairs are often terminal; half is illustrative.'),
  ...ridges('extremity', 20, 120, 'moderate on the limbs'),

  // ---------------- dorsal hand
  def('hand.stratumCorneumUm', 'Stratum corneum', 'µm', spread(HAND_SC_UM, 0.3), HAND_SC_UM, 'Egawa2007', 'A',
    'Back of hand, in-vivo Raman 29.3 µm; range ±30% (no SD given).'),
  def('hand.viableEpidermisUm', 'Viable epidermis', 'µm', [50, 90], HAND_VE_UM, 'Xu2017', 'C',
    'No dorsal-hand figure in REFERENCE: pooled epidermis 99.75 µm (Xu) − SC 29.3 µm = 70.45 µm.'),
  papillary('hand'),
  def('hand.reticularDermisUm', 'Reticular dermis', 'µm', [1019, 2911], ACRAL_RETICULAR_UM, 'Oltulu2018', 'C',
    'Dermis of the dorsum of the hand 2115 µm − papillary 150 µm = 1965 µm.'),
  def('hand.melanocytesPerMm2', 'Basal melanocytes', 'cells/mm²', [880.89, 1029.21], 955, 'Xu2017', 'A',
    'No dorsal-hand figure: pooled 955.05 /mm².'),
  def('hand.folliclesPerMm2', 'Hair follicles', '/mm²', [0, 1.4], 0.3, 'Assumption', 'assumption',
    'The back of the hand has few follicles; no figure in REFERENCE. 0.3 /mm² (about one per block) is illustrative.'),
  terminalShare('hand', 0.3, 'Hairs on the back of the hand are a mix; 30% terminal is illustrative.'),
  ...ridges('hand', 30, 130, 'deeper on acral skin'),

  // ---------------- palm (glabrous)
  def('palm.stratumCorneumUm', 'Stratum corneum', 'µm', spread(PALM_SC_UM, 0.3), PALM_SC_UM, 'Egawa2007', 'A',
    'Palm, in-vivo Raman 173.0 µm; range ±30% (no SD given).'),
  def('palm.viableEpidermisUm', 'Viable epidermis', 'µm', [150, 300], PALM_VE_UM, 'Skinoculars', 'C',
    'Palm epidermis 0.4 mm (Skinoculars, B) − SC 173 µm (Egawa) = 227 µm.'),
  papillary('palm'),
  def('palm.reticularDermisUm', 'Reticular dermis', 'µm', [1019, 2911], ACRAL_RETICULAR_UM, 'Oltulu2018', 'C',
    'No palm dermis in REFERENCE: the nearest acral figure, dorsum of hand 2115 µm − papillary 150 µm (assumed equal).'),
  def('palm.melanocytesPerMm2', 'Basal melanocytes', 'cells/mm²', [100, 200], 150, 'Altmeyer', 'B',
    'Palms/soles 100-200 /mm²; the middle of the range.'),
  def('palm.folliclesPerMm2', 'Hair follicles', '/mm²', [0, 0], 0, 'Textbook', 'T', 'Palms are glabrous: no follicles.'),
  terminalShare('palm', 0, 'No follicles on the palm.'),
  ...ridges('palm', 40, 150, 'deepest on glabrous skin (dermatoglyphic ridges)'),
]
