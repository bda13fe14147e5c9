// The Drugs & UV view (loaded on first use from App.tsx): DeliverStage replaces the 3D viewport (intact and
// lasered skin side by side in one WebGL canvas), DeliverPanel fills the side panel (agent, figures, plots,
// therapy comparison). Everything the view needs is imported from here, inside the lazy chunk.
import './deliver.css'
import './deliverPanel.css'

export { DeliverStage } from './DeliverStage'
export { DeliverPanel } from './DeliverPanel'
