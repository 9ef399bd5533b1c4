// A page's first Intl formatter costs ~45 ms (150 ms at 4× CPU) in one call, whatever the locale:
// the engine lists the locales it has data for, once per process (Chromium). A worker of the page
// runs in the same process, so a worker that constructs one of each kind first pays that off the
// main thread; the elements' first renders wait for it. Where it does not answer soon, they go on.
// A page whose Content-Security-Policy allows no `blob:` worker turns it off with
// `<meta name="strichka:intl-warm-up" content="off">`, or the browser blocks it and reports that.

/** What the worker constructs: one of every kind the elements use, in the page's language. */
const WARM_UP = `for(const k of['DateTimeFormat','NumberFormat','RelativeTimeFormat','ListFormat','Collator','DisplayNames'])try{new Intl[k](name,{type:k=='DisplayNames'?'language':void 0})}catch{}postMessage(0)`;

/** How long the elements wait for the worker at most (ms). */
const PATIENCE = 500;

const READY = Symbol.for('strichka.intl-ready');

function warmUp(locale: string): Promise<void> {
  return new Promise((done) => {
    let worker: Worker | undefined;
    const finish = () => {
      worker?.terminate();
      done();
    };
    setTimeout(finish, PATIENCE);
    // Starting a worker costs the main thread ~8 ms (30 ms at 4× CPU): a task of its own.
    setTimeout(() => {
      try {
        const url = URL.createObjectURL(new Blob([WARM_UP], { type: 'text/javascript' }));
        worker = new Worker(url, { name: locale });
        URL.revokeObjectURL(url);
        worker.onmessage = worker.onerror = finish;
      } catch {
        finish();
      }
    });
  });
}

/**
 * Resolves once the main thread can construct Intl formatters in a few milliseconds (or where no
 * worker can tell: no Worker, a blocked one): one warm-up per page, shared by every bundle on it.
 */
export function intlWarmedUp(): Promise<void> {
  return ((globalThis as Record<symbol, Promise<void> | undefined>)[READY] ??= document.querySelector('meta[name="strichka:intl-warm-up"][content="off"]')
    ? Promise.resolve()
    : warmUp(document.documentElement.lang || navigator.language));
}
