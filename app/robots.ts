import type { MetadataRoute } from 'next';

// Clinician tool: nothing here is meant for search engines, and saved handouts (/h/…) must never be indexed.
export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', disallow: '/' }] };
}
