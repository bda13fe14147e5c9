// Perceptually uniform, colour-blind-safe colour maps for the Drugs & UV view: viridis for the drug concentration
// and cividis for the NB-UVB dose (control points every 1/8 of matplotlib's viridis and cividis tables; linear
// between them). One 256 × 2 texture for the tissue shader and CSS gradients for the legend share these points.
import * as THREE from 'three'

export const VIRIDIS = [
  '#440154',
  '#472d7b',
  '#3b528b',
  '#2c728e',
  '#21918c',
  '#28ae80',
  '#5ec962',
  '#addc30',
  '#fde725',
] as const

export const CIVIDIS = [
  '#00224e',
  '#123570',
  '#3b496c',
  '#575d6d',
  '#707173',
  '#8a8779',
  '#a69d75',
  '#c4b56c',
  '#fee838',
] as const

export type ColourMap = readonly string[]

/** CSS linear-gradient of a map, left (low) to right (high). */
export function cssGradient(map: ColourMap, direction = 'to right'): string {
  return `linear-gradient(${direction}, ${map.map((c, i) => `${c} ${(i / (map.length - 1)) * 100}%`).join(', ')})`
}

function sample(map: ColourMap, t: number, out: THREE.Color, a: THREE.Color, b: THREE.Color): THREE.Color {
  const x = Math.min(1, Math.max(0, t)) * (map.length - 1)
  const i = Math.min(map.length - 2, Math.floor(x))
  a.set(map[i])
  b.set(map[i + 1])
  return out.copy(a).lerp(b, x - i)
}

/** 256 × 2 RGBA texture: row 0 viridis, row 1 cividis (sRGB values, drawn as they are: the canvas is flat). */
export function createLutTexture(): THREE.DataTexture {
  const width = 256
  const data = new Uint8Array(width * 2 * 4)
  const c = new THREE.Color()
  const a = new THREE.Color()
  const b = new THREE.Color()
  ;[VIRIDIS, CIVIDIS].forEach((map, row) => {
    for (let i = 0; i < width; i++) {
      // THREE.Color.set parses hex as sRGB and stores linear values; getHexString gives the sRGB bytes back
      sample(map, i / (width - 1), c, a, b)
      const hex = c.getHex()
      const k = (row * width + i) * 4
      data[k] = (hex >> 16) & 255
      data[k + 1] = (hex >> 8) & 255
      data[k + 2] = hex & 255
      data[k + 3] = 255
    }
  })
  const texture = new THREE.DataTexture(data, width, 2, THREE.RGBAFormat, THREE.UnsignedByteType)
  texture.magFilter = THREE.LinearFilter
  texture.minFilter = THREE.LinearFilter
  texture.needsUpdate = true
  return texture
}
