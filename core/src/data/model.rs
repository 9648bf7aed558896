//! The typed dataset: what `public/data/manufacturing-usa.json` holds once it has been
//! read and validated. Pages only ever see these types, never raw JSON.

use std::fmt;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// The schema version this build of the app reads.
pub const SCHEMA_VERSION: u32 = 5;

/// Where the dataset lives, relative to the app's base URL (and to the repository's
/// `public/` folder).
pub const DATASET_FILE: &str = "data/manufacturing-usa.json";

/// The same file in the repository, where data editors change and check it.
pub const DATASET_IN_REPO: &str = "public/data/manufacturing-usa.json";

/// The whole file. Every list is complete for what the sources give; a value the
/// sources do not give is written `"not_reported"`, never left out or guessed.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// The JSON Schema of this file (`manufacturing-usa.schema.json`), for editors that
    /// check as you type. Ignored by the app.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The version of this file's structure; the app refuses a version it does not read.
    pub schema_version: u32,
    /// Editorial version of the content, e.g. `2026.11.1`.
    pub dataset_version: String,
    /// When the sources were last checked: statuses and "as of" sentences are true at
    /// this date, and nothing in the file may be dated after it.
    pub sources_checked: PartialDate,
    /// When this version of the file was released: citations of the dataset use it.
    pub released: PartialDate,
    /// What changed in each version, newest first; the first entry is this version.
    pub changes: Vec<VersionChanges>,
    /// One paragraph: what the dataset covers and how it was compiled.
    pub coverage: String,
    pub sources: Vec<Source>,
    /// Program-level figures: institutes, members, projects, funding, people trained.
    pub headline_figures: Vec<Figure>,
    /// Established institutes and the announced or planned ones, marked by `status`.
    pub institutes: Vec<Institute>,
    /// The national priority technology topics for future institutes.
    pub priority_topics: PriorityTopics,
    /// Vision, mission, goals and objectives of the 2024 Strategic Plan.
    pub plan: StrategicPlan,
    /// Success stories from the plan, linked to institutes and objectives.
    pub stories: Vec<Story>,
    /// Technology and manufacturing readiness levels and project progression.
    pub readiness: Readiness,
    /// The international benchmarking study and the programs compared.
    pub benchmarking: Benchmarking,
    /// The 9 federal partner agencies.
    pub agencies: Vec<PartnerAgency>,
    /// The Investing in Manufacturing Communities Partnership.
    pub imcp: Imcp,
    /// The Department of Commerce's role in Manufacturing USA.
    pub commerce_role: CommerceRole,
    /// Network figures by fiscal year (institutes, members, projects, people, funds).
    pub network: Network,
    /// How many institutes the network has, as each source states it at its date.
    pub network_counts: Vec<CountReading>,
    /// Dated events of the program itself: reviews, bills, requests for information,
    /// studies, budget lines. Institutes' own events are in `institutes[].events`.
    pub program_events: Vec<Event>,
}

impl Dataset {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.headline_figures.iter().find(|f| f.id == id)
    }

    /// "2024 Strategic Plan, p.19; GAO-22-103979": citations by the sources' short
    /// titles, as source lines and notes write them. A copy of another outlet's text says
    /// so ("IEEE Spectrum, read in a copy").
    pub fn cite_text(&self, cites: &[Citation]) -> String {
        cites
            .iter()
            .map(|c| {
                let source = self.source(&c.source);
                let name = source.map_or_else(|| c.source.clone(), |s| s.short_title.clone());
                let mut text = match &c.pages {
                    Some(p) => format!("{name}, {p}"),
                    None => name,
                };
                if source.is_some_and(|s| s.kind == SourceKind::Copy) {
                    text.push_str(", read in a copy");
                }
                text
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub fn institute(&self, id: &str) -> Option<&Institute> {
        self.institutes.iter().find(|i| i.id == id)
    }

    pub fn goal(&self, id: &str) -> Option<&Goal> {
        self.plan.goals.iter().find(|g| g.id == id)
    }

    pub fn objective(&self, id: &str) -> Option<(&Goal, &Objective)> {
        self.plan
            .goals
            .iter()
            .find_map(|g| g.objectives.iter().find(|o| o.id == id).map(|o| (g, o)))
    }

    pub fn topic(&self, id: &str) -> Option<&Topic> {
        self.priority_topics.topics.iter().find(|t| t.id == id)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// Short name used in source lines ("2024 Strategic Plan").
    pub short_title: String,
    pub title: String,
    pub publisher: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PartialDate>,
    /// The main address; `None` when the source gives none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Mirrors and further pages of the same source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_urls: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// How far the source can be trusted: the publisher's own page, a news outlet, or a
    /// copy of another outlet's text.
    pub kind: SourceKind,
    /// For a copy: the outlet that published the original, and what the copy gives of
    /// it. `url` is then the address where the copy's text was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<Original>,
}

/// How far a source can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Published by the publisher of the fact (an agency, GAO, Congress, the institute),
    /// at its own address or in a web-archive capture of that address.
    Primary,
    /// A named news outlet or university news office under its own address.
    Press,
    /// A site that reprints another outlet's text.
    Copy,
}

impl SourceKind {
    pub fn label(self) -> &'static str {
        match self {
            SourceKind::Primary => "primary",
            SourceKind::Press => "press",
            SourceKind::Copy => "copy",
        }
    }
}

/// The original of a copied text.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Original {
    /// The outlet that published the original ("IEEE Spectrum").
    pub outlet: String,
    /// The original's title, when the copy gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The original's date, when the copy gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// The original's own address, when it is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One version of the dataset and what changed in it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct VersionChanges {
    pub version: String,
    pub released: PartialDate,
    /// One line per change, as a reader would want to know it.
    pub changes: Vec<String>,
}

/// A reference from a figure or record to an entry of `sources`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub source: String,
    /// Printed page numbers or section, as the source gives them ("p.19, p.30").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<String>,
}

/// The sources named by `cites`, each once, in first-cited order and without pages:
/// the source line under a table whose rows cite many pages.
pub fn distinct_sources<'a>(cites: impl IntoIterator<Item = &'a Citation>) -> Vec<Citation> {
    let mut out: Vec<Citation> = Vec::new();
    for c in cites {
        if !out.iter().any(|k| k.source == c.source) {
            out.push(Citation {
                source: c.source.clone(),
                pages: None,
            });
        }
    }
    out
}

/// A sourced piece of text: a vision, a finding, a paraphrase.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub text: String,
    pub sources: Vec<Citation>,
    /// Read only through the Korean machine translation of the plan.
    #[serde(default, skip_serializing_if = "is_false")]
    pub translated: bool,
}

/// A number, or the explicit statement that the source gives none.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Amount {
    Reported(f64),
    NotReported,
}

impl Amount {
    pub const NOT_REPORTED: &'static str = "not_reported";

    pub fn number(self) -> Option<f64> {
        match self {
            Amount::Reported(x) => Some(x),
            Amount::NotReported => None,
        }
    }
}

/// One number the sources give, with everything needed to cite and read it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    pub label: String,
    /// The value the app shows, or `"not_reported"`.
    pub value: Amount,
    /// Upper end when the source gives a range ("5–7 years"): `value`–`value_max`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    pub unit: Unit,
    #[serde(default)]
    pub qualifier: Qualifier,
    /// The fiscal year or date the figure refers to ("FY2022").
    pub period: String,
    /// What a benchmarking figure measures, so programs can be compared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metric: Option<Metric>,
    /// The id of the network series (`network.metrics`) this figure is one year of, so a
    /// page can link the figure to its record over time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub series: Option<String>,
    pub sources: Vec<Citation>,
    /// Parts that add up to `value` (institutes per sponsor).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breakdown: Vec<Part>,
    /// Other values the sources print for the same thing, each with its pages.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_readings: Vec<Reading>,
    /// Why `value` is the one shown when `other_readings` disagree with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shown_because: Option<String>,
    /// What the reader should know about the figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Why the figure is uncertain, when it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
    /// Read only through the Korean machine translation of the plan.
    #[serde(default, skip_serializing_if = "is_false")]
    pub translated: bool,
}

impl Figure {
    /// The number shown, if the source gives one.
    pub fn number(&self) -> Option<f64> {
        self.value.number()
    }
}

/// Another wording of a figure in the sources: "700+" on p.19 against "670+" on p.30.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reading {
    pub value: f64,
    #[serde(default)]
    pub qualifier: Qualifier,
    /// The wording as printed ("nearly three-quarters").
    pub text: String,
    pub sources: Vec<Citation>,
    /// The sentence the value was read in, verbatim, when the reading comes from a
    /// different page than the figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// The network's yearly figures, one series per metric.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Network {
    pub metrics: Vec<NetworkMetric>,
}

impl Network {
    pub fn metric(&self, id: &str) -> Option<&NetworkMetric> {
        self.metrics.iter().find(|m| m.id == id)
    }
}

/// One series: a metric by fiscal year.
///
/// A fiscal year for which no source read prints the figure has **no point**: readers
/// and pages treat a missing year as not reported. Nothing is interpolated, carried over
/// from a neighbouring year or computed (no ratio the source does not print). A point
/// whose value is `"not_reported"` is allowed for a year a cited source covers without
/// giving the figure, and then still carries that source and its quote.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NetworkMetric {
    pub id: String,
    pub label: String,
    pub unit: Unit,
    /// What the series counts and how its sources word it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Places where the series changes meaning; a chart must not join across them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breaks: Vec<SeriesBreak>,
    /// In fiscal-year order, each year at most once.
    pub points: Vec<NetworkPoint>,
}

/// A change of meaning between two fiscal years of a series.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SeriesBreak {
    /// The last fiscal year before the break; a year of the series' points. (Two named
    /// fields rather than a pair: serde names a bad value in a fixed-size array at the
    /// array, the path tracker at its item, and the error paths must agree.)
    pub last_before: u16,
    /// The first fiscal year after the break; a year of the series' points.
    pub first_after: u16,
    /// What changed, or that no source explains the change.
    pub note: String,
}

/// One metric's figure for one fiscal year, with the sentence it was read in.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NetworkPoint {
    /// The federal fiscal year (FY2018 = October 2017 to September 2018).
    pub fiscal_year: u16,
    /// The value shown, or `"not_reported"`.
    pub value: Amount,
    #[serde(default)]
    pub qualifier: Qualifier,
    /// When the figure is dated inside or around the year ("June 2016", "cumulative").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    pub sources: Vec<Citation>,
    /// The sentence holding the figure, verbatim.
    pub quote: String,
    /// Other values the sources print for the same year and metric, each with its quote.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_readings: Vec<Reading>,
    /// Why `value` is the one shown when `other_readings` disagree with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shown_because: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Why the figure is uncertain, when it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub label: String,
    pub value: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Count,
    Percent,
    UsdMillion,
    UsdBillion,
    EurMillion,
    EurBillion,
    GbpMillion,
    /// `value : 1`
    RatioToOne,
    /// A change in percent, shown with its sign: "+25%".
    PercentChange,
    Years,
    Weeks,
    /// A calendar year ("by 2027").
    Year,
}

/// How the source words the figure: "2,500+", "more than 106,000", "nearly 3 to 1".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    Plus,
    MoreThan,
    Nearly,
    About,
    AtLeast,
    UpTo,
}

/// What a benchmarking figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    Patents,
    LicenceRevenue,
    ProjectRevenue,
    PeopleTrained,
    Centres,
    Budget,
    Employees,
}

impl Metric {
    /// The four KPIs the plan's benchmarking study analysed for every program.
    pub const STUDY_KPIS: [Metric; 4] = [
        Metric::Patents,
        Metric::LicenceRevenue,
        Metric::ProjectRevenue,
        Metric::PeopleTrained,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Metric::Patents => "Patents",
            Metric::LicenceRevenue => "Licence revenue",
            Metric::ProjectRevenue => "Project revenue",
            Metric::PeopleTrained => "People trained",
            Metric::Centres => "Centres or institutes",
            Metric::Budget => "Budget or funding",
            Metric::Employees => "Employees",
        }
    }

    /// Whether the programs' figures for this indicator measure different things: a
    /// "budget or funding" is base federal funds for one program, a total business
    /// volume for another. Their figures are compared only with figures of the same
    /// measure (the same label) in the same unit, and each is shown with its measure.
    pub fn gathers_measures(self) -> bool {
        matches!(self, Metric::Budget)
    }

    pub fn key(self) -> &'static str {
        match self {
            Metric::Patents => "patents",
            Metric::LicenceRevenue => "licence_revenue",
            Metric::ProjectRevenue => "project_revenue",
            Metric::PeopleTrained => "people_trained",
            Metric::Centres => "centres",
            Metric::Budget => "budget",
            Metric::Employees => "employees",
        }
    }
}

/// The three sponsoring agencies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
pub enum Agency {
    #[serde(rename = "DoD")]
    Dod,
    #[serde(rename = "DOE")]
    Doe,
    #[serde(rename = "DOC")]
    Doc,
}

impl Agency {
    pub const ALL: [Agency; 3] = [Agency::Dod, Agency::Doe, Agency::Doc];

    pub fn code(self) -> &'static str {
        match self {
            Agency::Dod => "DoD",
            Agency::Doe => "DOE",
            Agency::Doc => "DOC",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Agency::Dod => "Department of Defense",
            Agency::Doe => "Department of Energy",
            Agency::Doc => "Department of Commerce",
        }
    }

    /// The `agencies[].id` of this sponsor.
    pub fn id(self) -> &'static str {
        match self {
            Agency::Dod => "dod",
            Agency::Doe => "doe",
            Agency::Doc => "doc",
        }
    }
}

/// An institute's status at a date, computed from its events (`history::status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum InstituteStatus {
    /// Established or awarded.
    Established,
    /// A competition (notice of intent, funding opportunity, finalists, selection) with
    /// no award yet.
    Announced,
    /// Authorised or budgeted, with no competition or institute named yet.
    Planned,
    /// The sponsor has given notice that it will terminate the federal award.
    AwardTerminated,
}

impl InstituteStatus {
    pub const ALL: [InstituteStatus; 4] = [
        InstituteStatus::Established,
        InstituteStatus::Announced,
        InstituteStatus::Planned,
        InstituteStatus::AwardTerminated,
    ];

    pub fn label(self) -> &'static str {
        match self {
            InstituteStatus::Established => "Established",
            InstituteStatus::Announced => "Announced",
            InstituteStatus::Planned => "Planned",
            InstituteStatus::AwardTerminated => "Award terminated",
        }
    }

    /// The value in addresses (`?status=terminated`).
    pub fn key(self) -> &'static str {
        match self {
            InstituteStatus::Established => "established",
            InstituteStatus::Announced => "announced",
            InstituteStatus::Planned => "planned",
            InstituteStatus::AwardTerminated => "terminated",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// What kind of thing happened. A closed list: the checker refuses any other word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    NoticeOfIntent,
    FundingOpportunity,
    Finalists,
    Selected,
    Award,
    Established,
    /// A renewal or a continuation of the federal agreement.
    Renewal,
    /// A change of the federal funding ceiling.
    CeilingChange,
    ProjectRound,
    Facility,
    /// The sponsor's notice that it will terminate the federal award.
    TerminationNotice,
    /// No award was found in the sources read, as of the event's date (when checked).
    NoAwardAnnouncedAsOf,
    /// A review of the program (GAO).
    Review,
    /// A bill or a committee report on one.
    Legislation,
    RequestForInformation,
    Study,
    /// A budget line of an agency.
    Budget,
    /// Anything else: `description` says what.
    Other,
}

impl EventKind {
    pub const ALL: [EventKind; 18] = [
        EventKind::NoticeOfIntent,
        EventKind::FundingOpportunity,
        EventKind::Finalists,
        EventKind::Selected,
        EventKind::Award,
        EventKind::Established,
        EventKind::Renewal,
        EventKind::CeilingChange,
        EventKind::ProjectRound,
        EventKind::Facility,
        EventKind::TerminationNotice,
        EventKind::NoAwardAnnouncedAsOf,
        EventKind::Review,
        EventKind::Legislation,
        EventKind::RequestForInformation,
        EventKind::Study,
        EventKind::Budget,
        EventKind::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            EventKind::NoticeOfIntent => "Notice of intent",
            EventKind::FundingOpportunity => "Funding opportunity",
            EventKind::Finalists => "Finalists",
            EventKind::Selected => "Selected",
            EventKind::Award => "Award",
            EventKind::Established => "Established",
            EventKind::Renewal => "Renewal or continuation",
            EventKind::CeilingChange => "Ceiling change",
            EventKind::ProjectRound => "Project round",
            EventKind::Facility => "Facility",
            EventKind::TerminationNotice => "Termination notice",
            EventKind::NoAwardAnnouncedAsOf => "No award announced as of",
            EventKind::Review => "Review",
            EventKind::Legislation => "Legislation",
            EventKind::RequestForInformation => "Request for information",
            EventKind::Study => "Study",
            EventKind::Budget => "Budget",
            EventKind::Other => "Other",
        }
    }

    /// The value in addresses and files (`termination_notice`).
    pub fn key(self) -> &'static str {
        match self {
            EventKind::NoticeOfIntent => "notice_of_intent",
            EventKind::FundingOpportunity => "funding_opportunity",
            EventKind::Finalists => "finalists",
            EventKind::Selected => "selected",
            EventKind::Award => "award",
            EventKind::Established => "established",
            EventKind::Renewal => "renewal",
            EventKind::CeilingChange => "ceiling_change",
            EventKind::ProjectRound => "project_round",
            EventKind::Facility => "facility",
            EventKind::TerminationNotice => "termination_notice",
            EventKind::NoAwardAnnouncedAsOf => "no_award_announced_as_of",
            EventKind::Review => "review",
            EventKind::Legislation => "legislation",
            EventKind::RequestForInformation => "request_for_information",
            EventKind::Study => "study",
            EventKind::Budget => "budget",
            EventKind::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// One dated event, with its sources, the sentence it was read in and its figures.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Unique in the file: the anchor of the event on every page.
    pub id: String,
    /// To the precision the source gives: a year, a month or a day.
    pub date: PartialDate,
    pub kind: EventKind,
    /// What happened, in this dataset's words; says no more than the quote.
    pub summary: String,
    /// For `other`: what kind of event it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// For a program event: the institutes it is about (ids of `institutes`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub institutes: Vec<String>,
    /// For a program event: the sponsoring agency it is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sponsor: Option<Agency>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<EventFigure>,
    pub sources: Vec<Citation>,
    /// The sentence the event was read in, verbatim; only "no award announced as of"
    /// (an absence) has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Why the date or the event is uncertain, when it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

/// A figure of an event: an amount with its unit and how the source words it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EventFigure {
    /// What the figure is ("federal award", "members told").
    pub label: String,
    pub value: Amount,
    pub unit: Unit,
    #[serde(default)]
    pub qualifier: Qualifier,
    /// Other values the sources print for the same thing, each with its quote.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_readings: Vec<Reading>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// How many institutes a source says the network has (or a review covered), at the
/// source's date.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CountReading {
    pub id: String,
    /// The date the source prints, to its precision; `None`: the page shows no date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    pub value: u32,
    pub scope: CountScope,
    pub sources: Vec<Citation>,
    /// The sentence holding the count, verbatim.
    pub quote: String,
    /// Required when the count differs from this dataset's records at its date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What a stated count of institutes counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CountScope {
    /// The institutes of the network.
    Network,
    /// The institutes a review covered: not a count of the network.
    Reviewed,
}

/// Whether a link between two records is stated in the source or is an editorial
/// reading of this dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LinkBasis {
    Stated,
    Editorial,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Institute {
    pub id: String,
    pub acronym: String,
    pub name: String,
    pub focus: String,
    pub sponsor: Agency,
    pub sponsoring_office: String,
    /// One or more headquarters cities (AIM Photonics lists two); empty when not reported.
    pub headquarters: Vec<Place>,
    /// Month established; `None` for an institute not yet established.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub established: Option<YearMonth>,
    /// Other names in the sources ("DMDII").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_names: Vec<String>,
    /// National priority topics the institute relates to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<TopicLink>,
    /// Figures about the institute itself (funding announced).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// The institute at award and since, from its announcements and later reports;
    /// `None` for an institute whose record has not been read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<InstituteRecord>,
    /// What happened to the institute, in date order: competitions, award, renewals,
    /// ceiling changes, facilities, a termination. Its status is computed from these
    /// (`history::status`), never written by hand.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
    pub sources: Vec<Citation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The technology focus is a back-translation from the Korean seed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub translated: bool,
}

impl Institute {
    pub fn headquarters_label(&self) -> String {
        self.headquarters
            .iter()
            .map(|p| format!("{}, {}", p.city, p.state))
            .collect::<Vec<_>>()
            .join(" and ")
    }
}

/// An institute at award and since. Every value carries its sources and the sentence it
/// was read in; a value no source read gives is `None` (website, operator, announcement)
/// or `"not_reported"` (money), and the page says "not reported".
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct InstituteRecord {
    /// The institute's own website, as an `https://` address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<SourcedText>,
    /// The organisation that runs the institute or leads its consortium.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<SourcedText>,
    /// When the award or selection was announced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub announced: Option<SourcedDate>,
    /// Federal funding at award, in US$ million (`unit` must be `usd_million`).
    pub federal_at_award: SourcedAmount,
    /// Non-federal cost share committed at award, in US$ million.
    pub nonfederal_at_award: SourcedAmount,
    /// Later federal funding (renewals, follow-on awards), each dated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub renewals: Vec<SourcedAmount>,
    /// Member or partner counts, each with the date it was printed, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<SourcedAmount>,
}

/// A piece of text (an address, an organisation) with the sentence it was read in.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourcedText {
    pub text: String,
    pub sources: Vec<Citation>,
    /// The sentence holding it, verbatim.
    pub quote: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A date with the sentence it was read in, and the other dates sources give for it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourcedDate {
    pub date: PartialDate,
    pub sources: Vec<Citation>,
    pub quote: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_readings: Vec<DateReading>,
    /// Why `date` is the one shown when `other_readings` disagree with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shown_because: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Why the date is uncertain (read from "on Tuesday" in a dated article), when it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

/// Another date a source gives for the same event.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DateReading {
    pub date: PartialDate,
    pub sources: Vec<Citation>,
    pub quote: String,
}

/// An amount (money or a count) with its date, sources and quote, and the other values
/// sources print for it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourcedAmount {
    /// The value shown, or `"not_reported"`.
    pub value: Amount,
    #[serde(default)]
    pub qualifier: Qualifier,
    pub unit: Unit,
    /// When the value was printed or takes effect; `None`: the source is undated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// What the value is, when more than the field says ("7-year award", "partners").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Parts a source prints without a total (7 universities and labs, 18 companies).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breakdown: Vec<Part>,
    /// Empty only for a value no source read gives.
    pub sources: Vec<Citation>,
    /// The sentence holding the value, verbatim; required when there are sources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_readings: Vec<Reading>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shown_because: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
}

impl SourcedAmount {
    pub fn number(&self) -> Option<f64> {
        self.value.number()
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub city: String,
    /// Two-letter USPS code.
    pub state: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TopicLink {
    /// An id from `priority_topics.topics`.
    pub topic: String,
    pub basis: LinkBasis,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PriorityTopics {
    /// Where the list comes from (the 2022 National Strategy for Advanced Manufacturing).
    pub origin: String,
    pub sources: Vec<Citation>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub translated: bool,
    pub topics: Vec<Topic>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StrategicPlan {
    pub vision: Statement,
    pub mission: Statement,
    /// How the plan is organised (4 goals, 13 objectives, 3-year horizon).
    pub structure: Statement,
    pub goals: Vec<Goal>,
    /// How the program is coordinated (p.24–25).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coordination: Vec<Statement>,
    /// Implementation themes (p.32–33).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub implementation: Vec<Statement>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// "1" to "4": the goal's number, used in URLs.
    pub id: String,
    pub title: String,
    /// Where the English title comes from.
    pub title_note: String,
    pub expected_outcome: Statement,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<Statement>,
    pub sources: Vec<Citation>,
    /// The title is a back-translation.
    #[serde(default, skip_serializing_if = "is_false")]
    pub translated: bool,
    pub objectives: Vec<Objective>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Objective {
    /// "1.1": goal number, dot, objective number.
    pub id: String,
    pub title: String,
    pub approach: String,
    pub action: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub sources: Vec<Citation>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub translated: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Story {
    pub id: String,
    /// An id from `institutes`.
    pub institute: String,
    pub title: String,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    pub objectives: Vec<ObjectiveLink>,
    pub sources: Vec<Citation>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub translated: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ObjectiveLink {
    /// An objective id ("1.1").
    pub objective: String,
    pub basis: LinkBasis,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Readiness {
    /// TRL 1–9, in order.
    pub trl_levels: Vec<LevelDefinition>,
    pub trl_sources: Vec<Citation>,
    /// MRL 1–10, in order.
    pub mrl_levels: Vec<LevelDefinition>,
    pub mrl_sources: Vec<Citation>,
    /// What TRLs and MRLs measure, in the plan's words.
    pub about: Statement,
    /// The valley-of-death and scale-up bands.
    pub bands: Vec<Band>,
    /// GAO's finding on completed projects.
    pub findings: Vec<Statement>,
    pub progression: Progression,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LevelDefinition {
    pub level: u8,
    pub definition: String,
    /// A plain-language gloss, with its source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gloss: Option<Statement>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Band {
    pub id: String,
    pub label: String,
    pub trl: LevelRange,
    pub mrl: LevelRange,
    pub description: String,
    pub sources: Vec<Citation>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub translated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LevelRange {
    pub from: u8,
    pub to: u8,
}

/// The start→end TRL progression of completed projects (the plan's Figure 3).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Progression {
    pub title: String,
    /// Which projects are counted, and when.
    pub scope: String,
    /// The source's own notes on the figure.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    pub sources: Vec<Citation>,
    pub data: ProgressionData,
}

/// What is known of the progression: nothing placeable, a start→end matrix, or
/// project records.
// Written with a `kind` tag beside the fields of its form. It is read by hand (the
// `Deserialize` impl below) rather than by serde's tagged-enum support, which buffers the
// whole object before reading it and adds about 20 KB of code to the browser build.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ProgressionData {
    /// The counts are published but not which start→end cell each belongs to.
    NotReported {
        /// Why the cells are unknown.
        reason: String,
        /// The counts printed in the figure, in the order the text extraction gives them;
        /// their positions are lost.
        published_values: Vec<u32>,
        /// Readings that are plausible but not confirmed; never charted.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        unconfirmed_readings: Vec<String>,
    },
    /// Number of projects per start→end cell.
    Matrix { cells: Vec<MatrixCell> },
    /// One record per project.
    Projects { projects: Vec<ProjectRecord> },
}

/// Every field any form of [`ProgressionData`] may hold, read in one pass.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgressionFields {
    kind: ProgressionKind,
    #[serde(default, deserialize_with = "present")]
    reason: Option<String>,
    #[serde(default, deserialize_with = "present")]
    published_values: Option<Vec<u32>>,
    #[serde(default, deserialize_with = "present")]
    unconfirmed_readings: Option<Vec<String>>,
    #[serde(default, deserialize_with = "present")]
    cells: Option<Vec<MatrixCell>>,
    #[serde(default, deserialize_with = "present")]
    projects: Option<Vec<ProjectRecord>>,
}

/// A field that is there must hold a value: `null` is an error, not a missing field.
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum ProgressionKind {
    NotReported,
    Matrix,
    Projects,
}

impl<'de> Deserialize<'de> for ProgressionData {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        const NOT_REPORTED: &[&str] = &["reason", "published_values", "unconfirmed_readings"];
        let f = ProgressionFields::deserialize(d)?;
        // A field of another form is as unknown as a misspelt one.
        let only = |allowed: &'static [&'static str]| -> Result<(), D::Error> {
            let present = [
                ("reason", f.reason.is_some()),
                ("published_values", f.published_values.is_some()),
                ("unconfirmed_readings", f.unconfirmed_readings.is_some()),
                ("cells", f.cells.is_some()),
                ("projects", f.projects.is_some()),
            ];
            match present
                .iter()
                .find(|(name, here)| *here && !allowed.contains(name))
            {
                Some((name, _)) => Err(de::Error::unknown_field(name, allowed)),
                None => Ok(()),
            }
        };
        match f.kind {
            ProgressionKind::NotReported => {
                only(NOT_REPORTED)?;
                Ok(Self::NotReported {
                    reason: f.reason.ok_or_else(|| de::Error::missing_field("reason"))?,
                    published_values: f
                        .published_values
                        .ok_or_else(|| de::Error::missing_field("published_values"))?,
                    unconfirmed_readings: f.unconfirmed_readings.unwrap_or_default(),
                })
            }
            ProgressionKind::Matrix => {
                only(&["cells"])?;
                Ok(Self::Matrix {
                    cells: f.cells.ok_or_else(|| de::Error::missing_field("cells"))?,
                })
            }
            ProgressionKind::Projects => {
                only(&["projects"])?;
                Ok(Self::Projects {
                    projects: f
                        .projects
                        .ok_or_else(|| de::Error::missing_field("projects"))?,
                })
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MatrixCell {
    pub start: u8,
    pub end: u8,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ProjectRecord {
    pub id: String,
    pub start: u8,
    pub end: u8,
    /// An id from `institutes`, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub institute: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Benchmarking {
    /// What the study reviewed and analysed.
    pub study: Statement,
    /// The number of countries the plan says were reviewed.
    pub countries_reviewed: u32,
    pub countries: Vec<Country>,
    /// Programs side by side. Figures from the plan and from other public sources are
    /// kept in separate lists.
    pub programs: Vec<Program>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2, lower case ("de").
    pub id: String,
    pub name: String,
    /// Reviewed by the plan's benchmarking study (the U.S. is the comparison, not reviewed).
    pub reviewed: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Program {
    pub id: String,
    pub name: String,
    /// An id from `benchmarking.countries`.
    pub country: String,
    /// When it was founded or started, as the sources word it.
    pub founded: String,
    pub summary: String,
    /// Named in the plan's benchmarking box; otherwise known only from other sources.
    pub in_plan: bool,
    /// Figures as the plan gives them; every study KPI is present, `"not_reported"` where
    /// the plan gives none.
    pub plan_figures: Vec<Figure>,
    /// Figures from other public sources, not from the plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_figures: Vec<Figure>,
    pub sources: Vec<Citation>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub translated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AgencyRole {
    Sponsor,
    Participant,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PartnerAgency {
    /// Lower-case id ("dod"); sponsors' ids match `Agency::id`.
    pub id: String,
    /// As the plan writes it ("DoD", "HHS/FDA").
    pub acronym: String,
    pub name: String,
    pub role: AgencyRole,
    /// The office through which a sponsor sponsors its institutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sponsoring_office: Option<String>,
    /// What the plan says of the agency, paraphrased.
    pub summary: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    pub sources: Vec<Citation>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub translated: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Imcp {
    pub name: String,
    pub purpose: Statement,
    /// What IMCP supports.
    pub aims: Vec<String>,
    pub strategy_areas: Vec<StrategyArea>,
    pub strategy_areas_sources: Vec<Citation>,
    /// Counts and amounts: designations, rounds, agencies, funding.
    pub figures: Vec<Figure>,
    pub benefits: Statement,
    pub communities: Vec<Community>,
    /// Agencies the sources name as IMCP partners; the list is incomplete.
    pub participating_agencies: Vec<ImcpAgency>,
    /// What is and is not known of the participating-agency list.
    pub participating_agencies_note: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StrategyArea {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Community {
    pub id: String,
    pub name: String,
    pub lead: String,
    /// Two-letter state codes; the first is the lead's state.
    pub states: Vec<String>,
    /// Designation round: 1 (2014) or 2 (2015).
    pub round: u8,
    pub designated: PartialDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Why part of the record is uncertain, when it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertain: Option<String>,
    pub sources: Vec<Citation>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ImcpAgency {
    pub name: String,
    /// What the source says of its part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub sources: Vec<Citation>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[cfg_attr(feature = "tools", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CommerceRole {
    pub points: Vec<String>,
    /// The innovation cycle the Department describes, in order.
    pub innovation_cycle: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub sources: Vec<Citation>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The months' English names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A month, written `YYYY-MM` in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: u16,
    pub month: u8,
}

impl YearMonth {
    pub fn parse(s: &str) -> Option<Self> {
        match PartialDate::parse(s)? {
            PartialDate {
                year,
                month: Some(month),
                day: None,
            } => Some(YearMonth { year, month }),
            _ => None,
        }
    }

    /// "August 2012"
    pub fn long(&self) -> String {
        format!("{} {}", MONTHS[usize::from(self.month - 1)], self.year)
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// A date given to the precision the source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// Years the program's records can plausibly refer to.
pub const YEARS: std::ops::RangeInclusive<u16> = 1900..=2100;

impl PartialDate {
    pub fn parse(s: &str) -> Option<Self> {
        let mut parts = s.split('-');
        let year = digits(parts.next()?, 4)?;
        // A part that is present must be well-formed: `Some(None)` rejects the date.
        let month = match parts.next() {
            Some(m) => Some(digits(m, 2)?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(digits(d, 2)?),
            None => None,
        };
        if parts.next().is_some() || !YEARS.contains(&year) {
            return None;
        }
        let month = month.map(u8::try_from).transpose().ok()?;
        let day = day.map(u8::try_from).transpose().ok()?;
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
            if let Some(d) = day {
                if d < 1 || d > days_in_month(year, m) {
                    return None;
                }
            }
        }
        Some(PartialDate { year, month, day })
    }

    /// "23 November 2026", "August 2024" or "2019".
    pub fn long(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", MONTHS[usize::from(m - 1)], self.year),
            (Some(m), None) => format!("{} {}", MONTHS[usize::from(m - 1)], self.year),
            _ => self.year.to_string(),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

fn digits(s: &str, len: usize) -> Option<u16> {
    if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Why `s` is not a date although it has the form of one: a year outside [`YEARS`], or
/// a day its month does not have. `None` when the form itself is wrong (or it is fine).
pub fn date_problem(s: &str) -> Option<String> {
    let mut parts = s.split('-');
    let year = digits(parts.next()?, 4)?;
    let month = parts.next().map(|m| digits(m, 2)).unwrap_or(Some(1))?;
    let day = parts.next().map(|d| digits(d, 2)).unwrap_or(Some(1))?;
    if !YEARS.contains(&year) {
        return Some(format!(
            "the year {year} is outside the years a record can refer to ({}–{})",
            YEARS.start(),
            YEARS.end()
        ));
    }
    let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
    let days = days_in_month(year, month);
    let day = u8::try_from(day).ok()?;
    (day < 1 || day > days).then(|| {
        format!(
            "{s} is not a day of the calendar: {} {year} has {days} days",
            MONTHS[usize::from(month - 1)]
        )
    })
}

/// Deserialises a string with `parse`, failing with what is wrong with a date of the
/// right form ([`date_problem`]), else `expected <what>, found "<text>"`.
fn from_text<'de, D, T>(d: D, what: &str, parse: fn(&str) -> Option<T>) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    struct Visitor<'a, T> {
        what: &'a str,
        parse: fn(&str) -> Option<T>,
    }
    impl<T> de::Visitor<'_> for Visitor<'_, T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.what)
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            (self.parse)(v).ok_or_else(|| {
                E::custom(
                    date_problem(v)
                        .unwrap_or_else(|| format!("expected {}, found {v:?}", self.what)),
                )
            })
        }
    }
    d.deserialize_str(Visitor { what, parse })
}

impl<'de> Deserialize<'de> for YearMonth {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        from_text(d, "YYYY-MM", YearMonth::parse)
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        from_text(d, "YYYY, YYYY-MM or YYYY-MM-DD", PartialDate::parse)
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl de::Visitor<'_> for Visitor {
            type Value = Amount;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a number or \"{}\"", Amount::NOT_REPORTED)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Amount, E> {
                Ok(Amount::Reported(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Amount, E> {
                Ok(Amount::Reported(v as f64))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Amount, E> {
                Ok(Amount::Reported(v as f64))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Amount, E> {
                if v == Amount::NOT_REPORTED {
                    Ok(Amount::NotReported)
                } else {
                    Err(E::custom(format!(
                        "expected a number or \"{}\", found {v:?}",
                        Amount::NOT_REPORTED
                    )))
                }
            }
        }
        d.deserialize_any(Visitor)
    }
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Amount::Reported(x) => s.serialize_f64(*x),
            Amount::NotReported => s.serialize_str(Amount::NOT_REPORTED),
        }
    }
}

/// JSON Schema for the types with hand-written serde: the pattern or choice each
/// accepts, so the committed schema says what the parser says.
#[cfg(feature = "tools")]
mod schema_impls {
    use std::borrow::Cow;

    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

    use super::{Amount, PartialDate, YearMonth};

    /// The years 1900–2100 ([`super::YEARS`]), as a pattern.
    const YEAR: &str = "(19[0-9]{2}|20[0-9]{2}|2100)";
    /// The leap years among them: every fourth, but not 1900 or 2100.
    const LEAP: &str = "(19(0[48]|[2468][048]|[13579][26])|20([02468][048]|[13579][26]))";

    impl JsonSchema for YearMonth {
        fn schema_name() -> Cow<'static, str> {
            "YearMonth".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "A month: YYYY-MM, in the years 1900–2100.",
                "type": "string",
                "pattern": format!("^{YEAR}-(0[1-9]|1[0-2])$")
            })
        }
    }

    impl JsonSchema for PartialDate {
        fn schema_name() -> Cow<'static, str> {
            "PartialDate".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "A date to the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD, in the years 1900–2100, and a day its month has (29 February only in a leap year).",
                "type": "string",
                "pattern": format!(
                    "^({YEAR}(-(0[1-9]|1[0-2]))?\
                     |{YEAR}-(0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])\
                     |{YEAR}-(0[469]|11)-(0[1-9]|[12][0-9]|30)\
                     |{YEAR}-02-(0[1-9]|1[0-9]|2[0-8])\
                     |{LEAP}-02-29)$"
                )
            })
        }
    }

    impl JsonSchema for Amount {
        fn schema_name() -> Cow<'static, str> {
            "Amount".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "A number, or \"not_reported\" when the source gives none.",
                "oneOf": [
                    { "type": "number" },
                    { "const": Amount::NOT_REPORTED }
                ]
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repository_path_is_the_served_file_under_public() {
        assert_eq!(DATASET_IN_REPO, format!("public/{DATASET_FILE}"));
    }

    #[test]
    fn year_month_accepts_only_yyyy_mm() {
        assert_eq!(
            YearMonth::parse("2012-08"),
            Some(YearMonth {
                year: 2012,
                month: 8
            })
        );
        for bad in [
            "2015",
            "2015-13",
            "2015-00",
            "15-08",
            "2015-8",
            "2015-08-01",
            "",
            "abcd-ef",
        ] {
            assert_eq!(YearMonth::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn partial_dates_check_the_calendar() {
        assert!(PartialDate::parse("2024-02-29").is_some());
        assert!(PartialDate::parse("2023-02-29").is_none());
        assert!(PartialDate::parse("1899").is_none());
        assert_eq!(
            PartialDate::parse("2026-11-23").map(|d| d.long()),
            Some("23 November 2026".into())
        );
        assert_eq!(
            PartialDate::parse("2024-08").map(|d| d.to_string()),
            Some("2024-08".into())
        );
    }
}
