#!/usr/bin/env node
/**
 * Generates a large action plan in the shape of the English seed (seeds/en/000_dcfa8fc83ba75180.txt),
 * for benchmarks: page chrome, a title line, `N) Title` items each followed by one to three
 * paragraphs of policy text, pillar headings in capitals, a footer menu and `Last Updated:` date.
 *
 *   node scripts/generate-plan.mjs --items 3000 --out /tmp/plan-3000 [--seed 2001] [--langs en,fr] [--vocabulary small]
 *
 * writes DIR/en/plan-N.txt and DIR/en/plan.yaml, and with `fr` in --langs (the default) a French
 * translation in the shape of the French seed, DIR/fr/plan-N.txt and DIR/fr/plan.yaml: a seeds/
 * tree (`npm run ingest -- --seeds DIR --out …`). Like the seeds, the texts lack the first
 * pillar's heading; plan.yaml supplies it.
 *
 * Deterministic: the same --items and --seed give the same bytes. The text comes from a seeded
 * PRNG (mulberry32) over a vocabulary of border-policy words, so the cross-referencer sees what it
 * sees in the seed: subjects a few items share, acronyms and place names, words the whole plan uses,
 * and explicit citations ("item 12", "points 3 and 5", "(see items 8-10)") on about one item in six.
 * Titles repeat as they do in real plans: about one item in fifty is named after a programme
 * ("Project Karvelon"), which other items may share and the French translation keeps as it is, and
 * about one in a hundred repeats the title of an earlier item of its pillar.
 * The French text is drawn from a French vocabulary, item for item and paragraph for paragraph,
 * with the English text's citations in French ("mesure 12", "mesures 8 à 10").
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
    langs: { type: "string" },
    vocabulary: { type: "string", default: "full" },
    help: { type: "boolean", short: "h", default: false },
  },
});
const USAGE =
  "usage: node scripts/generate-plan.mjs --items N --out DIR [--seed S] [--langs en,fr] [--vocabulary full|small]";
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const count = Number(values.items);
const small = values.vocabulary === "small";
// The small vocabulary is English words only: its plans are English unless --langs says otherwise.
const langs = (values.langs ?? (small ? "en" : "en,fr")).split(",").map((l) => l.trim());
if (
  !Number.isInteger(count) ||
  count < 1 ||
  !values.out ||
  !["full", "small"].includes(values.vocabulary) ||
  !langs.includes("en") ||
  langs.some((l) => !["en", "fr"].includes(l))
) {
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

// French: a vocabulary of its own (nouns, and adjectives left in their base form), and the
// French seed's page chrome. Pillar headings pair with the English ones word group for word group.
const MODIFIERS_FR = words(`automatisé bilatéral binational biométrique commercial compatible conteneurisé critique
transfrontalier douanier électronique d'urgence renforcé intégré international maritime mobile permanent sécuritaire
régional partagé unique stratégique technique ferroviaire aérien intérieur nordique côtier numérique judiciaire
multimodal portuaire agricole énergétique saisonnier routier satellitaire consulaire accrédité arctique chimique civil
coordonné diplomatique fédéral financier alimentaire industriel interorganisme légal médical militaire municipal
naval nucléaire opérationnel postal provincial rapide réciproque sanitaire scientifique sensible souverain spécialisé
normalisé statistique tactique tarifaire temporaire territorial touristique unifié urbain vérifié vétérinaire`);
const NOUNS_FR = words(`Identificateurs Cartes Inspection Traitement Demandes Coordination Prédédouanement Manifestes
Unités Terminaux Bases Agents Coopération Dédouanement Installations Données Ciblage Systèmes Protection Sécurité
Équipes Application Renseignement Empreintes Renvois Législation Formation Exercices Biosécurité Recherche Voies
Corridors Scellés Contrôle Analyse Registres Patrouilles Normes Accords Évaluations Réseaux Passages Permis
Dispenses Vérifications Laboratoires Capteurs Navires Entrepôts Postes Partenariats Forums Protocoles Inventaires
Surveillance Licences Détection Préparation Logistique Communications Acquisitions Interdiction Dossiers Dépôts
Accréditation Avis Alertes Allocations Archives Ententes Autorisations Cautionnements Séances Budgets Bulletins
Capacité Certificats Canaux Chartes Codes Commissions Conformité Consultations Déclarations Déploiements Directives
Documentation Escortes Échanges Exemptions Facilitation Droits Cadres Lignes Audiences Carrefours Indicateurs
Enquêtes Instituts Assurances Entrevues Itinéraires Bornes Liaison Mandats Cartographie Mesures Observateurs Bureaux
Plateformes Politiques Portails Programmes Quarantaine Quotas Cotes Renvois Règlements Réserves Résilience Examens
Garanties Échantillonnage Sanctions Calendriers Saisies Simulations Effectifs Stations Stocks Essais Suivi
Transferts Traités Tribunaux Vérification Listes Ateliers`);
const QUALIFIERS_FR = [
  "dans les ports maritimes",
  "aux passages terrestres",
  "dans le Nord",
  "à l'étranger",
  "dans les aéroports",
  "loin de la frontière",
  "pour les voyageurs à faible risque",
  "pour les expéditeurs fiables",
  "sur les Grands Lacs",
  "le long de la côte du Pacifique",
];
const VERBS_FR = words(`Élaborer Établir Élargir Examiner Mettre Renforcer Coordonner Négocier Déployer Achever Lancer
Partager Mener Étudier Reprendre Accroître Explorer Harmoniser Moderniser Évaluer Prolonger Aligner Simplifier Financer`);
const ADVERBS_FR = [
  "conjointement",
  "de toute urgence",
  "par étapes",
  "dans la mesure du possible",
  "d'ici la fin de l'année",
  "sans délai",
];
const PURPOSES_FR = [
  "afin d'accroître la sécurité",
  "afin de faciliter la circulation sécuritaire des biens et des personnes",
  "afin d'améliorer l'échange d'information et de renseignements",
  "afin de réduire les délais à la frontière",
  "afin d'améliorer le contrôle des voyageurs et des marchandises",
  "afin de déceler les risques avant qu'ils n'atteignent la frontière",
  "afin de soutenir la circulation efficace du commerce légitime",
  "afin de renforcer la confiance du public envers la frontière",
  "afin de combler les lacunes des ententes entre les deux pays",
  "afin de protéger les infrastructures essentielles des deux côtés de la frontière",
];
const BODIES_FR = [
  "l'Agence des services frontaliers du Canada",
  "Transports Canada",
  "la Federal Aviation Administration",
  "Citoyenneté et Immigration Canada",
  "la Garde côtière",
  "les autorités provinciales et des États",
  "les partenaires de l'industrie",
  "le Forum sur la criminalité transfrontalière",
  "les administrations portuaires",
  "les deux administrations douanières",
];
const CONNECTORS_FR = ["notamment", "par exemple", "en particulier", "ainsi que"];
const TAILS_FR = [
  "et rendre compte des progrès aux ministres",
  "et évaluer les résultats avant tout élargissement",
  "et étendre le programme à d'autres secteurs de la frontière terrestre",
  "en partenariat avec l'industrie",
  "dans le cadre des lois et règlements actuels",
  "assorti de mesures de sécurité appropriées",
  "sous réserve de garanties en matière de protection de la vie privée",
  "et examiner les questions juridiques et opérationnelles en jeu",
];
const PILLAR_HEADS_FR = [
  "LA CIRCULATION SÉCURITAIRE",
  "LA PROTECTION",
  "LA COORDINATION",
  "LA MODERNISATION",
  "LA RÉSILIENCE",
];
const PILLAR_DOMAINS_FR = [
  "DES PERSONNES",
  "DES MARCHANDISES",
  "DES INFRASTRUCTURES",
  "DU COMMERCE MARITIME",
  "DU TRANSPORT AÉRIEN",
  "DES CORRIDORS FERROVIAIRES",
  "DES RÉSEAUX ÉNERGÉTIQUES",
  "DE LA SANTÉ PUBLIQUE",
  "DE L'APPROVISIONNEMENT ALIMENTAIRE",
  "DES COLLECTIVITÉS DU NORD",
  "DES SYSTÈMES FINANCIERS",
  "DES SYSTÈMES D'INFORMATION",
  "DES INTERVENTIONS D'URGENCE",
  "DES PASSAGES TERRESTRES",
  "DES POINTS D'ENTRÉE",
  "DES MARCHANDISES EN TRANSIT",
  "DES CORRIDORS COMMERCIAUX",
  "DES COLLECTIVITÉS FRONTALIÈRES",
  "DES CHAÎNES D'APPROVISIONNEMENT",
];
const PLACES_FR = PLACES.map((p) => (p === "Montreal" ? "Montréal" : p));

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
// Pillar headings as [head, domain] index pairs, so that both languages name the same pillar.
const pillarPairs = shuffle(PILLAR_HEADS.flatMap((_, h) => PILLAR_DOMAINS.map((_, d) => [h, d, 0]))).slice(
  0,
  pillarCount,
);
while (pillarPairs.length < pillarCount)
  pillarPairs.push([int(PILLAR_HEADS.length), int(PILLAR_DOMAINS.length), pillarPairs.length % 4]);
const pillarTitles = pillarPairs.map(([h, d, n]) => `${PILLAR_HEADS[h]} ${PILLAR_DOMAINS[d]} ${"I".repeat(n)}`.trim());
const pillarTitlesFr = pillarPairs.map(([h, d, n]) =>
  `${PILLAR_HEADS_FR[h]} ${PILLAR_DOMAINS_FR[d]} ${"I".repeat(n)}`.trim(),
);

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
const modifierFr = zipf(MODIFIERS_FR);
const nounFr = zipf(NOUNS_FR);
const newSubjectFr = () => {
  const first = modifierFr();
  let second = chance(0.25) ? modifierFr() : first;
  if (second === first) second = "";
  return `${nounFr()} ${first}${second ? ` et ${second}` : ""}`;
};
const SYLLABLES = words("ka vel on tes san mir dor al bre ny lum qua ro zen tor isk var peln");
const programmes = Array.from({ length: Math.max(3, Math.ceil(count / 12)) }, () => {
  const name = Array.from({ length: 2 + int(2) }, () => pick(SYLLABLES)).join("");
  return `${pick(["Project", "Operation", "Initiative"])} ${name[0].toUpperCase()}${name.slice(1)}`;
});
const programme = zipf(programmes);
// Ordinary titles are distinct within the plan (draw again, or add a qualifier, until unseen); a
// programme's name may be the title of several items, and now and then an item repeats the title
// of an earlier item of its pillar. Each English title has one French title; programme names stay.
const titles = new Set();
const french = new Map();
const titleOf = (pillarTitlesSoFar) => {
  // The small vocabulary's titles are its words only, all distinct.
  while (small) {
    const title = smallTitle();
    if (!titles.has(title)) {
      titles.add(title);
      return title;
    }
  }
  if (chance(0.02)) return programme();
  if (pillarTitlesSoFar.length > 0 && chance(0.01)) return pick(pillarTitlesSoFar);
  for (let attempt = 0; ; attempt++) {
    const qualified = chance(0.15) || attempt > 20;
    const title = qualified ? `${newSubject()} ${pick(QUALIFIERS)}` : newSubject();
    if (!titles.has(title)) {
      titles.add(title);
      const fr = newSubjectFr();
      french.set(title, qualified ? `${fr} ${pick(QUALIFIERS_FR)}` : fr);
      return title;
    }
  }
};
const titleFr = (title) => french.get(title) ?? title;

// The small vocabulary: 50 words, drawn uniformly (see --vocabulary).
const SMALL = words(`border security joint secure trade travel cargo customs immigration data information sharing
enforcement intelligence infrastructure protection program pilot review agreement system officers training exercises
facilities inspection clearance processing passenger people goods ports airports marine land air rail truck crossings
technology standards assessments risk threat cooperation coordination partnership industry analysis teams network`);
const capital = (w) => w[0].toUpperCase() + w.slice(1);
const smallTitle = () => Array.from({ length: 2 + int(3) }, () => capital(pick(SMALL))).join(" ");
/** A sentence of the small vocabulary, as [English, French]: the same words, the citation in each language. */
function smallSentence(number, pillarStart, pillarEnd) {
  const body = Array.from({ length: 8 + int(13) }, () => pick(SMALL));
  const text = `${capital(body.join(" "))}.`;
  if (!(count > 1 && chance(0.06))) return [text, text];
  const [en, fr] = citation(number, pillarStart, pillarEnd);
  return [`${text.slice(0, -1)} ${en}.`, `${text.slice(0, -1)} ${fr}.`];
}

const lower = (s) => s.toLowerCase();
/** French "de" before a word: "d'" before a vowel or a mute h. */
const de = (word) => (/^[aeiouyéèêâîôh]/i.test(word) ? `d'${word}` : `de ${word}`);

/** A sentence of an item's text, in English and in French (the same citation in both). */
function sentence(title, number, pillarStart, pillarEnd) {
  if (small) return smallSentence(number, pillarStart, pillarEnd);
  const subject = lower(title);
  const subjectFr = programmes.includes(title) ? title : lower(titleFr(title));
  const other = lower(newSubject());
  const otherFr = lower(newSubjectFr());
  const forms = [
    () => [
      `${pick(VERBS)} ${pick(ADVERBS)} ${subject} ${pick(PURPOSES)}.`,
      `${pick(VERBS_FR)} ${pick(ADVERBS_FR)} le volet ${de(subjectFr)} ${pick(PURPOSES_FR)}.`,
    ],
    () => [
      `${pick(VERBS)} ${subject}, ${pick(CONNECTORS)} ${other} at ${pick(PLACES)}, ${pick(TAILS)}.`,
      `${pick(VERBS_FR)} le volet ${de(subjectFr)}, ${pick(CONNECTORS_FR)} ${otherFr} à ${pick(PLACES_FR)}, ${pick(TAILS_FR)}.`,
    ],
    () => {
      const acronym = pick(ACRONYMS);
      return [
        `${pick(VERBS)} ${acronym} ${lower(noun())} with ${pick(BODIES)} ${pick(PURPOSES)}.`,
        `${pick(VERBS_FR)} ${lower(nounFr())} ${acronym} avec ${pick(BODIES_FR)} ${pick(PURPOSES_FR)}.`,
      ];
    },
    () => {
      const name = programme();
      return [
        `Support ${name} ${pick(PURPOSES)}, ${pick(CONNECTORS)} ${other}.`,
        `Appuyer ${name} ${pick(PURPOSES_FR)}, ${pick(CONNECTORS_FR)} ${otherFr}.`,
      ];
    },
    () => [
      `Work with ${pick(BODIES)} to ${lower(pick(VERBS))} ${other} ${pick(TAILS)}.`,
      `Collaborer avec ${pick(BODIES_FR)} pour ${lower(pick(VERBS_FR))} ${otherFr} ${pick(TAILS_FR)}.`,
    ],
    () => {
      const [a, b] = [pick(PLACES), pick(PLACES)];
      return [
        `${pick(VERBS)} a common approach to ${subject} at ${a} and ${b}.`,
        `${pick(VERBS_FR)} une approche commune en matière ${de(subjectFr)} à ${PLACES_FR[PLACES.indexOf(a)]} et à ${PLACES_FR[PLACES.indexOf(b)]}.`,
      ];
    },
    () => [
      `Canada and the United States will ${lower(pick(VERBS))} ${other} ${pick(PURPOSES)}.`,
      `Le Canada et les États-Unis vont ${lower(pick(VERBS_FR))} ${otherFr} ${pick(PURPOSES_FR)}.`,
    ],
  ];
  let [text, textFr] = pick(forms)();
  if (count > 1 && chance(0.06)) {
    const [en, fr] = citation(number, pillarStart, pillarEnd);
    text = `${text.slice(0, -1)} ${en}.`;
    textFr = `${textFr.slice(0, -1)} ${fr}.`;
  }
  return [text, textFr];
}

/** An explicit reference to other items, in English and French: mostly in the same pillar, sometimes anywhere. */
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
      return [`(see item ${a})`, `(voir la mesure ${a})`];
    case 1: {
      const b = target();
      if (b === a) return [`as set out in item ${a}`, `comme le prévoit la mesure ${a}`];
      const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
      return [`as set out in points ${lo} and ${hi}`, `comme le prévoient les points ${lo} et ${hi}`];
    }
    case 2: {
      const b = Math.min(a + 1 + int(2), count);
      return b > a && (b < number || a > number)
        ? [`building on items ${a}-${b}`, `dans le prolongement des mesures ${a} à ${b}`]
        : [`building on item ${a}`, `dans le prolongement de la mesure ${a}`];
    }
    default:
      return [`in line with item ${a}`, `conformément à la mesure ${a}`];
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
const linesFr = [
  "Ministère des Affaires étrangères et du Commerce international",
  "Passer tous les menus (touche d'accès : 2) Passer le premier menu (touche d'accès : 1)",
  "English Contactez-nous Aide Recherche Site du Canada",
  "Page d'accueil Communications Page d'accueil AEC Carte du site Nouveautés",
  "Choisissez un site :  ",
  "Direction générale de l'Amérique du Nord (AEC) - Quartier général - Ottawa",
  "Un partenariat solide",
  "Nos services",
  "Passeport / Services consulaires et d'urgence pour les Canadiens",
  "Coopération sur la frontière",
  "Version imprimableVersion imprimable Envoyez cette page par courrielEnvoyez cette page par courriel",
  "",
  `Accueil Coopération sur la frontière Plan d'action en ${count} points`,
  "",
  `Plan d'action en ${count} points`,
  "",
];
let number = 1;
const firstPillarTitle = pillarTitles[0]
  .toLowerCase()
  .replace(/\b\p{L}/gu, (c) => c.toUpperCase())
  .replace(/ (Of|The) /g, (w) => w.toLowerCase());
const firstPillarTitleFr = pillarTitlesFr[0][0] + pillarTitlesFr[0].slice(1).toLowerCase();
pillarTitles.forEach((heading, p) => {
  // The first pillar's heading is missing from the text, as in the seed.
  if (p > 0) lines.push(heading, "");
  if (p > 0) linesFr.push(pillarTitlesFr[p], "");
  const start = number;
  const end = number + sizes[p] - 1;
  const seen = [];
  for (; number <= end; number++) {
    const title = titleOf(seen);
    seen.push(title);
    lines.push(`${number}) ${title}`, "");
    linesFr.push(`${number}) ${titleFr(title)}`, "");
    const paragraphs = 1 + (chance(0.35) ? 1 : 0) + (chance(0.1) ? 1 : 0);
    for (let k = 0; k < paragraphs; k++) {
      const sentences = Array.from({ length: 1 + int(3) }, () => sentence(title, number, start, end));
      lines.push(sentences.map(([en]) => en).join(" "), "");
      linesFr.push(sentences.map(([, fr]) => fr).join(" "), "");
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
linesFr.push(
  "Nos services | Passeport / Services consulaires et d'urgence pour les Canadiens | Visas et Immigration | Commerce et Investissement | Coopération sur la frontière",
  "",
  "Date de modification :",
  "2005-01-13",
  "Haut de la page",
  "Avis importants",
  "",
);

const source = `plan-${count}.txt`;
const header = `# Generated by scripts/generate-plan.mjs --items ${count} --seed ${values.seed}${small ? " --vocabulary small" : ""}: a benchmark plan, not real text.`;
const write = (lang, text, sidecar) => {
  const dir = join(values.out, lang);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, source), text.join("\n"));
  writeFileSync(join(dir, "plan.yaml"), [header, `source: ${source}`, `lang: ${lang}`, ...sidecar, ""].join("\n"));
  return join(dir, source);
};
const written = [write("en", lines, ["pillarTitles:", "  - beforeItem: 1", `    title: ${firstPillarTitle}`])];
if (langs.includes("fr")) {
  written.push(
    write("fr", linesFr, [
      "translation:",
      "  of: en",
      "  official: false",
      "  partial: false",
      "pillarTitles:",
      "  - beforeItem: 1",
      `    title: "${firstPillarTitleFr}"`,
    ]),
  );
}
console.log(`generate-plan: ${count} items in ${pillarCount} pillars → ${written.join(", ")}`);
