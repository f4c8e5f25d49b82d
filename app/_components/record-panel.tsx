'use client';

/**
 * After a SMART launch: what the workspace was filled with from the patient's chart, each item marked "from the
 * record" while it still stands as read (a field the clinician changes shows "changed"), what was not found or not
 * used, and the other conditions of the chart. The data comes from the server session; nothing is kept in the browser.
 */
import type { RecordItem } from '@/lib/cds/chart-view';
import type { RecordPanelData } from '@/lib/smart/workspace';
import type { WorkspaceState } from '@/lib/workspace/state';

function Mark({ kept }: { kept: boolean }) {
  return kept ? (
    <span className="ml-2 inline-block rounded border border-sky-700 bg-sky-50 px-1.5 text-xs font-semibold text-sky-900">
      from the record
    </span>
  ) : (
    <span className="ml-2 inline-block rounded border border-amber-700 bg-amber-50 px-1.5 text-xs font-semibold text-amber-900">
      changed by you
    </span>
  );
}

function Row({ label, items, kept }: { label: string; items: RecordItem[]; kept: (id: string) => boolean }) {
  if (!items.length) return null;
  return (
    <div className="sm:flex sm:gap-3">
      <dt className="shrink-0 font-semibold text-slate-800 sm:w-40">{label}</dt>
      <dd>
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              {item.name}
              <Mark kept={kept(item.id)} />
              <span className="block text-xs text-slate-600">{item.via}</span>
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}

export function RecordPanel({ record, state }: { record: RecordPanelData; state: WorkspaceState }) {
  const { view } = record;
  const time = new Date(record.readAt).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const ageNow = view?.age ? (view.age.unit === 'months' ? state.ageMonths : state.age).trim() : '';
  return (
    <section
      aria-labelledby="record-heading"
      className="no-print mt-4 rounded-lg border border-sky-300 bg-white p-4 text-sm"
      data-testid="record-panel"
    >
      <h2 id="record-heading" className="text-base font-semibold text-slate-900">
        Filled from the patient’s record
      </h2>
      <p className="mt-1 text-slate-700">
        Read from the EHR at{' '}
        <time dateTime={record.readAt} suppressHydrationWarning>
          {time}
        </time>
        . Every field below stays editable; an item you change loses its mark. Nothing read from the record is stored.
      </p>
      {view ? (
        <dl className="mt-3 space-y-2">
          <Row label="Condition" items={[view.condition]} kept={(id) => state.condition === id} />
          <Row label="Current treatment" items={view.regimen} kept={(id) => state.regimen.includes(id)} />
          <Row label="Patient factors" items={view.factors} kept={(id) => state.factors.includes(id)} />
          {view.age ? (
            <Row
              label="Age"
              items={[
                {
                  id: 'age',
                  name: `${view.age.value} ${view.age.unit === 'months' ? 'months' : view.age.value >= 90 ? 'years or older' : 'years'}`,
                  via: view.age.via,
                },
              ]}
              kept={() => ageNow === String(view.age!.value)}
            />
          ) : null}
        </dl>
      ) : null}
      {record.notFound.length ? (
        <div className="mt-3">
          <h3 className="font-semibold text-slate-800">Not found in the record, or not used</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700">
            {record.notFound.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {record.otherViews.length ? (
        <p className="mt-3">
          <span className="font-semibold text-slate-800">Also in the record: </span>
          {record.otherViews.map((v, i) => (
            <span key={v.href}>
              {i ? ' · ' : ''}
              <a href={v.href}>{v.name}</a>
            </span>
          ))}
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <a href="/launch/refresh" className="font-semibold">
          Read the record again
        </a>
        <form method="post" action="/launch/end">
          <button type="submit" className="text-slate-700 underline hover:text-slate-900">
            Stop using the record
          </button>
        </form>
      </div>
    </section>
  );
}
