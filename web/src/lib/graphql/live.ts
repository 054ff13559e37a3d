// Subscribes a component to a GraphQL subscription for as long as it is mounted (call inside $effect).
import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { browserClient } from './browser-client.ts';

export function live<Data, Variables extends AnyVariables>(
  token: string | null,
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  onData: (data: Data) => void,
): () => void {
  const { unsubscribe } = browserClient(token)
    .subscription(document, variables)
    .subscribe((result) => {
      if (result.data) onData(result.data);
    });
  return unsubscribe;
}
