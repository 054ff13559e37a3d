// The authorization matrix: every root field of the composed supergraph, tried through the gateway by every kind of
// caller against brand A's objects, must answer what e2e/authorization/expectations.ts says.
import { readFileSync, writeFileSync } from 'node:fs';
import { createClient, type Client } from 'graphql-ws';
import { parse, type ObjectTypeDefinitionNode } from 'graphql';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayUrl } from '../client.ts';
import { pool, satisfies, subscribeCell, observe, type Observed } from './cells.ts';
import { EXPECTATIONS } from './expectations.ts';
import { OPERATIONS, SHARED_FIXTURES, sharedFixture, type Cell } from './operations.ts';
import { ACTORS, BRAND_B, DENIED, ERRORS, type Actor, type Expectation } from './outcomes.ts';
import { bearer, isPerson, World, type Credentials } from './world.ts';

const RECORD = process.env.AUTHZ_RECORD === '1';
const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

/** `Type.field` for every root field of the committed supergraph, @inaccessible ones included. */
export function rootFields(): string[] {
  const sdl = readFileSync(new URL('../../gateway/supergraph.graphql', import.meta.url), 'utf8');
  return parse(sdl)
    .definitions.filter(
      (d): d is ObjectTypeDefinitionNode => d.kind === 'ObjectTypeDefinition' && ROOT_TYPES.includes(d.name.value),
    )
    .flatMap((type) => (type.fields ?? []).map((field) => `${type.name.value}.${field.name.value}`));
}

const FIELDS = rootFields();
const world = new World(gatewayUrl());
const observed = new Map<string, Partial<Record<Actor, Observed>>>();
const mismatches: string[] = [];
let secrets: string[] = [];
/** Brand A's personal data a caller must not see: the run's planted data and A's people's emails, but its own. */
const secretsFor = (actor: Actor) => secrets.filter((secret) => !isPerson(actor) || secret !== world.people[actor].email);

const expectationOf = (field: string): Expectation | undefined => EXPECTATIONS[field];
const isRefusal = (field: string, actor: Actor) => {
  const expected = expectationOf(field)?.cells[actor];
  return expected ? ERRORS.includes(expected) : false;
};

function record(field: string, actor: Actor, seen: Observed): void {
  observed.set(field, { ...observed.get(field), [actor]: seen });
  const row = expectationOf(field);
  if (!row) return void mismatches.push(`${field}: no expectation`);
  if (!satisfies(seen, row.cells[actor], row)) mismatches.push(`${field} as ${actor}: expected ${row.cells[actor]}, got ${seen}`);
}

async function cellFor(field: string, actor: Actor): Promise<Cell> {
  const scope = expectationOf(field)?.scope ?? null;
  const cell: Cell = {
    world,
    actor,
    brandB: BRAND_B.includes(actor),
    shared: isRefusal(field, actor),
    caller: world.as(actor, scope),
  };
  if (OPERATIONS[field]!.freshCaller && isPerson(actor)) {
    cell.person = await world.freshPerson(actor);
    cell.caller = bearer(cell.person);
  }
  return cell;
}

async function runCell(field: string, actor: Actor): Promise<void> {
  const operation = OPERATIONS[field]!;
  const cell = await cellFor(field, actor);
  const variables = (await operation.variables?.(cell)) ?? {};
  const result = await world.call(cell.caller, operation.document, variables);
  if (!result.errors?.length) await operation.after?.(world, variables);
  record(field, actor, observe(result, field.split('.')[1]!, secretsFor(actor)));
}

const fieldsOf = (type: string) => FIELDS.filter((field) => field.startsWith(`${type}.`) && OPERATIONS[field]);

beforeAll(async () => {
  await world.setUp();
  secrets = [
    world.personalData,
    ...(['customerA', 'expertA', 'agentA', 'adminA'] as const).map((actor) => world.people[actor].email),
  ];
}, 180_000);

afterAll(() => {
  if (!RECORD) return;
  const lines = FIELDS.map((field) => {
    const cells = ACTORS.map((actor) => observed.get(field)?.[actor] ?? '?').map((o) => o.replaceAll(' ', '_'));
    return `  '${field}': row(${JSON.stringify(expectationOf(field)?.scope ?? null)}, '${cells.join(' ')}'),`;
  });
  writeFileSync(new URL('../../.data/authorization-observed.txt', import.meta.url), `${lines.join('\n')}\n`);
});

describe('the authorization table', () => {
  it('has a row for every root field of the supergraph and none for a field that is gone', () => {
    expect(
      FIELDS.filter((field) => !EXPECTATIONS[field]),
      'root fields without an expectation',
    ).toEqual([]);
    expect(
      Object.keys(EXPECTATIONS).filter((field) => !FIELDS.includes(field)),
      'expectations of fields that no longer exist',
    ).toEqual([]);
    expect(
      FIELDS.filter((field) => !OPERATIONS[field]),
      'root fields the matrix cannot call',
    ).toEqual([]);
  });

  it('denies brand B every cell against brand A', () => {
    const granted = Object.entries(EXPECTATIONS).flatMap(([field, row]) =>
      BRAND_B.filter((actor) => !DENIED.includes(row.cells[actor])).map((actor) => `${field} as ${actor}: ${row.cells[actor]}`),
    );
    expect(granted).toEqual([]);
  });
});

describe('every root field through the gateway, as every caller', () => {
  it('queries', async () => {
    const before = mismatches.length;
    await pool(
      fieldsOf('Query').flatMap((field) => ACTORS.map((actor) => () => runCell(field, actor))),
      8,
    );
    if (!RECORD) expect(mismatches.slice(before)).toEqual([]);
  });

  it('mutations refused write nothing', async () => {
    const before = mismatches.length;
    const sharedIds = await Promise.all(
      (Object.keys(SHARED_FIXTURES) as (keyof typeof SHARED_FIXTURES)[]).map((key) => sharedFixture(world, key)),
    );
    const snapshot = await world.snapshot(sharedIds);
    const refused = fieldsOf('Mutation').flatMap((field) =>
      ACTORS.filter((actor) => isRefusal(field, actor)).map((actor) => () => runCell(field, actor)),
    );
    await pool(refused, 8);
    expect(await world.snapshot(sharedIds)).toEqual(snapshot);
    if (!RECORD) expect(mismatches.slice(before)).toEqual([]);
  });

  it('mutations allowed do what they say', async () => {
    const before = mismatches.length;
    for (const field of fieldsOf('Mutation')) {
      await pool(
        ACTORS.filter((actor) => !isRefusal(field, actor)).map((actor) => () => runCell(field, actor)),
        6,
      );
    }
    if (!RECORD) expect(mismatches.slice(before)).toEqual([]);
  });

  it('subscriptions over graphql-ws, authenticated when the socket connects', async () => {
    const before = mismatches.length;
    const clients = new Map<Actor, Client>();
    const clientOf = (actor: Actor, credentials: Credentials) => {
      const key = `${actor}:${JSON.stringify(credentials)}` as Actor;
      if (!clients.has(key)) {
        clients.set(
          key,
          createClient({
            url: gatewayUrl().replace(/^http/, 'ws'),
            webSocketImpl: WebSocket,
            connectionParams: credentials.authorization
              ? { authorization: credentials.authorization }
              : credentials.apiKey
                ? { apiKey: credentials.apiKey }
                : {},
            retryAttempts: 0,
          }),
        );
      }
      return clients.get(key)!;
    };
    try {
      for (const field of fieldsOf('Subscription')) {
        const operation = OPERATIONS[field]!;
        const name = field.split('.')[1]!;
        const running = await Promise.all(
          ACTORS.map(async (actor) => {
            const cell = await cellFor(field, actor);
            const variables = (await operation.variables?.(cell)) ?? {};
            return {
              actor,
              variables,
              ...subscribeCell(clientOf(actor, cell.caller), operation.document, variables, name, secretsFor(actor)),
            };
          }),
        );
        await new Promise((resolve) => setTimeout(resolve, 500));
        if (operation.trigger) await operation.trigger(world, running[0]!.variables);
        const windowMs = operation.trigger ? 4000 : 700;
        await Promise.all(
          running.map(async (sub) => {
            const seen = await Promise.race([
              sub.settled,
              new Promise<Observed>((resolve) => setTimeout(() => resolve(sub.latest()), windowMs)),
            ]);
            sub.dispose();
            record(field, sub.actor, seen);
          }),
        );
      }
    } finally {
      await Promise.all([...clients.values()].map((client) => client.dispose()));
    }
    if (!RECORD) expect(mismatches.slice(before)).toEqual([]);
  });
});
