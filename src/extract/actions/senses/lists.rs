//! The word lists of the other senses of action words (see `senses.rs`).

/// Forms of "decline", which is a refusal only with something declined.
pub(super) const DECLINE: &[&str] = &["decline", "declines", "declined", "declining"];
/// Forms of "fire" (and of "terminate" and "dismiss"), which removes a
/// person from a post but also fires shots and rockets.
pub(super) const FIRE: &[&str] = &[
    "fire",
    "fires",
    "fired",
    "firing",
    // "terminated as an employee", not "its agreement has been terminated".
    "terminate",
    "terminates",
    "terminated",
    "terminating",
    // "had been unfairly dismissed", not "dismissed the claims" nor "a judge
    // dismissed an attempt".
    "dismiss",
    "dismisses",
    "dismissed",
    "dismissing",
];
/// What is dismissed that is brought or asked, not a person in a post
/// ("dismissed the lawsuit"), past the claims of `object_words::CLAIM_NOUNS`
/// ("dismissed claims").
pub(super) const DISMISSED_THINGS: &[&str] = &[
    "statement",
    "statements",
    "concern",
    "concerns",
    "fears",
    "criticism",
    "case",
    "suit",
    "lawsuit",
    "appeal",
    "attempt",
    "motion",
    "complaint",
    "request",
    "bid",
    "offer",
];
/// Forms of "capture", an arrest of people, not of a town or a market.
pub(super) const CAPTURE: &[&str] = &["capture", "captures", "captured", "capturing"];
/// Words for the forces of a state, which capture people as police arrest
/// them ("captured by the Lebanese army"); militants take hostages instead.
pub(super) const STATE_FORCES: &[&str] = &[
    "army",
    "armies",
    "troops",
    "forces",
    "police",
    "military",
    "authorities",
    "soldiers",
    "officers",
    "agents",
    "patrol",
    "guards",
    "marines",
    "navy",
    "coastguard",
    "commandos",
];
/// Words for people that "capture" takes, past kin ("a woman and her son",
/// "four alleged terror suspects were captured").
pub(super) const PEOPLE_TAKEN: &[&str] = &[
    "woman",
    "man",
    "boy",
    "girl",
    "pair",
    "couple",
    "suspect",
    "fighter",
    "militant",
    "soldier",
    "terrorist",
    "national",
    "citizen",
];
/// People whose being caught is an arrest, with or without what they were
/// doing ("10 terror suspects had been caught"; not "caught in the crossfire").
pub(super) const WANTED: &[&str] =
    &["suspects", "suspect", "fighters", "militants", "terrorists", "smugglers", "thieves"];
/// Forms of "catch", which is an arrest only of someone caught doing something.
pub(super) const CATCH: &[&str] = &["catch", "catches", "caught", "catching"];
/// Forms of "examine", an investigation only by an authority.
pub(super) const EXAMINE: &[&str] = &["examine", "examines", "examined", "examining"];
/// Words for people or bodies whose examining is investigating ("SEC probers").
pub(super) const EXAMINERS: &[&str] = &[
    "probers",
    "investigators",
    "regulators",
    "police",
    "prosecutors",
    "inspectors",
    "auditors",
    "detectives",
];
/// Forms of "direct", a command only with what is to be done ("directed
/// Intel to respond"), not a film's or a rally's ("directed by David
/// Leveaux", "directed against high rates").
pub(super) const DIRECT: &[&str] = &["direct", "directs", "directed", "directing"];
/// Forms of "terminate", a removal only of a person ("terminated Comey"),
/// not of an agreement or talks.
pub(super) const TERMINATE: &[&str] = &["terminate", "terminates", "terminated", "terminating"];
/// Things ended, not people removed ("terminated the merger agreement").
pub(super) const ENDED_THINGS: &[&str] = &[
    "agreement",
    "agreements",
    "contract",
    "contracts",
    "negotiations",
    "talks",
    "discussions",
    "plan",
    "plans",
    "merger",
    "deal",
    "offer",
    "sale",
    "lease",
    "leaseback",
    "effort",
    "efforts",
    "program",
    "programme",
    "period",
    "work",
    "service",
    "services",
    "accord",
    "pact",
    "arrangement",
    "relationship",
    "partnership",
    "venture",
    "license",
    "licence",
    "bid",
    "tender",
    "proposal",
    "study",
    "project",
    "operations",
    "production",
    "system",
    "pregnancy",
];
/// Words after which "limited" before a noun qualifies it ("in limited
/// partnerships", "the increasingly limited freedom").
pub(super) const QUALIFIED_AFTER: &[&str] = &[
    "a",
    "an",
    "the",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "in",
    "of",
    "with",
    "for",
    "on",
    "at",
    "very",
    "increasingly",
    "relatively",
    "only",
];
/// Words after "limited" that open no noun it could qualify.
pub(super) const NOT_NOUNS: &[&str] = &[
    "to", "by", "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these",
    "those", "them", "him", "it", "us", "in", "and", "or", "but", "only", "mainly", "largely",
];
/// Forms of "order", which may be a purchase.
pub(super) const ORDER: &[&str] = &["order", "orders", "ordered", "ordering"];
/// Forms of "charge", which may be a price ("charges 40 dlrs per hour").
pub(super) const CHARGE: &[&str] = &["charge", "charges", "charged", "charging"];
/// Nouns of what is charged as a price ("the rates banks charge").
pub(super) const PRICE_NOUNS: &[&str] = &[
    "price", "prices", "rate", "rates", "fee", "fees", "tariff", "tariffs", "premium", "premiums",
];
/// What a source asks or declines to be, to stay anonymous ("officials, who
/// asked not to be identified"): a request of no one named, as the actions
/// dev guidelines annotate it.
pub(super) const ANONYMOUS: &[&str] = &["named", "identified", "quoted"];
/// Words after "declined" that go with a change in amount, not a refusal
/// ("declined by 1/8 point", "declined slightly in February").
pub(super) const CHANGE_AFTER: &[&str] = &[
    "by",
    "in",
    "from",
    "on",
    "over",
    "toward",
    "towards",
    "of",
    "since",
    "during",
    "last",
    "slightly",
    "sharply",
    "steadily",
    "steeply",
    "marginally",
    "modestly",
    "significantly",
    "substantially",
    "again",
    "as",
    "and",
    "but",
    "while",
    "when",
    "after",
    "because",
];
/// Words before "order(s)" that make it a purchase ("new orders", "export orders").
pub(super) const PURCHASE_BEFORE: &[&str] = &[
    "new", "factory", "export", "incoming", "durable", "bulk", "purchase", "firm", "initial",
    "backlog", "total", "defense", "defence", "mln", "billion", "dlr", "dlrs", "pct",
];
/// Words after "orders" that say how many there were ("orders rose").
pub(super) const AMOUNT_VERBS: &[&str] = &[
    "rose",
    "fell",
    "rise",
    "fall",
    "rises",
    "falls",
    "increased",
    "decreased",
    "declined",
    "dropped",
    "jumped",
    "climbed",
    "slipped",
    "were",
    "was",
    "are",
    "is",
    "totalled",
    "totaled",
];
/// Nouns listed with purchase orders ("orders and sales").
pub(super) const TRADE_NOUNS: &[&str] =
    &["sales", "shipments", "deliveries", "production", "output", "revenues", "billings"];

/// What those caught are doing, when "caught" is an arrest ("caught trying
/// to cross the border"), not a surprise or a camera ("caught on tape").
pub(super) const CAUGHT_DOING: &[&str] = &[
    "trying",
    "attempting",
    "crossing",
    "coming",
    "entering",
    "smuggling",
    "carrying",
    "selling",
    "stealing",
    "sneaking",
];

/// Verbs whose object is an act wished for, not done: "demanded an
/// investigation by the board", "called for a probe by the police".
pub(super) const WISHING: &[&str] = &[
    "demand",
    "demands",
    "demanded",
    "demanding",
    "seek",
    "seeks",
    "sought",
    "seeking",
    "urge",
    "urges",
    "urged",
    "urging",
    "request",
    "requests",
    "requested",
    "requesting",
    "want",
    "wants",
    "wanted",
    "wanting",
    "propose",
    "proposes",
    "proposed",
    "proposing",
];
/// Verbs that wish for an act through "for" ("called for", "pressed for").
pub(super) const WISHING_FOR: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "ask",
    "asks",
    "asked",
    "asking",
    "press",
    "pressed",
    "pressing",
    "push",
    "pushed",
    "pushing",
    "appeal",
    "appealed",
    "appealing",
];

/// Acts one may approve: "sanctioned the use of force", "the deal".
pub(super) const APPROVED_ACTS: &[&str] =
    &["use", "deal", "sale", "plan", "move", "merger", "attack", "strike", "raid", "bombing"];
