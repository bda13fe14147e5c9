// NB-UVB in the course: the report's uv figures, read at the course's first NB-UVB session (course.uvStartDay after
// the laser), and how long the channels let extra light in (the report's series). Words only: the figures come
// from the UV model (src/sim/transport/uv.ts).
import { useDermaStore } from '../../state/store'
import { formatPercent } from './format'

export function UvSessionNote() {
  const field = useDermaStore((s) => s.deliver.field)
  const uv = useDermaStore((s) => s.deliver.data?.report.uv)
  if (field !== 'uv' || !uv) return null
  const { series } = uv
  let openUntil = -1
  for (let k = 0; k < series.hoursAfterLaser.length; k++) {
    if (series.channelWall[k] !== null) openUntil = series.hoursAfterLaser[k]
  }
  const days = uv.hoursAfterLaser / 24
  const same = uv.basalDoseFraction.lasered === uv.basalDoseFraction.intact
  return (
    <p className="hint" data-testid="deliver-uv-session">
      {uv.hoursAfterLaser > 0
        ? `The course's first NB-UVB session is ${Number(days.toFixed(1))} days after the laser`
        : 'NB-UVB right after the laser'}
      : living basal layer {formatPercent(uv.basalDoseFraction.intact)} intact,{' '}
      {formatPercent(uv.basalDoseFraction.lasered)} lasered
      {same ? ' (the channels have closed by then)' : ''}.{' '}
      {openUntil >= 0
        ? `Open channels pass extra light only for the first ≈ ${openUntil} h.`
        : 'No open channel lets extra light in.'}{' '}
      Light onto the channel wall is an estimate (diffuse lamp); 1 % of the light reaches{' '}
      {Math.round(uv.onePercentDepthUm)} µm in this vitiligo skin.
    </p>
  )
}
