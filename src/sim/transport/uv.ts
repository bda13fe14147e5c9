// NB-UVB (311 nm) through intact and lasered skin: Beer–Lambert along vertical lines, layer by layer
// (REFERENCE §4.4): SC and viable epidermis µ = 150 cm⁻¹ (32.4% through vitiligo epidermis, Korean 1997),
// dermis µ = 400 cm⁻¹ (1/e ≈ 25 µm at 311 nm, SCENIHR 2012 as interpolated in REFERENCE). An open channel is
// empty (no attenuation) down to its floor; the coagulated rim attenuates like the layer it lies in. Scattering is
// folded into the attenuation coefficients (collimated transmission); the light is not guided by channel walls.
// Doses are fractions of the incident dose, at the basal layer (the dermo-epidermal junction: the blister roof of
// Korean 1997 is the whole epidermis) and at the follicle bulge (the site's representative bulge depth), as an
// area-weighted mean over the unit cell (i.e. over follicles placed at random with respect to the MTZs).
import type { SiteId } from '../types'
import type { UnitCell, UvDetails, UvInput } from './types'
import { SITES } from '../sites'
import { craterDepthAt, layerDepths, openRadiusUm, unitCellFor } from './geometry'
import { transportParam as tp } from './transportParams'

const UM_PER_CM = 1e4
const SAMPLES = 400

/** Representative bulge depth of a site, µm: mean bulb-base depth (vellus/terminal mix) × mean bulge fraction. */
export function bulgeDepthUm(site: SiteId): number {
  const { layers, follicles: f } = SITES[site]
  const d = layerDepths(layers)
  const mid = (r: { min: number; max: number }) => (r.min + r.max) / 2
  const bulbFraction =
    f.terminalShare * mid(f.bulbDermisFraction.terminal) +
    (1 - f.terminalShare) * mid(f.bulbDermisFraction.vellus)
  const bulbBaseUm = d.dejUm + bulbFraction * (layers.papillaryDermisUm + layers.reticularDermisUm)
  return mid(f.bulgeDepthFraction) * bulbBaseUm
}

/** Transmitted fraction at depth zUm along the vertical line at radius rUm (channel open to openR). */
export function transmissionAt(cell: UnitCell, rUm: number, zUm: number, openR: number): number {
  const d = layerDepths(cell.layers)
  const muEpi = tp('transport.uv.epidermisAttenuationPerCm') / UM_PER_CM
  const muDerm = tp('transport.uv.dermisAttenuationPerCm') / UM_PER_CM
  const empty = rUm < openR ? Math.min(zUm, craterDepthAt(cell, rUm)) : 0
  const epiPath = Math.max(0, Math.min(zUm, d.dejUm) - Math.min(empty, d.dejUm))
  const dermPath = Math.max(0, zUm - Math.max(d.dejUm, empty))
  return Math.exp(-muEpi * epiPath - muDerm * dermPath)
}

/** Area-weighted mean over the unit cell (midpoint rule in r², exact for the areas). */
function cellMean(cell: UnitCell, zUm: number, openR: number, maxR = cell.radiusUm): number {
  let sum = 0
  for (let k = 0; k < SAMPLES; k++) {
    const r = maxR * Math.sqrt((k + 0.5) / SAMPLES)
    sum += transmissionAt(cell, r, zUm, openR)
  }
  return sum / SAMPLES
}

/** Intact and lasered dose fractions, with the details the Heal model and the docs use. */
export function uvDetails(input: UvInput): UvDetails {
  const cell = unitCellFor(input.site, input.laser)
  const basalDepthUm = layerDepths(cell.layers).dejUm
  const bulge = bulgeDepthUm(input.site)
  const openR = openRadiusUm(cell, input.hoursAfterLaser ?? 0)
  const intactBasal = transmissionAt(cell, cell.radiusUm, basalDepthUm, 0)
  const intactBulge = transmissionAt(cell, cell.radiusUm, bulge, 0)
  const lasered = cell.mode !== 'none' && openR > 0
  const openFootprint = Math.min(openR, cell.radiusUm)
  return {
    basalDoseFraction: {
      intact: intactBasal,
      lasered: lasered ? cellMean(cell, basalDepthUm, openR) : intactBasal,
    },
    bulgeDoseFraction: { intact: intactBulge, lasered: lasered ? cellMean(cell, bulge, openR) : intactBulge },
    basalDepthUm,
    bulgeDepthUm: bulge,
    openAreaFraction: lasered ? (openFootprint / cell.radiusUm) ** 2 : 0,
    openChannelBasalDoseFraction: lasered ? cellMean(cell, basalDepthUm, openR, openFootprint) : 1,
  }
}

/** The report's uv object. */
export function simulateUv(input: UvInput) {
  const { basalDoseFraction, bulgeDoseFraction } = uvDetails(input)
  return { basalDoseFraction, bulgeDoseFraction }
}
