/**
 * What a field a person types in the sidebar may hold. The sidebar's inputs say these limits and the
 * server enforces the same ones, so what is typed is never cut silently on the way.
 */
export const TEXT_LIMITS = {
  clubName: 120,
  senderName: 120,
  signature: 1000,
  communeQuery: 80,
  memberName: 120,
  memberRole: 60,
  /** RFC 5321's longest address. */
  email: 254,
  nextAction: 500,
} as const;

export const NUMBER_LIMITS = {
  radiusKm: { min: 1, max: 50 },
  followUpDays: { min: 1, max: 90 },
} as const;
