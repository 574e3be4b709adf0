#!/usr/bin/env node
/**
 * Generates a large action plan in the shape of the English seed (seeds/en/000_dcfa8fc83ba75180.txt),
 * for benchmarks: page chrome, a title line, `N) Title` items each followed by one to three
 * paragraphs of policy text, pillar headings in capitals, a footer menu and `Last Updated:` date.
 *
 *   node scripts/generate-plan.mjs --items 3000 --out /tmp/plan-3000 [--seed 2001] [--vocabulary small]
 *
 * writes DIR/en/plan-N.txt and DIR/en/plan.yaml (a seeds/ tree: `npm run ingest -- --seeds DIR --out …`).
 * Like the seed, the text lacks the first pillar's heading; plan.yaml supplies it.
 *
 * Deterministic: the same --items and --seed give the same bytes. The text comes from a seeded
 * PRNG (mulberry32) over a vocabulary of border-policy words, so the cross-referencer sees what it
 * sees in the seed: subjects a few items share, acronyms and place names, words the whole plan uses,
 * and explicit citations ("item 12", "points 3 and 5", "(see items 8-10)") on about one item in six.
 *
 * `--vocabulary small` writes titles and bodies from 50 words only, each drawn as often as any
 * other, so every word is in a large share of the items: the worst case for work that grows
 * with (items × items sharing a word), which the cross-referencer must avoid.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    items: { type: "string" },
    out: { type: "string" },
    seed: { type: "string", default: "2001" },
    vocabulary: { type: "string", default: "full" },
    help: { type: "boolean", short: "h", default: false },
  },
});
const USAGE = "usage: node scripts/generate-plan.mjs --items N --out DIR [--seed S] [--vocabulary full|small]";
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const count = Number(values.items);
const small = values.vocabulary === "small";
if (!Number.isInteger(count) || count < 1 || !values.out || !["full", "small"].includes(values.vocabulary)) {
  console.error(USAGE);
  process.exit(1);
}

// ---------------------------------------------------------------------------
// PRNG

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(Number(values.seed) || 0);
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];
const chance = (p) => random() < p;
function shuffle(list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function words(text) {
  return text.split(/\s+/).filter(Boolean);
}
/** A picker over `list` in a shuffled order, the k-th most frequent drawn with weight 1/k. */
function zipf(list) {
  const order = shuffle(list);
  const cumulative = [];
  let sum = 0;
  for (let k = 1; k <= order.length; k++) cumulative.push((sum += 1 / k));
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return order[lo];
  };
}

// ---------------------------------------------------------------------------
// Vocabulary

// Subject words, drawn with Zipf's law (see `zipf`): a few are in many items (and weigh nothing to
// the cross-referencer), most in a handful, as in real text, whose vocabulary grows with its length.
const MODIFIERS = words(`Advance Automated Bilateral Binational Biometric Commercial Compatible Container Critical
Cross-Border Customs Electronic Emergency Enhanced Integrated Intelligent International Intransit Joint Marine Maritime
Mobile Permanent Pre-Approved Rail Regional Remote Secure Shared Single Strategic Technical Trusted Cargo Aviation
Inland Northern Coastal Digital Forensic Frontline Harmonized Interoperable Multimodal Passenger Perimeter Port
Wireless Refugee Visa Immigration Agricultural Pipeline Energy Seasonal Fisheries Highway Satellite Consular Armed
Accredited Aerial Airborne Arctic Baggage Bridge Chemical Civilian Clandestine Coordinated Counterfeit Courier Cyber
Dedicated Diplomatic Domestic Dual-Use Export Express Federal Financial Firearms Food Freight Fuel Gateway Hazardous
Humanitarian Import Industrial Interagency Judicial Lake Legal Licensed Livestock Medical Migrant Military Municipal
Narcotics Naval Nuclear Offshore Operational Outbound Overland Parcel Pharmaceutical Plant Postal Precursor Private
Provincial Radiological Rapid Real-Time Registered Reciprocal Sanitary Scientific Sensitive Sovereign Specialized
Standardized Statistical Surface Tactical Tariff Temporary Territorial Tourist Toxic Transit Tribal Trucking Unified
Urban Vehicle Verified Veterinary Waterway Wildlife`);
const NOUNS = words(`Identifiers Cards Inspection Processing Claims Coordination Preclearance Manifests Units Terminals
Databases Officers Cooperation Clearance Facilities Data Targeting Improvements Systems Protection Security Teams
Enforcement Intelligence Fingerprints Removals Legislation Assets Training Exercises Biosecurity Research Lanes
Corridors Seals Screening Analysis Registries Patrols Standards Agreements Assessments Networks Crossings Permits
Waivers Audits Laboratories Sensors Vessels Warehouses Checkpoints Partnerships Forums Protocols Inventories
Surveillance Licensing Detection Readiness Logistics Communications Procurement Interdiction Credentials Records
Gateways Depots Accreditation Advisories Alerts Allocations Analytics Archives Arrangements Authorizations Benchmarks
Bonds Briefings Budgets Bulletins Capacity Certificates Channels Charters Clearinghouses Codes Commissions Compacts
Compliance Consultations Contingencies Controls Councils Curricula Dashboards Declarations Deployments Designations
Directives Dispatch Documentation Drills Embargoes Escorts Evaluations Exchanges Exemptions Facilitation Fees Filings
Frameworks Guidelines Hearings Hubs Identification Incentives Indicators Inquiries Installations Institutes Insurance
Interviews Investigations Itineraries Kiosks Liaison Licences Mandates Mapping Memoranda Metrics Mitigation Modelling
Monitoring Notifications Observers Offices Oversight Pathways Penalties Planning Platforms Policies Portals
Preparedness Programs Quarantine Quotas Ratings Reciprocity Referrals Regulations Reporting Reserves Resilience
Reviews Routing Safeguards Sampling Sanctions Schedules Seizures Simulations Staffing Stations Stockpiles Submissions
Supervision Taskforces Testing Tracking Transfers Treaties Tribunals Verification Vetting Watchlists Workshops`);
const QUALIFIERS = [
  "at Seaports",
  "at Land Crossings",
  "in the North",
  "Overseas",
  "at Airports",
  "Away from the Border",
  "for Low-Risk Travellers",
  "for Trusted Shippers",
  "on the Great Lakes",
  "along the Pacific Coast",
];
const VERBS = `Develop Establish Expand Review Implement Enhance Coordinate Negotiate Deploy Finalize Initiate Share
Conduct Examine Resume Increase Explore Harmonize Strengthen Modernize Assess Pilot Extend Align Streamline Fund`
  .split(/\s+/)
  .filter(Boolean);
const ADVERBS = [
  "jointly",
  "on an urgent basis",
  "in stages",
  "where feasible",
  "by the end of the year",
  "without delay",
];
const PURPOSES = [
  "to ensure greater security",
  "to facilitate the secure movement of goods and people",
  "to enhance the sharing of information and intelligence",
  "to reduce delays at the border",
  "to improve the screening of travellers and cargo",
  "to identify risks before they reach the border",
  "to support the efficient flow of legitimate trade",
  "to build public confidence in the border",
  "to address gaps in existing arrangements between the two countries",
  "to protect critical infrastructure on both sides of the border",
];
const PLACES = [
  "Sarnia-Port Huron",
  "Vancouver",
  "Halifax",
  "Detroit-Windsor",
  "Montreal",
  "Toronto",
  "Buffalo-Niagara",
  "Seattle",
  "Blaine",
  "Calgary",
  "Winnipeg",
  "Saint John",
  "Prince Rupert",
  "Fort Erie",
  "Lacolle",
  "Champlain",
  "Emerson",
  "Pembina",
  "Sweetgrass",
  "Coutts",
];
const ACRONYMS = `NEXUS FAST IBET IMET CBSA RCMP FBI NAFTA PNR API CANPASS eManifest ACI ITS PIP C-TPAT SENTRI INSET
ADR TWIC CSI FTTTF CBCF GPS`
  .split(/\s+/)
  .filter(Boolean);
const BODIES = [
  "the Canada Border Services Agency",
  "Transport Canada",
  "the Federal Aviation Administration",
  "Citizenship and Immigration Canada",
  "the Coast Guard",
  "provincial and state authorities",
  "industry partners",
  "the Cross-Border Crime Forum",
  "port authorities",
  "the two customs administrations",
];
const CONNECTORS = ["including", "such as", "in particular", "together with"];
const TAILS = [
  "and report on progress to ministers",
  "and evaluate the results before any expansion",
  "and expand the program to other areas along the land border",
  "in partnership with industry",
  "under current legislation and regulations",
  "with appropriate security measures",
  "subject to privacy safeguards",
  "and examine the legal and operational issues involved",
];
const PILLAR_HEADS = ["THE SECURE FLOW OF", "PROTECTION OF", "COORDINATION OF", "MODERNIZATION OF", "RESILIENCE OF"];
const PILLAR_DOMAINS = [
  "PEOPLE",
  "GOODS",
  "INFRASTRUCTURE",
  "MARITIME TRADE",
  "AIR TRAVEL",
  "RAIL CORRIDORS",
  "ENERGY NETWORKS",
  "PUBLIC HEALTH",
  "THE FOOD SUPPLY",
  "NORTHERN COMMUNITIES",
  "FINANCIAL SYSTEMS",
  "INFORMATION SYSTEMS",
  "EMERGENCY RESPONSE",
  "LAND CROSSINGS",
  "PORTS OF ENTRY",
  "TRANSIT CARGO",
  "TRADE CORRIDORS",
  "BORDER COMMUNITIES",
  "SUPPLY CHAINS",
];

// ---------------------------------------------------------------------------
// Plan structure

const pillarCount = Math.min(Math.max(Math.round(Math.sqrt(count) * 0.7), Math.min(4, count)), 60, count);
// Pillar sizes: uneven, every pillar at least one item.
const weights = Array.from({ length: pillarCount }, () => 0.5 + random());
const total = weights.reduce((a, b) => a + b, 0);
const sizes = weights.map((w) => Math.max(1, Math.floor((w / total) * count)));
for (let i = 0, left = count - sizes.reduce((a, b) => a + b, 0); left !== 0; i = (i + 1) % pillarCount) {
  if (left > 0) {
    sizes[i]++;
    left--;
  } else if (sizes[i] > 1) {
    sizes[i]--;
    left++;
  }
}
const pillarTitles = shuffle(PILLAR_HEADS.flatMap((h) => PILLAR_DOMAINS.map((d) => `${h} ${d}`))).slice(0, pillarCount);
while (pillarTitles.length < pillarCount)
  pillarTitles.push(`${pick(PILLAR_HEADS)} ${pick(PILLAR_DOMAINS)} ${"I".repeat(pillarTitles.length % 4)}`);

// Subjects: [modifier] modifier noun [qualifier], words by Zipf's law; programme names ("Project
// Karvelon"), each in a few items, give the plan names and rare words of its own.
const modifier = zipf(MODIFIERS);
const noun = zipf(NOUNS);
const newSubject = () => {
  const first = modifier();
  let second = chance(0.25) ? modifier() : first;
  if (second === first) second = "";
  return `${second ? `${second} ` : ""}${first} ${noun()}`;
};
const SYLLABLES = words("ka vel on tes san mir dor al bre ny lum qua ro zen tor isk var peln");
const programmes = Array.from({ length: Math.max(3, Math.ceil(count / 12)) }, () => {
  const name = Array.from({ length: 2 + int(2) }, () => pick(SYLLABLES)).join("");
  return `${pick(["Project", "Operation", "Initiative"])} ${name[0].toUpperCase()}${name.slice(1)}`;
});
const programme = zipf(programmes);
// Titles are distinct, as in a real plan: draw again (or add a qualifier) until unseen.
const titles = new Set();
const titleOf = () => {
  for (let attempt = 0; ; attempt++) {
    if (small) {
      const title = smallTitle();
      if (!titles.has(title)) {
        titles.add(title);
        return title;
      }
      continue;
    }
    const title = chance(0.15) || attempt > 20 ? `${newSubject()} ${pick(QUALIFIERS)}` : newSubject();
    if (!titles.has(title)) {
      titles.add(title);
      return title;
    }
  }
};

// The small vocabulary: 50 words, drawn uniformly (see --vocabulary).
const SMALL = words(`border security joint secure trade travel cargo customs immigration data information sharing
enforcement intelligence infrastructure protection program pilot review agreement system officers training exercises
facilities inspection clearance processing passenger people goods ports airports marine land air rail truck crossings
technology standards assessments risk threat cooperation coordination partnership industry analysis teams network`);
const capital = (w) => w[0].toUpperCase() + w.slice(1);
const smallTitle = () => Array.from({ length: 2 + int(3) }, () => capital(pick(SMALL))).join(" ");
function smallSentence(number, pillarStart, pillarEnd) {
  const body = Array.from({ length: 8 + int(13) }, () => pick(SMALL));
  let text = `${capital(body.join(" "))}.`;
  if (count > 1 && chance(0.06)) text = `${text.slice(0, -1)} ${citation(number, pillarStart, pillarEnd)}.`;
  return text;
}

const lower = (s) => s.toLowerCase();
function sentence(title, number, pillarStart, pillarEnd) {
  if (small) return smallSentence(number, pillarStart, pillarEnd);
  const subject = lower(title);
  const other = lower(newSubject());
  const forms = [
    () => `${pick(VERBS)} ${pick(ADVERBS)} ${subject} ${pick(PURPOSES)}.`,
    () => `${pick(VERBS)} ${subject}, ${pick(CONNECTORS)} ${other} at ${pick(PLACES)}, ${pick(TAILS)}.`,
    () => `${pick(VERBS)} ${pick(ACRONYMS)} ${lower(noun())} with ${pick(BODIES)} ${pick(PURPOSES)}.`,
    () => `Support ${programme()} ${pick(PURPOSES)}, ${pick(CONNECTORS)} ${other}.`,
    () => `Work with ${pick(BODIES)} to ${lower(pick(VERBS))} ${other} ${pick(TAILS)}.`,
    () => `${pick(VERBS)} a common approach to ${subject} at ${pick(PLACES)} and ${pick(PLACES)}.`,
    () => `Canada and the United States will ${lower(pick(VERBS))} ${other} ${pick(PURPOSES)}.`,
  ];
  let text = pick(forms)();
  if (count > 1 && chance(0.06)) text = `${text.slice(0, -1)} ${citation(number, pillarStart, pillarEnd)}.`;
  return text;
}

/** An explicit reference to other items: mostly in the same pillar, sometimes anywhere. */
function citation(number, pillarStart, pillarEnd) {
  const near = chance(0.7) && pillarEnd > pillarStart;
  const target = () => {
    for (;;) {
      const n = near ? pillarStart + int(pillarEnd - pillarStart + 1) : 1 + int(count);
      if (n !== number) return n;
    }
  };
  const a = target();
  switch (int(4)) {
    case 0:
      return `(see item ${a})`;
    case 1: {
      const b = target();
      return b === a ? `as set out in item ${a}` : `as set out in points ${Math.min(a, b)} and ${Math.max(a, b)}`;
    }
    case 2: {
      const b = Math.min(a + 1 + int(2), count);
      return b > a && (b < number || a > number) ? `building on items ${a}-${b}` : `building on item ${a}`;
    }
    default:
      return `in line with item ${a}`;
  }
}

// ---------------------------------------------------------------------------
// Text

const lines = [
  "Department of Foreign Affairs and International Trade",
  "Skip all menus (access key: 2) Skip first menu (access key: 1)",
  "Français Contact Us Help Search Canada Site",
  "Home Media Room FAC Home Site Map What's New",
  "Select a site:  ",
  "The North American Bureau (FAC) - Headquarters - Ottawa",
  "A strong partnership",
  "Our Services",
  "Passport and Consular / Emergency Services for Canadians",
  "Border Cooperation",
  "Printable VersionPrintable Version Email This PageEmail This Page",
  "",
  `Home Border Cooperation ${count}-point Action Plan`,
  "",
  `${count}-point Action Plan`,
  "",
];
let number = 1;
const firstPillarTitle = pillarTitles[0]
  .toLowerCase()
  .replace(/\b\p{L}/gu, (c) => c.toUpperCase())
  .replace(/ (Of|The) /g, (w) => w.toLowerCase());
pillarTitles.forEach((heading, p) => {
  // The first pillar's heading is missing from the text, as in the seed.
  if (p > 0) lines.push(heading, "");
  const start = number;
  const end = number + sizes[p] - 1;
  for (; number <= end; number++) {
    const title = titleOf();
    lines.push(`${number}) ${title}`, "");
    const paragraphs = 1 + (chance(0.35) ? 1 : 0) + (chance(0.1) ? 1 : 0);
    for (let k = 0; k < paragraphs; k++) {
      const sentences = Array.from({ length: 1 + int(3) }, () => sentence(title, number, start, end));
      lines.push(sentences.join(" "), "");
    }
  }
});
lines.push(
  "Our Services | Passport and Consular / Emergency Services for Canadians | Visas and Immigration | Trade and Investment | Border Cooperation",
  "",
  "Last Updated:",
  "2005-01-13",
  "Top of Page",
  "Important Notices",
  "",
);

const dir = join(values.out, "en");
const source = `plan-${count}.txt`;
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, source), lines.join("\n"));
writeFileSync(
  join(dir, "plan.yaml"),
  [
    `# Generated by scripts/generate-plan.mjs --items ${count} --seed ${values.seed}${small ? " --vocabulary small" : ""}: a benchmark plan, not real text.`,
    `source: ${source}`,
    "lang: en",
    "pillarTitles:",
    "  - beforeItem: 1",
    `    title: ${firstPillarTitle}`,
    "",
  ].join("\n"),
);
console.log(`generate-plan: ${count} items in ${pillarCount} pillars → ${join(dir, source)}`);
