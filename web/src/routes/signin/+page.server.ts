import { fail, redirect } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/generated/gql.ts';
import { GatewayError, gatewayMutation } from '#lib/server/gateway.ts';
import { safeRedirectPath, writeSession } from '#lib/server/session.ts';
import type { Actions, PageServerLoad } from './$types';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      refreshToken
      user {
        id
        handle
      }
    }
  }
`);

export const load: PageServerLoad = ({ locals, url }) => {
  const redirectTo = safeRedirectPath(url.searchParams.get('redirectTo'));
  if (locals.session) redirect(303, redirectTo);
  return { redirectTo };
};

type SignInProblem = 'missing' | 'invalid' | 'unavailable' | 'rateLimited';

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const redirectTo = safeRedirectPath(form.get('redirectTo'));
    if (!email || !password) return fail(400, { email, problem: 'missing' as SignInProblem });
    try {
      const { signIn } = await gatewayMutation(event, SignInMutation, { input: { email, password } });
      writeSession(event.cookies, event.url.protocol === 'https:', signIn);
    } catch (cause) {
      if (!(cause instanceof GatewayError)) throw cause;
      const problem: SignInProblem =
        cause.code === 'UNAVAILABLE' ? 'unavailable' : cause.code === 'RATE_LIMITED' ? 'rateLimited' : 'invalid';
      return fail(problem === 'invalid' ? 400 : 503, { email, problem });
    }
    redirect(303, redirectTo);
  },
};
