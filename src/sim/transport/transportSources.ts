// Citations for the source ids used by TRANSPORT_PARAMS (joined into the project registry by the integrator).
import type { SourceRef } from '../types'
import { defineSource as source } from '../paramTable'

export const TRANSPORT_SOURCES: Record<string, SourceRef> = {
  ReferenceSheet: source(
    'ReferenceSheet',
    'DermaSim quantitative reference sheet, shared/science/REFERENCE.md (values computed there from the cited primary data).',
  ),
  LC_DPK: source(
    'LC_DPK',
    'anthonytchen/LC_DPK (GitHub), Chen/Lian Surrey skin-permeation model citing Kasting: viable-tissue D_free = 10^(−4.15 − 0.655·log10 MW) cm²/s, binding factor, K = 0.7 × binding factor; SC lipid and corneocyte D and K; brick geometry (REFERENCE §4.2, B). Corneocyte hindered-diffusion constants, offset ratio 8 and Stokes–Einstein water diffusivity (T = 309 K, η = 7.1e-4 Pa·s) read in its Grid.cpp / StraCorn.cpp (B).',
  ),
  YamazakiKanaoka2004: source(
    'YamazakiKanaoka2004',
    'Yamazaki K, Kanaoka M. J Pharm Sci 2004;93:1480 — fraction unbound in 2.7% albumin from log K_ow, as coded in LC_DPK Chemical.cpp (B).',
  ),
  PubChem5FU: source(
    'PubChem5FU',
    '5-fluorouracil: MW 130.08 g/mol, XLogP3 −0.89 (PubChem CID 3385; FDA labels), REFERENCE §4.3 (A/B).',
  ),
  DrugBankClobetasol: source(
    'DrugBankClobetasol',
    'Clobetasol propionate: MW 466.97 g/mol (DrugBank DB01013, REFERENCE §4.3, A). Its log P is not in REFERENCE: 3.5 is the PubChem XLogP3 value as remembered (from memory, not verified here).',
  ),
  GrowthFactorSizes: source(
    'GrowthFactorSizes',
    'Growth-factor sizes: PDGF about 25-30 kDa dimer; TGF-β1 25 kDa dimer (REFERENCE §4.3, T). PRP content: PDGF-AB 117 ng/mL, TGF-β1 169 ng/mL (Weibrich 2002, A).',
  ),
  ClobetasolSolubility: source(
    'ClobetasolSolubility',
    'Clobetasol propionate: water solubility 3.86 (EST) at 25 °C and melting point 195.5-197 °C (DrugPedia, from PubChem/EPI Suite; printed as mg/mL, read as mg/L since pharmacopoeias call it practically insoluble in water); USP specification sheet (Aarnee International): melting range 195-197 °C, practically insoluble in water (B).',
  ),
  FluorouracilSolubility: source(
    'FluorouracilSolubility',
    'Solubility of 5-fluorouracil in water, mole fraction 0.001102-0.003452 at 283.15-323.15 K (dynamic laser monitoring, "Dissolution behavior of 5-fluorouracil in fourteen neat solvents", abstract seen, journal not recorded); WHO International Pharmacopoeia: sparingly soluble in water, melts about 282 °C (B).',
  ),
  JainYalkowsky2001: source(
    'JainYalkowsky2001',
    'Jain N, Yalkowsky SH. Estimation of the aqueous solubility I: application to organic nonelectrolytes. J Pharm Sci 2001;90:234-252 — General Solubility Equation log S = 0.5 − 0.01(MP − 25) − log K_ow (from memory, T).',
  ),
  PottsGuy1992: source(
    'PottsGuy1992',
    'Potts RO, Guy RH. log k_p [cm/h] = −2.7 + 0.71·log K_ow − 0.0061·MW (REFERENCE §4.2, T: equation not verified there). Used only as a check of the stratum-corneum model.',
  ),
  PennesPerfusion: source(
    'PennesPerfusion',
    'Skin perfusion ω = 0.002 s⁻¹ (Python bioheat demo; IT’IS-type 106 mL/min/kg × 1109 kg/m³), REFERENCE §2.4 (B/C).',
  ),
  RenkinCrone: source(
    'RenkinCrone',
    'Renkin EM 1959 and Crone C 1963 (Acta Physiol Scand): capillary extraction E = 1 − exp(−PS/F); Renkin 1954 restricted diffusion through pores; small-solute capillary permeability ≈ 1e-5 cm/s and capillary surface ≈ 70 cm²/g (textbook physiology values, from memory, T; REFERENCE has no capillary-permeability figure).',
  ),
  TwoPore: source(
    'TwoPore',
    'Rippe B, Haraldsson B. Fluid and protein fluxes across small and large pores in the microvasculature: application of two-pore equations (Acta Physiol Scand 1987, journal from memory; abstract seen): dog-paw lymph data give small pores 44-45 Å, large pores 225-240 Å (A).',
  ),
  SkinLymphFlow: source(
    'SkinLymphFlow',
    'Turnover rate of interstitial albumin in rat skin and skeletal muscle (abstract seen): lymph flow 40 µL/g/h in skin of awake rats, 10 under anaesthesia (A). Jensen MR et al. Clin Physiol Funct Imaging 2012;32:126: subcutaneous ⁹⁹ᵐTc-albumin depot washout, median t½ 9.4 h (2.5-28.3) in healthy volunteers (A).',
  ),
  Korean1997: source(
    'Korean1997',
    'Epidermal transmission of suction-blister roofs from 12 vitiligo patients: UVB 32.4 ± 3.4%. Korean J Dermatol 1997;35(3):485-490 (REFERENCE §4.4, A).',
  ),
  SCENIHR2012: source(
    'SCENIHR2012',
    'SCENIHR "Health effects of artificial light" 2012 (GreenFacts figure): depth at which light falls to 1%, 300 nm ≈ 100 µm, 360 nm ≈ 190 µm; interpolated in REFERENCE §4.4 to ≈ 115 µm at 311 nm, 1/e ≈ 25 µm (B/C).',
  ),
  Stumpp2009: source(
    'Stumpp2009',
    'Stumpp OF et al. J Biomed Opt 2009;14(2):024018: re-epithelialization complete at 10-22 h (ED50); via the pattern model’s calibrated front speed (src/sim/pattern).',
  ),
  OECD428: source(
    'OECD428',
    'OECD Test Guideline 428 (skin absorption in vitro, 2004): finite doses of 1-5 mg/cm² for semi-solids (from memory, not in REFERENCE).',
  ),
  Assumption: source(
    'Assumption',
    'Modelling assumption stated in the parameter note (no value in REFERENCE).',
  ),
}
