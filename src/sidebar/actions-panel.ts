/** Mes actions: the partners assigned to me, overdue first, with quick actions. */
import { TEXT_LIMITS } from '../core/limits';
import type { ActionItem, MyActions } from '../rpc';
import { type App, refreshWhenShown } from './app';
import { clear, el } from './dom';

function inline(input: HTMLElement, button: HTMLElement): HTMLElement {
  return el('div', { class: 'inline' }, input, button);
}

export function actionsPanel(app: App): HTMLElement {
  const { tr } = app;
  const root = el('div', { class: 'my-actions', 'aria-live': 'polite' });
  const heading: Record<ActionItem['bucket'], Parameters<typeof tr>[0]> = {
    overdue: 'actions.overdue',
    today: 'actions.today',
    next: 'actions.next',
  };

  async function reload(quiet = false): Promise<void> {
    show(await app.call('myActions', undefined, { quiet }));
  }

  async function act(call: Promise<{ message: string } | undefined>): Promise<void> {
    const result = await call;
    if (result?.message) app.status.show('success', result.message);
    await reload(true);
  }

  function card(item: ActionItem): HTMLElement {
    const dateId = `date-${item.partnerId}`;
    const nextId = `next-${item.partnerId}`;
    const date = el('input', { type: 'date', id: dateId });
    const next = el('input', {
      type: 'text',
      id: nextId,
      maxlength: String(TEXT_LIMITS.nextAction),
      value: item.nextAction,
    });
    const contacted = el('button', { type: 'button', class: 'primary', text: tr('actions.markContacted') });
    const plus7 = el('button', { type: 'button', text: tr('actions.plus7') });
    const plan = el('button', { type: 'button', text: tr('actions.setDate') });
    const save = el('button', { type: 'button', text: tr('actions.saveNext') });
    const goTo = el('button', { type: 'button', text: tr('actions.goTo') });
    contacted.addEventListener('click', () => void act(app.call('markContacted', { partnerId: item.partnerId })));
    plus7.addEventListener('click', () => void act(app.call('planFollowUp', { partnerId: item.partnerId, days: 7 })));
    plan.addEventListener('click', () => {
      if (date.value) void act(app.call('planFollowUp', { partnerId: item.partnerId, date: date.value }));
    });
    save.addEventListener(
      'click',
      () => void act(app.call('setNextAction', { partnerId: item.partnerId, text: next.value })),
    );
    goTo.addEventListener('click', () => void app.call('goToPartner', { partnerId: item.partnerId }));
    return el(
      'article',
      { class: `card action ${item.bucket}` },
      el('h3', { text: item.name }),
      el('p', {
        class: 'muted',
        text: [
          item.partnerId,
          item.status,
          item.due ? tr('actions.due', { date: item.due.split('-').reverse().join('/') }) : '',
        ]
          .filter(Boolean)
          .join(' · '),
      }),
      item.nextAction
        ? el('p', { class: 'next-action', text: tr('actions.nextLine', { text: item.nextAction }) })
        : null,
      el('div', { class: 'actions' }, contacted, plus7, goTo),
      // The less frequent actions fold away, so a list of partners stays short to scroll.
      el(
        'details',
        { class: 'more' },
        el('summary', { text: tr('actions.more') }),
        el('div', { class: 'field' }, el('label', { for: dateId, text: tr('actions.date') }), inline(date, plan)),
        el('div', { class: 'field' }, el('label', { for: nextId, text: tr('actions.nextAction') }), inline(next, save)),
      ),
    );
  }

  function show(value: MyActions | undefined): void {
    clear(root);
    if (!value) return;
    if (!value.me) {
      root.append(
        el('p', { class: 'muted', text: value.needsChoice ? tr('team.whoAreYou') : tr('actions.notMember') }),
      );
      return;
    }
    if (!value.actions.length) root.append(el('p', { class: 'muted', text: tr('actions.none') }));
    for (const bucket of ['overdue', 'today', 'next'] as const) {
      const items = value.actions.filter((a) => a.bucket === bucket);
      if (!items.length) continue;
      root.append(el('h2', { text: `${tr(heading[bucket])} (${items.length})` }), ...items.map(card));
    }
  }

  const section = el('section', {});
  section.append(refreshWhenShown(app, section, reload, { onReturn: true }), root);
  return section;
}
