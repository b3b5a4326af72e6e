/**
 * The global entry points of the add-on, and nothing else. The build turns every key of
 * `entryPoints` into a top-level `function` declaration of dist/Code.js, as Apps Script needs for
 * simple triggers, menu callbacks and google.script.run.
 */
import { menuEntryPoints, onInstall, onOpen } from './menu';
import { rpcEntryPoints } from './server';
import { onEdit } from './triggers';

export const entryPoints: Record<string, (...args: never[]) => unknown> = {
  onOpen,
  onInstall,
  onEdit,
  ...menuEntryPoints,
  ...rpcEntryPoints,
};
