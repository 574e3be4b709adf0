import type { Lang } from "../ingest/model.ts";
import type { PageContext } from "../lib/page.ts";
import type { SitePlan } from "../lib/site.ts";

/** What the page router gives every view. */
export interface ViewProps {
  page: PageContext;
  plan: SitePlan;
  site: Record<Lang, SitePlan>;
  alternate: string;
}
