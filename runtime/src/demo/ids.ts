import { stableId } from '../ids.ts';

/** Deterministic ids for demo data. */
export const demoId = (name: string) => stableId(`demo:${name}`);
