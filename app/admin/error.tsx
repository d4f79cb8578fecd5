"use client";
// Shown instead of a staff page when it could not be rendered, most often because the lead
// database is not answering. Error boundaries must be client components.

export default function StaffError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-extrabold tracking-tight">This page could not be shown</h1>
      <p className="mt-4">
        The lead database may not be answering right now. Nothing was changed. Try again in a
        minute.
      </p>
      <button
        type="button"
        onClick={reset}
        className="bg-brand-700 hover:bg-brand-800 mt-6 rounded-md px-5 py-2 font-semibold text-white"
      >
        Try again
      </button>
    </div>
  );
}
