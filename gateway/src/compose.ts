// Composes the supergraph from the subgraphs' committed SDL files into gateway/supergraph.graphql.
// `--check` fails (exit 1) when composition fails or the committed supergraph is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS } from './subgraphs.ts';

const root = new URL('../../', import.meta.url);
const target = new URL('gateway/supergraph.graphql', root);

export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPHS.map((subgraph) => ({
      name: subgraph.name,
      // Placeholder URLs: the gateway routes to the configured service URLs at run time.
      url: `http://${subgraph.name}.peerdesk.internal/graphql`,
      typeDefs: parse(readFileSync(new URL(subgraph.sdlPath, root), 'utf8')),
    })),
  );
  if (result.errors) {
    const problems = result.errors.map((error) => `  - ${error.message}`).join('\n');
    throw new Error(`Supergraph composition failed:\n${problems}`);
  }
  return `${result.supergraphSdl.trim()}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  try {
    const supergraph = composeSupergraph();
    if (check) {
      const committed = readFileSync(target, 'utf8');
      if (committed !== supergraph) {
        console.error('gateway/supergraph.graphql is stale: run `npm run codegen` and commit the result.');
        process.exit(1);
      }
      console.log('supergraph composes and is up to date');
    } else {
      writeFileSync(target, supergraph);
      console.log(`wrote ${target.pathname}`);
    }
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
