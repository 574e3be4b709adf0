import { crossReference } from "../src/ingest/xref.ts";
import { makePlan } from "../src/ingest/xref/testing.ts";
const { plan } = crossReference(makePlan("en", [
        ["Air Preclearance", "Resume intransit preclearance at Vancouver and extend it to other airports."],
        ["Clearance Away from the Border", "Process truck cargo inland, including maritime intransit preclearance at ports."],
        ["Ferry Terminals", "Review border security and customs practices at ferry terminals in Canada and the United States."],
        ["Visa Policy", "Review border security and visa lists in Canada and the United States."],
        ["Remote Crossings", "Examine the legal and operational issues of remote crossings."],
        ["Deportees", "Address legal and operational challenges to removals."],
        ["Fingerprints", "Give police direct access to fingerprint records for border security."],
        ["Seaports", "Target marine containers at seaports."],
]));
for (const i of plan.items) console.log(i.number, JSON.stringify(i.references));
