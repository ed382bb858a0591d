import { serve } from './server';
import { workflowDefinition } from './fixtures';
import { launch, openStudio, openDefinition } from './browser';
const server = await serve();
const browser = await launch();
try {
  const s = await openStudio(browser, server.url, 'Design');
  await openDefinition(s, workflowDefinition(1000, 3));
  for (const css of ['', '.react-flow__background{display:none}', '.react-flow__background{display:none} .react-flow__minimap{display:none}', '.react-flow__background{display:none} .react-flow__minimap{display:none} .react-flow__edges{display:none}']) {
    if (css) await s.page.addStyleTag({ content: css });
    const pt = await s.page.evaluate(() => window.__bench.panePoint());
    await s.page.mouse.move(pt.x, pt.y); await s.page.mouse.down();
    const times: number[] = [];
    for (let i = 0; i < 12; i++) { const t = performance.now(); await s.page.mouse.move(pt.x + i * 10, pt.y + i * 5); times.push(performance.now() - t); }
    await s.page.mouse.up();
    console.log(css || 'as is', times.map((x) => x.toFixed(0)).join(' '));
  }
} finally { await browser.close(); server.stop(); }
