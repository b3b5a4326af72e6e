/** Thin adapter over the document properties (shared by everyone who edits the spreadsheet). */
function store(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function documentProperty(key: string): string | null {
  return store().getProperty(key);
}

export function setDocumentProperty(key: string, value: string): void {
  store().setProperty(key, value);
}

export function documentProperties(): Record<string, string> {
  return store().getProperties();
}

export function removeDocumentProperty(key: string): void {
  store().deleteProperty(key);
}
