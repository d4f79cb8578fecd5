/** The main button of a staff form. */
export function SubmitButton({ children }: { children: React.ReactNode }) {
  return (
    <button
      type="submit"
      className="bg-brand-700 hover:bg-brand-800 min-h-12 rounded-md px-6 py-3 font-semibold text-white"
    >
      {children}
    </button>
  );
}
