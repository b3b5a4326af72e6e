/**
 * The typed contract between the sidebar and the server. Each method takes at most one plain
 * object (what google.script.run can carry) and returns plain data. The server implements
 * `ServerApi`; the sidebar calls it through `sidebar/server.ts`. Adding a method here and to
 * RPC_METHODS is all it takes to make it a global entry point of the bundle.
 */
import type { Lang } from './core/taxonomy';

export interface Bootstrap {
  lang: Lang;
  /** The tracking sheet exists (found by its metadata). */
  sheetReady: boolean;
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
}

export interface ClassifyOutcome {
  message: string;
  toCheck: RowToCheck[];
}

export interface CategoryChoice {
  partnerId: string;
  category: string;
}

export interface ServerApi {
  getBootstrap(): Bootstrap;
  buildTrackingSheet(request?: BuildRequest): BuildOutcome;
  classifyPartners(): ClassifyOutcome;
  listRowsToCheck(): RowToCheck[];
  setCategory(choice: CategoryChoice): { message: string; updated: number };
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
] as const satisfies readonly RpcName[];

// Compile-time check that RPC_METHODS lists every method of ServerApi.
type Missing = Exclude<RpcName, (typeof RPC_METHODS)[number]>;
export const RPC_COMPLETE: Missing extends never ? true : never = true;
