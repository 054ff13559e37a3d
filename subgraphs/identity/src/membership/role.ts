import { ROLES, type Role } from '@peerdesk/runtime/viewer';
import { registerEnumType } from 'type-graphql';

/** The GraphQL face of a brand role: CUSTOMER ↔ 'customer'. */
export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role.toUpperCase(), role])) as {
  CUSTOMER: 'customer';
  EXPERT: 'expert';
  AGENT: 'agent';
  ADMIN: 'admin';
};
registerEnumType(RoleEnum, { name: 'Role', description: 'What a person may do in one brand.' });

export type { Role };
