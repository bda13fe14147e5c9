// Named laser settings for common clinical use, each with its basis. REFERENCE §3.3 gives no energy, density or
// spot for the vitiligo trials, so the presets come from published device settings for other indications
// (acne scars), the resurfacing range the reference recommends as a default, and Haak 2012's deep channels.
// Values shared by every preset, with their sources:
//  - spot 120 µm: the micro-beam 1/e² diameter of Hantash 2007 (REFERENCE §3.2 table), where the source names none;
//  - pulse duration 1 ms: "deliver the ablative fluence in under ~1 ms" (REFERENCE §2.2, clinical rule of thumb);
//  - one pulse per spot (no stacking) and the layout: no source gives them; grid, or hex for the deep channels
//    (the layout changes the spacing pattern, not the density), are display choices.
import type { LaserSettings } from '../sim'

export interface LaserPreset {
  id: string
  name: string
  /** Where the numbers come from, one line. */
  basis: string
  laser: Omit<LaserSettings, 'damageModel'>
}

const SPOT_UM = 120 // Hantash 2007, REFERENCE §3.2
const PULSE_MS = 1 // REFERENCE §2.2, clinical rule of thumb

export const LASER_PRESETS: LaserPreset[] = [
  {
    id: 'deepfx-10',
    name: 'Acne-scar deep fractional (10 mJ, 10%)',
    basis:
      'Yuan 2014, DeepFX (UltraPulse) for acne scars: 10 mJ at 10% density (REFERENCE §3.3, from memory).',
    laser: {
      mode: 'fractional',
      energyMj: 10,
      spotDiameterUm: SPOT_UM,
      densityPercent: 10,
      pattern: 'grid',
      stackedPulses: 1,
      pulseDurationMs: PULSE_MS,
    },
  },
  {
    id: 'deepfx-20',
    name: 'Acne-scar deep fractional (20 mJ, 20%)',
    basis:
      'Yuan 2014, DeepFX (UltraPulse) for acne scars: 20 mJ at 20% density (REFERENCE §3.3, from memory).',
    laser: {
      mode: 'fractional',
      energyMj: 20,
      spotDiameterUm: SPOT_UM,
      densityPercent: 20,
      pattern: 'grid',
      stackedPulses: 1,
      pulseDurationMs: PULSE_MS,
    },
  },
  {
    id: 'resurfacing',
    name: 'Resurfacing mid-range (30 mJ, 10%)',
    basis:
      'Middle of the resurfacing range REFERENCE §3.3 suggests for vitiligo, whose trials publish no settings: 10–50 mJ, 5–20%.',
    laser: {
      mode: 'fractional',
      energyMj: 30,
      spotDiameterUm: SPOT_UM,
      densityPercent: 10,
      pattern: 'grid',
      stackedPulses: 1,
      pulseDurationMs: PULSE_MS,
    },
  },
  {
    id: 'drug-delivery',
    name: 'Deep channels for drug delivery (190 mJ, 5%)',
    basis:
      'Haak 2012 (swine, REFERENCE case 3): 190 mJ per channel reaches the mid dermis, about 1,400 µm; 5%, the low end of the resurfacing range (§3.3), keeps wide bridges of skin.',
    laser: {
      mode: 'fractional',
      energyMj: 190,
      spotDiameterUm: SPOT_UM,
      densityPercent: 5,
      pattern: 'hex',
      stackedPulses: 1,
      pulseDurationMs: PULSE_MS,
    },
  },
  {
    id: 'continuous',
    name: 'Continuous resurfacing (comparison)',
    basis:
      'The whole surface ablated with the mid-range 30 mJ pulse (REFERENCE §3.3): classic resurfacing, to compare with the fractional pattern.',
    laser: {
      mode: 'continuous',
      energyMj: 30,
      spotDiameterUm: SPOT_UM,
      densityPercent: 10,
      pattern: 'grid',
      stackedPulses: 1,
      pulseDurationMs: PULSE_MS,
    },
  },
]
