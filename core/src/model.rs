//! The typed dataset: what `public/data/manufacturing-usa.json` holds once it has been
//! read and validated. Pages only ever see these types, never raw JSON.

use std::fmt;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// The schema version this build of the app reads.
pub const SCHEMA_VERSION: u32 = 1;

/// Where the dataset lives, relative to the app's base URL (and to the repository's
/// `public/` folder).
pub const DATASET_FILE: &str = "data/manufacturing-usa.json";

/// The same file in the repository, where data editors change and check it.
pub const DATASET_IN_REPO: &str = "public/data/manufacturing-usa.json";

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub schema_version: u32,
    /// Editorial version of the content, e.g. `2026.11.1`.
    pub dataset_version: String,
    /// The date the content was last checked against its sources.
    pub data_as_of: PartialDate,
    pub sources: Vec<Source>,
    pub headline_figures: Vec<Figure>,
    pub institutes: Vec<Institute>,
}

impl Dataset {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.headline_figures.iter().find(|f| f.id == id)
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// Short name used in source lines ("2024 Strategic Plan").
    pub short_title: String,
    pub title: String,
    pub publisher: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A reference from a figure or record to an entry of `sources`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
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

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    pub label: String,
    pub value: f64,
    pub unit: Unit,
    #[serde(default)]
    pub qualifier: Qualifier,
    /// The fiscal year or date the figure refers to ("FY2022").
    pub period: String,
    pub sources: Vec<Citation>,
    /// Parts that add up to `value` (institutes per sponsor).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breakdown: Vec<Part>,
    /// What the reader should know: other wordings of the same figure, disagreements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Read only through the Korean machine translation of the plan.
    #[serde(default, skip_serializing_if = "is_false")]
    pub translated: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub label: String,
    pub value: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Count,
    Percent,
    UsdMillion,
    UsdBillion,
    /// `value : 1`
    RatioToOne,
    /// A change in percent, shown with its sign: "+25%".
    PercentChange,
}

/// How the source words the figure: "2,500+", "more than 106,000", "nearly 3 to 1".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    Plus,
    MoreThan,
    Nearly,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
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
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Institute {
    pub id: String,
    pub acronym: String,
    pub name: String,
    pub focus: String,
    pub sponsor: Agency,
    pub sponsoring_office: String,
    /// One or more headquarters cities (AIM Photonics lists two).
    pub headquarters: Vec<Place>,
    pub established: YearMonth,
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

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub city: String,
    /// Two-letter USPS code.
    pub state: String,
}

fn is_false(b: &bool) -> bool {
    !*b
}

const MONTHS: [&str; 12] = [
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

/// Deserialises a string with `parse`, failing with `expected <what>, found "<text>"`.
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
            (self.parse)(v).ok_or_else(|| E::custom(format!("expected {}, found {v:?}", self.what)))
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
