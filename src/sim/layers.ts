// Layer interfaces of the block and the undulating dermo-epidermal junction (DEJ).
import type { LayerDepths, LayerThicknesses, SkinBlock } from './types'

/** Depths of the layer interfaces from the thicknesses, stacked from the surface down. */
export function layerDepthsFrom(layers: LayerThicknesses): LayerDepths {
  const stratumCorneumBottomUm = layers.stratumCorneumUm
  const dermoEpidermalJunctionUm = stratumCorneumBottomUm + layers.viableEpidermisUm
  const papillaryDermisBottomUm = dermoEpidermalJunctionUm + layers.papillaryDermisUm
  const reticularDermisBottomUm = papillaryDermisBottomUm + layers.reticularDermisUm
  return {
    stratumCorneumBottomUm,
    dermoEpidermalJunctionUm,
    papillaryDermisBottomUm,
    reticularDermisBottomUm,
    blockBottomUm: reticularDermisBottomUm + layers.subcutisShownUm,
  }
}

/**
 * Depth of the dermo-epidermal junction at a surface point, µm.
 *
 * CONTRACT (reproduced exactly by the GLSL shader shaders/skinSectionCommon.glsl, dejDepth):
 *
 *     dej(x, y) = D + A · sin(2π·x / λ) · sin(2π·y / λ)
 *
 * with D = depths.dermoEpidermalJunctionUm (the mean), A = ridges.amplitudeUm, λ = ridges.wavelengthUm, and x, y
 * in µm from the block's corner. An egg-crate surface: rete ridges (A > 0 deeper) alternate with dermal papillae,
 * a simplification of the real, irregular network. The mean of the product over a period is zero, so the mean
 * depth stays D and layer volumes are unchanged. A must stay below viable epidermis − basal layer so that the
 * epidermis never vanishes (checked by the unit tests for every site).
 */
export function dermoEpidermalJunctionDepthUm(
  block: Pick<SkinBlock, 'depths' | 'ridges'>,
  xUm: number,
  yUm: number,
): number {
  const { amplitudeUm, wavelengthUm } = block.ridges
  if (!(wavelengthUm > 0)) return block.depths.dermoEpidermalJunctionUm
  const k = (2 * Math.PI) / wavelengthUm
  return block.depths.dermoEpidermalJunctionUm + amplitudeUm * Math.sin(k * xUm) * Math.sin(k * yUm)
}
