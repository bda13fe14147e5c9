// Every number of the laser model, with its source (ids resolve in laserSources.ts).
// Values not in shared/science/REFERENCE.md carry confidence 'assumption' and say why.
import type { ParamDef } from '../types'
import { defineParam as param, paramLookup } from '../paramTable'

const REF = 'ReferenceSheet'
const ASSUMED = 'Assumption'

// One line per parameter: a table reads better than wrapped calls.
// prettier-ignore
export const LASER_PARAMS: ParamDef[] = [
  // ── Pulse inputs (UI ranges) ───────────────────────────────────────────────
  param('laser.energyMj', 'Energy per micro-beam pulse', 'mJ', 30, REF, 'B', 'Resurfacing range 10–50 mJ (REFERENCE §3.3); UI allows 1–400 to reach Haak 2012 (380 mJ).', [1, 400]),
  param('laser.spotDiameterUm', 'Micro-beam 1/e² diameter', 'µm', 120, 'Hantash2007', 'A', 'Investigational 30 W CO2 system, 1/e² spot 120 µm.', [100, 1300]),
  param('laser.pulseDurationMs', 'Pulse duration', 'ms', 1, REF, 'B', 'Rule of thumb: deliver the ablative fluence in under ~1 ms (REFERENCE §2.2, B). Top-hat pulse.', [0.1, 10]),
  param('laser.stackedPulses', 'Pulses stacked on one spot', '', 1, ASSUMED, 'assumption', 'Stacking is a device option; 1–5 pulses.', [1, 5]),
  param('laser.stackIntervalMs', 'Laser-off gap between stacked pulses', 'ms', 1, ASSUMED, 'assumption', 'Not in the reference; 1–2 ms is typical of repetition at a few hundred Hz.', [0.1, 10]),

  // ── Optics (REFERENCE §2.1) ───────────────────────────────────────────────
  param('laser.wavelengthUm', 'CO2 laser wavelength', 'µm', 10.6, REF, 'T', 'The 10,600 nm CO2 line.'),
  param('laser.waterK10500nm', 'Water extinction coefficient k at 10.5 µm', '', 0.0662, 'HaleQuerry1973', 'A', '25 °C.'),
  param('laser.waterK11000nm', 'Water extinction coefficient k at 11.0 µm', '', 0.0968, 'HaleQuerry1973', 'A', '25 °C; k at 10.6 µm is interpolated linearly.'),
  param('laser.water.stratumCorneum', 'Water mass fraction, stratum corneum', '', 0.35, 'YamilevaOct', 'B', 'Optics-model value (0.55 in another SC model).'),
  param('laser.water.viableEpidermis', 'Water mass fraction, viable epidermis', '', 0.5, 'YamilevaOct', 'B', 'Living epidermis.'),
  param('laser.water.papillaryDermis', 'Water mass fraction, papillary dermis', '', 0.5, 'YamilevaOct', 'B', 'The same code gives 0.6 for the upper blood net below it.'),
  param('laser.water.reticularDermis', 'Water mass fraction, reticular dermis', '', 0.7, 'YamilevaOct', 'B', 'Generic dermis 0.70 (REFERENCE §2.4).'),
  param('laser.water.subcutis', 'Water mass fraction, subcutaneous fat', '', 0.15, ASSUMED, 'assumption', 'Fat is mostly lipid; low water is all the model needs (it sets µa ≈ 130 1/cm).'),
  param('laser.water.porcineDermis', 'Water mass fraction, porcine dermis (Payne slab)', '', 0.7, REF, 'C', 'REFERENCE §2.1: tissue at 70% water, µa ≈ 600 1/cm.'),
  param('laser.beamQualityM2', 'Beam quality factor M²', '', 1, ASSUMED, 'assumption', 'Ideal TEM00 beam focused on the skin surface; sets the Rayleigh range πw0²/(M²λ) (Siegman 1986).'),

  // ── Ablation (REFERENCE §2.2, case 2) ─────────────────────────────────────
  param('laser.check.payneThresholdJPerCm2', 'CHECK VALUE, not a model input: ablation threshold, porcine dermis (TEA CO2)', 'J/cm²', 1.15, 'Payne1997', 'A', 'Only compared with the threshold the model finds (unit test, docs §8); the solver never reads it.'),
  param('laser.skinTensileStrengthMPa', 'Ultimate tensile strength of skin (matrix that confines the water)', 'MPa', 21.6, 'NiAnnaidh2012', 'A', 'Excised human back skin, 21.6 ± 8.4 MPa at 0.012 /s (27.2 ± 9.3 MPa at 1–2 m/s, Gallagher 2012). Sets the ejection onset by confined boiling (Vogel & Venugopalan 2003). Not fitted.', [1, 40]),
  param('laser.ambientPressureKPa', 'Ambient (atmospheric) pressure', 'kPa', 101.325, 'Textbook', 'T', 'Standard atmosphere.'),
  param('laser.waterCriticalTemperatureK', 'Critical temperature of water', 'K', 647.096, 'WagnerPruss1993', 'B', 'End of the saturation line (IAPWS; quoted in many open-source codes).'),
  param('laser.waterCriticalPressureMPa', 'Critical pressure of water', 'MPa', 22.064, 'WagnerPruss1993', 'B', 'End of the saturation line (IAPWS; quoted in many open-source codes).'),
  param('laser.heatOfAblationKJPerG', 'Heat of ablation, porcine dermis', 'kJ/g', 3.74, 'Payne1997', 'A', 'Total energy per removed mass; used for every layer (simplification).'),
  param('laser.plumeTransmission', 'Beam transmission through the ablation plume', '', 0.295, 'Haak2012', 'C', 'The one calibrated constant: minimises the largest depth error of the histology-equivalent depth (model ÷ 1.21, Marqa & Mordon 2014) against Haak 2012 biopsies (37/190/380 mJ → 300/1,400/2,100 µm; model +20/−13/−17%) with the assumed 120 µm spot, 1 ms pulses and forearm layers. Applies from the moment ejection starts in each pulse.', [0.05, 1]),
  param('laser.haakSpotDiameterUm', 'Spot diameter assumed for the Haak 2012 calibration', 'µm', 120, 'Hantash2007', 'assumption', "Haak's spot size is not in the reference; the Hantash 2007 spot is used."),
  param('laser.craterEdgeDepthUm', 'Ablated depth that counts as crater at the surface', 'µm', 5, ASSUMED, 'assumption', 'Gaussian wings shave sub-micrometre films; the crater diameter counts columns ablated deeper than this.'),

  // ── Model vs histology (case 4) ───────────────────────────────────────────
  param('laser.histologyDepthFactor', 'Model depth / fixed-histology depth', '', 1.21, 'MarqaMordon2014', 'A', 'Simulated MTZs 21 ± 2% deeper than histology (tissue shrinkage after excision).'),
  param('laser.histologyWidthFactor', 'Model width / fixed-histology width', '', 1.12, 'MarqaMordon2014', 'A', 'Simulated MTZs 12 ± 2% wider than histology.'),

  // ── Pennes bioheat (REFERENCE §2.4) ───────────────────────────────────────
  param('laser.tissueDensityKgPerM3', 'Skin density ρ', 'kg/m³', 1109, 'MCmatlab', 'B', 'Used for every layer (simplification).'),
  param('laser.tissueSpecificHeatJPerKgK', 'Skin specific heat c', 'J/(kg·K)', 3391, 'MCmatlab', 'B', 'Used for every layer and for dried tissue (simplification).'),
  param('laser.tissueConductivityWPerMK', 'Skin thermal conductivity k', 'W/(m·K)', 0.37, 'MCmatlab', 'B', 'Used for every layer (simplification).'),
  param('laser.bloodPerfusionPerS', 'Blood perfusion ω', '1/s', 0.002, 'PythonBioheatDemo', 'B', '≈ 106 mL/min/kg (REFERENCE §2.4); barely matters on the ms scale.'),
  param('laser.bloodSpecificHeatJPerKgK', 'Blood specific heat', 'J/(kg·K)', 3617, 'MCmatlab', 'B', ''),
  param('laser.bloodDensityKgPerM3', 'Blood density', 'kg/m³', 1050, 'MCmatlab', 'B', ''),
  param('laser.surfaceConvectionWPerM2K', 'Convection coefficient, skin surface and crater wall', 'W/(m²·K)', 10, 'LewisfishTissueAblationMC', 'B', 'Still air; marked "need source" by its author.'),
  param('laser.baselineTemperatureC', 'Baseline tissue and ambient temperature', '°C', 37, REF, 'T', 'Body temperature. Ambient for convection is also 37 °C so untreated skin stays in equilibrium (simplification).'),

  // ── Arrhenius damage (REFERENCE §2.3, case 6) ─────────────────────────────
  param('laser.gasConstantJPerMolK', 'Gas constant R', 'J/(mol·K)', 8.314, 'Textbook', 'T', ''),
  param('laser.henriques.frequencyFactorPerS', 'Henriques A', '1/s', 3.1e98, 'HenriquesMoritz1947', 'B', ''),
  param('laser.henriques.activationEnergyJPerMol', 'Henriques Ea', 'J/mol', 6.28e5, 'HenriquesMoritz1947', 'B', 'Pinned: rounding by 0.7% changes the 44 °C time ~5×.'),
  param('laser.weaverStoll.frequencyFactorBelow50PerS', 'Weaver–Stoll A, T < 50 °C', '1/s', 2.185e124, 'OpenFoamTExposure', 'B', ''),
  param('laser.weaverStoll.activationTemperatureBelow50K', 'Weaver–Stoll E/R, T < 50 °C', 'K', 93534.9, 'OpenFoamTExposure', 'B', ''),
  param('laser.weaverStoll.frequencyFactorAbove50PerS', 'Weaver–Stoll A, T ≥ 50 °C', '1/s', 1.823e51, 'OpenFoamTExposure', 'B', ''),
  param('laser.weaverStoll.activationTemperatureAbove50K', 'Weaver–Stoll E/R, T ≥ 50 °C', 'K', 39109.8, 'OpenFoamTExposure', 'B', ''),
  param('laser.takata.frequencyFactor44to50PerS', 'Takata A, 44–50 °C', '1/s', 4.32e64, 'OpenFoamTExposure', 'B', 'No damage accrues below 44 °C in this set.'),
  param('laser.takata.activationTemperature44to50K', 'Takata E/R, 44–50 °C', 'K', 50000, 'OpenFoamTExposure', 'B', ''),
  param('laser.takata.frequencyFactorAbove50PerS', 'Takata A, T > 50 °C', '1/s', 9.39e104, 'OpenFoamTExposure', 'B', ''),
  param('laser.takata.activationTemperatureAbove50K', 'Takata E/R, T > 50 °C', 'K', 80000, 'OpenFoamTExposure', 'B', ''),
  param('laser.mehtaWong.frequencyFactorEpidermisPerS', 'Mehta–Wong A, epidermis', '1/s', 1.43e72, 'OpenFoamTExposure', 'B', 'Used for the stratum corneum and viable epidermis.'),
  param('laser.mehtaWong.frequencyFactorDermisPerS', 'Mehta–Wong A, dermis', '1/s', 2.86e69, 'OpenFoamTExposure', 'B', 'Used for the dermis and subcutis.'),
  param('laser.mehtaWong.activationTemperatureK', 'Mehta–Wong E/R', 'K', 55000, 'OpenFoamTExposure', 'B', ''),

  // ── Numerics ──────────────────────────────────────────────────────────────
  param('laser.cellUm', 'Grid cell size (r and z)', 'µm', 5, ASSUMED, 'assumption', 'Halving it changes the 30 mJ depth by < 5% (unit test).', [1, 10]),
  param('laser.pulseStepUs', 'Time step while the laser is on', 'µs', 50, ASSUMED, 'assumption', '25 µs or 12.5 µs change the 30 mJ figures by < 1%.', [12.5, 100]),
  param('laser.minStepsPerPulse', 'Fewest time steps per pulse', '', 8, ASSUMED, 'assumption', 'Resolves very short (threshold) pulses.'),
  param('laser.maxStepsPerPulse', 'Most time steps per pulse', '', 40, ASSUMED, 'assumption', 'Caps the cost of 10 ms pulses; 40 vs 400 steps change a 10 ms, 400 mJ channel by < 1%.'),
  param('laser.coolDownStepGrowth', 'Growth of the time step per step after the pulse', '', 1.3, ASSUMED, 'assumption', 'Backward Euler is stable at any step; 1.1 and 1.4 give the same MTZ within 1 µm.'),
  param('laser.maxCoolDownStepMs', 'Longest time step of the cool-down', 'ms', 5, ASSUMED, 'assumption', 'Damage has stopped growing long before steps get this long.'),
  param('laser.thresholdCellUm', 'Cell size of the 1-D threshold search', 'µm', 1, ASSUMED, 'assumption', 'Fine enough that the first cell absorbs like the surface (5 µm cells give +12%).'),
  param('laser.damageFloorC', 'Temperature below which damage is not integrated', '°C', 43, ASSUMED, 'assumption', 'Henriques needs ~24 h at 44 °C; the run lasts ≤ 0.2 s.'),
  param('laser.settleDamageIncrement', 'Cool-down stops when the hottest tissue would add less Ω than', '', 0.01, ASSUMED, 'assumption', 'Held at its present temperature until the cap, the hottest cell would gain < 1% of the coagulation dose (Henriques at 54 °C over 0.15 s: 0.002), so the Ω = 1 contour has settled.'),
  param('laser.coolDownCapMs', 'Longest cool-down simulated after the last pulse', 'ms', 200, ASSUMED, 'assumption', '≈ 3× the thermal relaxation time of a 300 µm column (57 ms, REFERENCE §2.2).'),
  param('laser.domainMarginDiffusionLengths', 'Tissue kept around the crater, in heat-diffusion lengths √(4αt) of the longest run', '', 1.75, ASSUMED, 'assumption', '≈ 420 µm for a 1 ms pulse and the 200 ms cap; the far boundaries are held at 37 °C. Less than 5% of the absorbed heat leaves through them, even for the 1,300 µm spot (unit test).', [1, 3]),
]

const defOf = paramLookup(LASER_PARAMS, 'laser')

/** Default value of a laser parameter; throws on an unknown key so typos fail loudly in tests. */
export function laserParam(key: string): number {
  return defOf(key).default
}
