// Every number of the healing model (clock, wound closure, cytokine fields, UV and topical doses, melanocyte and
// T-cell agents), with its source (ids resolve in healingSources.ts). Values not in shared/science/REFERENCE.md
// carry confidence 'assumption' (or 'Hypothesis' as source where they encode an untested mechanism) and say why.
// The cohort's variability and the calibrated values are in cohortParams.ts.
import type { ParamDef } from '../types'
import { defineParam as param, paramLookup } from '../paramTable'

const A = 'Assumption'
const N = 'Numerics'
const UM2_PER_CM2 = 1e8
const S_PER_H = 3600

/** REFERENCE §4.2 QSPR (B, LC_DPK): free diffusivity in viable tissue, cm²/s; extrapolated to proteins (C). */
export function qsprFreeDiffusivityCm2PerS(molecularWeightDa: number): number {
  return 10 ** (-4.15 - 0.655 * Math.log10(molecularWeightDa))
}
const umSquaredPerHour = (mw: number): number => qsprFreeDiffusivityCm2PerS(mw) * UM2_PER_CM2 * S_PER_H

const MMP2_MW_DA = 72000
const GF_MW_DA = 17000
// UV: blister-roof transmission (Korean 1997), the UV dose unit.
const UVB_TRANSMISSION = 0.324

// One line per parameter: a table reads better than wrapped calls.
// prettier-ignore
export const HEALING_PARAMS: ParamDef[] = [
  // ── Clock and phases (REFERENCE §3.4) ──────────────────────────────────────
  param('heal.clock.defaultEndDays', 'Default end of the healing clock', 'days', 180, 'DermaSimDesign', 'assumption', 'DESIGN.md: the Heal timeline spans 6 months; Yuan 2016 followed 6 months.', [7, 365]),
  param('heal.phase.pulseEndS', 'End of the pulse phase', 's', 0.001, 'ReferenceSheet', 'B', 'Default pulse 1 ms: deliver the fluence in under about 1 ms (REFERENCE §2.2, B).'),
  param('heal.phase.thermalEndS', 'End of the thermal phase', 's', 10, 'Choi1999', 'A', 'Surface temperature stays above baseline for more than 10 s after a CO2 scan.'),
  param('heal.phase.reepithelializationEndDays', 'End of the re-epithelialization phase', 'days', 2, 'Collawn2001', 'A', 'Fractional MTZs close within hours; a full-surface wound starts closing at ≈ 48 h (Collawn 2001).'),
  param('heal.phase.inflammationEndDays', 'End of the inflammation and cytokine phase', 'days', 7, 'Laubach2006', 'A', 'Epidermis regenerated and MENDs shed by day 7; HSP47 from day 7 (Hantash 2007).'),
  param('heal.phase.activationEndDays', 'End of the stem-cell activation phase', 'days', 21, 'Reilly2010', 'B', 'MMPs up at days 7–21 after fractional CO2.'),
  param('heal.phase.migrationEndDays', 'End of the migration phase', 'days', 90, 'VitiligoPatientPage', 'B', 'Perifollicular dots become visible after about 3 months of treatment.'),
  param('heal.clock.stepHours', 'Agent time step', 'h', 1, N, 'assumption', 'One random-walk step per hour: a 9 µm step, about one basal cell.'),
  param('heal.clock.slowTickHours', 'Division and loss check interval', 'h', 6, N, 'assumption', 'Hazards of days act through 1 − exp(−h·6 h); halves the run time with no visible change.'),
  param('heal.clock.checkpointHours', 'Checkpoint interval', 'h', 24, N, 'assumption', 'Seek interpolates between daily checkpoints (every 3 h during the first 2 days).'),
  param('heal.clock.earlyCheckpointHours', 'Checkpoint interval, first 2 days', 'h', 3, N, 'assumption', 'Re-epithelialization of fractional MTZs takes hours.'),

  // ── Treatment course and cohort (scenario sections `course` and `cohort`; ranges are what the validator accepts) ─
  param('course.laserSessions', 'Laser sessions', 'sessions', 3, 'Helou2014', 'A', 'Helou 2014: 3 sessions 1 month apart (Kadry 2018: 6; Zhang 2024: 5).', [0, 12]),
  param('course.intervalDays', 'Days between laser sessions', 'days', 28, 'Cheong2009', 'A', '4-week interval (Cheong 2009; Helou 2014 monthly); Kadry 2018 used 2 weeks, Vachiramon 2016 1 week.', [7, 90]),
  param('course.uvPerWeek', 'NB-UVB sessions per week', 'sessions/week', 2, 'Shin2012', 'A', 'Shin 2012 and Nicolaidou 2007: 2×/week; practice 2–3×/week (REFERENCE §5.2, B).', [0, 5]),
  param('course.uvStartDay', 'First NB-UVB session, days after a laser session', 'days', 5, 'Shin2012', 'A', 'NB-UVB started 5 days after each laser session (Shin 2012); Helou 2014 waited 5 days before sun exposure.', [0, 60]),
  param('course.activity', 'Disease activity of the lesion (T-cell influx ÷ steady state)', '×', 1, 'Assumption', 'assumption', 'Median patient = 1 (the block’s T-cell density at steady state); CD8+ numbers track disease extent (REFERENCE §6). The cohort draws one per patient.', [0, 5]),
  param('course.days', 'Length of the simulated course', 'days', 180, 'DermaSimDesign', 'assumption', 'The Heal timeline spans 6 months (DESIGN.md); Yuan 2016 followed 6 months.', [7, 365]),
  param('cohort.patients', 'Virtual cohort size', 'patients', 200, 'DermaSimDesign', 'assumption', 'The issue asks for 200 patients within 5 s.', [1, 2000]),
  param('cohort.month', 'Month at which cohort outcomes are reported', 'months', 6, 'Bae2017', 'A', 'Bae 2017 reports 6 and 12 months; up to 24 months accepted.', [1, 24]),

  // ── Wound: eschar and MENDs (re-epithelialization itself reuses pattern/healing.ts) ─
  param('heal.wound.rasterCellUm', 'Wound raster cell', 'µm', 10, N, 'assumption', 'A 205 µm MTZ is 20 cells wide; the closure time of each cell is its distance to living epithelium ÷ front speed.', [4, 20]),
  param('heal.wound.mendAppearDays', 'MENDs appear', 'days', 1, 'Laubach2006', 'A', 'Microscopic epidermal necrotic debris from day 1 (non-ablative MTZs).'),
  param('heal.wound.mendShedMaxDays', 'All MENDs shed by', 'days', 7, 'Laubach2006', 'A', 'Shed within 7 days.'),
  param('heal.wound.mendShedMinDays', 'First MENDs shed', 'days', 3, A, 'assumption', 'Shedding spread uniformly between day 3 and day 7 (no distribution in REFERENCE).'),

  // ── Cytokine and growth-factor fields on the basal-layer plane ─────────────
  param('heal.field.cellUm', 'Field and density grid cell', 'µm', 40, N, 'assumption', '50 × 50 cells over the 2 × 2 mm block; about 1.5 epidermal melanin units per cell on the forearm.', [20, 100]),
  param('heal.mmp2.molecularWeightDa', 'MMP-2 (pro-enzyme) molecular weight', 'Da', MMP2_MW_DA, 'Textbook', 'T', 'Pro-MMP-2 is 72 kDa (gelatinase A); not in REFERENCE.'),
  param('heal.mmp2.diffusivityUm2PerH', 'MMP-2 diffusivity (QSPR, extrapolated)', 'µm²/h', umSquaredPerHour(MMP2_MW_DA), 'LC_DPK', 'C', 'D_free = 10^(−4.15 − 0.655·log10 72000) = 4.7e-8 cm²/s; a small-molecule QSPR extrapolated to a protein, binding ignored: low confidence.'),
  param('heal.mmp2.halfLifeH', 'MMP-2 half-life in tissue', 'h', 24, A, 'assumption', 'Not in REFERENCE; 1 day keeps the level tracking the day 7–21 release (Reilly 2010).', [4, 96]),
  param('heal.mmp2.releasePeakDays', 'MMP release peak after a session', 'days', 12, 'Reilly2010', 'B', 'MMPs up at days 7–21: peak taken in the middle of the window.', [7, 21]),
  param('heal.mmp2.releaseShape', 'Shape of the MMP release pulse (gamma order)', '', 6, A, 'assumption', 'release(t) = (t/tp)^k·e^{k(1−t/tp)}: above half of the peak from day 7 to day 19 for k = 6, tp = 12 d.'),
  param('heal.gf.molecularWeightDa', 'Pro-migratory growth factors, representative weight', 'Da', GF_MW_DA, 'ReferenceSheet', 'T', 'bFGF 16–18 kDa (REFERENCE §4.3, T); TGF-α 5.5 kDa and PDGF 25–30 kDa bracket it.'),
  param('heal.gf.diffusivityUm2PerH', 'Growth-factor diffusivity (QSPR, extrapolated)', 'µm²/h', umSquaredPerHour(GF_MW_DA), 'LC_DPK', 'C', 'D_free = 10^(−4.15 − 0.655·log10 17000) = 1.2e-7 cm²/s; extrapolated to proteins, binding ignored: low confidence.'),
  param('heal.gf.halfLifeH', 'Growth-factor half-life in tissue', 'h', 2, A, 'assumption', 'Not in REFERENCE; short, so the field stays within ≈ 350 µm of the rims that release it.', [0.5, 12]),
  param('heal.gf.releaseDecayH', 'Growth-factor release time constant', 'h', 24, 'Morelli', 'A', 'TGF-α stimulates melanocyte migration in the first 24 h only: release decays with τ = 24 h.'),
  param('heal.gf.sustainedShare', 'Sustained growth-factor release (share of the burst peak)', 'fraction', 0.05, A, 'assumption', 'Wound-repair factors (TGF-β, bFGF) persist during remodelling (REFERENCE §6, qualitative); size illustrative.', [0, 0.3]),
  param('heal.gf.sustainedDecayDays', 'Sustained release time constant', 'days', 30, 'Hantash2007', 'assumption', 'Anchored on HSP72: present from day 2, decreasing by 3 months (e^{−90/30} = 5 %).'),
  param('heal.gf.halfEffect', 'Growth-factor level for half effect', 'relative', 0.05, A, 'assumption', 'Effects saturate as G/(G + 0.05): a 30 % wounded surface gives ≈ 0.8 of the full effect between MTZs on day 1.'),
  param('heal.mmp2.halfEffect', 'MMP-2 level for half effect on motility', 'relative', 0.1, A, 'assumption', 'Motility helped as M/(M + 0.1) (transient MMP-2 helps migration, REFERENCE §6).'),
  param('heal.mmp2.chronicThreshold', 'MMP-2 exposure above which melanocytes detach', 'relative', 0.5, 'Yang2023', 'assumption', 'Chronic MMP-2 disrupts the basement membrane (Yang 2023, A, qualitative); threshold illustrative: a single fractional session stays below it.'),
  param('heal.mmp2.exposureWindowDays', 'MMP-2 exposure averaging window', 'days', 14, A, 'assumption', 'Sustained, not peak, MMP-2 is implicated: a 14-day running mean.'),
  param('heal.mmp2.lossPerHPerExcess', 'Melanocyte loss per unit of MMP-2 excess', '1/h', 0.004, 'Yang2023', 'assumption', 'Qualitative in Yang 2023; illustrative rate.'),

  // ── UV and topicals: doses from the transport and UV models (adjuvants.ts), effects here ─────────────
  param('heal.uv.epidermalTransmission', 'UVB transmission of vitiligo epidermis (the UV dose unit)', 'fraction', UVB_TRANSMISSION, 'Korean1997', 'A', 'Suction-blister roofs, 12 vitiligo patients: 32.4 ± 3.4 %. One session through forearm-like vitiligo epidermis = UV dose 1 (what the calibration’s gain multiplies).', [0.29, 0.358]),
  param('heal.uv.stimulusDecayDays', 'Memory of a UV session’s melanogenic stimulus', 'days', 4, A, 'assumption', 'Keeps a 2×/week schedule’s stimulus continuous; not in REFERENCE.', [1, 14]),
  param('heal.uv.bulgeDirectWeight', 'Direct NB-UVB at the bulge, per unit dose, relative to the basal dose', '', 1, A, 'assumption', 'UV reaches the follicular precursors mainly by signals from the irradiated epidermis (REFERENCE §5.1: TGF-β1 redistribution in the bulge, dermal pro-melanogenic factors): that term is the basal dose the calibration fitted. Light reaching the bulge itself is added at the same gain; it is < 0.3 % of the basal dose through intact skin.', [0, 10]),
  param('heal.topical.depotDays', 'Persistence of a day’s topical exposure', 'days', 2, A, 'assumption', 'Each application adds its day-mean exposure × 24 h ÷ τ to a depot decaying with τ: the 24 h exposure (AUC) of one application is kept, and daily use averages its day mean.', [0.5, 7]),
  param('heal.topical.corticosteroid.halfEffectNgPerMl', 'Clobetasol propionate: half-effect free concentration', 'ng/mL', 0.1 * 466.97e-3, 'SatoGR', 'assumption', 'Not in REFERENCE. EC50 0.10 nM in a glucocorticoid-receptor reporter assay (medaka GR1b; dexamethasone 16 nM in the same assay) × 466.97 g/mol; a fish receptor taken for the human one.', [0.001, 10]),
  param('heal.topical.corticosteroidApoptosisPerDay', 'Corticosteroid: extra T-cell apoptosis at full effect', '1/day', 0.3, A, 'assumption', 'Immunosuppression (T-cell apoptosis and inactivation), hazard × C/(C + EC50); size illustrative.', [0, 2]),
  param('heal.topical.fluorouracil.halfEffectNgPerMl', '5-FU: half-effect free concentration on lymphocyte proliferation', 'ng/mL', 25 * 130.08, 'Brazowski2007', 'assumption', 'Not in REFERENCE. 250 and 2,500 µM markedly reduced DNA synthesis of activated human lymphocytes, 2.5 µM raised it: half effect taken at the geometric middle, 25 µM × 130.08 g/mol.', [100, 100000]),
  param('heal.topical.fluorouracilInfluxReduction', '5-FU: reduction of T-cell renewal at full effect', 'fraction', 0.6, A, 'assumption', 'Antimetabolite: fewer new T cells proliferate into the lesion (influx × (1 − this·C/(C + EC50))); size illustrative.', [0, 1]),
  param('heal.topical.fluorouracilStimulusWeight', '5-FU with epidermal injury: melanocyte stimulation (HYPOTHESIS)', '', 1, 'TsujiHamada1983', 'assumption', 'HYPOTHESIS (Tsuji & Hamada 1983: 5-FU after epidermal abrasion repigmented, 5-FU alone did not; Gauthier 2013): adds this × C/(C + EC50) × the wound’s growth-factor effect to the stimulus exponent; no measured size. 0 removes it.', [0, 5]),
  param('heal.topical.prp.halfEffectNgPerMl', 'PRP growth factors: half-effect concentration (PDGF)', 'ng/mL', Math.sqrt(4 * 15), 'PdgfEd50', 'C', 'Not in REFERENCE. Recombinant PDGF-BB ED50 4–15 ng/mL in cell-proliferation assays (vendor datasheet, B); geometric mean 7.7 ng/mL, applied to PDGF-AB + TGF-β1 together.', [0.5, 100]),

  // ── Melanocyte agents ──────────────────────────────────────────────────────
  param('heal.melanocyte.maxSpeedUmPerH', 'Melanocyte random motility, most', 'µm/h', 9, 'Grahn2003', 'A', '9 µm/h in vitro; no cell in the model moves faster.'),
  param('heal.melanocyte.restingSpeedFraction', 'Motility without stimulation', 'fraction of max', 0.5, A, 'assumption', 'Culture medium stimulates; in vivo without growth factors or MMP-2 cells move at half of it.'),
  param('heal.melanocyte.divisionHours', 'Doubling time of a stimulated melanocyte', 'h', 96, A, 'assumption', 'Not in REFERENCE; with it islands around follicles become visible by ≈ 3 months (REFERENCE case 8).', [48, 240]),
  param('heal.melanocyte.maturationDays', 'Time to settle and pigment', 'days', 5, 'Cui1991', 'assumption', 'Cells mature on the way (Cui 1991); the time is illustrative.'),
  param('heal.melanocyte.orsClimbUpProbability', 'Share of ORS steps that go up', 'fraction', 0.8, 'Cui1991', 'assumption', 'Upward migration along the ORS (Cui 1991); net climb 0.6 × 9 = 5.4 µm/h.'),
  param('heal.melanocyte.activationPerH', 'Precursor activation hazard at full stimulus', '1/h', 1 / 72, A, 'assumption', 'About 3 days to activate under full stimulus.'),
  param('heal.melanocyte.deactivationDays', 'Activated precursor returns to dormancy', 'days', 14, A, 'assumption', 'Stimulus must be kept up (UV 2×/week) to keep the niche active.'),
  param('heal.melanocyte.gfStimulusWeight', 'Weight of growth factors in the melanogenic stimulus', '', 1, A, 'assumption', 'Saturated growth factors alone give a stimulus of 1 − e⁻¹ = 0.63.'),
  param('heal.melanocyte.daughterOffsetUm', 'Daughter placed from the mother', 'µm', 10, 'Textbook', 'T', 'About one basal cell (≈ 10 µm, REFERENCE §1.3, T).'),
  param('heal.melanocyte.densityWindowCells', 'Contact-inhibition window', 'cells', 3, A, 'assumption', '3 × 3 field cells = 120 µm: about 14 melanocytes at forearm density.'),
  param('heal.melanocyte.capacity', 'Most melanocyte agents', 'agents', 20000, N, 'assumption', 'Caps memory; division stops at the cap (≥ 5,000 required; a repigmented face block needs ≈ 8,000).', [5000, 40000]),

  // ── T lymphocytes ──────────────────────────────────────────────────────────
  param('heal.tCell.residenceDays', 'T-cell residence time in the lesion', 'days', 14, A, 'assumption', 'Sets the baseline turnover: influx = population ÷ residence time at steady disease activity.'),
  param('heal.tCell.uvApoptosisPerSession', 'T-cell apoptosis per NB-UVB session at forearm dose', 'fraction', 0.15, 'Esmat2017', 'assumption', 'Mechanism B (Esmat 2017): UV-induced T-cell apoptosis; no number in REFERENCE, illustrative.'),
  param('heal.tCell.laserApoptosisPerH', 'T-cell apoptosis from laser injury signal (HYPOTHESIS)', '1/h', 0.01, 'Hypothesis', 'assumption', 'HYPOTHESIS: no FCO2 measurement exists (REFERENCE §6). Hazard × growth-factor effect G/(G+K) as the injury signal.'),
  param('heal.tCell.densityWindowCells', 'T-cell reach for melanocyte loss', 'cells', 5, A, 'assumption', '5 × 5 field cells = 200 µm: T cells patrol a neighbourhood.'),
  param('heal.tCell.capacity', 'Most T-cell agents', 'agents', 4096, N, 'assumption', 'A lesion of the block holds ≈ 100–300.'),
]

export const healingParamDef = paramLookup(HEALING_PARAMS, 'healing')

/** Temporary values for a sensitivity analysis (withHealingParams); empty in the app. */
const overrides = new Map<string, number>()

/** Default value of a healing parameter; throws on an unknown key so typos fail loudly in tests. */
export function healingParam(key: string): number {
  const def = healingParamDef(key)
  return overrides.size > 0 ? (overrides.get(key) ?? def.default) : def.default
}

/**
 * Runs `fn` with some healing parameters set to other values (one-at-a-time sensitivity, sensitivity.ts), then
 * restores them. Synchronous and deterministic; callers must not cache results computed inside across calls
 * (sessionResponse's cache is cleared on entry and exit).
 */
export function withHealingParams<T>(values: Record<string, number>, fn: () => T, onChange?: () => void): T {
  for (const key of Object.keys(values)) healingParamDef(key)
  const saved = new Map(overrides)
  for (const [k, v] of Object.entries(values)) overrides.set(k, v)
  onChange?.()
  try {
    return fn()
  } finally {
    overrides.clear()
    for (const [k, v] of saved) overrides.set(k, v)
    onChange?.()
  }
}
