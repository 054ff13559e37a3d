import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
  locale: locals.locale,
  // The token goes to the page only for the signed-in person, for their graphql-ws connection.
  session: locals.session,
});
