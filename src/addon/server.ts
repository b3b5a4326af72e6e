/** The server side of the sidebar contract (rpc.ts): one handler per method. */
import { RPC_METHODS, type ServerApi } from '../rpc';
import { currentLang } from './lang';
import { forSidebar } from './run';

const handlers: ServerApi = {
  getBootstrap: () => ({ lang: currentLang() }),
};

export const rpcEntryPoints: Record<string, (...args: unknown[]) => unknown> = Object.fromEntries(
  RPC_METHODS.map((name) => [name, forSidebar(name, handlers[name] as (...args: unknown[]) => unknown)]),
);
