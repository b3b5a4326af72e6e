/** Classement tab: runs the classifier, then lists the uncertain rows to confirm or change in one click. */
import { CATEGORIES } from '../core/taxonomy';
import type { RowToCheck } from '../rpc';
import type { App } from './app';
import { clear, el } from './dom';

export function classifyPanel(app: App): HTMLElement {
  const { tr, boot } = app;
  const list = el('div', { class: 'check-list', 'aria-live': 'polite' });
  const button = el('button', { type: 'button', class: 'primary', id: 'classify', text: tr('classify.button') });

  function card(row: RowToCheck): HTMLElement {
    const selectId = `category-${row.partnerId}`;
    const select = el('select', { id: selectId });
    for (const category of CATEGORIES) {
      const option = el('option', { value: category.id, text: category[boot.lang] });
      if (category.id === row.category) option.selected = true;
      select.append(option);
    }
    const confirm = el('button', { type: 'button', class: 'primary', text: tr('classify.confirm') });
    const node = el(
      'div',
      { class: 'card' },
      el('h3', { text: row.name }),
      el('p', {
        class: 'muted',
        text: `${row.partnerId} · ${tr('classify.confidence', { percent: Math.round(row.confidence * 100) })}`,
      }),
      el('ul', { class: 'reasons' }, ...row.reasons.map((reason) => el('li', { text: reason }))),
      el('label', { for: selectId, text: tr('classify.categoryOf', { name: row.name }) }),
      select,
      el('div', { class: 'actions' }, confirm),
    );
    confirm.addEventListener('click', async () => {
      confirm.disabled = true;
      const result = await app.call('setCategory', { partnerId: row.partnerId, category: select.value });
      if (result) {
        app.status.show('success', result.message);
        node.remove();
        if (!list.querySelector('.card')) show([]);
      } else confirm.disabled = false;
    });
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

  return el(
    'section',
    {},
    el('h2', { text: tr('classify.button') }),
    el('p', { class: 'muted', text: tr('classify.help') }),
    button,
    list,
  );
}
