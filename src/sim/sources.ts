// Citations for every source id used by the anatomy parameters (src/sim/params.ts, src/sim/siteParams.ts).
// Text taken from shared/science/REFERENCE.md; "(from memory)" marks details the reference sheet itself flags so.
import type { SourceRef } from './types'
import { defineSource as source } from './paramTable'

export const SOURCES: Record<string, SourceRef> = {
  'Sandby-Moller2003': source(
    'Sandby-Moller2003',
    'Sandby-Møller J, Poulsen T, Wulf HC. Acta Derm Venereol 2003;83:410-413. doi:10.1080/00015550310015419 (biopsies, n = 71).',
  ),
  Egawa2007: source(
    'Egawa2007',
    'Egawa M et al. Acta Derm Venereol 2007;87(1):4-8 (confocal Raman, 15 Japanese subjects).',
  ),
  Tsugita2013: source(
    'Tsugita2013',
    'Tsugita T et al. Skin Res Technol 2013. doi:10.1111/srt.12021 (OCT, 116 Japanese women; epidermis 68.6 ± 23.0 µm, SC 14.1 ± 1.8 µm, mean of 11 sites).',
  ),
  Xu2017: source(
    'Xu2017',
    'Xu H … Marchetti MA. J Am Acad Dermatol 2017;77(6):1133-1144. doi:10.1016/j.jaad.2017.06.009 (meta-analysis, 56 ex-vivo studies: epidermis 99.75 µm, melanocytes 955.05 /mm², follicles 1.40 /mm², pooled over all sites).',
  ),
  Oltulu2018: source(
    'Oltulu2018',
    'Oltulu P et al. Turk J Plast Surg 2018;26:56-61. doi:10.4103/tjps.TJPS_2_17 (histometry on an archive of 180 samples, Anatolian population).',
  ),
  Iyengar2018: source(
    'Iyengar2018',
    'Iyengar S et al. Dermatol Surg 2018. doi:10.1097/DSS.0000000000001445 (high-frequency ultrasound, 20 facial sites: epidermis + dermis ≈ 1 mm at zygoma, suborbital area, malar region, nasolabial fold).',
  ),
  Altmeyer: source(
    'Altmeyer',
    "Altmeyer's Encyclopedia of Dermatology (altmeyers.org), entry on melanocytes: face about 2000 /mm², trunk about 1000 /mm², palms/soles 100-200 /mm² (secondary source).",
  ),
  ChineseIF2021: source(
    'ChineseIF2021',
    'Immunofluorescence study of the melanocyte : basal keratinocyte ratio by body site and age (face 1:4.0 … thorax/abdomen 1:9.9). Int J Dermatol Venereol 2021 (abstract seen).',
  ),
  VellusBJD1994: source(
    'VellusBJD1994',
    'Physiology of the vellus hair follicle: hair growth and sebum excretion. Br J Dermatol, c. 1994 (abstract seen): vellus hairs 439 /cm² on the forehead, 85 /cm² on the back.',
  ),
  Otberg2004: source(
    'Otberg2004',
    'Otberg N et al. J Invest Dermatol 2004;122(1):14-19. doi:10.1046/j.0022-202X.2003.22110.x (qualitative: highest density on the forehead, lowest values on the forearm).',
  ),
  Bioxet: source(
    'Bioxet',
    'bioxet.com, hair-transplant information page: about 800 follicles/cm² on forehead and cheeks, about 50 /cm² on thighs and legs (secondary source).',
  ),
  FollicleLengthWeb: source(
    'FollicleLengthWeb',
    'biologyinsights.com; faqs.tips: scalp follicles about 4.16 mm long; terminal bulbs reach the subcutis, vellus follicles reach the deep dermis (secondary sources).',
  ),
  BulgeEncyclopaedic: source(
    'BulgeEncyclopaedic',
    'Encyclopaedic sources quoted in REFERENCE §1.2: the bulge lies in the outer root sheath at the insertion of the arrector pili muscle, commonly about 1 mm below the surface (scalp).',
  ),
  Cui1991: source(
    'Cui1991',
    'Cui J, Shen LY, Wang GC. Role of hair follicles in the repigmentation of vitiligo. J Invest Dermatol 1991 (23 normal, 24 vitiliginous, 36 repigmented specimens; inactive DOPA-negative melanocytes in the middle and lower outer root sheath survive in vitiligo).',
  ),
  Falabella2009: source(
    'Falabella2009',
    'Falabella R. Indian J Dermatol 2009;54:313-318. doi:10.4103/0019-5154.57604 (follicle, border and residual melanocytes; perifollicular, marginal and diffuse patterns).',
  ),
  Shin2016: source(
    'Shin2016',
    'Shin J et al. Clin Exp Dermatol 2016, early segmental vitiligo: lymphocytic infiltrate in 70% of active margins, CD8+ cells significantly increased (P < 0.04), epidermal/basal.',
  ),
  vandenWijngaard2000: source(
    'vandenWijngaard2000',
    'van den Wijngaard R et al. Lab Invest 2000 (abstract seen): activated skin-homing T cells and macrophages in perilesional biopsies.',
  ),
  Skinoculars: source(
    'Skinoculars',
    'ramiefathy/Skinoculars (GitHub), metrics.ts: 3D skin viewer defaults, e.g. palm epidermis 0.4 mm; forearm dermis 2.5 mm, hypodermis 4 mm (code constants, secondary).',
  ),
  YamilevaOct: source(
    'YamilevaOct',
    'yamileva/oct (GitHub): layered-skin optics model using SC 20 / living epidermis 40 / papillary dermis 180 / upper blood net 90 / reticular dermis 1500 µm.',
  ),
  ReferenceSheet: source(
    'ReferenceSheet',
    'DermaSim quantitative reference sheet, shared/science/REFERENCE.md: suggested defaults (§1.1: papillary dermis about 150 µm, reticular dermis 1.5-2.5 mm) and values derived there from the cited primary data.',
  ),
  Textbook: source(
    'Textbook',
    'General dermatology and histology textbook knowledge, not verified against a primary source here (REFERENCE confidence T): e.g. basal keratinocyte about 10 µm, glabrous palms, rete-ridge undulation, follicle sizes.',
  ),
  DermaSimDesign: source(
    'DermaSimDesign',
    'DermaSim product and architecture design, shared/DESIGN.md: a cut-away block of about 2 × 2 mm surface (a display choice, not a measurement).',
  ),
  Assumption: source(
    'Assumption',
    'Illustrative value chosen for the simulation where the reference sheet gives no figure; flagged as uncertain in the user interface. The note beside the parameter says why the value was chosen.',
  ),
}
