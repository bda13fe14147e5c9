import { Component, type ReactNode } from 'react'

interface State {
  error: string | null
}

/** If the 3D view fails (no WebGL, a shader error), say so plainly instead of leaving a blank area. */
export class ViewErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error.message : String(error) }
  }

  render() {
    if (this.state.error) {
      return (
        <div className="view-error" role="alert">
          <h2>The 3D view could not start</h2>
          <p>
            This browser could not create the WebGL view ({this.state.error}). Try a current Chrome, Edge,
            Firefox or Safari with hardware acceleration enabled. The controls and figures still work.
          </p>
        </div>
      )
    }
    return this.props.children
  }
}
