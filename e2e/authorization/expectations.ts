// The authorization table: what every caller gets from every root field of the supergraph, tried against brand A.
// e2e/authorization/matrix.test.ts holds the platform to it; docs/authorization.md is generated from it.
import { row, type Expectation } from './outcomes.ts';

// prettier-ignore
export const EXPECTATIONS: Record<string, Expectation> = {
};
