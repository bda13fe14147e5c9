import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { installAutomationApi } from './state/automation'
import { applyUrlParams } from './state/urlParams'
import './ui/app.css'
import './ui/styles/panel.css'
import './ui/styles/treat.css'

// The automation API exists before anything renders, so tests and scripts can always reach it.
installAutomationApi()
applyUrlParams(window.location.search)

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
