type Notice = { text: string; error?: boolean } | undefined;

/** The outcome of the last action, announced: an alert for a refusal, a status otherwise. */
export function StaffNotice({ notice }: { notice: Notice }) {
  if (!notice) return null;
  return (
    <p
      role={notice.error ? "alert" : "status"}
      className={
        notice.error
          ? "border-accent mt-4 rounded-md border-2 p-3 font-medium"
          : "bg-brand-50 mt-4 rounded-md p-3"
      }
    >
      {notice.text}
    </p>
  );
}
