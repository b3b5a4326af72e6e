/**
 * Courriels tab: choose rows, see who is ready and why the others are not, preview, test, then draft or
 * send in chunks with a progress bar, the count left and a cancel button; read back from Gmail.
 */
import { CATEGORIES, STATUTS } from '../core/taxonomy';
import { type ChunkOutcome, MAIL_CHUNK_SIZE, type MailKind, type OutreachEntry, type OutreachRequest } from '../rpc';
import { type App, refreshWhenShown } from './app';
import { ask } from './confirm';
import { clear, el } from './dom';

export function mailPanel(app: App): HTMLElement {
  const { tr, boot } = app;
  const lang = boot.lang;
  const kind = el('select', { id: 'mail-kind' });
  kind.append(
    el('option', { value: 'premier', text: tr('templates.kind.premier') }),
    el('option', { value: 'relance', text: tr('templates.kind.relance') }),
  );
  const bySelection = el('input', { type: 'radio', name: 'mail-scope', id: 'scope-selection', value: 'selection' });
  const byFilter = el('input', { type: 'radio', name: 'mail-scope', id: 'scope-filter', value: 'filter' });
  byFilter.checked = true;
  const status = el('select', { id: 'mail-status' }, el('option', { value: '', text: tr('filter.anyStatus') }));
  for (const s of STATUTS) status.append(el('option', { value: s.id, text: s[lang] }));
  status.value = 'a_contacter';
  const category = el('select', { id: 'mail-category' }, el('option', { value: '', text: tr('filter.anyCategory') }));
  for (const c of CATEGORIES) category.append(el('option', { value: c.id, text: c[lang] }));
  const check = el('button', { type: 'button', id: 'mail-check', text: tr('mail.check') });
  const summary = el('div', { class: 'mail-summary', 'aria-live': 'polite' });
  const previewPick = el('select', { id: 'preview-pick' });
  const previewButton = el('button', { type: 'button', text: tr('mail.preview') });
  const testButton = el('button', { type: 'button', text: tr('mail.sendTest') });
  const previewBox = el('div', { class: 'card preview', hidden: true });
  const draftButton = el('button', {
    type: 'button',
    class: 'primary',
    id: 'create-drafts',
    disabled: true,
    text: tr('mail.createDrafts', { count: 0 }),
  });
  const cancel = el('button', { type: 'button', id: 'cancel-run', hidden: true, text: tr('mail.cancel') });
  const sendButton = el('button', { type: 'button', id: 'send-drafts', text: tr('mail.sendDrafts') });
  const confirmBox = el('div', { class: 'card', hidden: true, id: 'confirm-send' });
  const syncButton = el('button', { type: 'button', id: 'sync-gmail', text: tr('mail.sync') });
  const followUpButton = el('button', { type: 'button', id: 'follow-ups', text: tr('mail.followUps') });
  let ready: OutreachEntry[] = [];
  let cancelled = false;

  const request = (): OutreachRequest => ({
    scope: bySelection.checked ? 'selection' : 'filter',
    status: status.value || undefined,
    category: category.value || undefined,
    kind: kind.value as MailKind,
  });

  let asked = 0;
  async function refresh(quiet = false): Promise<void> {
    // Several checks may be under way (a filter changed, then a return from the sheet): the last asked wins.
    const mine = ++asked;
    const list = await app.call('listOutreach', request(), { quiet });
    if (mine !== asked) return;
    const picked = previewPick.value; // kept when still listed: the person may be reading its preview
    clear(summary);
    clear(previewPick);
    ready = list?.ready ?? [];
    draftButton.textContent = tr('mail.createDrafts', { count: ready.length });
    draftButton.disabled = ready.length === 0;
    if (!list) return;
    summary.append(
      el('p', { text: tr('mail.readyCount', { ready: list.ready.length, blocked: list.blocked.length }) }),
      el('p', { class: 'muted', text: tr('mail.quota', { quota: list.quota }) }),
    );
    if (list.blocked.length)
      summary.append(
        el(
          'ul',
          { class: 'reasons' },
          ...list.blocked.map((b) => el('li', { text: tr('mail.why', { who: b.name, why: b.reason ?? '' }) })),
        ),
      );
    for (const entry of [...list.ready, ...list.blocked])
      previewPick.append(
        el('option', { value: entry.partnerId, text: entry.name, selected: entry.partnerId === picked }),
      );
  }

  /** Runs a job over ids in chunks, with progress, the count left and a cancel button. */
  async function inChunks(
    ids: string[],
    job: (chunk: string[]) => Promise<ChunkOutcome | undefined>,
    progress: 'mail.progress' | 'mail.sendProgress',
  ) {
    cancelled = false;
    cancel.hidden = false;
    let done = 0;
    app.status.show('info', tr(progress, { done, left: ids.length }));
    app.status.setProgress(0, ids.length);
    const failed: ChunkOutcome['failed'] = [];
    for (let i = 0; i < ids.length && !cancelled; i += MAIL_CHUNK_SIZE) {
      const result = await job(ids.slice(i, i + MAIL_CHUNK_SIZE));
      if (!result) break;
      done += result.done.length;
      failed.push(...result.failed);
      app.status.show('info', tr(progress, { done, left: Math.max(ids.length - i - MAIL_CHUNK_SIZE, 0) }));
      app.status.setProgress(Math.min(ids.length, i + MAIL_CHUNK_SIZE), ids.length);
    }
    cancel.hidden = true;
    app.status.setProgress(0, 0);
    return { done, failed, wasCancelled: cancelled };
  }

  draftButton.addEventListener('click', async () => {
    draftButton.disabled = true;
    const chosenKind = kind.value as MailKind;
    const result = await inChunks(
      ready.map((r) => r.partnerId),
      (chunk) => app.call('createDraftsChunk', { partnerIds: chunk, kind: chosenKind }, { quiet: true }),
      'mail.progress',
    );
    const text = result.wasCancelled
      ? tr('mail.cancelled', { done: result.done })
      : tr('mail.draftsDone', { done: result.done, failed: result.failed.length });
    app.status.show(
      result.failed.length ? 'error' : 'success',
      text,
      result.failed.map((f) => tr('mail.why', { who: f.partnerId, why: f.reason })),
    );
    await refresh(true);
  });

  cancel.addEventListener('click', () => {
    cancelled = true;
  });

  previewButton.addEventListener('click', async () => {
    if (!previewPick.value) return;
    const preview = await app.call('previewMessage', { partnerId: previewPick.value, kind: kind.value as MailKind });
    if (!preview) return;
    clear(previewBox);
    previewBox.append(
      el('p', { class: 'muted', text: preview.to }),
      el('h3', { text: tr('mail.subject', { subject: preview.subject }) }),
      el('p', { class: 'mail-body', text: preview.text }),
    );
    if (preview.missing.length)
      previewBox.append(
        el('p', {
          class: 'status',
          'data-tone': 'error',
          text: tr('mail.reason.missingField', { detail: preview.missing.join(', ') }),
        }),
      );
    previewBox.hidden = false;
    app.status.show('info', tr('mail.preview'));
  });

  testButton.addEventListener('click', async () => {
    if (!previewPick.value) return;
    const result = await app.call('sendTest', { partnerId: previewPick.value, kind: kind.value as MailKind });
    if (result) app.status.show('success', result.message);
  });

  sendButton.addEventListener('click', async () => {
    const [drafts, list] = [await app.call('listDraftsToSend'), await app.call('listOutreach', request())];
    if (!drafts || !list) return;
    if (!drafts.length) {
      app.status.show('info', tr('mail.noDrafts'));
      return;
    }
    ask(
      confirmBox,
      {
        text: tr('mail.confirmSend', { count: drafts.length, quota: list.quota }),
        yes: tr('mail.confirm'),
        no: tr('mail.cancel'),
      },
      async () => {
        const result = await inChunks(
          drafts.map((d) => d.partnerId),
          (chunk) => app.call('sendDraftsChunk', { partnerIds: chunk }, { quiet: true }),
          'mail.sendProgress',
        );
        app.status.show(
          result.failed.length ? 'error' : 'success',
          tr('mail.sent', { done: result.done, failed: result.failed.length }),
          result.failed.map((f) => tr('mail.why', { who: f.partnerId, why: f.reason })),
        );
      },
    );
  });

  syncButton.addEventListener('click', async () => {
    const result = await app.call('syncGmail');
    if (result)
      app.status.show(
        'success',
        result.message,
        result.deleted.length ? [tr('mail.deletedList', { list: result.deleted.join(', ') })] : [],
      );
  });

  followUpButton.addEventListener('click', async () => {
    const due = await app.call('dueFollowUps');
    if (!due) return;
    if (!due.length) {
      app.status.show('info', tr('mail.noFollowUps'));
      return;
    }
    const result = await inChunks(
      due.map((d) => d.partnerId),
      (chunk) => app.call('createDraftsChunk', { partnerIds: chunk, kind: 'relance' }, { quiet: true }),
      'mail.progress',
    );
    app.status.show(
      'success',
      tr('mail.draftsDone', { done: result.done, failed: result.failed.length }),
      result.failed.map((f) => tr('mail.why', { who: f.partnerId, why: f.reason })),
    );
  });

  check.addEventListener('click', () => void refresh());
  // Who is ready depends on the message and the rows chosen: checked again as soon as either changes.
  for (const input of [kind, bySelection, byFilter, status, category])
    input.addEventListener('change', () => void refresh());

  const section = el('section', {});
  section.append(
    // Also when the person comes back from the sheet, where they may have selected other rows.
    refreshWhenShown(
      app,
      section,
      async (quiet) => {
        if (cancel.hidden) await refresh(quiet); // not while drafts are being created or sent
      },
      { onReturn: true },
    ),
    el('h2', { text: tr('mail.title') }),
    el('div', { class: 'field' }, el('label', { for: 'mail-kind', text: tr('mail.kind') }), kind),
    el(
      'fieldset',
      { class: 'needs' },
      el('legend', { text: tr('mail.scope') }),
      el('label', { class: 'check', for: 'scope-selection' }, bySelection, ` ${tr('mail.scope.selection')}`),
      el('label', { class: 'check', for: 'scope-filter' }, byFilter, ` ${tr('mail.scope.filter')}`),
      el('div', { class: 'field' }, el('label', { for: 'mail-status', text: tr('mail.status') }), status),
      el('div', { class: 'field' }, el('label', { for: 'mail-category', text: tr('mail.category') }), category),
    ),
    el('div', { class: 'actions' }, check),
    summary,
    el('div', { class: 'field' }, el('label', { for: 'preview-pick', text: tr('mail.previewFor') }), previewPick),
    el('div', { class: 'actions' }, previewButton, testButton),
    previewBox,
    el('div', { class: 'actions' }, draftButton, cancel),
    el('div', { class: 'actions' }, sendButton),
    confirmBox,
    el('div', { class: 'actions' }, syncButton, followUpButton),
  );
  return section;
}
