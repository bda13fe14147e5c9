import { useEffect, useRef } from 'react'
import { HELP_KEYS, HOTKEYS } from './hotkeys'

/** Keyboard help, generated from the same hotkey table that handles the keys. */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby="help-title" onClose={onClose}>
      <h2 id="help-title">Help and keyboard shortcuts</h2>
      <p>
        Drag to orbit the skin block, scroll or pinch to zoom, right-drag (two fingers) to pan. Point at any
        structure to read its name and role. Every control in the side panel works from the keyboard (Tab,
        arrows, Enter).
      </p>
      <table>
        <caption className="visually-hidden">Keyboard shortcuts</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <kbd>{HELP_KEYS.label}</kbd>
            </td>
            <td>Open this help</td>
          </tr>
          {HOTKEYS.map((h) => (
            <tr key={h.label}>
              <td>
                <kbd>{h.label}</kbd>
              </td>
              <td>{h.description}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>Close this help</td>
          </tr>
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  )
}
