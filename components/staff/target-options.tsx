import type { LinkGroup } from "@/lib/campaigns";

/** The site's pages and sections as a <select>'s options, sections indented under their page. */
export function TargetOptions({ groups }: { groups: LinkGroup[] }) {
  return groups.map((group, index) => (
    <optgroup key={index} label={group.title}>
      {group.targets.map((target) => (
        <option key={target.url} value={target.url}>
          {target.level === "subsection" ? `– ${target.title}` : target.title}
        </option>
      ))}
    </optgroup>
  ));
}
