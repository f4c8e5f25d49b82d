import { startLaunch } from '@/lib/smart/launch';

export const dynamic = 'force-dynamic';

/** GET /launch?iss=…&launch=… (EHR launch) or /launch?iss=… (standalone): SMART App Launch 2.x. */
export const GET = (request: Request) => startLaunch(request);
