// The wound seen in cross-section, fractional beside continuous, for the Treat view's comparison: the crater and
// the Ω ≥ 1 depth at each point of a line across the treated area, with the layer depths and the critical depth
// for scarring (Dunkin 2007). Fractional: the line runs through one row of the square-grid pattern (pitch =
// 1/√(MTZ per area)), so it crosses every MTZ on its axis. Continuous: the depth rule of the treatment plan
// (treatment.ts) — the whole surface ablated to the pulse's ablation depth and coagulated to its damage depth.
// Computed from the same pulse and density as the report; the view only draws it.
import type { SiteId } from '../types'
import type { LaserSettings } from '../scenarioLaser'
import { SITES } from '../sites'
import { layerDepthsFrom } from '../layers'
import { pulseForLaser } from '../laserPulse'
import { criticalScarDepthUm, mtzPerUm2 } from '../pattern'
import { mtzProfileOf, profileAt } from './scan'

export interface WoundSection {
  mode: 'fractional' | 'continuous'
  widthUm: number
  /** Spacing of the samples along the line, µm (sample k at (k + ½)·stepUm). */
  stepUm: number
  /** Depth of the crater floor below the surface at each sample, µm (0 = intact surface). */
  craterDepthUm: Float32Array
  /** Deepest point with Ω ≥ 1 at each sample, µm (0 = undamaged). */
  damageDepthUm: Float32Array
  /** Crater depth on an MTZ axis (continuous: everywhere), µm: the report's ablation depth. */
  ablationDepthUm: number
  /** Distance between MTZ axes along the line, µm (null in continuous mode). */
  pitchUm: number | null
  junctionUm: number
  papillaryBottomUm: number
  reticularBottomUm: number
  criticalScarDepthUm: number
}

export function woundSection(
  site: SiteId,
  laser: LaserSettings,
  mode: 'fractional' | 'continuous',
  widthUm = 2000,
  stepUm = 4,
): WoundSection {
  const layers = SITES[site].layers
  const depths = layerDepthsFrom(layers)
  const pulse = pulseForLaser(site, laser)
  const n = Math.max(1, Math.round(widthUm / stepUm))
  const craterDepthUm = new Float32Array(n)
  const damageDepthUm = new Float32Array(n)
  let pitchUm: number | null = null
  if (mode === 'continuous') {
    craterDepthUm.fill(pulse.ablationDepthUm)
    damageDepthUm.fill(pulse.thermalDamageDepthUm)
  } else {
    const profile = mtzProfileOf(pulse)
    pitchUm = 1 / Math.sqrt(mtzPerUm2(laser.densityPercent, laser.spotDiameterUm))
    const pitch = pitchUm
    for (let k = 0; k < n; k++) {
      const x = (k + 0.5) * stepUm
      // nearest MTZ axis of the row (axes at pitch/2 + j·pitch, as a centred grid row)
      const r = Math.abs(((((x - pitch / 2) % pitch) + pitch * 1.5) % pitch) - pitch / 2)
      const crater = profileAt(profile, profile.craterDepthUm, r)
      craterDepthUm[k] = crater
      damageDepthUm[k] = Math.max(crater, profileAt(profile, profile.coagulationDepthUm, r))
    }
  }
  return {
    mode,
    widthUm: n * stepUm,
    stepUm,
    craterDepthUm,
    damageDepthUm,
    ablationDepthUm: pulse.ablationDepthUm,
    pitchUm,
    junctionUm: depths.dermoEpidermalJunctionUm,
    papillaryBottomUm: depths.papillaryDermisBottomUm,
    reticularBottomUm: depths.reticularDermisBottomUm,
    criticalScarDepthUm: criticalScarDepthUm(layers),
  }
}
