/**
 * The typed contract between the sidebar and the server. Each method takes at most one plain
 * object (what google.script.run can carry) and returns plain data. The server implements
 * `ServerApi`; the sidebar calls it through `sidebar/server.ts`. Adding a method here and to
 * RPC_METHODS is all it takes to make it a global entry point of the bundle.
 */
import type { Suggestion } from './core/opendata/suggest';
import type { Commune, SourceId } from './core/opendata/types';
import type { ClubSettings } from './core/settings';
import type { Lang } from './core/taxonomy';

export type { ClubSettings, Commune, Suggestion };

export interface Bootstrap {
  lang: Lang;
  /** The tracking sheet exists (found by its metadata). */
  sheetReady: boolean;
  /** Partners assigned to the current user that need something (0 when none or unknown). */
  myActions: number;
}

/** Outcome of "Créer / mettre à jour le tableau de suivi". */
export type BuildOutcome =
  | { kind: 'confirmAdopt'; sheetName: string; rows: number; question: string }
  | { kind: 'done'; message: string; warnings: string[]; changed: boolean };

export interface BuildRequest {
  /** Answer to a previous confirmAdopt: true adopts the list, false builds an empty sheet beside it. */
  adopt?: boolean;
}

/** A partner the classifier was unsure about, for a person to confirm or change. */
export interface RowToCheck {
  partnerId: string;
  name: string;
  category: string;
  confidence: number;
  reasons: string[];
  /** Category ids offered in one click, likeliest first (the proposal, then what the evidence says). */
  quick: string[];
}

export interface ClassifyOutcome {
  message: string;
  toCheck: RowToCheck[];
}

export interface LookupRequest {
  /** Go on after this partner: the cursor the previous chunk returned. */
  after?: string;
}

export interface LookupOutcome {
  message: string;
  looked: number;
  found: number;
  ambiguous: number;
  notFound: number;
  /** Partners still to look up after this chunk. */
  remaining: number;
  /** Cursor of the next chunk; absent when every partner was looked up. */
  next?: string;
  /** A short French sentence when the directory did not answer (busy, down…). */
  failure?: string;
  /** The rows still to check, when records were found and the partners classified again. */
  toCheck?: RowToCheck[];
}

export interface CategoryChoice {
  partnerId: string;
  category: string;
}

export interface SuggestionsRequest {
  /** Apport ids the club ticked (public, lieu, materiel…). */
  needs: string[];
}

export interface SourceReport {
  source: SourceId;
  attribution: string;
  count: number;
  /** A short French sentence when this source failed; the others still show. */
  message?: string;
}

export interface SuggestionsOutcome {
  commune: string;
  suggestions: Suggestion[];
  sources: SourceReport[];
}

export interface AddOutcome {
  added: number;
  skipped: number;
  message: string;
}

export type MailKind = 'premier' | 'relance';

export interface OutreachRequest {
  /** The rows selected in the sheet, or a filter by status and category ids. */
  scope: 'selection' | 'filter';
  status?: string;
  category?: string;
  kind: MailKind;
}

export interface OutreachEntry {
  partnerId: string;
  name: string;
  email: string;
  /** Why this row cannot be written to, in a short sentence. */
  reason?: string;
}

export interface OutreachList {
  ready: OutreachEntry[];
  blocked: OutreachEntry[];
  /** Recipients Google still allows today (MailApp.getRemainingDailyQuota). */
  quota: number;
  /** Drafts of this mailbox waiting to be sent. */
  draftsToSend: number;
}

export interface PreviewOutcome {
  to: string;
  subject: string;
  text: string;
  html: string;
  missing: string[];
}

/**
 * Most partners one drafting or sending call handles: well inside the six-minute limit, and the
 * sidebar shows progress between calls.
 */
export const MAIL_CHUNK_SIZE = 20;

export interface ChunkOutcome {
  done: string[];
  failed: { partnerId: string; reason: string }[];
  quota: number;
}

export interface TeamMember {
  name: string;
  email: string;
  role: string;
  /** ISO date when the sheet was shared with them, or ''. */
  sharedOn: string;
}

export interface TeamList {
  members: TeamMember[];
  /** The current user's address if they are a member, else ''. */
  me: string;
  /** Google gives the user's address (Workspace); when not, the user picks themselves once. */
  emailKnown: boolean;
  /** Names in the Responsable column that are no longer in the team, with their partner counts. */
  orphans: { name: string; count: number }[];
}

export interface ShareOutcome {
  shared: string[];
  already: string[];
  invalid: string[];
  message: string;
}

export interface ActionItem {
  partnerId: string;
  name: string;
  status: string;
  /** Next follow-up day (YYYY-MM-DD in the sheet's time zone), or ''. */
  due: string;
  bucket: 'overdue' | 'today' | 'next';
  nextAction: string;
}

export interface MyActions {
  me?: { name: string; email: string };
  /** The user's address is unknown and they have not yet picked themselves in the team list. */
  needsChoice: boolean;
  actions: ActionItem[];
}

export interface ServerApi {
  getBootstrap(): Bootstrap;
  buildTrackingSheet(request?: BuildRequest): BuildOutcome;
  classifyPartners(): ClassifyOutcome;
  listRowsToCheck(): RowToCheck[];
  setCategory(choice: CategoryChoice): { message: string; updated: number };
  lookupPartnerCodes(request: LookupRequest): LookupOutcome;
  getSettings(): ClubSettings;
  saveSettings(settings: ClubSettings): ClubSettings;
  searchCommunes(request: { query: string }): Commune[];
  searchSuggestions(request: SuggestionsRequest): SuggestionsOutcome;
  addSuggestions(request: { suggestions: Suggestion[] }): AddOutcome;
  listOutreach(request: OutreachRequest): OutreachList;
  previewMessage(request: { partnerId: string; kind: MailKind }): PreviewOutcome;
  sendTest(request: { partnerId: string; kind: MailKind }): { message: string };
  createDraftsChunk(request: { partnerIds: string[]; kind: MailKind }): ChunkOutcome;
  listDraftsToSend(): OutreachEntry[];
  sendDraftsChunk(request: { partnerIds: string[] }): ChunkOutcome;
  syncGmail(): { message: string; sent: number; replies: number; deleted: string[] };
  dueFollowUps(): OutreachEntry[];
  listTeam(): TeamList;
  addMember(member: { name: string; email: string; role?: string }): TeamList;
  shareWithTeam(): ShareOutcome;
  chooseMe(request: { email: string }): TeamList;
  myActions(): MyActions;
  markContacted(request: { partnerId: string }): { message: string };
  planFollowUp(request: { partnerId: string; days?: number; date?: string }): { message: string };
  setNextAction(request: { partnerId: string; text: string }): { message: string };
  goToPartner(request: { partnerId: string }): { message: string };
}

export type RpcName = keyof ServerApi;
export type RpcArg<K extends RpcName> = Parameters<ServerApi[K]>[0];
export type RpcResult<K extends RpcName> = ReturnType<ServerApi[K]>;

/** Every method the sidebar may call; each becomes a top-level function of Code.js. */
export const RPC_METHODS = [
  'getBootstrap',
  'buildTrackingSheet',
  'classifyPartners',
  'listRowsToCheck',
  'setCategory',
  'lookupPartnerCodes',
  'getSettings',
  'saveSettings',
  'searchCommunes',
  'searchSuggestions',
  'addSuggestions',
  'listOutreach',
  'previewMessage',
  'sendTest',
  'createDraftsChunk',
  'listDraftsToSend',
  'sendDraftsChunk',
  'syncGmail',
  'dueFollowUps',
  'listTeam',
  'addMember',
  'shareWithTeam',
  'chooseMe',
  'myActions',
  'markContacted',
  'planFollowUp',
  'setNextAction',
  'goToPartner',
] as const satisfies readonly RpcName[];

// Compile-time check that RPC_METHODS lists every method of ServerApi.
type Missing = Exclude<RpcName, (typeof RPC_METHODS)[number]>;
export const RPC_COMPLETE: Missing extends never ? true : never = true;
