import type { StaffSession } from '@/lib/auth/tokens';

/** "Signed in as …" with a sign-out button, on every staff page. */
export function StaffBar({ staff, csrf }: { staff: StaffSession; csrf: string }) {
  return (
    <form
      method="post"
      action="/staff/sign-out"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded border border-slate-200 bg-white px-3 py-2 text-sm"
    >
      <span>
        Signed in as <strong className="font-medium">{staff.display}</strong>
        {staff.via === 'local' ? ' (local staff account)' : ''}.
      </span>
      <input type="hidden" name="csrf" value={csrf} />
      <button type="submit" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100">
        Sign out
      </button>
    </form>
  );
}
