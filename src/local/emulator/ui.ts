/** Ui (menus, sidebar, alerts) and HtmlService. Alerts are answered from a queue a test or the preview fills. */
import type { Emulated } from './strict';

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;

export interface MenuRecord {
  title: string;
  addon: boolean;
  items: { caption: string; functionName: string }[];
}

export interface Dialog {
  title: string;
  prompt: string;
  buttons: string;
}

/** Thrown when an alert is shown and no answer was queued: the preview asks the person, then runs again. */
export class UnansweredDialog extends Error {
  constructor(readonly dialog: Dialog) {
    super(`Ui.alert shown with no answer queued: ${dialog.title} — ${dialog.prompt}`);
    this.name = 'UnansweredDialog';
  }
}

export interface UiState {
  menus: MenuRecord[];
  sidebar?: { title: string; html: string };
  dialogs: Dialog[];
  answers: string[];
  toasts: string[];
  /** A question nobody answered in this run: in Sheets it would have waited, so the run stops there. */
  unanswered?: Dialog;
}

export function newUiState(): UiState {
  return { menus: [], dialogs: [], answers: [], toasts: [] };
}

export class UiE implements Emulated {
  readonly className = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(private readonly state: UiState) {}
  createAddonMenu(): MenuE {
    return new MenuE(this.state, 'Add-on', true);
  }
  createMenu(title: string): MenuE {
    return new MenuE(this.state, title, false);
  }
  showSidebar(output: HtmlOutputE): void {
    this.state.sidebar = { title: output.getTitle(), html: output.getContent() };
  }
  alert(titleOrPrompt: string, promptOrButtons?: string, buttons?: string): string {
    const hasTitle = buttons !== undefined || (promptOrButtons !== undefined && !(promptOrButtons in ButtonSet));
    const dialog: Dialog = {
      title: hasTitle ? titleOrPrompt : '',
      prompt: hasTitle ? (promptOrButtons ?? '') : titleOrPrompt,
      buttons: (hasTitle ? buttons : promptOrButtons) ?? ButtonSet.OK,
    };
    this.state.dialogs.push(dialog);
    if (dialog.buttons === ButtonSet.OK) return this.state.answers.shift() ?? Button.OK;
    const answer = this.state.answers.shift();
    if (!answer) {
      this.state.unanswered = dialog;
      throw new UnansweredDialog(dialog);
    }
    return answer;
  }
}

export class MenuE implements Emulated {
  readonly className = 'Menu';
  private readonly record: MenuRecord;
  constructor(
    private readonly state: UiState,
    title: string,
    addon: boolean,
  ) {
    this.record = { title, addon, items: [] };
  }
  addItem(caption: string, functionName: string): MenuE {
    this.record.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): MenuE {
    this.record.items.push({ caption: '---', functionName: '' });
    return this;
  }
  addToUi(): void {
    this.state.menus = this.state.menus.filter((m) => m.title !== this.record.title || m.addon !== this.record.addon);
    this.state.menus.push({ ...this.record, items: [...this.record.items] });
  }
}

export class HtmlOutputE implements Emulated {
  readonly className = 'HtmlOutput';
  private title = '';
  constructor(private content: string) {}
  setTitle(title: string): HtmlOutputE {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  getContent(): string {
    return this.content;
  }
  setWidth(): HtmlOutputE {
    return this;
  }
  setHeight(): HtmlOutputE {
    return this;
  }
  append(html: string): HtmlOutputE {
    this.content += html;
    return this;
  }
}

export class HtmlServiceE implements Emulated {
  readonly className = 'HtmlService';
  constructor(private readonly files: Record<string, string>) {}
  createHtmlOutputFromFile(name: string): HtmlOutputE {
    const content = this.files[name] ?? this.files[`${name}.html`];
    if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return new HtmlOutputE(content);
  }
  createHtmlOutput(html = ''): HtmlOutputE {
    return new HtmlOutputE(html);
  }
}
