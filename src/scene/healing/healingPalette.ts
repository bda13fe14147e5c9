// Colours of the Heal view, shared by the scene and its legend (src/ui/healing/HealingLegend.tsx). Chosen to stay
// apart on a projector and for colour-blind viewers (Okabe–Ito hues where possible; the browns of pigmenting and
// resident cells differ in lightness, and position tells them apart too: new cells sit in the lesion).
import { MELANOCYTE_MODE } from '../../sim/healing'
import { PALETTE } from '../palette'

/** Melanocyte colour by mode (index = MELANOCYTE_MODE value). */
export const MELANOCYTE_MODE_COLORS: Record<keyof typeof MELANOCYTE_MODE, string> = {
  dormant: PALETTE.precursor,
  activated: '#2f6bff',
  climbing: '#b26ee0',
  spreading: '#e66100',
  pigmenting: '#2b1307',
  resident: '#8a5a3b',
  lost: '#000000',
}

export const TCELL_COLORS = { patrolling: PALETTE.tCell, apoptotic: '#78807a' } as const

/** Glow colours of the cytokine fields and the scale that maps a field's relative level to glow intensity. */
export const FIELD_GLOW = {
  mmp2: { color: '#ffb000', label: 'MMP-2' },
  growthFactor: { color: '#33d6e0', label: 'Growth factors (TGF-α, bFGF, PDGF)' },
} as const

/**
 * Relative level at which the glow reaches 63 % of full intensity: glow = 1 − exp(−level / FIELD_GLOW_SCALE).
 * A display choice: the day-12 MMP-2 peak between MTZs (≈ 0.28) glows strongly, the sustained growth-factor
 * release (≈ 0.01) faintly.
 */
export const FIELD_GLOW_SCALE = 0.1

/** Surface overlay colours: repigmented skin, open channels, eschar and necrotic debris (MENDs). */
export const SURFACE_COLORS = {
  pigment: '#9a6244',
  openChannel: '#8c1d24',
  eschar: '#4a2a1c',
} as const

/** Cut-face colours of a laser column as it heals: the ablated crater, the coagulated sleeve, granulation tissue. */
export const COLUMN_COLORS = {
  crater: '#2a0c0a',
  coagulated: '#b27b55',
  granulation: '#d4505c',
} as const

/**
 * Hours over which a column is drawn remodelling (narrowing and fading): 3 months, the span of collagen remodelling
 * after fractional CO2 (HSP47 still present at 3 months, Hantash 2007; REFERENCE §3.4).
 */
export const COLUMN_REMODEL_HOURS = 90 * 24

/** How long an apoptotic T cell is drawn shrinking and fragmenting, hours (a display choice). */
export const APOPTOSIS_DISPLAY_HOURS = 36
