/** The server side of the sidebar contract (rpc.ts): one handler per method. */
import { isUserError } from '../core/errors';
import { RPC_METHODS, type ServerApi } from '../rpc';
import { classifyPartners, listRowsToCheck, setCategory } from './classify/action';
import { lookupPartnerCodes } from './classify/lookup';
import { activeSpreadsheet } from './gas/spreadsheet';
import { currentLang } from './lang';
import { createDraftsChunk } from './outreach/drafts';
import { syncGmail } from './outreach/gmail-sync';
import { dueFollowUps, listDraftsToSend, listOutreach } from './outreach/lists';
import { previewMessage, sendTest } from './outreach/preview';
import { sendDraftsChunk } from './outreach/sending';
import { forSidebar } from './run';
import { loadSettings, saveSettings, searchCommunes } from './settings';
import { addSuggestions, searchSuggestions } from './suggest/actions';
import {
  addMember,
  chooseMe,
  goToPartner,
  listTeam,
  markContacted,
  myActions,
  planFollowUp,
  setNextAction,
  shareWithTeam,
} from './team/actions';
import { buildTrackingSheet } from './tracking/build';
import { findPartnerSheet } from './tracking/locate';

/**
 * The count on the « Mes actions » tab. A sheet the add-on cannot read yet (headers pushed down by an
 * inserted row) shows no count rather than no sidebar: the tab itself says what to do when opened.
 */
function pendingActionCount(): number {
  try {
    return myActions().actions.filter((a) => a.bucket !== 'next').length;
  } catch (error) {
    if (isUserError(error)) return 0;
    throw error;
  }
}

const handlers: ServerApi = {
  getBootstrap: () => {
    const sheetReady = !!findPartnerSheet(activeSpreadsheet());
    return { lang: currentLang(), sheetReady, myActions: sheetReady ? pendingActionCount() : 0 };
  },
  buildTrackingSheet: (request) => buildTrackingSheet(request ?? {}),
  classifyPartners: () => classifyPartners(),
  listRowsToCheck: () => listRowsToCheck(),
  setCategory: (choice) => setCategory(choice),
  lookupPartnerCodes: (request) => lookupPartnerCodes(request ?? {}),
  getSettings: () => loadSettings(),
  saveSettings: (settings) => saveSettings(settings),
  searchCommunes: (request) => searchCommunes(request),
  searchSuggestions: (request) => searchSuggestions(request),
  addSuggestions: (request) => addSuggestions(request),
  listOutreach: (request) => listOutreach(request),
  previewMessage: (request) => previewMessage(request),
  sendTest: (request) => sendTest(request),
  createDraftsChunk: (request) => createDraftsChunk(request),
  listDraftsToSend: () => listDraftsToSend(),
  sendDraftsChunk: (request) => sendDraftsChunk(request),
  syncGmail: () => syncGmail(),
  dueFollowUps: () => dueFollowUps(),
  listTeam: () => listTeam(),
  addMember: (member) => addMember(member),
  shareWithTeam: () => shareWithTeam(),
  chooseMe: (request) => chooseMe(request),
  myActions: () => myActions(),
  markContacted: (request) => markContacted(request),
  planFollowUp: (request) => planFollowUp(request),
  setNextAction: (request) => setNextAction(request),
  goToPartner: (request) => goToPartner(request),
};

export const rpcEntryPoints: Record<string, (...args: unknown[]) => unknown> = Object.fromEntries(
  RPC_METHODS.map((name) => [name, forSidebar(name, handlers[name] as (...args: unknown[]) => unknown)]),
);
