/** Details for the developer go to console (Stackdriver in Apps Script), never to the person. */
export function logError(context: string, error: unknown): void {
  const detail = error && typeof error === 'object' && 'stack' in error ? (error as Error).stack : String(error);
  console.error(`[${context}] ${detail}`);
}
