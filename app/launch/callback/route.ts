import { finishLaunchRequest } from '@/lib/smart/launch';

export const dynamic = 'force-dynamic';

/** GET /launch/callback: the EHR's authorization server sends the browser back here (the registered redirect URI). */
export const GET = (request: Request) => finishLaunchRequest(request);
