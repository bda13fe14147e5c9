import { useDermaStore } from '../state/store'

/** Clear, dismissible messages (bad link parameters, rejected input). Never blocks the view. */
export function Messages() {
  const messages = useDermaStore((s) => s.messages)
  const dismiss = useDermaStore((s) => s.dismissMessage)
  if (messages.length === 0) return null
  return (
    <div className="messages">
      {messages.map((m) => (
        <div
          key={m.id}
          className={`message message-${m.kind}`}
          role={m.kind === 'error' ? 'alert' : 'status'}
        >
          <span>{m.text}</span>
          <button type="button" onClick={() => dismiss(m.id)} aria-label={`Dismiss: ${m.text}`}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  )
}
