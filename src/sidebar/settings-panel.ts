/** The club's settings (Réglages tab): name, commune chosen from geo.api.gouv.fr answers, radius, sender. */
import { NUMBER_LIMITS, TEXT_LIMITS } from '../core/limits';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { ClubSettings, Commune } from '../rpc';
import type { App } from './app';
import { clear, el } from './dom';

function field(id: string, label: string, input: HTMLElement): HTMLElement {
  input.id = id;
  return el('div', { class: 'field' }, el('label', { for: id, text: label }), input);
}

function numberInput({ min, max }: { min: number; max: number }, value: number): HTMLInputElement {
  return el('input', { type: 'number', min: String(min), max: String(max), step: '1', value: String(value) });
}

export function settingsPanel(app: App): HTMLElement {
  const { tr } = app;
  let chosen: Commune | undefined;
  const clubName = el('input', { type: 'text', maxlength: String(TEXT_LIMITS.clubName), autocomplete: 'organization' });
  const communeQuery = el('input', { type: 'text', maxlength: String(TEXT_LIMITS.communeQuery) });
  const findCommune = el('button', { type: 'button', text: tr('settings.communeSearch') });
  const communeChosen = el('p', { class: 'muted', id: 'commune-chosen', text: tr('settings.communeNone') });
  const communeResults = el('div', {
    class: 'commune-results',
    role: 'group',
    'aria-label': tr('settings.communeResults'),
  });
  const radius = numberInput(NUMBER_LIMITS.radiusKm, DEFAULT_SETTINGS.radiusKm);
  const followUp = numberInput(NUMBER_LIMITS.followUpDays, DEFAULT_SETTINGS.followUpDays);
  const senderName = el('input', { type: 'text', maxlength: String(TEXT_LIMITS.senderName), autocomplete: 'name' });
  const signature = el('textarea', { rows: '4', maxlength: String(TEXT_LIMITS.signature) });
  const save = el('button', { type: 'button', class: 'primary', id: 'save-settings', text: tr('settings.save') });

  function showCommune(commune: Commune | undefined): void {
    chosen = commune;
    communeChosen.textContent = commune
      ? tr('settings.communeChosen', { name: commune.nom, code: commune.code, dep: commune.codeDepartement })
      : tr('settings.communeNone');
  }

  function fill(settings: ClubSettings): void {
    clubName.value = settings.clubName;
    radius.value = String(settings.radiusKm);
    followUp.value = String(settings.followUpDays);
    senderName.value = settings.senderName;
    signature.value = settings.signature;
    showCommune(settings.commune);
  }

  async function search(): Promise<void> {
    findCommune.disabled = true;
    const communes = await app.call('searchCommunes', { query: communeQuery.value });
    findCommune.disabled = false;
    clear(communeResults);
    if (!communes) return;
    app.status.show('info', communes.length ? tr('settings.communeResults') : tr('settings.noCommuneFound'));
    for (const commune of communes) {
      const button = el('button', {
        type: 'button',
        class: 'choice',
        text: `${commune.nom} (${commune.codesPostaux.join(', ') || commune.code})`,
      });
      button.addEventListener('click', () => {
        showCommune(commune);
        clear(communeResults);
        communeChosen.focus();
      });
      communeResults.append(button);
    }
  }

  findCommune.addEventListener('click', () => void search());
  communeQuery.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') void search();
  });
  save.addEventListener('click', async () => {
    save.disabled = true;
    const saved = await app.call('saveSettings', {
      clubName: clubName.value,
      commune: chosen,
      radiusKm: Number(radius.value),
      followUpDays: Number(followUp.value),
      senderName: senderName.value,
      signature: signature.value,
    });
    save.disabled = false;
    if (saved) {
      fill(saved);
      app.status.show('success', tr('settings.saved'));
    }
  });
  communeChosen.tabIndex = -1;
  void app.call('getSettings').then((settings) => {
    if (settings) fill(settings);
  });

  return el(
    'section',
    {},
    el('h2', { text: tr('settings.title') }),
    el('p', { class: 'muted', text: tr('settings.help') }),
    field('club-name', tr('settings.clubName'), clubName),
    field('commune-query', tr('settings.commune'), communeQuery),
    el('div', { class: 'actions' }, findCommune),
    communeResults,
    communeChosen,
    field('radius', tr('settings.radius'), radius),
    field('follow-up', tr('settings.followUpDays'), followUp),
    field('sender-name', tr('settings.senderName'), senderName),
    field('signature', tr('settings.signature'), signature),
    el('div', { class: 'actions' }, save),
  );
}
