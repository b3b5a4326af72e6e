/** Partner IDs: P-0001, P-0002… stable, never reused (the counter only goes up). */
const PATTERN = /^P-(\d{4,})$/;

export function formatId(n: number): string {
  return `P-${String(n).padStart(4, '0')}`;
}

export function idNumber(value: unknown): number | undefined {
  const match = PATTERN.exec(String(value ?? '').trim());
  return match ? Number(match[1]) : undefined;
}

/** The next free number: above every ID in the sheet and above the stored counter. */
export function nextIdNumber(existing: unknown[], counter: number): number {
  let max = counter;
  for (const value of existing) {
    const n = idNumber(value);
    if (n !== undefined && n > max) max = n;
  }
  return max + 1;
}
