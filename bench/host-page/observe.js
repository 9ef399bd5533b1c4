// Injected before the page's first script (Playwright's addInitScript): records the entries
// Lighthouse and field data read, as they happen, into window.__hostPage. Only observers: the
// page runs as it would for a reader (no forced GC, no forced layout).
(() => {
  const record = (window.__hostPage = { shifts: [], longTasks: [], frames: [], paints: {}, lcp: 0, events: [], resources: [], firstLoad: undefined });
  // When the first widget had its feed (a fresh or a saved copy): strichka-load bubbles out of every data element.
  document.addEventListener('strichka-load', () => (record.firstLoad ??= performance.now()), { once: true });
  /**
   * "strichka-ticker#recent › li[part=item]", "div.layout > main > article > p:nth-of-type(4)": the
   * node, its ancestors up to one with an id or a class, and the hosts of the shadow roots it is in.
   */
  const describe = (node) => {
    if (!node) return '(a node since removed)';
    const element = node.nodeType == Node.ELEMENT_NODE ? node : node.parentElement;
    if (!element) return node.nodeName;
    const part = element.getAttribute('part');
    const named = element.id ? `#${element.id}` : element.classList.length ? `.${element.classList[0]}` : '';
    const parent = element.parentElement;
    const sameKind = parent ? [...parent.children].filter((child) => child.localName == element.localName) : [];
    const name =
      element.localName +
      named +
      (part ? `[part=${part.split(' ')[0]}]` : '') +
      (!named && sameKind.length > 1 ? `:nth-of-type(${sameKind.indexOf(element) + 1})` : '');
    if (!named && parent && parent != document.body) return `${describe(parent)} > ${name}`;
    const root = element.getRootNode();
    return root instanceof ShadowRoot ? `${describe(root.host)} › ${name}` : name;
  };
  const area = (rect) => rect.width * rect.height;
  const observe = (type, each, options = {}) =>
    new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true, ...options });

  observe('layout-shift', (entry) => {
    // Chromium names up to 5 moved nodes; the entry's score is shared among them by the area they swept.
    const swept = entry.sources.map((source) => area(source.previousRect) + area(source.currentRect));
    const total = swept.reduce((sum, value) => sum + value, 0) || 1;
    record.shifts.push({
      value: entry.value,
      startTime: entry.startTime,
      hadRecentInput: entry.hadRecentInput,
      sources: entry.sources.map((source, index) => ({ node: describe(source.node), share: (entry.value * swept[index]) / total })),
    });
  });
  observe('longtask', (entry) => record.longTasks.push({ startTime: entry.startTime, duration: entry.duration }));
  // Long animation frames name the scripts (5 ms or more) that ran in them: for each frame where
  // the widgets' files (dist/, the npm path's bundle) ran, their longest run and the frame's style
  // and layout, which their changes to the DOM cause (with the page's own, if it had any).
  const WIDGET_SCRIPT = /\/(dist|bench\/\.out\/host-page)\//;
  observe('long-animation-frame', (entry) => {
    const runs = entry.scripts.filter((script) => WIDGET_SCRIPT.test(script.sourceURL)).map((script) => script.duration);
    if (runs.length)
      record.frames.push({
        startTime: entry.startTime,
        script: Math.max(...runs),
        layout: entry.styleAndLayoutStart ? entry.startTime + entry.duration - entry.styleAndLayoutStart : 0,
      });
  });
  observe('paint', (entry) => (record.paints[entry.name] = entry.startTime));
  // What came over the network (0 from the HTTP cache), by URL.
  observe('resource', (entry) => record.resources.push({ name: entry.name, transferSize: entry.transferSize }));
  observe('largest-contentful-paint', (entry) => (record.lcp = entry.startTime));
  observe(
    'event',
    (entry) =>
      record.events.push({
        name: entry.name,
        interactionId: entry.interactionId,
        startTime: entry.startTime,
        duration: entry.duration,
        processingStart: entry.processingStart,
        processingEnd: entry.processingEnd,
      }),
    { durationThreshold: 16 },
  );
})();
