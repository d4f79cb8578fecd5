// Run by `npm run build` before `next build`: warns (without failing) about settings that
// would build a site linking to the wrong address.
import "./load-env";
import { siteUrlWarning } from "@/lib/config/warnings";

const warning = siteUrlWarning(process.env);
if (warning) console.warn(warning);
