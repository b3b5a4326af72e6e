/** Suggestions tab: what the club needs, then real organisations nearby as cards to add in one click. */
import { APPORTS, CATEGORIES } from '../core/taxonomy';
import type { Suggestion, SuggestionsOutcome } from '../rpc';
import type { App } from './app';
import { clear, el } from './dom';

export function suggestPanel(app: App): HTMLElement {
  const { tr, boot } = app;
  const lang = boot.lang;
  const needs = APPORTS.map((apport) => {
    const box = el('input', { type: 'checkbox', id: `need-${apport.id}`, value: apport.id });
    return { box, node: el('label', { class: 'check', for: `need-${apport.id}` }, box, ` ${apport[lang]}`) };
  });
  const search = el('button', {
    type: 'button',
    class: 'primary',
    id: 'search-suggestions',
    text: tr('suggest.search'),
  });
  const filter = el('select', { id: 'suggest-filter' });
  const addSelection = el('button', {
    type: 'button',
    class: 'primary',
    id: 'add-selection',
    disabled: true,
    text: tr('suggest.addSelection', { count: 0 }),
  });
  const results = el(
    'div',
    { hidden: true },
    el('div', { class: 'field' }, el('label', { for: 'suggest-filter', text: tr('suggest.filter') }), filter),
    el('div', { class: 'actions' }, addSelection),
  );
  const messages = el('ul', { class: 'source-messages' });
  const list = el('div', { class: 'suggestions', 'aria-live': 'polite' });
  const attribution = el('p', { class: 'muted attribution' });
  let shown: Suggestion[] = [];
  const selected = new Set<string>();

  function updateSelection(): void {
    addSelection.textContent = tr('suggest.addSelection', { count: selected.size });
    addSelection.disabled = selected.size === 0;
  }

  function contacts(s: Suggestion): string {
    const known = [
      s.email && tr('suggest.contact.email'),
      s.phone && tr('suggest.contact.phone'),
      s.website && tr('suggest.contact.website'),
      s.address && tr('suggest.contact.address'),
    ].filter(Boolean) as string[];
    return known.length ? tr('suggest.known', { list: known.join(', ') }) : tr('suggest.unknownContact');
  }

  function card(s: Suggestion): HTMLElement {
    const category = CATEGORIES.find((c) => c.id === s.category);
    const boxId = `pick-${s.key.replace(/[^\w-]/g, '_')}`;
    const pick = el('input', { type: 'checkbox', id: boxId, 'aria-label': tr('suggest.select', { name: s.name }) });
    pick.checked = selected.has(s.key);
    pick.disabled = s.inSheet;
    pick.addEventListener('change', () => {
      if (pick.checked) selected.add(s.key);
      else selected.delete(s.key);
      updateSelection();
    });
    const add = el('button', { type: 'button', text: tr('suggest.add'), disabled: s.inSheet });
    add.addEventListener('click', () => void addCards([s]));
    const details = [
      category?.[lang],
      s.distanceKm !== undefined
        ? tr('suggest.distance', { km: String(s.distanceKm).replace('.', lang === 'fr' ? ',' : '.') })
        : undefined,
      s.city,
    ].filter(Boolean) as string[];
    return el(
      'article',
      { class: `card suggestion${s.inSheet ? ' in-sheet' : ''}`, 'data-category': s.category },
      el('div', { class: 'row' }, pick, el('h3', { text: s.name })),
      el('p', { class: 'muted', text: details.join(' · ') }),
      s.inSheet ? el('p', { class: 'tag', text: tr('suggest.inSheet') }) : null,
      el(
        'p',
        {},
        ...s.apports.map((a) => el('span', { class: 'tag', text: APPORTS.find((x) => x.id === a)?.[lang] ?? a })),
      ),
      el('p', { class: 'muted', text: contacts(s) }),
      el('p', { class: 'muted', text: s.reasons[0] ?? '' }),
      el('p', { class: 'muted', text: tr('suggest.source', { source: s.sourceNames.join(', ') }) }),
      el('div', { class: 'actions' }, add),
    );
  }

  /** The filter offers the categories found, with their counts, and keeps the choice when it still applies. */
  function fillFilter(): void {
    const before = filter.value;
    clear(filter);
    filter.append(el('option', { value: '', text: `${tr('filter.anyCategory')} (${shown.length})` }));
    for (const category of CATEGORIES) {
      const count = shown.filter((s) => s.category === category.id).length;
      if (count) filter.append(el('option', { value: category.id, text: `${category[lang]} (${count})` }));
    }
    filter.value = [...filter.options].some((o) => o.value === before) ? before : '';
  }

  function render(): void {
    clear(list);
    const wanted = filter.value;
    for (const s of shown) if (!wanted || s.category === wanted) list.append(card(s));
  }

  function show(outcome: SuggestionsOutcome): void {
    shown = outcome.suggestions;
    selected.clear();
    updateSelection();
    clear(messages);
    for (const source of outcome.sources) if (source.message) messages.append(el('li', { text: source.message }));
    attribution.textContent = tr('suggest.attribution', {
      list: outcome.sources.map((s) => s.attribution).join(' ; '),
    });
    app.status.show('success', tr('suggest.found', { count: shown.length, commune: outcome.commune }));
    // The filter and the add button only mean something once there are cards.
    results.hidden = shown.length === 0;
    fillFilter();
    render();
  }

  async function addCards(cards: Suggestion[]): Promise<void> {
    addSelection.disabled = true;
    const result = await app.call('addSuggestions', { suggestions: cards });
    if (result) {
      const added = new Set(cards.map((c) => c.key));
      shown = shown.map((s) => (added.has(s.key) ? { ...s, inSheet: true } : s));
      for (const key of added) selected.delete(key);
      render();
      app.status.show('success', result.message);
    }
    updateSelection();
  }

  search.addEventListener('click', async () => {
    search.disabled = true;
    app.status.show('info', tr('suggest.searching'));
    const outcome = await app.call('searchSuggestions', {
      needs: needs.filter((n) => n.box.checked).map((n) => n.box.value),
    });
    search.disabled = false;
    if (outcome) show(outcome);
  });
  filter.addEventListener('change', render);
  addSelection.addEventListener('click', () => void addCards(shown.filter((s) => selected.has(s.key) && !s.inSheet)));

  return el(
    'section',
    {},
    el('h2', { text: tr('suggest.title') }),
    el('fieldset', { class: 'needs' }, el('legend', { text: tr('suggest.needs') }), ...needs.map((n) => n.node)),
    el('div', { class: 'actions' }, search),
    messages,
    results,
    list,
    attribution,
  );
}
