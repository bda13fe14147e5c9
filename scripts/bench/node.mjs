// Benches that run in Node: the anatomy generator per site and src/sim/bench/index.ts's runSimBenches(), both
// loaded through Vite's own SSR module loader (works on Node 20 without a TypeScript runtime).
import { median, progress, round } from './stats.mjs'

export async function withSsrLoader(root, fn) {
  const { createServer } = await import('vite')
  const server = await createServer({
    root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  try {
    return await fn((path) => server.ssrLoadModule(path))
  } finally {
    await server.close()
  }
}

export async function benchAnatomy(load, { sites, seed, runs }) {
  const sim = await load('/src/sim/index.ts')
  if (typeof sim.generateSkinBlock !== 'function')
    throw new Error('src/sim/index.ts exports no generateSkinBlock')
  const siteIds = Array.isArray(sim.SITE_IDS) && sim.SITE_IDS.length ? sim.SITE_IDS : sites
  const result = {}
  for (const site of siteIds) {
    for (let i = 0; i < 3; i++) sim.generateSkinBlock(site, seed) // warm-up (JIT)
    const times = []
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now()
      sim.generateSkinBlock(site, seed)
      times.push(performance.now() - t0)
    }
    result[site] = round(median(times), 3)
    progress(`anatomy ${site}: median ${result[site]} ms over ${runs} runs`)
  }
  return result
}

/** Generic step: src/sim/bench/index.ts exports runSimBenches() → { capability: { figures } }. */
export async function benchSim(load) {
  const mod = await load('/src/sim/bench/index.ts')
  if (typeof mod.runSimBenches !== 'function')
    throw new Error('src/sim/bench/index.ts exports no runSimBenches')
  const out = await mod.runSimBenches()
  for (const [name, figures] of Object.entries(out)) progress(`sim.${name}: ${JSON.stringify(figures)}`)
  return out
}
