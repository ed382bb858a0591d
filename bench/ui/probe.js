// In-page half of the UI benchmark, installed with page.addInitScript before the app loads. Plain
// JavaScript on purpose: it is sent to the page as text, untouched by any TypeScript transform.
// Every time here is performance.now() of the page, so no round trip to Node is ever timed.
(() => {
  const longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  // Long animation frames (>50 ms): when a frame that draws a change is itself long, its entry says
  // when it ended (after style, layout and paint), which no callback can observe directly.
  const longFrames = [];
  const keepFrames = (entries) => {
    for (const e of entries) {
      const resizeObservers = e.scripts.filter((script) => /ResizeObserver/.test(script.invoker)).reduce((sum, script) => sum + script.duration, 0);
      longFrames.push({ start: e.startTime, end: e.startTime + e.duration, styleAndLayoutStart: e.styleAndLayoutStart, resizeObservers });
    }
  };
  const frameObserver = new PerformanceObserver((list) => keepFrames(list.getEntries()));
  frameObserver.observe({ type: 'long-animation-frame', buffered: true });

  const keyDowns = [];
  // Capture phase on window: runs before Monaco sees the key. timeStamp is when the input event
  // was created, i.e. the moment the "user" pressed the key, even if the main thread was busy.
  window.addEventListener('keydown', (event) => keyDowns.push(event.timeStamp), true);

  const canvas = () => document.querySelector('[data-testid="canvas"]') ?? document.body;
  const nodeSelector = (id) => `[data-testid="rf__node-${CSS.escape(id)}"]`;
  /**
   * Called from a requestAnimationFrame callback at `rafTime`: resolves with the time that frame
   * finished rendering (`end`: after rAF and ResizeObserver callbacks, style, layout, paint). A
   * long frame's entry says so exactly, and when its style and layout began; otherwise a task
   * posted now runs after the frame (an upper bound, as other queued tasks may run first).
   */
  const frameEnd = (rafTime) => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const after = performance.now();
      // The frame's entry is reported a little after the frame: look for it for up to 150 ms.
      const look = (tries) => {
        keepFrames(frameObserver.takeRecords());
        const long = longFrames.find((f) => f.start <= rafTime && rafTime <= f.end);
        if (long) resolve({ end: Math.min(long.end, after), styleAndLayoutStart: long.styleAndLayoutStart, resizeObservers: long.resizeObservers });
        else if (tries > 0) setTimeout(() => look(tries - 1), 30);
        else resolve({ end: after, styleAndLayoutStart: null, resizeObservers: null });
      };
      look(5);
    };
    channel.port2.postMessage(0);
  });

  /**
   * Waits until the node `id` is in the DOM and measured (React Flow keeps a node at visibility:
   * hidden until its size is known), then for the frame that draws it. Checked once per frame: a
   * DOM state seen in a requestAnimationFrame callback is what that frame paints.
   */
  function nodeShown(id, timeoutMs = 20000) {
    return new Promise((resolve, reject) => {
      const root = canvas();
      const selector = nodeSelector(id);
      const started = performance.now();
      let inDom = null;
      const observer = new MutationObserver(() => {
        if (inDom === null && root.querySelector(selector)) inDom = performance.now();
      });
      observer.observe(root, { childList: true, subtree: true });
      const frame = () => {
        const element = root.querySelector(selector);
        if (element && inDom === null) inDom = performance.now();
        if (element && element.style.visibility !== 'hidden') {
          const visibleAt = performance.now();
          observer.disconnect();
          frameEnd(visibleAt).then((f) => resolve({ inDom, visibleAt, painted: f.end, styleAndLayoutStart: f.styleAndLayoutStart, resizeObservers: f.resizeObservers }));
          return;
        }
        if (performance.now() - started > timeoutMs) {
          observer.disconnect();
          reject(new Error(`node ${id} not shown within ${timeoutMs} ms`));
          return;
        }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  }

  /** What the canvas shows, in a few numbers: changes of any of them mean the picture changed. */
  function canvasSignature() {
    const root = canvas();
    const nodes = root.querySelectorAll('.react-flow__node');
    let hidden = 0;
    for (const node of nodes) if (node.style.visibility === 'hidden') hidden++;
    const viewport = root.querySelector('.react-flow__viewport');
    const edges = root.querySelectorAll('.react-flow__edge').length;
    return { key: `${nodes.length}|${edges}|${viewport?.style.transform ?? ''}`, nodes: nodes.length, edges, hidden };
  }

  /**
   * "Drawn": the first frame from which the canvas no longer changes, i.e. it shows state nodes
   * and all of them are states of the new document (`names`), no rendered node is still waiting
   * for its size, and the rendered node and edge counts and the viewport transform (the fit to the
   * new graph) then stay the same for `quietMs`. Returns the time just after that first final
   * frame was rendered, and when the first node of the new document entered the DOM.
   */
  function settled(names, quietMs = 400, timeoutMs = 30000) {
    const wanted = new Set(names);
    const showsNewDocument = (root) => {
      const states = root.querySelectorAll('.react-flow__node[data-state-type]');
      for (const node of states) if (!wanted.has(node.dataset.id)) return false;
      return states.length > 0;
    };
    return new Promise((resolve, reject) => {
      const root = canvas();
      const started = performance.now();
      let firstNode = null;
      let previous = '';
      let previousFinal = false;
      let candidate = null;
      const frame = () => {
        const now = performance.now();
        const present = showsNewDocument(root);
        if (present && firstNode === null) firstNode = now;
        const sig = canvasSignature();
        const final = present && sig.hidden === 0;
        if (sig.key !== previous || final !== previousFinal) {
          candidate = final ? { frameAt: now, painted: null, nodes: sig.nodes, edges: sig.edges } : null;
          const mine = candidate;
          if (mine) frameEnd(now).then((f) => (mine.painted = f.end));
        } else if (candidate && candidate.painted !== null && now - candidate.frameAt >= quietMs) {
          resolve({ firstNode, drawn: candidate.painted, nodes: candidate.nodes, edges: candidate.edges });
          return;
        }
        previous = sig.key;
        previousFinal = final;
        if (now - started > timeoutMs) {
          reject(new Error(`canvas did not settle within ${timeoutMs} ms`));
          return;
        }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  }

  /** Records requestAnimationFrame intervals until stop() (frame pacing while panning). */
  function frameMonitor() {
    const gaps = [];
    let last = performance.now();
    let running = true;
    const tick = (t) => {
      if (!running) return;
      gaps.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return { stop: () => ((running = false), gaps) };
  }

  /** Opens a whole definition text (as an import would) and times it until drawn. */
  function openText(text, names) {
    const t0 = performance.now();
    const drawn = settled(names);
    window.__studio.setText(text);
    const returned = performance.now();
    return drawn.then((r) => ({ setText: returned - t0, firstNode: r.firstNode - t0, drawn: r.drawn - t0, nodes: r.nodes, edges: r.edges }));
  }

  /** Renames a state in the text (its key and every reference), as a find-and-replace would. */
  function renameBySetText(from, to) {
    const text = window.__studio.getText().split(JSON.stringify(from)).join(JSON.stringify(to));
    const shown = nodeShown(to);
    const t0 = performance.now();
    window.__studio.setText(text);
    const returned = performance.now();
    return shown.then((r) => ({
      setText: returned - t0,
      inDom: r.inDom - t0,
      visible: r.visibleAt - t0,
      // Known for long frames only: where the frame's style, layout and paint began.
      styleAndLayout: r.styleAndLayoutStart === null ? null : r.styleAndLayoutStart - t0,
      resizeObservers: r.resizeObservers,
      total: r.painted - t0,
    }));
  }

  /** The rendered state node nearest the centre of the canvas (its id), for an edit the user sees. */
  function centralState() {
    const box = canvas().getBoundingClientRect();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    let best = null;
    let bestDistance = Infinity;
    for (const node of canvas().querySelectorAll('.react-flow__node[data-state-type]')) {
      const r = node.getBoundingClientRect();
      const d = Math.hypot(r.x + r.width / 2 - cx, r.y + r.height / 2 - cy);
      if (d < bestDistance) [best, bestDistance] = [node.dataset.id, d];
    }
    return best;
  }

  /** A point on the empty pane (no node, edge or control under it) near the canvas centre. */
  function panePoint() {
    const box = canvas().getBoundingClientRect();
    for (let dy = 0; dy < box.height / 2; dy += 7) {
      for (const sign of [1, -1]) {
        for (let dx = 0; dx < box.width / 2; dx += 11) {
          const x = box.x + box.width / 2 + sign * dx;
          const y = box.y + box.height / 2 + sign * dy;
          if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
        }
      }
    }
    return { x: box.x + 8, y: box.y + 8 };
  }

  let expected = null;
  window.__bench = {
    nodeShown,
    settled,
    openText,
    renameBySetText,
    centralState,
    panePoint,
    canvasSignature,
    frameMonitor,
    /** Starts watching for a node before a key is pressed; `expected()` then awaits it. */
    expect: (id) => {
      expected = nodeShown(id);
      expected.catch(() => {});
    },
    expected: () => expected,
    longTasksBetween: (from, to) => longTasks.filter((t) => t.start + t.duration >= from && t.start <= to),
    keyDownsSince: (from) => keyDowns.filter((t) => t >= from),
  };
})();
