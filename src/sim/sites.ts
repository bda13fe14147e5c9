// Body-site presets: every number is read from the parameter registry (params.ts / siteParams.ts), and each
// preset records which parameter key each of its numbers came from (paramKeys), so the UI can show the source
// and confidence of any figure and the tests can check that nothing is unregistered.
import type { LayerThicknesses, RidgeShape, SiteFigures, SiteId } from './types'
import { paramValue } from './params'

export const SITE_IDS: SiteId[] = ['forearm', 'face', 'trunk', 'extremity', 'hand', 'palm']

export interface ValueRange {
  min: number
  max: number
}

/** Follicle geometry of a site. Depth fractions are drawn per follicle, uniformly inside their ranges. */
export interface FollicleGeometryPreset {
  /** Share of follicles that are terminal (the rest are vellus). */
  terminalShare: number
  /** Depth of the bulb base below the DEJ, as a fraction of the dermis (papillary + reticular) thickness. */
  bulbDermisFraction: { vellus: ValueRange; terminal: ValueRange }
  /** Bulge (arrector pili insertion) depth as a fraction of the bulb-base depth. */
  bulgeDepthFraction: ValueRange
  /** Bottom of the infundibulum as a fraction of the bulb-base depth. */
  infundibulumDepthFraction: ValueRange
  orsRadiusUm: { vellus: ValueRange; terminal: ValueRange }
  bulbToOrsRatio: number
  dermalPapillaToBulbRatio: number
  shaftRadiusUm: { vellus: number; terminal: number }
  /** Tilt of the axis from the vertical, degrees. */
  tiltDeg: ValueRange
  /** Spread (±) of tilt directions around the block's common direction, degrees. */
  azimuthSpreadDeg: number
  /** Least distance between follicles as a fraction of the mean spacing 1/√density. */
  minSpacingFraction: number
  /** Radius of the funnel-shaped opening as a multiple of the ORS radius. */
  openingRadiusToOrs: number
}

export interface SitePreset {
  id: SiteId
  label: string
  description: string
  layers: LayerThicknesses
  ridges: RidgeShape
  figures: SiteFigures
  follicles: FollicleGeometryPreset
  /** Dotted path of every number in this preset (e.g. 'layers.stratumCorneumUm') → its ParamDef key. */
  paramKeys: Record<string, string>
}

const TEXT: Record<SiteId, { label: string; description: string }> = {
  forearm: {
    label: 'Dorsal forearm',
    description:
      'The reference site: thin stratum corneum, ~955 melanocytes/mm², ~1.4 mostly vellus follicles/mm².',
  },
  face: {
    label: 'Face (cheek)',
    description:
      'Thin skin (epidermis + dermis ≈ 1 mm), the most melanocytes (~2000/mm²) and many vellus follicles.',
  },
  trunk: {
    label: 'Trunk (shoulder, back)',
    description:
      'Thinnest stratum corneum, thicker viable epidermis and a thick dermis; ~0.85 vellus follicles/mm².',
  },
  extremity: {
    label: 'Limb (leg)',
    description: 'Forearm-like epidermis with sparse follicles (~0.5/mm²), many of them terminal.',
  },
  hand: {
    label: 'Back of the hand',
    description: 'Acral skin: thicker stratum corneum (~29 µm), dermis ~2.1 mm, few follicles.',
  },
  palm: {
    label: 'Palm',
    description: 'Glabrous skin: very thick stratum corneum (~173 µm), no hair follicles, few melanocytes.',
  },
}

function buildSite(id: SiteId): SitePreset {
  const paramKeys: Record<string, string> = {}
  // Reads a parameter and records where the number came from.
  const p = (path: string, key: string): number => {
    paramKeys[path] = key
    return paramValue(key)
  }
  const s = (field: string) => `${id}.${field}`
  const range = (path: string, keyMin: string, keyMax: string): ValueRange => ({
    min: p(`${path}.min`, keyMin),
    max: p(`${path}.max`, keyMax),
  })

  const layers: LayerThicknesses = {
    stratumCorneumUm: p('layers.stratumCorneumUm', s('stratumCorneumUm')),
    viableEpidermisUm: p('layers.viableEpidermisUm', s('viableEpidermisUm')),
    basalLayerUm: p('layers.basalLayerUm', 'anatomy.basalLayerUm'),
    papillaryDermisUm: p('layers.papillaryDermisUm', s('papillaryDermisUm')),
    reticularDermisUm: p('layers.reticularDermisUm', s('reticularDermisUm')),
    subcutisShownUm: p('layers.subcutisShownUm', 'anatomy.subcutisShownUm'),
  }
  const ridges: RidgeShape = {
    amplitudeUm: p('ridges.amplitudeUm', s('ridgeAmplitudeUm')),
    wavelengthUm: p('ridges.wavelengthUm', s('ridgeWavelengthUm')),
  }
  const figures: SiteFigures = {
    melanocytesPerMm2: p('figures.melanocytesPerMm2', s('melanocytesPerMm2')),
    folliclesPerMm2: p('figures.folliclesPerMm2', s('folliclesPerMm2')),
    precursorsPerFollicle: p('figures.precursorsPerFollicle', 'precursor.perFollicle'),
    tCellsPerMm2: p('figures.tCellsPerMm2', 'tCell.marginPerMm2'),
  }
  const f = 'follicle.'
  const follicles: FollicleGeometryPreset = {
    terminalShare: p('follicles.terminalShare', s('terminalFollicleShare')),
    bulbDermisFraction: {
      vellus: range(
        'follicles.bulbDermisFraction.vellus',
        `${f}vellusBulbDermisFractionMin`,
        `${f}vellusBulbDermisFractionMax`,
      ),
      terminal: range(
        'follicles.bulbDermisFraction.terminal',
        `${f}terminalBulbDermisFractionMin`,
        `${f}terminalBulbDermisFractionMax`,
      ),
    },
    bulgeDepthFraction: range(
      'follicles.bulgeDepthFraction',
      `${f}bulgeDepthFractionMin`,
      `${f}bulgeDepthFractionMax`,
    ),
    infundibulumDepthFraction: range(
      'follicles.infundibulumDepthFraction',
      `${f}infundibulumDepthFractionMin`,
      `${f}infundibulumDepthFractionMax`,
    ),
    orsRadiusUm: {
      vellus: range('follicles.orsRadiusUm.vellus', `${f}vellusOrsRadiusMinUm`, `${f}vellusOrsRadiusMaxUm`),
      terminal: range(
        'follicles.orsRadiusUm.terminal',
        `${f}terminalOrsRadiusMinUm`,
        `${f}terminalOrsRadiusMaxUm`,
      ),
    },
    bulbToOrsRatio: p('follicles.bulbToOrsRatio', `${f}bulbToOrsRatio`),
    dermalPapillaToBulbRatio: p('follicles.dermalPapillaToBulbRatio', `${f}dermalPapillaToBulbRatio`),
    shaftRadiusUm: {
      vellus: p('follicles.shaftRadiusUm.vellus', `${f}vellusShaftRadiusUm`),
      terminal: p('follicles.shaftRadiusUm.terminal', `${f}terminalShaftRadiusUm`),
    },
    tiltDeg: range('follicles.tiltDeg', `${f}minTiltDeg`, `${f}maxTiltDeg`),
    azimuthSpreadDeg: p('follicles.azimuthSpreadDeg', `${f}azimuthSpreadDeg`),
    minSpacingFraction: p('follicles.minSpacingFraction', `${f}minSpacingFraction`),
    openingRadiusToOrs: p('follicles.openingRadiusToOrs', `${f}openingRadiusToOrs`),
  }
  return { id, ...TEXT[id], layers, ridges, figures, follicles, paramKeys }
}

export const SITES: Record<SiteId, SitePreset> = Object.fromEntries(
  SITE_IDS.map((id) => [id, buildSite(id)]),
) as Record<SiteId, SitePreset>
