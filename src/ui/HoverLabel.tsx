import { useDermaStore } from '../state/store'

/** The name and role of the structure under the pointer (set by the 3D scene). */
export function HoverLabel() {
  const hovered = useDermaStore((s) => s.hovered)
  if (!hovered) return null
  const left = Math.min(hovered.clientX + 16, window.innerWidth - 340)
  const top = Math.min(hovered.clientY + 16, window.innerHeight - 110)
  return (
    <div className="hover-label" role="tooltip" style={{ left, top }}>
      <strong>{hovered.name}</strong>
      <span>{hovered.role}</span>
    </div>
  )
}
