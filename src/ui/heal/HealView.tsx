// The Heal view (loaded on first use from App.tsx): HealStage overlays the 3D viewport (the timeline bar along the
// bottom), HealPanel fills the side panel (status, figures, chart, course, legend, cohort). Everything it needs is
// imported from here, so it stays out of the initial bundle.
import './heal.css'
import './healPanel.css'
import { TimelineBar } from '../timeline/TimelineBar'
import { HealStatus } from './HealStatus'
import { HealFigures } from './HealFigures'
import { HealChart } from './HealChart'
import { CourseSettingsPanel } from './CourseSettings'
import { HealLegend } from './HealLegend'
import { CohortPanel } from './CohortPanel'

export function HealStage() {
  return <TimelineBar />
}

export function HealPanel() {
  return (
    <>
      <section className="panel-section" aria-labelledby="heal-heading">
        <h2 id="heal-heading">Healing timeline</h2>
        <HealStatus />
      </section>
      <HealFigures />
      <HealChart />
      <HealLegend />
      <CourseSettingsPanel />
      <CohortPanel />
    </>
  )
}
