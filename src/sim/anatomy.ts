// The skin block: a 2 × 2 mm cut-away of one body site with its layers, hair follicles, a vitiligo lesion
// beside healthy skin, and the initial cell populations. Deterministic: the same (site, seed) always gives
// the same block. Each part draws from its own forked random stream, so changing one part (e.g. the follicle
// count) does not reshuffle the others.
import type { SiteId, SkinBlock } from './types'
import { createRng } from './rng'
import { SITES } from './sites'
import { paramValue } from './params'
import { generateLesion, isInLesion } from './lesion'
import { layerDepthsFrom } from './layers'
import { generateFollicles } from './follicles'
import { placeBasalMelanocytes, placePrecursors, placeTCells, type CellContext } from './cells'

export { dermoEpidermalJunctionDepthUm, layerDepthsFrom } from './layers'
export { follicleAxisPointUm, follicleAxisDirection, bulbCentreDepthUm, bulbTopDepthUm } from './follicles'

export function generateSkinBlock(site: SiteId, seed: number): SkinBlock {
  const preset = SITES[site]
  if (!preset) throw new RangeError(`generateSkinBlock: unknown site "${String(site)}"`)
  const rng = createRng(seed)
  const widthUm = paramValue('block.widthUm')
  const lengthUm = paramValue('block.lengthUm')
  const layers = { ...preset.layers }
  const depths = layerDepthsFrom(layers)
  const ridges = { ...preset.ridges }
  const figures = { ...preset.figures }

  const lesion = generateLesion(rng.fork('lesion'), widthUm, lengthUm)
  const follicles = generateFollicles(rng.fork('follicles'), {
    preset: preset.follicles,
    layers,
    depths,
    widthUm,
    lengthUm,
    folliclesPerMm2: figures.folliclesPerMm2,
  })
  for (const f of follicles) f.inLesion = isInLesion(lesion, f.xUm, f.yUm)

  let id = 0
  const nextId = () => id++
  const ctx: CellContext = {
    widthUm,
    lengthUm,
    layers,
    depths,
    ridges,
    figures,
    lesion,
    follicles,
    openingRadiusToOrs: preset.follicles.openingRadiusToOrs,
  }
  const melanocytes = placeBasalMelanocytes(rng.fork('melanocytes'), ctx, nextId)
  const precursors = placePrecursors(rng.fork('precursors'), ctx, nextId)
  const tCells = placeTCells(rng.fork('tCells'), ctx, nextId)

  return {
    site,
    seed,
    widthUm,
    lengthUm,
    layers,
    depths,
    ridges,
    figures,
    follicles,
    lesion,
    melanocytes,
    precursors,
    tCells,
    counts: {
      follicles: follicles.length,
      melanocytesHealthy: melanocytes.filter((c) => !c.inLesion).length,
      melanocytesLesion: melanocytes.filter((c) => c.inLesion).length,
      precursors: precursors.length,
      tCells: tCells.length,
    },
  }
}
