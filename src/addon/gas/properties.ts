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

/** The user's own properties: private to them, in this document's add-on. */
export function userProperty(key: string): string | null {
  return PropertiesService.getUserProperties().getProperty(key);
}

export function setUserProperty(key: string, value: string): void {
  PropertiesService.getUserProperties().setProperty(key, value);
}
