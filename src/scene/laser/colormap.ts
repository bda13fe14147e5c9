// The temperature colour map shared by the shaders (shaders/thermal.glsl) and the DOM legend, and the settled
// colours of a treated column. Drawing only.

/**
 * Ends of the temperature colour map, °C: body temperature to just above boiling. It spans the range where tissue
 * coagulates; the hotter channel wall (up to the confined-boiling onset, ≈ 370 °C) shows the top colour.
 */
export const HEAT_RANGE_C: readonly [number, number] = [37, 110]

/** Legend ticks, °C. */
export const HEAT_TICKS_C = [40, 60, 80, 100] as const

/**
 * The colour map fades in over the tissue between these fractions of the map (≈ 50 °C to ≈ 68 °C; uniform
 * uHeatFadeIn of thermal.glsl): the map's dark low end would read as a bruise over pink tissue, so warm tissue
 * shows through and the glow starts where collagen begins to denature (≈ 65 °C, REFERENCE §2.2).
 */
export const HEAT_FADE_IN = [0.18, 0.42] as const

/** Temperatures below about this show the tissue through the colour map, °C. */
export const HEAT_VISIBLE_FROM_C = HEAT_RANGE_C[0] + HEAT_FADE_IN[0] * (HEAT_RANGE_C[1] - HEAT_RANGE_C[0])

const C = [
  [0.0002189403691192265, 0.001651004631001012, -0.01948089843709184],
  [0.1065134194856116, 0.5639564367884091, 3.932712388889277],
  [11.60249308247187, -3.972853965665698, -15.9423941062914],
  [-41.70399613139459, 17.43639888205313, 44.35414519872813],
  [77.162935699427, -33.40235894210092, -81.80730925738993],
  [-71.31942824499214, 32.62606426397723, 73.20951985803202],
  [25.13112622477341, -12.24266895238567, -23.07032500287172],
] as const

/** "Inferno" (perceptually uniform), sRGB 0–1; the same polynomial as thermal.glsl infernoSrgb. */
export function infernoSrgb(t: number): [number, number, number] {
  const x = Math.min(1, Math.max(0, t))
  const out: [number, number, number] = [0, 0, 0]
  for (let ch = 0; ch < 3; ch++) {
    let v = C[6][ch]
    for (let k = 5; k >= 0; k--) v = C[k][ch] + x * v
    out[ch] = Math.min(1, Math.max(0, v))
  }
  return out
}

export function heatFraction(tempC: number): number {
  return (tempC - HEAT_RANGE_C[0]) / (HEAT_RANGE_C[1] - HEAT_RANGE_C[0])
}

export function cssColour([r, g, b]: [number, number, number], alpha = 1): string {
  const to255 = (v: number) => Math.round(v * 255)
  return `rgb(${to255(r)} ${to255(g)} ${to255(b)}${alpha < 1 ? ` / ${alpha.toFixed(3)}` : ''})`
}

/** How strongly the map covers the tissue at a map fraction (thermal.glsl heatColour's alpha). */
export function heatOpacity(fraction: number): number {
  const t = Math.min(1, Math.max(0, (fraction - HEAT_FADE_IN[0]) / (HEAT_FADE_IN[1] - HEAT_FADE_IN[0])))
  return t * t * (3 - 2 * t)
}

/** Settled look of a treated column (tissue colours after cooling). */
export const TREAT_COLOURS = {
  /** Char (eschar) lining the crater wall: tan-brown. */
  eschar: '#7b4a2c',
  /** Coagulated (denatured) collagen of the rim: greyish white. */
  coagulated: '#e2dbd2',
  /** The open crater (seen into, away from the light). */
  crater: '#2a1711',
} as const
