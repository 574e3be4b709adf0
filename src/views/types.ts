import type { PageContext } from "../lib/page.ts";
import type { Site, SitePlan } from "../lib/site.ts";

/** What the page router gives every view. */
export interface ViewProps {
  page: PageContext;
  plan: SitePlan;
  site: Site;
  /** The same page in the other language; null on a one-language site. */
  alternate: string | null;
}
