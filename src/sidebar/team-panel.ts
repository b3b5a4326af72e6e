/** Équipe tab: the members, adding one, sharing the spreadsheet with them, and who "I" am. */
import { TEXT_LIMITS } from '../core/limits';
import type { TeamList } from '../rpc';
import { type App, refreshWhenShown } from './app';
import { ask } from './confirm';
import { clear, el } from './dom';

export function teamPanel(app: App): HTMLElement {
  const { tr } = app;
  const list = el('ul', { class: 'team-list' });
  const orphans = el('p', { class: 'status', 'data-tone': 'error', hidden: true });
  const name = el('input', {
    type: 'text',
    id: 'member-name',
    maxlength: String(TEXT_LIMITS.memberName),
    autocomplete: 'off',
  });
  const email = el('input', {
    type: 'email',
    id: 'member-email',
    maxlength: String(TEXT_LIMITS.email),
    autocomplete: 'off',
  });
  const role = el('input', { type: 'text', id: 'member-role', maxlength: String(TEXT_LIMITS.memberRole) });
  const add = el('button', { type: 'button', class: 'primary', text: tr('team.add') });
  const share = el('button', { type: 'button', id: 'share-team', text: tr('team.share') });
  const confirmBox = el('div', { class: 'card', hidden: true });
  const whoAreYou = el('p', { class: 'muted', hidden: true, text: tr('team.whoAreYou') });
  const empty = el('p', { class: 'muted', hidden: true, text: tr('team.empty') });
  let team: TeamList | undefined;

  function show(value: TeamList | undefined): void {
    if (!value) return;
    team = value;
    clear(list);
    whoAreYou.hidden = value.emailKnown || !!value.me || value.members.length === 0;
    empty.hidden = value.members.length > 0;
    share.disabled = value.members.length === 0;
    for (const member of value.members) {
      const item = el('li', {}, `${member.name} — ${member.email}${member.role ? ` (${member.role})` : ''} `);
      if (member.email === value.me) item.append(el('strong', { text: tr('team.you') }));
      else if (!value.emailKnown) {
        const me = el('button', { type: 'button', class: 'link', text: tr('team.thisIsMe') });
        me.addEventListener('click', async () => show(await app.call('chooseMe', { email: member.email })));
        item.append(me);
      }
      list.append(item);
    }
    orphans.hidden = value.orphans.length === 0;
    orphans.textContent = tr('team.orphans', { list: value.orphans.map((o) => `${o.name} (${o.count})`).join(', ') });
  }

  add.addEventListener('click', async () => {
    const added = name.value.trim();
    const result = await app.call('addMember', { name: added, email: email.value, role: role.value });
    if (!result) return;
    name.value = '';
    email.value = '';
    role.value = '';
    app.status.show('success', tr('team.added', { name: added }));
    show(result);
  });

  share.addEventListener('click', () => {
    ask(
      confirmBox,
      {
        text: tr('team.confirmShare', { count: team?.members.length ?? 0 }),
        yes: tr('team.confirm'),
        no: tr('mail.cancel'),
      },
      async () => {
        const result = await app.call('shareWithTeam');
        if (!result) return;
        const details = [
          result.shared.length ? tr('team.sharedWith', { list: result.shared.join(', ') }) : '',
          result.already.length ? tr('team.alreadyList', { list: result.already.join(', ') }) : '',
          result.invalid.length ? tr('team.invalidList', { list: result.invalid.join(', ') }) : '',
        ].filter(Boolean);
        app.status.show(result.invalid.length ? 'error' : 'success', result.message, details);
        show(await app.call('listTeam', undefined, { quiet: true }));
      },
    );
  });

  const section = el('section', {});
  section.append(
    el('h2', { text: tr('team.title') }),
    refreshWhenShown(app, section, async (quiet) => show(await app.call('listTeam', undefined, { quiet })), {
      onReturn: true,
    }),
    whoAreYou,
    empty,
    list,
    orphans,
    el('div', { class: 'field' }, el('label', { for: 'member-name', text: tr('team.name') }), name),
    el('div', { class: 'field' }, el('label', { for: 'member-email', text: tr('team.email') }), email),
    el('div', { class: 'field' }, el('label', { for: 'member-role', text: tr('team.role') }), role),
    el('div', { class: 'actions' }, add, share),
    confirmBox,
  );
  return section;
}
