//! The one-sentence takeaways that name a "most" or a "largest". Whatever is tied for
//! first place is named in full, in the order given: a sentence that names one of two
//! equal years or states would tell the reader something the data does not say.

use crate::order::sort;

/// "A", "A and B", "A, B and C"; empty for no items.
pub fn and_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => {
            let head: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", head.join(", "), last.as_ref())
        }
    }
}

/// Every item whose `key` equals the largest key, in the order given; empty when
/// `items` is. Keys that do not compare (NaN) are never the largest.
pub fn all_largest<T, K: PartialOrd>(items: &[T], key: impl Fn(&T) -> K) -> Vec<&T> {
    let mut best: Vec<&T> = Vec::new();
    for item in items {
        let k = key(item);
        if k.partial_cmp(&k).is_none() {
            continue;
        }
        match best.first().map(|b| key(b).partial_cmp(&k)) {
            None => best.push(item),
            Some(Some(std::cmp::Ordering::Less)) => {
                best.clear();
                best.push(item);
            }
            Some(Some(std::cmp::Ordering::Equal)) => best.push(item),
            Some(_) => {}
        }
    }
    best
}

/// "1 institute", "18 institutes".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "has" for one subject, "have" for several.
fn has(n: usize) -> &'static str {
    if n == 1 {
        "has"
    } else {
        "have"
    }
}

/// The takeaway of the chart of institutes founded per year: how many, over which
/// years, and the year or years with the most. `per_year` holds (year, institutes)
/// pairs in any order; pairs for the same year are added up (one pair per sponsor and
/// year will do) and years with none are left out.
pub fn founding_years(per_year: impl IntoIterator<Item = (u16, u32)>) -> String {
    let mut years: Vec<(u16, u32)> = Vec::new();
    for (year, n) in per_year {
        match years.iter_mut().find(|(y, _)| *y == year) {
            Some((_, total)) => *total += n,
            None => years.push((year, n)),
        }
    }
    years.retain(|(_, n)| *n > 0);
    sort(&mut years);
    let total: u32 = years.iter().map(|(_, n)| n).sum();
    let (Some(&(first, _)), Some(&(last, _))) = (years.first(), years.last()) else {
        return "No established institute matches the filters.".to_string();
    };
    if years.len() == 1 {
        return if total == 1 {
            format!("1 institute was established, in {first}.")
        } else {
            format!("{total} institutes were established, all in {first}.")
        };
    }
    let busiest = all_largest(&years, |(_, n)| *n);
    let most = busiest.first().map_or(0, |(_, n)| *n);
    let named: Vec<String> = busiest.iter().map(|(y, _)| y.to_string()).collect();
    if busiest.len() == years.len() {
        return format!(
            "{total} institutes were established between {first} and {last}, {most} in each of {}.",
            and_list(&named)
        );
    }
    format!(
        "{total} institutes were established between {first} and {last}; the most in one year was {most}, in {}.",
        and_list(&named)
    )
}

/// The takeaway of the headquarters map: in how many states, and the state or states
/// with the most institutes, each with the acronyms of its institutes. `per_state` holds
/// (state, acronyms) pairs, one per state, in the order ties should be named.
pub fn most_headquarters(per_state: &[(String, Vec<String>)]) -> String {
    let states: Vec<&(String, Vec<String>)> =
        per_state.iter().filter(|(_, v)| !v.is_empty()).collect();
    match states.as_slice() {
        [] => return "No institute with a known headquarters matches the filters.".to_string(),
        [(s, v)] => {
            return format!("Headquarters are in one state, {s}: {}.", v.join(", "));
        }
        _ => {}
    }
    let top = all_largest(&states, |(_, v)| v.len());
    let most = top.first().map_or(0, |(_, v)| v.len());
    if top.len() == states.len() {
        return format!(
            "Headquarters are in {} states, {} in each.",
            states.len(),
            plural(most, "institute", "institutes")
        );
    }
    let names: Vec<&str> = top.iter().map(|(s, _)| s.as_str()).collect();
    let which = match top.as_slice() {
        [(_, v)] => v.join(", "),
        _ => top
            .iter()
            .map(|(s, v)| format!("{s}: {}", v.join(", ")))
            .collect::<Vec<_>>()
            .join("; "),
    };
    let each = if top.len() > 1 { " each" } else { "" };
    format!(
        "Headquarters are in {} states; {} {} the most, with {most}{each} ({which}).",
        states.len(),
        and_list(&names),
        has(top.len()),
    )
}

/// The takeaway of the chart of designated communities by state: how many communities
/// in how many states, and the state or states with the most. `per_state` holds (state,
/// communities) pairs in the order ties should be named; a community in two states
/// counts in both, which the sentence says when it happens.
pub fn most_communities(communities: usize, per_state: &[(String, u32)]) -> String {
    let states: Vec<&(String, u32)> = per_state.iter().filter(|(_, n)| *n > 0).collect();
    if communities == 0 || states.is_empty() {
        return "No community matches the filters.".to_string();
    }
    let counted: u32 = states.iter().map(|(_, n)| n).sum();
    let shared = if counted as usize > communities {
        " A region spanning two states counts in both."
    } else {
        ""
    };
    let how_many = plural(communities, "community", "communities");
    if let [(s, _)] = states.as_slice() {
        let all = if communities == 1 { "" } else { "all " };
        return format!("{how_many}, {all}in {s}.{shared}");
    }
    let top = all_largest(&states, |(_, n)| *n);
    let most = top.first().map_or(0, |(_, n)| *n);
    if top.len() == states.len() {
        return format!(
            "{how_many} in {} states, {most} in each.{shared}",
            states.len()
        );
    }
    let names: Vec<&str> = top.iter().map(|(s, _)| s.as_str()).collect();
    let each = if top.len() > 1 { " each" } else { "" };
    format!(
        "{how_many} in {} states; {} {} the most, with {most}{each}.{shared}",
        states.len(),
        and_list(&names),
        has(top.len()),
    )
}
