import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import QRCode from 'qrcode';
import { cache } from 'react';
import { findHandout } from '@/lib/db/handouts';
import type { Block, Clinic, Section } from '@/lib/handout/content';
import { handoutReadingGrade } from '@/lib/handout/readability';
import { isDatabaseFault } from '@/lib/http/db-fault';
import { publicOrigin } from '@/lib/http/origin';
import './handout.css';
import { PrintBar } from './print-bar';

export const dynamic = 'force-dynamic';

const load = cache(async (id: string) => {
  try {
    return { handout: await findHandout(id), unavailable: false };
  } catch (error) {
    if (isDatabaseFault(error)) return { handout: null, unavailable: true };
    throw error;
  }
});

export async function generateMetadata(props: PageProps<'/h/[id]'>): Promise<Metadata> {
  const { id } = await props.params;
  const { handout } = await load(id);
  return {
    title: handout ? handout.content.title : 'Patient handout',
    robots: { index: false, follow: false, nocache: true },
    referrer: 'no-referrer',
  };
}

/** Three or more short items (strain names, ingredients) print in two columns. */
const isShortList = (items: string[]) => items.length >= 3 && items.every((item) => item.length <= 40);

function Blocks({ blocks }: { blocks: Block[] }) {
  return blocks.map((block, i) =>
    block.kind === 'paragraph' ? (
      // A lead-in ("…straight away if:") stays on the same page as its list.
      <p key={i} className={`mt-2 print:mt-1 ${block.text.endsWith(':') ? 'lead' : ''}`}>
        {block.text}
      </p>
    ) : (
      <ul
        key={i}
        className={`mt-2 space-y-1 print:mt-1 print:space-y-0.5 ${isShortList(block.items) ? 'short-list' : ''}`}
      >
        {block.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    ),
  );
}

/** The clinic's own name and phone number, under "When to call" (stored with the handout; never the patient's). */
function ClinicLine({ clinic }: { clinic: Clinic }) {
  return (
    <p className="clinic keep mt-2 rounded border border-slate-400 px-3 py-1 font-semibold print:mt-1">
      {clinic.name ? <span>{clinic.name}</span> : null}
      {clinic.name && clinic.phone ? ' · ' : null}
      {clinic.phone ? (
        <span>
          Phone: <span className="whitespace-nowrap">{clinic.phone}</span>
        </span>
      ) : null}
    </p>
  );
}

const CALL_SECTIONS = new Set(['stop-and-call', 'contact']);

function SectionView({ section, level, clinic }: { section: Section; level: 2 | 3; clinic?: Clinic | null }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="mt-5 print:mt-2" data-section={section.id}>
      <Heading className="font-bold">{section.heading}</Heading>
      <Blocks blocks={section.blocks} />
      {clinic && CALL_SECTIONS.has(section.id) ? <ClinicLine clinic={clinic} /> : null}
    </section>
  );
}

export default async function HandoutPage(props: PageProps<'/h/[id]'>) {
  const { id } = await props.params;
  const { handout, unavailable } = await load(id);
  if (unavailable) {
    return (
      <div className="mx-auto max-w-[48rem] rounded-md border border-amber-300 bg-amber-50 p-6">
        <h1 className="text-xl font-semibold">This handout cannot be loaded right now</h1>
        <p className="mt-2">The database is not reachable. Reload the page in a minute.</p>
      </div>
    );
  }
  if (!handout) notFound();
  const content = handout.content;

  const origin = publicOrigin(await headers());
  const path = `/h/${handout.id}`;
  const absolute = origin ? `${origin}${path}` : null;
  const qr = absolute ? await QRCode.toString(absolute, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }) : null;
  const grade = handoutReadingGrade(content);
  const productKey = (suggestionId: string) => suggestionId.replace(/[^a-z0-9-]/gi, '-');

  return (
    <>
      <PrintBar grade={grade} />
      <article className="handout mx-auto max-w-[48rem] rounded-md border border-slate-200 bg-white px-6 py-8 shadow-sm sm:px-10">
        <header>
          <p className="text-[0.85em] font-semibold tracking-wide text-slate-700 print:text-black">
            From your clinician · {content.issuedOn}
          </p>
          <h1 className="mt-1 font-bold">{content.title}</h1>
          <Blocks blocks={content.intro} />
        </header>

        {content.important ? (
          <div className="box important mt-5 rounded-md border-2 border-red-700 px-4 pb-3 print:mt-2">
            <SectionView section={content.important} level={2} />
          </div>
        ) : null}

        {content.whyNone ? <SectionView section={content.whyNone} level={2} /> : null}

        {content.notForYou ? (
          <div className="box mt-5 rounded-md border-2 border-slate-800 px-4 pb-3 print:mt-2">
            <SectionView section={content.notForYou} level={2} />
          </div>
        ) : null}

        {content.products.map((product) => (
          <section
            key={product.suggestionId}
            className="mt-8 border-t-2 border-slate-800 pt-4 print:mt-3 print:pt-1"
            aria-labelledby={`product-${productKey(product.suggestionId)}`}
          >
            <h2 className="font-bold" id={`product-${productKey(product.suggestionId)}`}>
              {product.name}
            </h2>
            <p className="mt-1 font-semibold">{product.standing}</p>
            {product.sections.map((section) => (
              <SectionView key={section.id} section={section} level={3} clinic={content.clinic} />
            ))}
          </section>
        ))}

        {content.shared ? (
          <section className="mt-8 border-t-2 border-slate-800 pt-4 print:mt-3 print:pt-1" aria-labelledby="shared">
            <h2 className="font-bold" id="shared">
              {content.shared.heading}
            </h2>
            {content.shared.sections.map((section) => (
              <SectionView key={section.id} section={section} level={3} clinic={content.clinic} />
            ))}
          </section>
        ) : null}

        {content.alsoDiscussed ? (
          <div className="mt-8 print:mt-3">
            <SectionView section={content.alsoDiscussed} level={2} />
          </div>
        ) : null}

        {content.contact ? <SectionView section={content.contact} level={2} clinic={content.clinic} /> : null}

        {/* Background last: what these products are, and information that asks for nothing. */}
        <div className="mt-8 border-t border-slate-300 print:mt-2">
          <SectionView section={content.general} level={2} />
          {content.goodToKnow ? <SectionView section={content.goodToKnow} level={2} /> : null}
        </div>

        <footer className="keep mt-8 flex items-end justify-between gap-6 border-t border-slate-400 pt-4 text-[0.85em] print:mt-2 print:pt-1 print:text-[9.5pt] print:leading-tight">
          <div>
            <p className="font-semibold">{content.footer}</p>
            <p className="mt-1">
              Given on {content.issuedOn} · Knowledge base version {content.rulesetVersion}
              {qr ? ' · Scan the code to open this sheet again.' : ''}
            </p>
          </div>
          {qr ? (
            <div
              className="qr h-24 w-24 shrink-0 print:h-[16mm] print:w-[16mm]"
              role="img"
              aria-label="QR code that opens this handout again"
              dangerouslySetInnerHTML={{ __html: qr }}
            />
          ) : null}
        </footer>
      </article>
    </>
  );
}
