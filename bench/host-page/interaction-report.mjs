// The host-page interaction table: Event Timing of a reader's clicks on each embed path's page.
import { formatTable } from '../format-table.mjs';
import { measureInteractions } from './interactions.mjs';
import { ms } from './ms.mjs';
import { embeds } from './pages.mjs';

/** Event Timing rows of the reader's interactions, per embed path. */
export async function interactionReport(browser, base, paths, root) {
  const rows = [];
  const notes = new Set();
  for (const { name, label } of embeds) {
    for (const result of await measureInteractions(browser, base + paths[name], root)) {
      if (result.failed) {
        rows.push([`${label}: ${result.label}`, 'skipped', '', '', '', '']);
        notes.add(`  skipped "${result.label}" on ${name}: ${result.failed}`);
      } else if (result.duration == undefined) {
        rows.push([`${label}: ${result.label}`, '< 16', '', '', '', '']);
      } else {
        rows.push([`${label}: ${result.label}`, ms(result.duration), ms(result.inputDelay), ms(result.processing), ms(result.presentation), result.events]);
      }
    }
  }
  return [
    'Interactions on the phone (390×844, 4× CPU), real mouse input: Event Timing of the longest entry of each',
    'interaction (duration rounded to 8 ms by the browser; "< 16": no entry over the 16 ms threshold); the page\'s own',
    'button is the floor: a click that changes one word, with no widget involved, on this machine in this run',
    ...formatTable(['path: interaction', 'duration ms', 'input delay', 'processing', 'presentation', 'events'], rows, 'lrrrrl'),
    ...notes,
  ];
}
