/** What every panel shares: the translator, the status area, and a helper to call the server. */
import type { Translate } from '../core/i18n';
import type { Bootstrap, RpcArg, RpcName, RpcResult } from '../rpc';
import { callServer } from './server';
import type { StatusArea } from './status';

export interface App {
  tr: Translate;
  boot: Bootstrap;
  status: StatusArea;
  /** Calls the server with the status area showing "working", and reports a failure there. */
  call<K extends RpcName>(name: K, arg?: RpcArg<K>): Promise<RpcResult<K> | undefined>;
  selectTab(id: string): void;
}

export function makeCaller(status: StatusArea, tr: Translate): App['call'] {
  return async (name, arg) => {
    status.busy();
    try {
      return await callServer(name, arg);
    } catch (error) {
      status.show('error', error instanceof Error && error.message ? error.message : tr('error.network'));
      return undefined;
    }
  };
}
