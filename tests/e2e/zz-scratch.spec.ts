import { test, canvasPixelStdDev, canvasScreenshot, screenshotDiffFraction } from './helpers'
test('scratch', async ({ app }) => {
  await app.open('/?test=1')
  const page = app.page
  await page.evaluate(() => window.dermasim.renderFrames(2))
  const a = await canvasScreenshot(page)
  const a2 = await canvasScreenshot(page)
  console.log('sd default', await canvasPixelStdDev(page, a))
  await page.evaluate(() => window.dermasim.setScenario({ site: 'palm' }))
  await page.evaluate(() => window.dermasim.renderFrames(2))
  const b = await canvasScreenshot(page)
  console.log('sd palm', await canvasPixelStdDev(page, b))
  console.log('diff same', await screenshotDiffFraction(page, a, a2), 'diff forearm/palm', await screenshotDiffFraction(page, a, b))
  await page.evaluate(() => { document.querySelector('canvas')!.style.visibility = 'hidden' })
  console.log('sd hidden canvas', await canvasPixelStdDev(page))
  console.log(JSON.stringify(await app.state()))
  console.log('follicle', JSON.stringify(await page.evaluate(() => [0,1,2,3].map(i => window.dermasim.locate('follicle', i)))))
})
