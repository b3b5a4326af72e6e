/**
 * Accessible tabs: buttons with role=tab, arrow keys move between them, one panel shown at a time. The
 * panel shown receives a `tabshow` event, so a panel can bring its content up to date when it is opened.
 */
import { el } from './dom';

export const TAB_SHOW = 'tabshow';
/** The person came back to the panel from the sheet, where they may have changed what it lists. */
export const TAB_RETURN = 'tabreturn';

export interface TabSpec {
  id: string;
  label: string;
  panel: HTMLElement;
}

export function buildTabs(
  specs: TabSpec[],
  listLabel: string,
): {
  bar: HTMLElement;
  panels: HTMLElement;
  select(id: string): void;
  has(id: string): boolean;
  /** Tells the panel shown that the person came back to it (`TAB_RETURN`). */
  returned(): void;
} {
  const bar = el('div', { class: 'tabs', role: 'tablist', 'aria-label': listLabel });
  const panels = el('div', { class: 'panels' });
  const buttons: HTMLButtonElement[] = [];

  function show(id: string): HTMLElement | undefined {
    let shown: HTMLElement | undefined;
    for (const [index, spec] of specs.entries()) {
      const selected = spec.id === id;
      buttons[index].setAttribute('aria-selected', String(selected));
      buttons[index].tabIndex = selected ? 0 : -1;
      spec.panel.hidden = !selected;
      if (selected) shown = spec.panel;
    }
    return shown;
  }

  function select(id: string): void {
    show(id)?.dispatchEvent(new CustomEvent(TAB_SHOW));
  }

  for (const [index, spec] of specs.entries()) {
    const button = el('button', {
      type: 'button',
      role: 'tab',
      id: `tab-${spec.id}`,
      'aria-controls': `panel-${spec.id}`,
      text: spec.label,
    });
    button.addEventListener('click', () => select(spec.id));
    button.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = buttons[(index + step + buttons.length) % buttons.length];
      next.focus();
      next.click();
    });
    buttons.push(button);
    bar.append(button);
    spec.panel.id = `panel-${spec.id}`;
    spec.panel.setAttribute('role', 'tabpanel');
    spec.panel.setAttribute('aria-labelledby', `tab-${spec.id}`);
    spec.panel.classList.add('panel');
    panels.append(spec.panel);
  }
  show(specs[0].id); // quietly: the caller selects the tab to open, and only that panel loads
  return {
    bar,
    panels,
    select,
    has: (id) => specs.some((spec) => spec.id === id),
    returned: () => specs.find((spec) => !spec.panel.hidden)?.panel.dispatchEvent(new CustomEvent(TAB_RETURN)),
  };
}
