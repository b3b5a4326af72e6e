/** A promise-based client over google.script.run, typed by the contract of rpc.ts. */
import type { RpcArg, RpcName, RpcResult } from '../rpc';

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  [method: string]: unknown;
}

declare const google: { script: { run: ScriptRunner } };

export function callServer<K extends RpcName>(name: K, arg?: RpcArg<K>): Promise<RpcResult<K>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as RpcResult<K>))
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(String(error))));
    const method = runner[name] as (arg?: unknown) => void;
    method.call(runner, arg);
  });
}
