// Citations for the source ids used by PATTERN_PARAMS (merged into the project registry by the lead).
// Ids shared with the other registries (ReferenceSheet, Assumption, Hantash2007) mean the same thing there.
import type { SourceRef } from '../types'
import { defineSource as source } from '../paramTable'

export const PATTERN_SOURCES: Record<string, SourceRef> = {
  ReferenceSheet: source(
    'ReferenceSheet',
    'DermaSim quantitative reference sheet, shared/science/REFERENCE.md: §3.1 coverage = N·π(d/2)², §3.3 resurfacing settings (about 10-50 mJ per micro-beam, 5-20% coverage), §3.4 healing timeline.',
  ),
  Hantash2007: source(
    'Hantash2007',
    'Hantash BM, Bedi VP, Kapadia B, Rahman Z, Jiang K, Tanner H, Chan KF, Zachary CB. In vivo histological evaluation of a novel ablative fractional resurfacing device. Lasers Surg Med 2007;39(2):96-107 (1/e² spot 120 µm; ablation cavities lined by eschar).',
  ),
  Stumpp2009: source(
    'Stumpp2009',
    'Stumpp OF et al. J Biomed Opt 2009;14(2):024018 (Fraxel re:store, 10-70 mJ, forearm): re-epithelialisation complete at 10-22 h (ED50) and 13-28 h (ED84) for lesions < 500 µm wide; larger lesions take longer.',
  ),
  Manstein2004: source(
    'Manstein2004',
    'Manstein D et al. Fractional photothermolysis. Lasers Surg Med 2004;34:426-438 (from memory; REFERENCE §3.1, T/unverified): microscopic thermal zones about 100 µm wide, epidermal repair within about 24 h.',
  ),
  Laubach2006: source(
    'Laubach2006',
    'Laubach HJ, Tannous Z, Anderson RR (Manstein D, from memory). Skin responses to fractional photothermolysis. Lasers Surg Med 2006 (1500 nm, 5 mJ, 1600 MTZ/cm², forearm): basal-layer continuity restored by 24 h.',
  ),
  Grahn2003: source(
    'Grahn2003',
    'Grahn JC et al. (authors from memory). Wound Repair Regen 2003;11(1):64-70. doi:10.1046/j.1524-475x.2003.11110.x: human melanocytes move at 9 µm/h in vitro, 3-5× slower than keratinocytes.',
  ),
  Collawn2001: source(
    'Collawn2001',
    'Collawn SS. J Cosmet Laser Ther 2001;3(3):123-127 (journal/year from memory): after full CO2 resurfacing, re-epithelialisation begins at about 48 h under occlusion, mostly from hair follicles (K17-positive front); open wounds form eschar with no migration at 48 h.',
  ),
  Dunkin2007: source(
    'Dunkin2007',
    'Dunkin CSJ, Pleat JM, Gillespie PH, Tyler MPH, Roberts AHN, McGrouther DA. Scarring occurs at a critical depth of skin injury: precise measurement in a graduated dermal scratch in human volunteers. Plast Reconstr Surg 2007;119(6):1722-1732. doi:10.1097/01.prs.0000258829.07399.f0 (threshold depth 0.56 ± 0.03 mm, 33.1% of hip skin thickness).',
  ),
  Feder1980: source(
    'Feder1980',
    'Feder J. Random sequential adsorption. J Theor Biol 1980;87(2):237-254 (from memory): discs dropped at random without overlap jam at a covered fraction of about 0.547.',
  ),
  FelzenszwalbHuttenlocher2012: source(
    'FelzenszwalbHuttenlocher2012',
    'Felzenszwalb PF, Huttenlocher DP. Distance transforms of sampled functions. Theory of Computing 2012;8:415-428 (exact Euclidean distance transform in linear time; an algorithm, no tissue numbers).',
  ),
  Assumption: source(
    'Assumption',
    'Illustrative value chosen for the simulation where the reference sheet gives no figure; flagged as uncertain in the user interface. The note beside the parameter says why the value was chosen.',
  ),
}
