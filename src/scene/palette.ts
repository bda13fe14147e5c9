// One palette for the 3D view and its legend. Tissue colours follow H&E-free "illustration" conventions
// (straw corneum, warm epidermis, pink dermis, yellow fat); cell colours come from the Okabe–Ito
// colour-blind-safe set so melanocytes, precursors and T cells stay distinct on a projector.
export const PALETTE = {
  stratumCorneum: '#ead7ae',
  viableEpidermis: '#d7a184',
  viableEpidermisLesion: '#f1d9cb',
  basalLayer: '#a8704d',
  papillaryDermis: '#f3c2b8',
  reticularDermis: '#e49d9c',
  subcutis: '#f4dc86',
  outerRootSheath: '#c4875f',
  bulb: '#8f5a3a',
  dermalPapilla: '#c2566e',
  hairShaftPigmented: '#3b2a1f',
  hairShaftWhite: '#ece6d6',
  melanocyte: '#4a2812',
  precursor: '#56b4e9',
  tCell: '#009e73',
  lesionBorder: '#f0e442',
  /** Skin surface of healthy skin (a medium skin tone so the depigmented lesion stands out). */
  skinSurface: '#c08a6c',
  /** Skin surface inside the vitiligo lesion: milky, ivory white. */
  skinSurfaceLesion: '#f6efe4',
  /** Marker ring at the follicle bulge (melanocyte stem-cell niche). */
  bulgeMarker: '#e69f00',
  background: '#0f1720',
} as const

export type PaletteKey = keyof typeof PALETTE
