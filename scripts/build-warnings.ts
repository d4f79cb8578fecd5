// Run by `npm run build` before `next build`: warns (without failing) about settings that
// would build a site linking to the wrong address, or without the editor someone set up.
import "./load-env";
import { editorSettingsWarning, siteUrlWarning } from "@/lib/config/warnings";

for (const warning of [siteUrlWarning(process.env), editorSettingsWarning(process.env)])
  if (warning) console.warn(warning);
