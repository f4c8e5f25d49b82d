export default function WorkspacePage() {
  return (
    <div>
      <h1 className="text-2xl font-semibold">Workspace</h1>
      <p className="mt-2 text-slate-700">Pick a condition and the current regimen to see graded adjunct suggestions.</p>
    </div>
  );
}
