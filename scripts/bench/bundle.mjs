// The production build (rebuilt when older than the sources) and the gzip sizes of its JavaScript: what
// dist/index.html loads up front (scripts, modulepreloads and their static imports) and every .js file.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { progress } from './stats.mjs'

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  let newest = st.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)))
  return newest
}

export function ensureBuild(root, dist) {
  const builtAt = existsSync(join(dist, 'index.html')) ? statSync(join(dist, 'index.html')).mtimeMs : 0
  const inputs = ['src', 'shaders', 'public', 'index.html', 'vite.config.ts', 'package.json']
  const sourcesAt = Math.max(...inputs.map((p) => newestMtime(join(root, p))))
  if (builtAt > 0 && builtAt >= sourcesAt) {
    progress('dist/ is up to date')
    return
  }
  progress(builtAt ? 'dist/ is older than the sources: vite build' : 'no dist/: vite build')
  // NODE_ENV pinned: Vite's createServer (the SSR loader of step 3, which runs first) sets it to 'development'
  // in this process, and a child build inheriting that would bundle React's development build.
  const r = spawnSync('npx', ['--no-install', 'vite', 'build'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (r.status !== 0) throw new Error(`vite build failed (exit ${r.status ?? r.signal})`)
}

export function gzipKb(file) {
  // kB of 1000 bytes, as vite build reports them; zlib default level (6), like typical static servers
  return gzipSync(readFileSync(file)).length / 1000
}

export function initialJsFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const refs = new Set()
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"[^>]*>/g)) refs.add(m[1])
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(m[0])
    if (href) refs.add(href[1])
  }
  const queue = [...refs].map((r) => resolve(dist, r.replace(/^\//, '').replace(/[?#].*$/, '')))
  const seen = new Set()
  // follow static imports (import x from "./a.js", import "./a.js", export * from "./a.js"), never import("...")
  const staticImport = /\b(?:import|export)\s*(?:[\w*${}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g
  while (queue.length) {
    const file = queue.pop()
    if (seen.has(file) || !existsSync(file)) continue
    seen.add(file)
    const code = readFileSync(file, 'utf8')
    for (const m of code.matchAll(staticImport)) queue.push(resolve(dirname(file), m[1]))
  }
  return [...seen]
}

export function allJsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allJsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  )
}
