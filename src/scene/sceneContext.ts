import { createContext, useContext } from 'react'
import type { SceneRegistry } from './picking'

/** The registry of pickable meshes of one Canvas (hover labels and the render probe read it). */
export const SceneRegistryContext = createContext<SceneRegistry | null>(null)

export function useSceneRegistry(): SceneRegistry {
  const r = useContext(SceneRegistryContext)
  if (!r) throw new Error('useSceneRegistry must be used inside <Viewport>')
  return r
}
