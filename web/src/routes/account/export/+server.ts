// Downloads everything identity holds about the signed-in person as a JSON file (a POST: it is a mutation).
import { error, redirect } from '@sveltejs/kit';
import { failPage, gatewayMutation } from '#lib/server/gateway.ts';
import type { RequestHandler } from './$types';
import { ExportMyDataMutation } from '../account.documents.ts';

export const POST: RequestHandler = async (event) => {
  if (!event.locals.session) redirect(303, '/signin?redirectTo=/account');
  const { exportMyData } = await gatewayMutation(event, ExportMyDataMutation, { input: { format: 'JSON' } }).catch(failPage);
  if (!exportMyData) error(502, { message: 'No export.' });
  const day = exportMyData.generatedAt.slice(0, 10);
  return new Response(JSON.stringify({ generatedAt: exportMyData.generatedAt, data: exportMyData.data as unknown }, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="peerdesk-my-data-${day}.json"`,
      'cache-control': 'private, no-store',
    },
  });
};
