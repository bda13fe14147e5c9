// Every number of the transport (topical delivery) and NB-UVB models, with its source (ids in transportSources.ts).
// Values not in shared/science/REFERENCE.md carry confidence 'assumption' (or say "from memory") and explain why.
import type { ParamDef } from '../types'
import { defineParam as param, paramLookup } from '../paramTable'

const REF = 'ReferenceSheet'
const ASSUMED = 'Assumption'

// UVB through vitiligo epidermis (Korean 1997, A) over a forearm-like epidermis (SC 18.3 + viable 56.6 µm,
// Sandby-Møller 2003): µ = ln(1/0.324) / 74.9 µm.
const UVB_EPIDERMAL_TRANSMISSION = 0.324
const UV_REFERENCE_EPIDERMIS_UM = 18.3 + 56.6
const UV_EPIDERMIS_PER_CM = Math.log(1 / UVB_EPIDERMAL_TRANSMISSION) / (UV_REFERENCE_EPIDERMIS_UM * 1e-4)
// REFERENCE §4.4 (C): at 311 nm light falls to 1% at ≈ 115 µm, 1/e depth ≈ 25 µm.
const UV_DERMIS_PER_CM = 1 / 25e-4
// PRP (Weibrich 2002, A): PDGF-AB 117 + TGF-β1 169 ng/mL; 1% w/v = 10 mg/mL = 1e7 ng/mL.
const PRP_GROWTH_FACTOR_PERCENT = (117 + 169) / 1e7
// Skin lymph flow (rat, awake, A): 0.040 mL per g per h × 1.109 g/mL (REFERENCE §2.4), per second.
const SKIN_LYMPH_PER_S = (0.04 * 1.109) / 3600

// One line per parameter: a table reads better than wrapped calls.
// prettier-ignore
export const TRANSPORT_PARAMS: ParamDef[] = [
  // ── Agents (REFERENCE §4.3) ──────────────────────────────────────────────
  param('transport.agent.corticosteroid.molecularWeight', 'Clobetasol propionate: molecular weight', 'g/mol', 466.97, 'DrugBankClobetasol', 'A', 'DrugBank DB01013.'),
  param('transport.agent.corticosteroid.logP', 'Clobetasol propionate: log P', '', 3.5, 'DrugBankClobetasol', 'assumption', 'Not in REFERENCE; PubChem XLogP3 as remembered (from memory).'),
  param('transport.agent.5-fu.molecularWeight', '5-fluorouracil: molecular weight', 'g/mol', 130.08, 'PubChem5FU', 'A', 'C4H3FN2O2 (FDA labels).'),
  param('transport.agent.5-fu.logP', '5-fluorouracil: log P', '', -0.89, 'PubChem5FU', 'B', 'XLogP3 (PubChem CID 3385, via benchchem).'),
  param('transport.agent.prp.molecularWeight', 'PRP growth factors: molecular weight', 'g/mol', 25000, 'GrowthFactorSizes', 'T', 'PDGF ≈ 25-30 kDa dimer, TGF-β1 25 kDa dimer: one PDGF/TGF-β-sized protein stands for the mix.'),
  param('transport.agent.prp.logP', 'PRP growth factors: log P', '', -3, ASSUMED, 'assumption', 'Proteins do not partition into octanol; any value ≤ −2 makes the lipid route negligible (the SC is then closed to them).'),
  // Strength as used clinically, and solubility in the aqueous vehicle (the dissolved part is capped at it; the
  // rest stays suspended and redissolves as the vehicle is depleted). PRP: growth factors in plasma (no cap).
  param('transport.agent.corticosteroid.concentrationPercent', 'Clobetasol propionate: clinical strength', '%', 0.05, 'ReferenceSheet', 'A', '0.05% cream (REFERENCE §4.3, Vachiramon).'),
  param('transport.agent.5-fu.concentrationPercent', '5-fluorouracil: clinical strength', '%', 5, 'PubChem5FU', 'A', '5% cream (FDA labels, REFERENCE §4.3).'),
  param('transport.agent.prp.concentrationPercent', 'PRP growth factors: PDGF-AB + TGF-β1 content', '%', PRP_GROWTH_FACTOR_PERCENT, 'GrowthFactorSizes', 'C', 'PDGF-AB 117 + TGF-β1 169 ng/mL (Weibrich 2002, A) = 286 ng/mL = 2.86e-5% w/v.'),
  param('transport.custom.concentrationPercent', 'Custom agent: default strength', '%', 1, ASSUMED, 'assumption', 'A typical cream strength; the user sets it.'),
  param('transport.agent.corticosteroid.solubilityUgPerMl', 'Clobetasol propionate: water solubility', 'µg/mL', 3.9, 'ClobetasolSolubility', 'B', 'EPI Suite estimate 3.86 mg/L at 25 °C (DrugPedia, unit read as mg/L: pharmacopoeias call it practically insoluble, < 100 µg/mL). General Solubility Equation check: 9 µg/mL.'),
  param('transport.agent.5-fu.solubilityUgPerMl', '5-fluorouracil: water solubility at skin temperature', 'µg/mL', 17000, 'FluorouracilSolubility', 'C', 'Mole fraction 0.001102 (283 K) to 0.003452 (323 K), van ’t Hoff interpolation to 309 K: x = 0.0024 → 17 mg/mL (12.7 mg/mL at 298 K). WHO: sparingly soluble (10-33 mg/mL).'),
  param('transport.agent.corticosteroid.meltingPointC', 'Clobetasol propionate: melting point', '°C', 196, 'ClobetasolSolubility', 'B', 'USP specification 195-197 °C. Only for the General Solubility Equation check.'),
  param('transport.agent.5-fu.meltingPointC', '5-fluorouracil: melting point', '°C', 282, 'PubChem5FU', 'A', 'REFERENCE §4.3 (with decomposition). Only for the General Solubility Equation check.'),
  param('transport.custom.meltingPointC', 'Custom agent: melting point (solubility estimate)', '°C', 150, ASSUMED, 'assumption', 'A typical crystalline drug; the custom agent’s solubility is estimated from it and log P by the General Solubility Equation (uncertain ×3).'),
  param('transport.gse.interceptLogMolar', 'General Solubility Equation: intercept', 'log10 mol/L', 0.5, 'JainYalkowsky2001', 'T', 'log10 S = 0.5 − 0.01·(MP − 25) − log P.'),
  param('transport.gse.meltingSlopePerC', 'General Solubility Equation: melting-point slope', '1/°C', 0.01, 'JainYalkowsky2001', 'T', ''),
  param('transport.validity.molecularWeightMax', 'Custom agent: largest MW within the fitted range', 'g/mol', 500, 'PottsGuy1992', 'T', 'The “500 Dalton rule” of skin penetration (Bos & Meinardi 2000, from memory); above it a warning.'),
  param('transport.validity.logPMin', 'Custom agent: lowest log P within the fitted range', '', -3, 'PottsGuy1992', 'T', 'Flynn’s permeability data set spans log K_ow ≈ −3 to 6 (from memory).'),
  param('transport.validity.logPMax', 'Custom agent: highest log P within the fitted range', '', 6, 'PottsGuy1992', 'T', ''),
  param('transport.validity.pottsGuyRatioMax', 'Custom agent: largest model/Potts–Guy permeability ratio', '', 3, ASSUMED, 'assumption', 'The three agents agree within ×3 (unit test); beyond it a warning.'),
  param('transport.custom.molecularWeight', 'Custom agent: molecular weight', 'g/mol', 300, ASSUMED, 'assumption', 'User input; the QSPR relations were fitted on small molecules, larger values extrapolate (C).', [50, 200000]),
  param('transport.custom.logP', 'Custom agent: log P', '', 1, ASSUMED, 'assumption', 'User input.', [-5, 8]),

  // ── Application (scenario `topical`) ─────────────────────────────────────
  param('transport.concentrationPercent', 'Concentration in the vehicle', '%', 5, 'PubChem5FU', 'A', 'Default agent 5-FU at its 5% cream strength; choosing another agent sets its own clinical strength. Down to 1e-7% (1 ng/mL) for growth factors.', [1e-7, 100]),
  param('transport.hours', 'Application time', 'h', 3, ASSUMED, 'assumption', 'Default of issue 5; the model runs to the end of the application.', [0.1, 24]),
  param('transport.applyAfterLaserHours', 'Application starts after the laser', 'h', 0, ASSUMED, 'assumption', 'Channels close at the re-epithelialization front speed (src/sim/pattern).', [0, 168]),
  param('transport.vehicleFilmUm', 'Vehicle film applied (finite dose)', 'µm', 50, 'OECD428', 'assumption', '5 mg/cm² at 1 g/cm³, the upper end of the OECD 428 finite dose for semi-solids (from memory). The lasered arm first fills its channels from it.', [5, 1000]),
  param('transport.vehicleDensityGPerCm3', 'Vehicle density', 'g/cm³', 1, ASSUMED, 'assumption', 'Water-like cream: % w/w × 10 = mg/cm³.'),
  param('transport.vehiclePartition', 'Vehicle/water partition coefficient', '', 1, ASSUMED, 'assumption', 'Aqueous vehicle: dissolved up to the agent’s water solubility, the excess suspended. A saturated vehicle has thermodynamic activity 1 whatever its base, so the capped flux is that of any saturated cream (Higuchi); its reservoir is not.'),
  param('transport.detectionLimitFraction', 'Detection limit: delivered / applied dose', '', 1e-6, ASSUMED, 'assumption', 'Floor under the intact amount in the enhancement ratio: 0.25 ng/cm² for 5% 5-FU, a typical LC-MS/radiolabel limit in Franz-cell work (order of magnitude). Below it the ratio is reported as “more than”.', [1e-9, 1e-3]),
  param('transport.enhancementHorizonH', 'Horizon of the second enhancement figure', 'h', 24, ASSUMED, 'assumption', 'The same application left on for 24 h (the usual Franz-cell duration, OECD 428): past most of the intact barrier’s lag.', [1, 72]),
  param('transport.thresholdFraction', 'Threshold: tissue concentration / applied concentration', '', 1e-4, ASSUMED, 'assumption', '“Reached” = 0.01% of the applied strength: 5 µg/mL (≈ 38 µM) for 5% 5-FU, 0.05 µg/mL (≈ 0.1 µM) for 0.05% clobetasol, micromolar/nanomolar levels where these drugs act (order of magnitude, T). The model is linear: times do not depend on the strength.', [1e-6, 0.5]),

  // ── Exposure for the Heal model (exposure.ts) ───────────────────────────
  param('transport.exposure.minDays', 'Daily home use: days run before checking for steady state', 'days', 4, ASSUMED, 'assumption', 'Numerics: the run doubles its length until the last two day means agree.', [2, 32]),
  param('transport.exposure.maxDays', 'Daily home use: most days run', 'days', 32, ASSUMED, 'assumption', 'Numerics: past ≈ 4 intact lag times (clobetasol 16 h) the reservoirs are full.', [4, 64]),
  param('transport.exposure.steadyTolerance', 'Daily home use: steady when the last two day means differ by less than', 'fraction', 0.02, ASSUMED, 'assumption', 'Numerics.', [0.001, 0.2]),

  // ── Molecular size and water diffusivity (LC_DPK, B) ─────────────────────
  param('transport.molarVolumePerMw', 'Molecular volume per g/mol (solute radius)', 'Å³ per g/mol', 0.9087, 'LC_DPK', 'B', 'r_s = (3·0.9087·MW / 4π)^(1/3) Å (Chemical.cpp).'),
  param('transport.temperatureK', 'Skin temperature', 'K', 309, 'LC_DPK', 'B', 'Stokes–Einstein water diffusivity in the vehicle and in corneocytes.'),
  param('transport.waterViscosityPaS', 'Water viscosity at 309 K', 'Pa·s', 7.1e-4, 'LC_DPK', 'B', 'Stokes–Einstein.'),

  // ── Stratum corneum (REFERENCE §4.2; LC_DPK) ─────────────────────────────
  param('transport.sc.lipidDiffusivitySmallM2PerS', 'SC lipid D prefactor (MW ≤ 380)', 'm²/s', 2e-9, REF, 'B', 'D = 2e-9·exp(−0.46·r_s²) m²/s.'),
  param('transport.sc.lipidRadiusCoefficientPerA2', 'SC lipid D: radius coefficient', '1/Å²', 0.46, REF, 'B', 'exp(−0.46·r_s²).'),
  param('transport.sc.lipidDiffusivityLargeM2PerS', 'SC lipid D (MW > 380)', 'm²/s', 3e-13, REF, 'B', 'Constant above MW 380.'),
  param('transport.sc.lipidMwCutoff', 'SC lipid D: MW cut-off', 'g/mol', 380, REF, 'B', ''),
  param('transport.sc.lipidDensityRatio', 'Lipid density / water density', '', 0.9, 'LC_DPK', 'B', 'K_lipid/water = 0.9·K_ow^0.69.'),
  param('transport.sc.lipidKowExponent', 'SC lipid partition exponent', '', 0.69, REF, 'B', ''),
  param('transport.sc.keratinDensityRatio', 'Keratin density / water density', '', 1.37, 'LC_DPK', 'B', 'K_keratin/water = 1.37·4.2·K_ow^0.31.'),
  param('transport.sc.keratinFactor', 'Keratin partition factor', '', 4.2, REF, 'B', ''),
  param('transport.sc.keratinKowExponent', 'Keratin partition exponent', '', 0.31, REF, 'B', ''),
  param('transport.sc.waterMassFraction', 'SC water mass fraction (hydrated under the vehicle)', '', 0.55, REF, 'B', 'Saturated value of LC_DPK.'),
  param('transport.sc.dryLipidMassFraction', 'Lipid share of dry SC mass', '', 0.125, 'LC_DPK', 'B', 'Grid.cpp f_l.'),
  param('transport.sc.corneocyteWidthUm', 'Corneocyte width', 'µm', 40, REF, 'B', ''),
  param('transport.sc.corneocyteThicknessUm', 'Corneocyte thickness', 'µm', 0.8, REF, 'B', 'Dry value (the ×5.21 hydration factor of LC_DPK is not used).'),
  param('transport.sc.lipidLayerUm', 'Lipid layer (and gap) thickness', 'µm', 0.075, REF, 'B', ''),
  param('transport.sc.offsetRatio', 'Brick stagger: long / short overlap', '', 8, 'LC_DPK', 'B', 'StraCorn.cpp m_w.'),
  param('transport.sc.fibrilRadiusA', 'Keratin microfibril radius', 'Å', 35, 'LC_DPK', 'B', 'Hindered diffusion in corneocytes (Grid.cpp).'),
  param('transport.sc.hinderAlpha', 'Corneocyte hindrance α', '', 9.47, 'LC_DPK', 'B', 'Empirically fitted (Grid.cpp).'),
  param('transport.sc.hinderBeta', 'Corneocyte hindrance β', '', 9.32e-8, 'LC_DPK', 'B', ''),
  param('transport.sc.hinderLambda', 'Corneocyte hindrance λ', '', 1.09, 'LC_DPK', 'B', ''),
  param('transport.sc.hinderGamma', 'Corneocyte hindrance γ', '', -1.17, 'LC_DPK', 'B', ''),

  // ── Viable epidermis and dermis (REFERENCE §4.2) ─────────────────────────
  param('transport.viable.logDIntercept', 'Viable tissue: log10 D_free intercept (cm²/s)', '', -4.15, REF, 'B', 'D_free = 10^(−4.15 − 0.655·log10 MW) cm²/s.'),
  param('transport.viable.logDSlope', 'Viable tissue: log10 D_free slope', '', -0.655, REF, 'B', ''),
  param('transport.viable.bindingBase', 'Binding factor: constant', '', 0.68, REF, 'B', 'binding = 0.68 + 0.32/f_u + 0.025·f_ni·K_ow^0.7.'),
  param('transport.viable.bindingUnbound', 'Binding factor: 1/f_u coefficient', '', 0.32, REF, 'B', ''),
  param('transport.viable.bindingKow', 'Binding factor: K_ow coefficient', '', 0.025, REF, 'B', ''),
  param('transport.viable.bindingKowExponent', 'Binding factor: K_ow exponent', '', 0.7, REF, 'B', ''),
  param('transport.viable.partitionFactor', 'Viable tissue/water partition per binding factor', '', 0.7, REF, 'B', 'K = 0.7 × binding factor.'),
  param('transport.viable.nonIonisedFraction', 'Fraction non-ionised at pH 7.4', '', 1, ASSUMED, 'assumption', 'Every agent taken as neutral (no pKa in REFERENCE); its term is < 1% of the binding factor for 5-FU.'),
  param('transport.dermis.perfusionPerS', 'Dermal blood perfusion ω', '1/s', 0.002, 'PennesPerfusion', 'B', 'Blood flow through vascular dermis (epidermis is avascular); the blood takes up E = 1 − exp(−PS/ω) of what it could carry (clearance.ts). A thermal-model figure that includes shunt flow: an upper bound for nutritive flow.'),
  param('transport.dermis.capillaryPSReferencePerS', 'Capillary PS per tissue volume, sucrose', '1/s', 5e-4, 'RenkinCrone', 'T', 'P ≈ 0.7e-5 cm/s × S/V ≈ 70 cm²/cm³ (continuous capillaries, textbook muscle values, from memory; not in REFERENCE). Gives E = 0.32 for 5-FU, 0.19 for clobetasol, 0.01 for a 25 kDa protein. Sensitivity ×0.1–×10 in the docs.', [5e-6, 5e-2]),
  param('transport.dermis.referenceSoluteMolecularWeight', 'Reference solute of the capillary PS (sucrose)', 'g/mol', 342.3, 'RenkinCrone', 'T', 'C12H22O11.'),
  param('transport.dermis.smallPoreRadiusA', 'Capillary small-pore radius', 'Å', 45, 'TwoPore', 'A', 'Two-pore analysis of dog-paw (skin) lymph protein fluxes: 44-45 Å small pores, 225-240 Å large pores. Restricts PDGF/TGF-β-sized proteins (r ≈ 28 Å) to 3% of free diffusion.'),
  param('transport.dermis.lymphFlowPerS', 'Lymph flow per tissue volume', '1/s', SKIN_LYMPH_PER_S, 'SkinLymphFlow', 'C', 'Rat skin, awake: 40 µL per g per h (× 1.109 g/mL skin, REFERENCE §2.4) = 1.2e-5 s⁻¹. Check: a protein with K ≈ 0.76 then leaves with t½ ≈ 12 h; human subcutaneous ⁹⁹ᵐTc-albumin washout t½ 9.4 h (2.5-28). The main route for proteins.'),
  param('transport.rimDiffusivityFactor', 'Coagulated rim: D relative to its layer', '', 1, ASSUMED, 'assumption', 'No permeability data for the coagulated rim in REFERENCE; kept neutral (tests vary it).', [0.01, 1]),

  // ── NB-UVB 311 nm (REFERENCE §4.4) ───────────────────────────────────────
  param('transport.uv.epidermalTransmission', 'UVB transmission of vitiligo epidermis', 'fraction', UVB_EPIDERMAL_TRANSMISSION, 'Korean1997', 'A', 'Suction-blister roofs, 12 vitiligo patients: 32.4 ± 3.4%.', [0.29, 0.358]),
  param('transport.uv.referenceEpidermisUm', 'Epidermis of the blister roofs', 'µm', UV_REFERENCE_EPIDERMIS_UM, 'ReferenceSheet', 'assumption', 'Site not given: forearm-like (SC 18.3 + viable 56.6 µm, Sandby-Møller 2003).'),
  param('transport.uv.epidermisAttenuationPerCm', 'UVB attenuation, SC and viable epidermis', '1/cm', UV_EPIDERMIS_PER_CM, 'Korean1997', 'C', 'ln(1/0.324)/74.9 µm = 150 cm⁻¹ (both epidermal layers; REFERENCE does not split them). Cf. skin µa at 280 nm 105-160 cm⁻¹ (Jankowski 1998).'),
  param('transport.uv.dermisAttenuationPerCm', 'UVB attenuation, dermis', '1/cm', UV_DERMIS_PER_CM, 'SCENIHR2012', 'C', '1/e depth ≈ 25 µm at 311 nm (REFERENCE §4.4, whole skin): used for the dermis; likely too high for dermis alone, so deep doses are lower bounds.'),

  // ── Numerics ─────────────────────────────────────────────────────────────
  param('transport.numerics.cellRUm', 'Radial cell inside the wound', 'µm', 6, ASSUMED, 'assumption', 'Grid convergence test: halving it changes the 3 h figures by a few %.', [1, 20]),
  param('transport.numerics.continuousColumns', 'Radial columns, continuous mode', '', 8, ASSUMED, 'assumption', 'The tissue is the same at every radius; the columns only follow the closing front.', [1, 64]),
  param('transport.numerics.epidermisCellZUm', 'Depth cell in the epidermis', 'µm', 5, ASSUMED, 'assumption', 'The basal layer gets ≥ 2 cells.', [1, 10]),
  param('transport.numerics.scCells', 'Cells across the stratum corneum', '', 48, ASSUMED, 'assumption', 'Early (lag-phase) flux through the SC is a far diffusion tail: 24 cells over-estimate clobetasol’s 3 h delivery by 24%, 48 by 5% against 96 (convergence study, docs). Steady flux and lag time are within 1-2% with far fewer.', [2, 200]),
  param('transport.numerics.dermisCellZUm', 'Depth cell in the dermis down to the channel floor', 'µm', 12, ASSUMED, 'assumption', '', [2, 50]),
  param('transport.numerics.maxCellZUm', 'Largest depth cell (deep dermis)', 'µm', 100, ASSUMED, 'assumption', 'Cells grow ×1.3 below the wound.', [10, 200]),
  param('transport.numerics.growth', 'Cell growth factor outside the wound', '', 1.3, ASSUMED, 'assumption', ''),
  param('transport.numerics.dtStartS', 'First time step', 's', 0.5, ASSUMED, 'assumption', 'Steps double up to the largest step (backward Euler, unconditionally stable).', [0.01, 10]),
  param('transport.numerics.dtMaxS', 'Largest time step', 's', 30, ASSUMED, 'assumption', 'Grid convergence test: halving it changes the 3 h figures by < 1%.', [1, 300]),
  param('transport.numerics.dtMaxHorizonS', 'Largest time step after the application (to the horizon)', 's', 1800, ASSUMED, 'assumption', 'Only the delivered amount is read there: 1800 s and 300 s agree within 1% at 24 h (clobetasol, the slowest; test: halving all steps changes it < 2%).', [10, 3600]),
  param('transport.numerics.outputStepH', 'Time between reported points', 'h', 0.25, ASSUMED, 'assumption', 'At least 12 points per run (shorter steps for short applications).', [0.01, 1]),
]

/** The whole ParamDef of a transport parameter; throws on an unknown key. */
export const transportParamDef = paramLookup(TRANSPORT_PARAMS, 'transport')

/** Default value of a transport parameter. */
export function transportParam(key: string): number {
  return transportParamDef(key).default
}
