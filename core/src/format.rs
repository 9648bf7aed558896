//! Numbers as the reader sees them: "2,500+", "$109 million", "2.8 : 1".

use crate::data::model::{Figure, Qualifier, Unit};

/// `1234567` → `"1,234,567"`; fractions keep up to two decimals, without trailing zeros.
pub fn number(x: f64) -> String {
    let negative = x < 0.0;
    let x = x.abs();
    let hundredths = (x * 100.0).round();
    let whole = (hundredths / 100.0).trunc();
    let frac = (hundredths - whole * 100.0) as u64;
    let digits = format!("{whole:.0}");
    let mut out = String::with_capacity(digits.len() + 4);
    if negative {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if frac > 0 {
        let f = format!("{frac:02}");
        out.push('.');
        out.push_str(f.trim_end_matches('0'));
    }
    out
}

/// A value with its unit and the source's own qualifier. A whole number of hundreds of
/// millions from a thousand up is written in billions, as the sources print it: "$1.7
/// billion", not "$1,700 million" (the same amount in the same currency, so one reader
/// never meets both forms); "$1,234 million" stays as it is.
pub fn amount(value: f64, unit: Unit, qualifier: Qualifier) -> String {
    let in_billions = match unit {
        Unit::UsdMillion => Some("$"),
        Unit::EurMillion => Some("€"),
        Unit::GbpMillion => Some("£"),
        _ => None,
    };
    if value >= 1000.0 && (value / 100.0).fract() == 0.0 {
        if let Some(big) = in_billions {
            return with_qualifier(
                format!("{}{} billion", big, number(value / 1000.0)),
                unit,
                qualifier,
            );
        }
    }
    with_qualifier(with_unit(&number(value), value, unit), unit, qualifier)
}

fn with_unit(n: &str, value: f64, unit: Unit) -> String {
    match unit {
        Unit::Count => n.to_string(),
        Unit::Percent => format!("{n}%"),
        Unit::UsdMillion => format!("${n} million"),
        Unit::UsdBillion => format!("${n} billion"),
        Unit::EurMillion => format!("€{n} million"),
        Unit::EurBillion => format!("€{n} billion"),
        Unit::GbpMillion => format!("£{n} million"),
        Unit::RatioToOne => format!("{n} : 1"),
        Unit::PercentChange if value > 0.0 => format!("+{n}%"),
        Unit::PercentChange => format!("{n}%"),
        Unit::Years if n == "1" => "1 year".to_string(),
        Unit::Years => format!("{n} years"),
        Unit::Weeks if n == "1" => "1 week".to_string(),
        Unit::Weeks => format!("{n} weeks"),
        // A calendar year is not grouped: "2027", not "2,027".
        Unit::Year => format!("{value:.0}"),
    }
}

fn with_qualifier(core: String, unit: Unit, qualifier: Qualifier) -> String {
    match qualifier {
        Qualifier::Exact => core,
        // "2,500+" but "$109 million or more"
        Qualifier::Plus if matches!(unit, Unit::Count) => format!("{core}+"),
        Qualifier::Plus => format!("{core} or more"),
        Qualifier::MoreThan => format!("more than {core}"),
        Qualifier::Nearly => format!("nearly {core}"),
        Qualifier::About => format!("about {core}"),
        Qualifier::AtLeast => format!("at least {core}"),
        Qualifier::UpTo => format!("up to {core}"),
    }
}

/// The text shown for "not reported" values everywhere.
pub const NOT_REPORTED: &str = "not reported";

/// A figure as shown: its qualifier, unit and range, or "not reported".
pub fn figure(f: &Figure) -> String {
    let Some(value) = f.number() else {
        return NOT_REPORTED.to_string();
    };
    match f.value_max {
        // "5–7 years", "$125–150 billion"
        Some(max) => {
            let range = format!("{}–{}", number(value), number(max));
            with_qualifier(with_unit(&range, max, f.unit), f.unit, f.qualifier)
        }
        None => amount(value, f.unit, f.qualifier),
    }
}

/// The bare number of a figure for a CSV cell: `2500`, empty when not reported.
pub fn csv_number(x: Option<f64>) -> String {
    x.map(|v| format!("{v}")).unwrap_or_default()
}

/// Case-insensitive containment without allocating per record for ASCII text.
pub fn contains_ci(hay: &str, needle_lower: &str) -> bool {
    if needle_lower.is_empty() {
        return true;
    }
    if hay.is_ascii() && needle_lower.is_ascii() {
        let (h, n) = (hay.as_bytes(), needle_lower.as_bytes());
        return h.len() >= n.len() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n));
    }
    hay.to_lowercase().contains(needle_lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands_and_trims_fractions() {
        assert_eq!(number(0.0), "0");
        assert_eq!(number(17.0), "17");
        assert_eq!(number(2500.0), "2,500");
        assert_eq!(number(106_000.0), "106,000");
        assert_eq!(number(1_234_567.0), "1,234,567");
        assert_eq!(number(2.8), "2.8");
        assert_eq!(number(2.82), "2.82");
        assert_eq!(number(2.999), "3");
        assert_eq!(number(-1500.5), "-1,500.5");
    }

    #[test]
    fn units_and_qualifiers_read_naturally() {
        assert_eq!(amount(2500.0, Unit::Count, Qualifier::Plus), "2,500+");
        assert_eq!(amount(63.0, Unit::Percent, Qualifier::Exact), "63%");
        assert_eq!(
            amount(109.0, Unit::UsdMillion, Qualifier::Exact),
            "$109 million"
        );
        assert_eq!(
            amount(1.7, Unit::UsdBillion, Qualifier::Exact),
            "$1.7 billion"
        );
        assert_eq!(
            amount(1700.0, Unit::UsdMillion, Qualifier::Exact),
            "$1.7 billion"
        );
        assert_eq!(
            amount(1000.0, Unit::UsdMillion, Qualifier::MoreThan),
            "more than $1 billion"
        );
        assert_eq!(
            amount(1234.0, Unit::UsdMillion, Qualifier::Exact),
            "$1,234 million"
        );
        assert_eq!(
            amount(2000.0, Unit::EurMillion, Qualifier::About),
            "about €2 billion"
        );
        assert_eq!(amount(2.8, Unit::RatioToOne, Qualifier::Exact), "2.8 : 1");
        assert_eq!(amount(25.0, Unit::PercentChange, Qualifier::Exact), "+25%");
        assert_eq!(amount(-3.5, Unit::PercentChange, Qualifier::Exact), "-3.5%");
        assert_eq!(
            amount(3.0, Unit::RatioToOne, Qualifier::Nearly),
            "nearly 3 : 1"
        );
        assert_eq!(
            amount(106_000.0, Unit::Count, Qualifier::MoreThan),
            "more than 106,000"
        );
        assert_eq!(
            amount(50.0, Unit::UsdMillion, Qualifier::Plus),
            "$50 million or more"
        );
    }
}
