/** Roles Maillage knows. An admin is always also a coordinator. */
export const ROLES = ["coordinator", "admin", "researcher"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The roles a token effectively grants, with what each role implies. */
export function effectiveRoles(claimed: readonly string[]): Role[] {
  const roles = new Set(claimed.filter(isRole));
  if (roles.has("admin")) roles.add("coordinator");
  return [...roles].sort();
}
