// Shared types of the simulation core. Plain data: no React, three.js or DOM.
//
// Coordinates: micrometres. xUm and yUm span the skin surface (0..widthUm, 0..lengthUm);
// depthUm is measured downward from the skin surface (0 = top of the stratum corneum).

/** Body-site presets. `hand` is the back (dorsum) of the hand; `palm` its glabrous side. */
export type SiteId = 'forearm' | 'face' | 'trunk' | 'extremity' | 'hand' | 'palm'

/** Confidence codes of shared/science/REFERENCE.md, plus 'assumption' for a value the
 *  reference does not give, chosen for illustration and flagged as such in the UI. */
export type Confidence = 'A' | 'B' | 'C' | 'T' | 'assumption'

/** One number of the model with where it comes from. */
export interface ParamDef {
  /** Stable key, e.g. 'forearm.stratumCorneumUm'. */
  key: string
  label: string
  unit: string
  min: number
  max: number
  default: number
  /** Source id, e.g. 'Sandby-Moller2003'; resolved to a citation by SOURCES. */
  source: string
  confidence: Confidence
  /** One line: why this value, or how it was derived. */
  note?: string
}

export interface SourceRef {
  id: string
  citation: string
}

/** Depths of the layer interfaces, measured from the surface, in µm. */
export interface LayerDepths {
  /** Bottom of the stratum corneum. */
  stratumCorneumBottomUm: number
  /** Mean depth of the dermo-epidermal junction (bottom of the viable epidermis). */
  dermoEpidermalJunctionUm: number
  /** Bottom of the papillary dermis. */
  papillaryDermisBottomUm: number
  /** Bottom of the reticular dermis = top of the subcutis. */
  reticularDermisBottomUm: number
  /** Bottom of the block (the part of the subcutis that is shown). */
  blockBottomUm: number
}

export interface LayerThicknesses {
  stratumCorneumUm: number
  viableEpidermisUm: number
  /** The basal layer: one cell layer on the basement membrane (part of the viable epidermis). */
  basalLayerUm: number
  papillaryDermisUm: number
  reticularDermisUm: number
  /** How much of the subcutis the block shows. */
  subcutisShownUm: number
}

/** Undulation of the dermo-epidermal junction (rete ridges and dermal papillae). */
export interface RidgeShape {
  amplitudeUm: number
  wavelengthUm: number
}

export type FollicleKind = 'terminal' | 'vellus'

export interface Follicle {
  id: number
  kind: FollicleKind
  /** Position of the follicle's opening on the surface. */
  xUm: number
  yUm: number
  /** Tilt of the follicle axis from the vertical, radians, and the direction of tilt in the surface plane. */
  tiltRad: number
  tiltAzimuthRad: number
  /** Depth of the bottom of the infundibulum (sebaceous-duct level). */
  infundibulumDepthUm: number
  /** Depth of the bulge (arrector pili insertion): the melanocyte stem-cell niche. */
  bulgeDepthUm: number
  /** Depth of the base of the bulb (the follicle's deepest point). */
  bulbBaseDepthUm: number
  outerRootSheathRadiusUm: number
  bulbRadiusUm: number
  dermalPapillaRadiusUm: number
  hairShaftRadiusUm: number
  /** True if the follicle's opening lies inside the vitiligo lesion. */
  inLesion: boolean
}

export type CellKind = 'melanocyte' | 'precursor' | 'tCell'

/** Where a cell sits; used by tests ("no cell outside its layer") and by labels. */
export type CellNiche = 'basalLayer' | 'outerRootSheath' | 'bulb' | 'dermoEpidermalJunction'

export interface Cell {
  id: number
  kind: CellKind
  niche: CellNiche
  xUm: number
  yUm: number
  depthUm: number
  inLesion: boolean
  /** Follicle the cell belongs to, or -1. */
  follicleId: number
}

/** The vitiligo lesion: a star-shaped region around a centre, radius varying with angle. */
export interface Lesion {
  centreXUm: number
  centreYUm: number
  meanRadiusUm: number
  /** Radius at N equally spaced angles (closed): r(θ) is interpolated between them. */
  radiiUm: number[]
  /** Width of the hypopigmented transition band at the border (trichrome margin), µm. */
  borderBandUm: number
  /** Fraction of the block's surface inside the lesion. */
  areaFraction: number
}

export interface SiteFigures {
  /** Basal melanocytes per mm² of healthy skin. */
  melanocytesPerMm2: number
  /** Hair follicles per mm². */
  folliclesPerMm2: number
  /** Dormant precursors per follicle inside the lesion. */
  precursorsPerFollicle: number
  /** CD8+ T lymphocytes per mm² of the lesion's dermo-epidermal junction. */
  tCellsPerMm2: number
}

export interface SkinBlock {
  site: SiteId
  seed: number
  widthUm: number
  lengthUm: number
  layers: LayerThicknesses
  depths: LayerDepths
  ridges: RidgeShape
  figures: SiteFigures
  follicles: Follicle[]
  lesion: Lesion
  /** Basal melanocytes (healthy skin) — none inside the lesion. */
  melanocytes: Cell[]
  /** Dormant melanocyte precursors in the outer root sheath and bulb of lesional follicles. */
  precursors: Cell[]
  /** CD8+ T lymphocytes at the lesion's dermo-epidermal junction. */
  tCells: Cell[]
  counts: BlockCounts
}

export interface BlockCounts {
  follicles: number
  melanocytesHealthy: number
  melanocytesLesion: number
  precursors: number
  tCells: number
}
