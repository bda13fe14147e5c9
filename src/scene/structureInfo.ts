// Names and one-line roles of every structure the Explore view can label on hover or tap.
// Follicle names contain the word "follicle" (tests and the lesson rely on it).

export interface StructureInfo {
  name: string
  role: string
}

export type StructureId =
  | 'surfaceHealthy'
  | 'surfaceLesion'
  | 'surfaceBorder'
  | 'stratumCorneum'
  | 'viableEpidermis'
  | 'viableEpidermisLesion'
  | 'basalLayer'
  | 'basalLayerLesion'
  | 'papillaryDermis'
  | 'reticularDermis'
  | 'subcutis'
  | 'follicleInfundibulum'
  | 'follicleBulge'
  | 'follicleOuterRootSheath'
  | 'follicleBulb'
  | 'follicleDermalPapilla'
  | 'follicleHairShaft'
  | 'follicleHairShaftWhite'
  | 'melanocyte'
  | 'precursor'
  | 'tCell'
  | 'mtzAblated'
  | 'mtzCoagulated'
  | 'continuousAblated'
  | 'continuousCoagulated'

export const STRUCTURES: Record<StructureId, StructureInfo> = {
  surfaceHealthy: {
    name: 'Skin surface — healthy skin',
    role: 'Normally pigmented: basal melanocytes pass melanin to the keratinocytes above them.',
  },
  surfaceLesion: {
    name: 'Skin surface — vitiligo lesion',
    role: 'Depigmented (milky white): the basal melanocytes here have been destroyed by autoimmunity.',
  },
  surfaceBorder: {
    name: 'Skin surface — lesion border',
    role: 'Hypopigmented transition band (trichrome margin); marginal repigmentation starts here.',
  },
  stratumCorneum: {
    name: 'Stratum corneum',
    role: 'Dead, flattened corneocytes in lipid lamellae: the main barrier to topical drugs.',
  },
  viableEpidermis: {
    name: 'Viable epidermis',
    role: 'Living keratinocytes that receive melanin from the basal melanocytes.',
  },
  viableEpidermisLesion: {
    name: 'Viable epidermis — vitiligo lesion',
    role: 'Keratinocytes without melanin: no functional melanocytes remain below them.',
  },
  basalLayer: {
    name: 'Basal layer',
    role: 'One row of dividing keratinocytes with melanin caps, and the basal melanocytes (about 1 in 10 cells).',
  },
  basalLayerLesion: {
    name: 'Basal layer — vitiligo lesion',
    role: 'No melanocytes left: CD8+ T cells at the junction keep destroying any that return.',
  },
  papillaryDermis: {
    name: 'Papillary dermis',
    role: 'Loose fine collagen and capillary loops in the dermal papillae below the rete ridges.',
  },
  reticularDermis: {
    name: 'Reticular dermis',
    role: 'Coarse interwoven collagen bundles: the skin’s strength, and the level where follicles run.',
  },
  subcutis: {
    name: 'Subcutis (fat)',
    role: 'Fat lobules separated by thin fibrous septa; terminal follicle bulbs can reach it.',
  },
  follicleInfundibulum: {
    name: 'Hair follicle — infundibulum',
    role: 'Funnel-shaped upper follicle opening to the surface; a path for drugs and light into the follicle.',
  },
  follicleBulge: {
    name: 'Hair follicle — bulge',
    role: 'Niche of melanocyte stem cells; the main reservoir for repigmentation in vitiligo (Cui 1991; Falabella 2009).',
  },
  follicleOuterRootSheath: {
    name: 'Hair follicle — outer root sheath',
    role: 'Holds dormant melanocyte precursors (mid and lower sheath) that migrate up to the epidermis when activated.',
  },
  follicleBulb: {
    name: 'Hair follicle — bulb',
    role: 'Hair matrix: its melanocytes pigment the growing hair shaft.',
  },
  follicleDermalPapilla: {
    name: 'Hair follicle — dermal papilla',
    role: 'Signalling fibroblasts that drive hair growth and the activation of follicular stem cells.',
  },
  follicleHairShaft: {
    name: 'Hair follicle — hair shaft (pigmented)',
    role: 'Pigmented by the bulb melanocytes: a sign that the follicular reservoir is still intact.',
  },
  follicleHairShaftWhite: {
    name: 'Hair follicle — hair shaft (white, leukotrichia)',
    role: 'White hair in the lesion: the follicle’s melanocytes are lost too, so repigmentation is less likely.',
  },
  melanocyte: {
    name: 'Melanocyte',
    role: 'Pigment cell: makes melanin and passes it to about 36 keratinocytes through its dendrites.',
  },
  precursor: {
    name: 'Dormant melanocyte precursor',
    role: 'Unpigmented (DOPA-negative) reservoir cell in the outer root sheath; activated by laser injury and UV.',
  },
  tCell: {
    name: 'CD8+ T cell',
    role: 'Cytotoxic lymphocyte that destroys melanocytes in active vitiligo (IFN-γ / CXCL10 axis).',
  },
  mtzAblated: {
    name: 'Micro-thermal zone — ablated column',
    role: 'Tissue vaporised by one micro-beam pulse: an open channel lined with eschar, healed from the intact skin around it.',
  },
  mtzCoagulated: {
    name: 'Micro-thermal zone — coagulated rim',
    role: 'Tissue heated to irreversible damage (Ω ≥ 1) around the channel: it seals vessels and triggers the wound response.',
  },
  continuousAblated: {
    name: 'Continuous resurfacing — ablated layer',
    role: 'The whole surface vaporised to the crater depth: no bridges of intact skin are left to heal from.',
  },
  continuousCoagulated: {
    name: 'Continuous resurfacing — coagulated floor',
    role: 'A continuous sheet of heat-damaged (Ω ≥ 1) tissue under the ablated layer: the wound bed.',
  },
}

/** The follicle parts, in the order of the per-triangle part ids of the follicle geometry. */
export const FOLLICLE_PARTS = [
  'follicleInfundibulum',
  'follicleOuterRootSheath',
  'follicleBulge',
  'follicleBulb',
  'follicleDermalPapilla',
  'follicleHairShaft',
  'follicleHairShaftWhite',
] as const satisfies readonly StructureId[]

export type FolliclePartId = (typeof FOLLICLE_PARTS)[number]
