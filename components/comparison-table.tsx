import { useId } from "react";

type Props = { caption: string; children: React.ReactNode };

/**
 * A real table with a caption, inside a labelled region that scrolls sideways on narrow
 * screens (the page itself never does). The first column stays in view while scrolling.
 */
export function ComparisonTable({ caption, children }: Props) {
  const captionId = useId();
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="border-brand-100 focus-visible:outline-focus my-8 max-w-full overflow-x-auto rounded-lg border focus-visible:outline-3"
    >
      <table className="[&_td]:border-brand-100 [&_th[scope=col]]:bg-brand-50 [&_th[scope=row]]:border-brand-100 [&_th[scope=row]]:bg-paper-warm w-full min-w-[34rem] border-collapse text-left text-base [&_td]:border-t [&_td]:p-3 [&_td]:align-top [&_th]:p-3 [&_th]:align-top [&_th[scope=col]]:font-bold [&_th[scope=row]]:sticky [&_th[scope=row]]:left-0 [&_th[scope=row]]:border-t [&_th[scope=row]]:font-semibold">
        <caption id={captionId} className="bg-brand-800 px-3 py-2 text-left font-bold text-white">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
