import { preflight, withCors } from '@/lib/http/cors';
import { notFound } from '@/lib/http/problem';

const METHODS = ['POST'] as const;

// Unknown addresses below a service answer 404 problem+json with CORS, so browser clients can read the error.
const handler = async (request: Request) =>
  withCors(
    notFound(
      `There is no CDS Hooks address at ${new URL(request.url).pathname}. GET /cds-services lists the services.`,
    ),
    METHODS,
  );

export const OPTIONS = () => preflight(METHODS);
export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
