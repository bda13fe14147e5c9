// Citations for the source ids used by LASER_PARAMS (merged into the project registry by the lead).
import type { SourceRef } from '../types'
import { defineSource as source } from '../paramTable'

export const LASER_SOURCES: Record<string, SourceRef> = {
  ReferenceSheet: source(
    'ReferenceSheet',
    'DermaSim quantitative reference sheet, shared/science/REFERENCE.md (values computed there from the cited primary data).',
  ),
  HaleQuerry1973: source(
    'HaleQuerry1973',
    'Hale GM, Querry MR. Optical constants of water in the 200-nm to 200-µm wavelength region. Appl Opt 1973;12:555-563 (tabulated in refractiveindex.info-database, H2O/nk/Hale.yml).',
  ),
  Payne1997: source(
    'Payne1997',
    'Payne B. The Role of Chromophore on Pulsed Laser Ablation of Biological Tissue. MS thesis, Massachusetts Institute of Technology, 1997 (TEA CO2, porcine dermis).',
  ),
  NiAnnaidh2012: source(
    'NiAnnaidh2012',
    'Ní Annaidh A, Bruyère K, Destrade M, Gilchrist MD, Otténio M. Characterizing the anisotropic mechanical properties of excised human skin. J Mech Behav Biomed Mater 2012;5:139-148 (UTS 21.6 ± 8.4 MPa, 56 back-skin samples, 0.012 /s). Dynamic tests of the same group: Gallagher AJ et al., IRCOBI 2012, UTS 27.2 ± 9.3 MPa at 1–2 m/s.',
  ),
  VogelVenugopalan2003: source(
    'VogelVenugopalan2003',
    'Vogel A, Venugopalan V. Mechanisms of pulsed laser ablation of biological tissues. Chem Rev 2003;103:577-644 (§V.E confined boiling: the tissue matrix confines the heated water and is ruptured when the vapour pressure exceeds its ultimate tensile strength).',
  ),
  WagnerPruss1993: source(
    'WagnerPruss1993',
    'Wagner W, Pruss A. International equations for the saturation properties of ordinary water substance, revised according to the International Temperature Scale of 1990. J Phys Chem Ref Data 1993;22:783-787 (IAPWS saturation line; T_c = 647.096 K, p_c = 22.064 MPa).',
  ),
  Haak2012: source(
    'Haak2012',
    'Haak CS et al. Fractional laser-assisted delivery of methyl aminolevulinate: impact of laser channel depth and incubation time. Lasers Surg Med 2012. doi:10.1002/lsm.22102 (CO2 AFXL, Yorkshire swine).',
  ),
  Hantash2007: source(
    'Hantash2007',
    'Hantash BM, Bedi VP, Kapadia B, Rahman Z, Jiang K, Tanner H, Chan KF, Zachary CB. In vivo histological evaluation of a novel ablative fractional resurfacing device. Lasers Surg Med 2007;39(2):96-107.',
  ),
  MarqaMordon2014: source(
    'MarqaMordon2014',
    'Marqa MF, Mordon S. Laser fractional photothermolysis of the skin: numerical simulation of microthermal zones. J Cosmet Laser Ther 2014;16:57-65.',
  ),
  YamilevaOct: source(
    'YamilevaOct',
    'yamileva/oct (GitHub): layered-skin optics model using SC 20 / living epidermis 40 / papillary dermis 180 / upper blood net 90 / reticular dermis 1500 / deep blood net 100 µm, with water mass fractions 0.35 / 0.5 / 0.5 / 0.6 / 0.7 / 0.7.',
  ),
  MCmatlab: source(
    'MCmatlab',
    'ankrh/MCmatlab (GitHub), media definitions: skin ρ = 1109 kg/m³, c = 3391 J/(kg·K), k = 0.37 W/(m·K); blood c = 3617 J/(kg·K), ρ = 1050 kg/m³.',
  ),
  PythonBioheatDemo: source(
    'PythonBioheatDemo',
    'Python Pennes bioheat demonstration code (GitHub) quoted in REFERENCE §2.4: skin perfusion ω = 0.002 1/s.',
  ),
  LewisfishTissueAblationMC: source(
    'LewisfishTissueAblationMC',
    'lewisfish/Tissue-Ablation-MC (GitHub): surface convection h ≈ 10 W/(m²·K) in air (marked "need source" by its author); latent heat of water 2256 kJ/kg.',
  ),
  OpenFoamTExposure: source(
    'OpenFoamTExposure',
    'OpenFOAM derivative "TExposure" function object: Arrhenius constants of Henriques, Weaver-Stoll, Takata and Mehta-Wong for skin burn.',
  ),
  HenriquesMoritz1947: source(
    'HenriquesMoritz1947',
    'Henriques FC, Moritz AR. Studies of thermal injury. 1947; A = 3.1e98 1/s, Ea = 6.28e5 J/mol as used in many open-source codes (REFERENCE §2.3).',
  ),
  Siegman1986: source(
    'Siegman1986',
    'Siegman AE. Lasers. University Science Books, 1986: propagation of Gaussian beams, w(z) = w0·sqrt(1 + (z/zR)²), zR = π·w0²/(M²·λ) (textbook).',
  ),
  Textbook: source(
    'Textbook',
    'General physics, dermatology and histology textbook knowledge, not verified against a primary source here (REFERENCE confidence T): e.g. water boils at 100 °C at 1 atm, the gas constant, basal keratinocyte about 10 µm.',
  ),
  Assumption: source(
    'Assumption',
    'Illustrative value chosen for the simulation where the reference sheet gives no figure; flagged as uncertain in the user interface. The note beside the parameter says why the value was chosen.',
  ),
}
