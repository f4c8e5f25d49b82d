import { notFound } from '@/lib/http/problem';

// Any /api address without its own handler answers in the API's own error format, not an HTML page.
const handler = async (request: Request) =>
  notFound(`There is no API at ${new URL(request.url).pathname}. See /api/v1/conditions and /api/v1/recommendations.`);

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
