/**
 * Classement tab: runs the classifier, then lists the uncertain rows to confirm or change in one click;
 * can look the uncertain partners up in the business directory, chunk by chunk, with a stop button.
 */
import { CATEGORIES } from '../core/taxonomy';
import type { LookupOutcome, RowToCheck } from '../rpc';
import { type App, refreshWhenShown } from './app';
import { clear, el } from './dom';

export function classifyPanel(app: App): HTMLElement {
  const { tr, boot } = app;
  const list = el('div', { class: 'check-list', 'aria-live': 'polite' });
  const button = el('button', { type: 'button', class: 'primary', id: 'classify', text: tr('classify.button') });
  const lookup = el('button', { type: 'button', id: 'lookup-siren', text: tr('lookup.button') });
  const stop = el('button', { type: 'button', id: 'lookup-stop', hidden: true, text: tr('lookup.cancel') });
  const progress = el('p', { class: 'muted', 'aria-live': 'polite' });
  let stopped = false;

  function card(row: RowToCheck): HTMLElement {
    const selectId = `category-${row.partnerId}`;
    const select = el('select', { id: selectId });
    for (const category of CATEGORIES) {
      const option = el('option', { value: category.id, text: category[boot.lang] });
      if (category.id === row.category) option.selected = true;
      select.append(option);
    }
    const confirm = el('button', { type: 'button', text: tr('classify.confirm') });
    // One click settles the row: the likely categories as buttons, any other through the list.
    const quick = row.quick.map((id) => {
      const name = CATEGORIES.find((c) => c.id === id)?.[boot.lang] ?? id;
      const button = el('button', {
        type: 'button',
        class: id === row.category ? 'primary' : undefined,
        'aria-label': tr('classify.setAs', { name: row.name, category: name }),
        text: name,
      });
      button.addEventListener('click', () => void choose(id));
      return button;
    });
    const buttons = [...quick, confirm];
    const node = el(
      'div',
      { class: 'card' },
      el('h3', { text: row.name }),
      el('p', {
        class: 'muted',
        text: `${row.partnerId} · ${tr('classify.confidence', { percent: Math.round(row.confidence * 100) })}`,
      }),
      el('ul', { class: 'reasons' }, ...row.reasons.map((reason) => el('li', { text: reason }))),
      quick.length ? el('div', { class: 'actions quick' }, ...quick) : null,
      el('label', { for: selectId, text: tr('classify.categoryOf', { name: row.name }) }),
      el('div', { class: 'inline' }, select, confirm),
    );
    async function choose(category: string): Promise<void> {
      for (const b of buttons) b.disabled = true;
      const result = await app.call('setCategory', { partnerId: row.partnerId, category });
      if (result) {
        app.status.show('success', result.message);
        node.remove();
        if (!list.querySelector('.card')) show([]);
      } else for (const b of buttons) b.disabled = false;
    }
    confirm.addEventListener('click', () => void choose(select.value));
    return node;
  }

  function show(rows: RowToCheck[]): void {
    clear(list);
    list.append(el('h2', { text: `${tr('classify.toCheck')} (${rows.length})` }));
    if (rows.length === 0) list.append(el('p', { class: 'muted', text: tr('classify.none') }));
    for (const row of rows) list.append(card(row));
  }

  button.addEventListener('click', async () => {
    button.disabled = true;
    const outcome = await app.call('classifyPartners');
    button.disabled = false;
    if (!outcome) return;
    app.status.show('success', outcome.message);
    show(outcome.toCheck);
  });

  lookup.addEventListener('click', async () => {
    lookup.disabled = true;
    button.disabled = true;
    stop.hidden = false;
    stopped = false;
    const totals = { looked: 0, found: 0, ambiguous: 0, notFound: 0 };
    let after: string | undefined;
    let last: LookupOutcome | undefined;
    let toCheck: RowToCheck[] | undefined;
    do {
      last = await app.call('lookupPartnerCodes', { after });
      if (!last) break;
      totals.looked += last.looked;
      totals.found += last.found;
      totals.ambiguous += last.ambiguous;
      totals.notFound += last.notFound;
      toCheck = last.toCheck ?? toCheck;
      after = last.next;
      progress.textContent = tr('lookup.progress', { done: totals.looked, left: last.remaining });
      if (last.failure) break;
    } while (after && !stopped);
    lookup.disabled = false;
    button.disabled = false;
    stop.hidden = true;
    progress.textContent = '';
    if (!last) return;
    if (last.failure) app.status.show('error', last.failure);
    else if (stopped) app.status.show('info', tr('lookup.cancelled', { looked: totals.looked }));
    else if (totals.looked === 0) app.status.show('info', last.message);
    else app.status.show('success', tr('lookup.done', totals));
    if (toCheck) show(toCheck);
  });
  stop.addEventListener('click', () => {
    stopped = true;
  });

  // Opened, the tab shows the rows still to check as the sheet has them now (a person may have set
  // categories in the sheet since), without classifying anything.
  async function refresh(quiet: boolean): Promise<void> {
    if (button.disabled) return; // a classification or a look-up is running and will show the list
    const rows = await app.call('listRowsToCheck', undefined, { quiet });
    if (rows) show(rows);
  }

  const section = el('section', {});
  section.append(
    el('h2', { text: tr('classify.button') }),
    refreshWhenShown(app, section, refresh, { onReturn: true }),
    el('p', { class: 'muted', text: tr('classify.help') }),
    button,
    el('p', { class: 'muted', text: tr('lookup.help') }),
    el('div', { class: 'actions' }, lookup, stop),
    progress,
    list,
  );
  return section;
}
