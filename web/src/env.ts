// The web app's environment, validated when the server starts (SvelteKit 3 explicit env vars).
import { defineEnvVars } from '@sveltejs/kit/env';

function httpUrl(name: string, fallback: string) {
  return (value: string | undefined): string => {
    const url = value && value.length > 0 ? value : fallback;
    if (!/^https?:\/\//.test(url)) throw new Error(`${name} must be an http(s) URL, got "${url}"`);
    return url;
  };
}

export const variables = defineEnvVars({
  GATEWAY_URL: {
    description: 'GraphQL gateway URL the server uses (HTTP).',
    schema: httpUrl('GATEWAY_URL', 'http://127.0.0.1:4000/graphql'),
  },
  PUBLIC_GATEWAY_URL: {
    public: true,
    description: 'GraphQL gateway URL the browser uses; the graphql-ws URL is derived by replacing http with ws.',
    schema: httpUrl('PUBLIC_GATEWAY_URL', 'http://localhost:4000/graphql'),
  },
});
