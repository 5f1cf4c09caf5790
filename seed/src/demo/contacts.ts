/**
 * Invented contact persons. Emails are on the reserved `.example` domain and
 * phone numbers in the 01 99 00 xx xx range, which French numbering keeps for
 * fiction: none of them reaches anybody.
 */
import { ref, type NodeRef, type NodeSpec, type RelSpec } from "@maillage/model";
import type { BizOrg, EssOrg } from "./model";
import { emailPart, FIRST_NAMES, SURNAMES } from "./names";
import type { Rng } from "@maillage/model";
import { bizRef, essRef, node, rel } from "./spec";

const ESS_ROLES = [
  "Direction",
  "Présidence",
  "Coordination",
  "Chargé·e de développement",
  "Responsable des partenariats",
  "Trésorerie",
];
const BIZ_ROLES = ["Direction", "Responsable RSE", "Responsable des achats", "Gérance", "Ressources humaines"];
const SUPPORT_ROLES = ["Chargé·e d'accompagnement", "Direction", "Animation du réseau"];
const FINANCER_ROLES = ["Chargé·e d'investissement", "Chargé·e de mission", "Direction"];

export interface ContactOwner {
  ref: NodeRef;
  slug: string;
  roles: readonly string[];
  count: number;
}

export function contactOwners(
  rng: Rng,
  ess: readonly EssOrg[],
  biz: readonly BizOrg[],
  invented: { support: readonly { id: string; slug: string }[]; financers: readonly { id: string; slug: string }[] },
): ContactOwner[] {
  return [
    ...ess.map((e) => ({ ref: essRef(e.id), slug: e.slug, roles: ESS_ROLES, count: rng.chance(0.35) ? 2 : 1 })),
    ...biz.filter(() => rng.chance(0.4)).map((b) => ({ ref: bizRef(b.id), slug: b.slug, roles: BIZ_ROLES, count: 1 })),
    ...invented.support.map((s) => ({
      ref: ref("SupportProvider", s.id),
      slug: s.slug,
      roles: SUPPORT_ROLES,
      count: 1,
    })),
    ...invented.financers.map((f) => ({ ref: ref("Financer", f.id), slug: f.slug, roles: FINANCER_ROLES, count: 1 })),
  ];
}

export function generateContacts(rng: Rng, owners: readonly ContactOwner[]): { nodes: NodeSpec[]; rels: RelSpec[] } {
  const nodes: NodeSpec[] = [];
  const rels: RelSpec[] = [];
  const usedNames = new Set<string>();
  let n = 0;
  for (const owner of owners) {
    const roles = rng.sample(owner.roles, owner.count);
    for (const role of roles) {
      let first = rng.pick(FIRST_NAMES) as string;
      let last = rng.pick(SURNAMES) as string;
      for (let guard = 0; usedNames.has(`${first} ${last}`) && guard < 50; guard++) {
        first = rng.pick(FIRST_NAMES);
        last = rng.pick(SURNAMES);
      }
      usedNames.add(`${first} ${last}`);
      n++;
      const id = `demo-contact-${String(n).padStart(4, "0")}`;
      nodes.push(
        node("Contact", {
          id,
          name: `${first} ${last}`,
          role,
          email: `${emailPart(first)}.${emailPart(last)}@${owner.slug}.example`,
          phone: `01 99 00 ${String(Math.floor(n / 100) % 100).padStart(2, "0")} ${String(n % 100).padStart(2, "0")}`,
        }),
      );
      rels.push(rel("HAS_CONTACT", owner.ref, ref("Contact", id)));
    }
  }
  return { nodes, rels };
}
