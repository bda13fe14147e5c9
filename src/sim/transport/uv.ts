// NB-UVB (311 nm) through intact and lasered skin: Beer–Lambert along vertical lines, layer by layer
// (REFERENCE §4.4): SC and viable epidermis µ = 150 cm⁻¹ (32.4% through vitiligo epidermis, Korean 1997),
// dermis µ = 400 cm⁻¹ (1/e ≈ 25 µm at 311 nm, SCENIHR 2012 as interpolated in REFERENCE). An open channel is
// empty (no attenuation) down to its floor; the coagulated rim attenuates like the layer it lies in. Scattering is
// folded into the attenuation coefficients (collimated transmission); the light is not guided by channel walls.
//
// Doses are fractions of the incident dose:
// - basal layer: at the dermo-epidermal junction (the blister roof of Korean 1997 is the whole epidermis). Lasered:
//   mean over the LIVING basal layer of the unit cell (not the empty channel, not the coagulated rim; covered crater
//   counts as new epidermis). Vertically each living point gets what intact skin gets; the open channel adds light
//   from the side: a diffuse lamp lights the channel wall at depth z with the view factor of the channel mouth,
//   F = (X² + 2)/(2√(X² + 4)) − X/2, X = z/R (ring element inside a cylinder of radius R to its end disc; textbook
//   radiative transfer, T), attenuated through the rim and tissue at the epidermal µ. Wall = the first living basal
//   point beside the channel.
// - follicle bulge: the site's representative bulge depth, area-weighted over the unit cell (follicles placed at
//   random with respect to the MTZs).
// The report reads them at the scenario's first NB-UVB session (course.uvStartDay after the laser; channels are
// closed by then with the default course) and gives a series over the hours after the laser.
import type { SiteId } from '../types'
import type { UnitCell, UvDetails, UvInput } from './types'
import { SITES } from '../sites'
import { coagulationDepthAt, craterDepthAt, layerDepths, openRadiusUm, unitCellFor } from './geometry'
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

const muEpiPerUm = () => tp('transport.uv.epidermisAttenuationPerCm') / UM_PER_CM
const muDermPerUm = () => tp('transport.uv.dermisAttenuationPerCm') / UM_PER_CM

/** Transmitted fraction at depth zUm along the vertical line at radius rUm (channel open to openR). */
export function transmissionAt(cell: UnitCell, rUm: number, zUm: number, openR: number): number {
  const d = layerDepths(cell.layers)
  const empty = rUm < openR ? Math.min(zUm, craterDepthAt(cell, rUm)) : 0
  const epiPath = Math.max(0, Math.min(zUm, d.dejUm) - Math.min(empty, d.dejUm))
  const dermPath = Math.max(0, zUm - Math.max(d.dejUm, empty))
  return Math.exp(-muEpiPerUm() * epiPath - muDermPerUm() * dermPath)
}

/** Depth at which intact skin passes 1% of the incident NB-UVB, µm (REFERENCE §4.4 estimates ≈ 115 µm). */
export function onePercentDepthUm(cell: UnitCell): number {
  const dej = layerDepths(cell.layers).dejUm
  const atDej = Math.exp(-muEpiPerUm() * dej)
  if (atDej <= 0.01) return Math.log(100) / muEpiPerUm()
  return dej + Math.log(atDej / 0.01) / muDermPerUm()
}

/** View factor from a ring element of a cylinder's wall, depth z below the open end, to that end (R: radius). */
export function wallViewFactor(depthUm: number, radiusUm: number): number {
  if (!(radiusUm > 0)) return 0
  const x = depthUm / radiusUm
  return (x * x + 2) / (2 * Math.sqrt(x * x + 4)) - x / 2
}

/** Radius of the open channel at depth z, µm (0 if the channel does not reach that depth). */
function channelRadiusAt(cell: UnitCell, zUm: number, openR: number): number {
  if (!(openR > 0) || craterDepthAt(cell, 0) < zUm) return 0
  const step = openR / SAMPLES
  let r = step
  for (let k = 2; k <= SAMPLES && craterDepthAt(cell, k * step) >= zUm; k++) r = k * step
  return r
}

/** Is the basal point (r, z) living: not in the open channel and not coagulated (covered crater is new epidermis)? */
function livingAt(cell: UnitCell, rUm: number, zUm: number, openR: number): boolean {
  const crater = craterDepthAt(cell, rUm)
  if (zUm < crater) return rUm >= openR
  return zUm >= coagulationDepthAt(cell, rUm)
}

interface LivingBasal {
  mean: number
  wall: number | null
}

/** Living basal layer of the lasered cell: area mean and the dose at the first living point beside the channel. */
function livingBasal(cell: UnitCell, zUm: number, openR: number): LivingBasal {
  const wallR = openR > 0 ? channelRadiusAt(cell, zUm, openR) : 0
  const lateralAt = (r: number) =>
    wallR > 0 ? wallViewFactor(zUm, wallR) * Math.exp(-muEpiPerUm() * Math.max(0, r - wallR)) : 0
  let sum = 0
  let count = 0
  let wall: number | null = null
  let firstR = Infinity
  for (let k = 0; k < SAMPLES; k++) {
    const r = cell.radiusUm * Math.sqrt((k + 0.5) / SAMPLES)
    if (!livingAt(cell, r, zUm, openR)) continue
    const dose = transmissionAt(cell, r, zUm, openR) + lateralAt(r)
    sum += dose
    count++
    if (wallR > 0 && r > wallR && r < firstR) {
      firstR = r
      wall = dose
    }
  }
  // No living basal layer left (a continuous pass): the dose at that depth, where the new epidermis will form.
  return { mean: count > 0 ? sum / count : cellMean(cell, zUm, openR), wall }
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

/** Intact and lasered dose fractions at one time after the laser, with the details the view and the docs use. */
export function uvDetails(input: UvInput): UvDetails {
  const cell = unitCellFor(input.site, input.laser)
  const hoursAfterLaser = input.hoursAfterLaser ?? 0
  const basalDepthUm = layerDepths(cell.layers).dejUm
  const bulge = bulgeDepthUm(input.site)
  const openR = openRadiusUm(cell, hoursAfterLaser)
  const intactBasal = transmissionAt(cell, cell.radiusUm, basalDepthUm, 0)
  const intactBulge = transmissionAt(cell, cell.radiusUm, bulge, 0)
  const lasered = cell.mode !== 'none' && openR > 0
  const openFootprint = Math.min(openR, cell.radiusUm)
  const living = lasered ? livingBasal(cell, basalDepthUm, openR) : { mean: intactBasal, wall: null }
  return {
    hoursAfterLaser,
    basalDoseFraction: { intact: intactBasal, lasered: living.mean },
    bulgeDoseFraction: { intact: intactBulge, lasered: lasered ? cellMean(cell, bulge, openR) : intactBulge },
    channelWallBasalDoseFraction: living.wall,
    basalDepthUm,
    bulgeDepthUm: bulge,
    openAreaFraction: lasered ? (openFootprint / cell.radiusUm) ** 2 : 0,
    openChannelBasalDoseFraction: lasered ? cellMean(cell, basalDepthUm, openR, openFootprint) : 1,
    onePercentDepthUm: onePercentDepthUm(cell),
  }
}

/** The dose figures at one time (what the report's uv object and its series hold). */
export function simulateUv(input: UvInput) {
  const u = uvDetails(input)
  return {
    hoursAfterLaser: u.hoursAfterLaser,
    basalDoseFraction: u.basalDoseFraction,
    bulgeDoseFraction: u.bulgeDoseFraction,
    channelWallBasalDoseFraction: u.channelWallBasalDoseFraction,
  }
}
